/* blocks: a page of column-aligned text split into candidate tables: a
 * run of tabular lines (a gap of three or more spaces, or number cells
 * beside text) with the lines that wrap inside it, the header band above
 * it and its caption ("Table N", "Tabel N", above or below). */
#ifndef TABEL_BLOCKS_H
#define TABEL_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/chunks.h"

#define BLOCKS_NONE ((size_t)-1)

struct block {
	size_t caption;		/* index of the caption line, or BLOCKS_NONE */
	size_t caption_end;	/* one past its last line */
	size_t first;		/* first line: the header band's top */
	size_t body;		/* first body line (below the header) */
	size_t end;		/* one past the last line */
	bool figure;		/* under a "Figure N" caption: a chart */
};

/* Is L a tabular line? */
bool blocks_tabular(const struct chunk_line *l);
/* Is L a caption line? Sets *NUM, *NUMLEN to its number. */
bool blocks_caption(const struct chunk_line *l, const char **num,
    size_t *numlen);
/* Does L end a table (a "Source:" or "Note:" line)? */
bool blocks_note(const struct chunk_line *l);
/* Are the rows of LINES[FROM, TO) set apart by blank lines, as a table
 * with padded cells prints (three lines of values or more, a blank line
 * between each two)? Then every line between two blank lines is one
 * row's, whatever its case. */
bool blocks_loose(const struct chunk_line *lines, size_t from, size_t to);
/* The candidate blocks of the N lines of a page into *OUT (grown, *CAP);
 * returns their count, in page order, none overlapping. */
size_t blocks_find(const struct chunk_line *lines, size_t n,
    struct block **out, size_t *cap);

#endif
