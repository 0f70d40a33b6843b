/* longform: the long (tidy) CSV of DESIGN.md §3, one row per table cell,
 * as tabel-extract --long writes it and tabel-norm and tabel-check read
 * it. The column names are here only. */
#ifndef TABEL_LONGFORM_H
#define TABEL_LONGFORM_H

#include <stdbool.h>

#include "common/sys/csvio.h"

/* The columns, in order. */
enum longform_col {
	LONGFORM_SOURCE,	/* the source file */
	LONGFORM_TABLE,		/* caption number, or L<first line> */
	LONGFORM_CAPTION,
	LONGFORM_UNIT,		/* the unit as stated */
	LONGFORM_ROW,		/* data row, from 1 */
	LONGFORM_COL,		/* value column, from 1 */
	LONGFORM_ROW_LABEL,
	LONGFORM_COL_HEADER,	/* "TOP | SUB" for two-level headers */
	LONGFORM_RAW,		/* the cell exactly as written */
	LONGFORM_LINE,		/* the source line of the cell */
	LONGFORM_COLS
};

/* The columns tabel-norm adds after them, in order. */
enum longform_norm_col {
	LONGFORM_VALUE,		/* raw as a canonical decimal, scaled */
	LONGFORM_YEAR,		/* from col_header */
	LONGFORM_PERIOD,
	LONGFORM_PHASE,
	LONGFORM_CURRENCY,	/* what value is in: an ISO 4217 code ("EUR",
				 * "USD"), "%" for a share, "" for a plain
				 * number */
	LONGFORM_NORM_COLS
};

/* The header name of column C ("source", ..., "line"). */
const char *longform_name(enum longform_col c);
/* The header name of added column C ("value", ..., "currency"). */
const char *longform_norm_name(enum longform_norm_col c);
/* The field of ROW (a header) named as column C, the last when several
 * are, or -1 when none is. */
long longform_find(const struct csvio_row *row, enum longform_col c);
/* Does ROW start with the long form's header? (More columns may follow.) */
bool longform_is_header(const struct csvio_row *row);

#endif
