/* aligned: the columns of a block of column-aligned lines, found from the
 * character positions that stay blank down its body lines (a projection
 * of occupancy: a few text chunks may cross a gap, a number may not), and
 * the cells of one line under those columns. */
#ifndef TABEL_ALIGNED_H
#define TABEL_ALIGNED_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/chunks.h"

struct aligned_col {
	size_t col, end;	/* character columns [col, end) */
};

/* The text of one cell of a line: bytes [off, off + len), len 0 when
 * empty; SPAN columns when one chunk covers several (a header's top). */
struct aligned_cell {
	size_t off, len;
	size_t span;
	size_t col, end;	/* its characters, first to last chunk */
	bool num;		/* every chunk in it is number-like */
};

struct aligned {
	struct aligned_col *c;
	size_t n, cap;
	size_t *count, ccap;	/* scratch: occupancy per character */
	size_t *text, tcap;
};

/* Find the columns of the N lines BODY (blank and rule lines skipped)
 * into A; returns the column count (0: none). */
size_t aligned_find(struct aligned *a, const struct chunk_line *const *body,
    size_t n);
/* Cut L into A->n cells (CELLS, caller's, A->n long). A chunk over a gap
 * between columns is split at a space over the gap; one that cannot be,
 * or is alone on its line (a group label), is a spanning cell in its
 * first column. Returns the non-empty cells. */
size_t aligned_cut(const struct aligned *a, const struct chunk_line *l,
    struct aligned_cell *cells);
/* Place chunk C of L into CELLS as aligned_cut does. */
void aligned_put(const struct aligned *a, const struct chunk_line *l,
    const struct chunk *c, struct aligned_cell *cells);
/* The columns [*FIRST, *LAST] that characters [COL, END) overlap (the
 * nearest one when none); returns the one overlapped most. */
size_t aligned_span(const struct aligned *a, size_t col, size_t end,
    size_t *first, size_t *last);
/* Merge columns I and I + 1 of A into one. */
void aligned_merge(struct aligned *a, size_t i);
void aligned_free(struct aligned *a);

#endif
