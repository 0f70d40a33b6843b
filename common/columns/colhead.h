/* colhead: caption, titles and header of a column-aligned table. */
#ifndef TABEL_COLHEAD_H
#define TABEL_COLHEAD_H

#include <stddef.h>

#include "common/columns/aligned.h"
#include "common/columns/blocks.h"
#include "common/cells/chunks.h"
#include "common/table/table.h"

struct colhead {
	char **head;		/* scratch: header text per column */
	char **top;		/* scratch: top-level text per column */
	size_t head_cap;
	struct aligned_cell *cells;	/* scratch: one line's cells */
	size_t cells_cap;
};

/* Read into T (columns set) the caption of block B of LINES (with the
 * lines wrapping it), the titles over it and the header band [B->first,
 * BODY), cut under COLS. Unplaced title lines are recorded as skipped. */
void colhead_read(struct colhead *h, const struct aligned *cols,
    const struct chunk_line *lines, const struct block *b, size_t body,
    struct table *t);
void colhead_free(struct colhead *h);

#endif
