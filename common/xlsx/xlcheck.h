/* xlcheck: the totals findings of a workbook and its Controle sheet. The
 * findings come from common/table/tally.h, the arithmetic tabel-check
 * reports with, run by xltable on each table; each names the stated
 * cell on its table's sheet, so the Controle sheet links to it, and the
 * source line of its row (index.csv's row_lines, common/table/rowlines.h),
 * as tabel-check -i does. */
#ifndef TABEL_XLCHECK_H
#define TABEL_XLCHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "common/num/num.h"
#include "common/xlsx/xlbook.h"

struct xlcheck_finding {
	char *sheet, *table, *document, *unit;		/* owned */
	char *lines;		/* owned: the table's "first-last", or "" */
	long line;		/* the source line of the row, 0: unknown
				 * (then LINES stands in) */
	char *row_label, *col_header;			/* owned */
	char stated[NUM_MAX], computed[NUM_MAX], difference[NUM_MAX];
	bool rounding;
	lxw_row_t row;		/* the stated cell on SHEET */
	lxw_col_t col;
	size_t order;		/* in the order found */
};

struct xlcheck {
	struct xlcheck_finding *v;
	size_t n, cap;
	size_t tables;		/* tables checked */
};

/* Add a copy of F (its strings copied; NULL strings become ""). */
void xlcheck_add(struct xlcheck *c, const struct xlcheck_finding *f);
/* Write the Controle sheet of B when a table was checked: one row per
 * finding, mismatches first, each linked to its cell. */
lxw_error xlcheck_sheet(struct xlcheck *c, struct xlbook *b);
void xlcheck_free(struct xlcheck *c);

#endif
