/* xltable_int: the state of one table being written, shared by the parts
 * of xltable (xltable.c: cells and the window; xltable_rows.c: kinds,
 * header, rows, sheets). Not for other modules. */
#ifndef TABEL_XLTABLE_INT_H
#define TABEL_XLTABLE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "common/num/num.h"
#include "common/sys/csvio.h"
#include "common/sys/rowcopy.h"
#include "common/table/tally_run.h"
#include "common/text/textfix.h"
#include "common/xlsx/xlcell.h"
#include "common/xlsx/xlcheck.h"
#include "common/xlsx/xltable.h"

/* What a column's name says (column_rule). */
enum {
	COLUMN_INTEGER = 1,	/* years, line numbers: no grouping */
	COLUMN_TEXT = 2,	/* the source's text as written */
	COLUMN_WRAP = 4,	/* long text wraps */
	COLUMN_EURO = 8		/* amounts in euro */
};

/* What a row is, by tabel-check's rule. */
enum xltable_kind {
	KIND_DETAIL,
	KIND_CATEGORY,
	KIND_SUBTOTAL,
	KIND_TOTAL
};

/* A finding of the window's check, for its cell. */
struct xltable_mark {
	size_t row, col;	/* data row, field */
	char stated[NUM_MAX], computed[NUM_MAX], difference[NUM_MAX];
	bool rounding;
};

struct xltable_rows {
	struct rowcopy *rows;
	size_t n, cap;
};

struct xltable {
	struct xlbook *book;
	const struct xltable_input *in;
	const char *path;
	struct xlcheck *checks;
	char name[SHEETNAME_SIZE];
	int part;
	lxw_worksheet *ws;
	lxw_row_t row, header_first, header_row; /* next row; the header's */
	struct rowcopy header, held;	/* held: a label-less row */
	struct tally_run run;		/* the sums of a table not judged */
	struct xltable_rows window;	/* the first rows */
	struct xlcell_profile profile;	/* what the first rows said */
	struct textfix fix;		/* fields made valid UTF-8 */
	long ragged;			/* rows not as wide as the header */
	size_t ncols, nwidth, *width;	/* widths per sheet column */
	size_t ncols_rule;
	unsigned *rule;			/* per field: COLUMN_* */
	int *decimals;			/* per field: the most printed */
	enum xlbook_style *style;	/* per field: its unit's */
	size_t *suffix;			/* per field: the unit's width */
	size_t kind_col;		/* the row-kind column, or 0 */
	enum xltable_kind *kinds;	/* per window row, or NULL */
	size_t nkinds, nrow;		/* data rows written */
	struct xltable_mark *marks;
	size_t nmarks, next_mark;
	long *row_lines;		/* per window row its source line
					 * (the index's), or NULL */
	bool judged;			/* kinds by the arithmetic */
	bool excel;			/* Excel's CSV: "'=x" is "=x" */
	lxw_row_t *plot, *plot_members;	/* rows to chart */
	size_t nplot, nmembers;
};

void xltable_check(lxw_error e);
/* The kind the label of ROW announces (common/table/rowlabel.h). */
enum xltable_kind label_kind_of(const struct csvio_row *row);
lxw_col_t xltable_col(const struct xltable *t, size_t i);
/* Widen sheet column COL to W characters. */
void xltable_widen(struct xltable *t, lxw_col_t col, size_t w);
void xltable_cell(struct xltable *t, lxw_row_t row,
    const struct csvio_row *src, size_t i, bool as_text, unsigned flags);
enum csvio_status xltable_next(struct xltable *t, struct csvio_reader *r,
    const struct csvio_row **row);
/* Row kinds and findings of the whole table (in the window) by tally. */
void xltable_judge(struct xltable *t);
/* Row kinds of the window by the labels alone (a longer table). */
void xltable_label_kinds(struct xltable *t);
/* Start a sheet (the first, or the next part of a long table). */
void xltable_start_part(struct xltable *t);
/* Write the window and the rest of R (ST: how reading the window ended),
 * then finish the sheet. */
void xltable_body(struct xltable *t, struct csvio_reader *r,
    enum csvio_status st);
void xltable_free(struct xltable *t);

#endif
