/* delimbuild: a run of delimited lines (common/delim/delimregion) made
 * into a table: the caption (the line above, or a first row of one cell
 * that is one), the header rows (those above a border line, else up to
 * two leading rows of text and years; two read as "upper | lower", an
 * upper cell spanning the empty ones to its right), the first column as
 * the row label, a column of no cell at all left out. A row with fewer
 * cells is padded; one with more than the header keeps them, reported.
 * The run is a table when it has a column of values (numbers, amounts,
 * percentages, years or dates) down its rows. */
#ifndef TABEL_DELIMBUILD_H
#define TABEL_DELIMBUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "common/delim/delimcell.h"
#include "common/delim/delimregion.h"
#include "common/table/table.h"

struct delimbuild {
	size_t *row;		/* scratch: the rows, as line indexes */
	size_t row_cap;
	enum delimcell_kind *kind;	/* scratch: rows x width */
	size_t kind_cap;
	size_t *col;		/* scratch: the columns kept */
	size_t col_cap;
	char *text;		/* scratch: a cell without its quotes */
	size_t text_cap;
	char *head;		/* scratch: a header's parts joined */
	size_t head_cap;
	size_t *count;		/* scratch: rows of each width */
	size_t count_cap;
};

/* Fill T (initialised, empty) from region R of the page's lines DL.
 * Returns false when R is no table (T is then to be freed unused). */
bool delimbuild_table(struct delimbuild *b, const struct delimline *dl,
    const struct delimregion *r, struct table *t);
void delimbuild_free(struct delimbuild *b);

#endif
