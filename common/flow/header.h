/* header: a numeric table's header: wrapped header cells, two-level
 * headers, the label column's header, and the header lines themselves so
 * that a header repeated after a page break is known as such. */
#ifndef TABEL_HEADER_H
#define TABEL_HEADER_H

#include <stdbool.h>
#include <stddef.h>

#include "common/flow/block.h"
#include "common/cells/layout.h"
#include "common/table/table.h"

#define HEADER_MAX_LEVELS 4
#define HEADER_MAX_LINES 32

struct header {
	struct table *t;	/* strings live in its arena */
	const struct hyphen_words *words;	/* to join broken words */
	size_t ncols;
	const char *level[HEADER_MAX_LEVELS];	/* joined text, top first */
	bool lead[HEADER_MAX_LEVELS];	/* level starts with a space */
	size_t nlevels;
	const char *line[HEADER_MAX_LINES];	/* header lines, squeezed */
	size_t nlines;
	long first_no;		/* source line of the first header line */
	struct layout_cell *cells;	/* ncols + 2 cells of work space */
	struct layout_reader rd;
};

/* Read the header of T (columns set) from lines [FROM, TO) of R; *BODY
 * is where the rows start: after the line that completes the header
 * (lines after it are the first row's wrapped label). False: no level
 * has a cell per value column, and all of [FROM, TO) was read as header.
 * Free with header_free. */
bool header_read(struct header *h, struct table *t,
    const struct block *r, size_t from, size_t to, size_t *body);
/* Set T's label header and column headers from H. */
void header_apply(struct header *h);
/* Is LINE one of the header's lines (repeated after a page break)? */
bool header_is_repeat(const struct header *h, const char *s, size_t len);
void header_free(struct header *h);

#endif
