/* colside: tables printed side by side under one header repeated
 * ("Afdeling  2020  2021     Afdeling  2020  2021"): where a block of
 * column-aligned lines parts into tables of their own, and each part as
 * lines of its own for the column reader. */
#ifndef TABEL_COLSIDE_H
#define TABEL_COLSIDE_H

#include <stddef.h>

#include "common/cells/chunks.h"
#include "common/columns/blocks.h"

enum { COLSIDE_MAX = 3 };

/* The tables side by side in block B of the page LINES: 1 when it is one
 * table; else 2 or 3, AT[k] the character column where part k starts
 * (AT[0] is 0). A part is told by its header: the block's first line of
 * four chunks or more is one run of cells repeated, and no line of the
 * block has a chunk over the place where a part starts. */
size_t colside_parts(const struct chunk_line *lines, const struct block *b,
    size_t at[COLSIDE_MAX]);

struct colside {
	struct chunk_line *win;	/* the page's lines, windowed */
	size_t cap;
};

/* The N lines of the page with the lines of block B cut to the chunks
 * that start in characters [FROM, TO); the lines stay W's until the next
 * call. Every other line is as it was. */
const struct chunk_line *colside_window(struct colside *w,
    const struct chunk_line *lines, size_t n, const struct block *b,
    size_t from, size_t to);
void colside_free(struct colside *w);

#endif
