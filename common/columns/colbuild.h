/* colbuild: one candidate block of column-aligned text (common/columns/blocks)
 * made into a table: columns (common/columns/aligned), a header band stacked
 * into one header row (a cell over several columns above cells of their
 * own is the top level: "TOP | SUB"), rows with wrapped labels and cells
 * joined, rule lines recorded as skipped. Rejects what is no table: a
 * chart's loose numbers, a table of contents, text without numbers and
 * without a caption. */
#ifndef TABEL_COLBUILD_H
#define TABEL_COLBUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "common/columns/aligned.h"
#include "common/columns/blocks.h"
#include "common/cells/chunks.h"
#include "common/columns/colhead.h"
#include "common/table/table.h"

struct colbuild {
	struct aligned cols;
	struct aligned_cell *cells;	/* one line's cells */
	size_t cells_cap;
	const struct chunk_line **body;	/* scratch: the body lines */
	size_t body_cap;
	bool text;		/* no line of numbers: a table of text */
	bool loose;		/* rows set apart by blank lines */
	bool *above;		/* cells of the line above, per column */
	size_t *used, *both;	/* scratch of tidy_columns, per column */
	size_t used_cap, both_cap;
	size_t label_col;	/* where the last row's label starts */
	struct colhead head;
};

/* Fill T (initialised, empty) from block B of the page LINES. Returns
 * false when B is no table (T is then to be freed unused). */
bool colbuild_table(struct colbuild *cb, const struct chunk_line *lines,
    const struct block *b, struct table *t);
void colbuild_free(struct colbuild *cb);

#endif
