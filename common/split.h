/* split: header text and the lines of text tables into cells, by the
 * words alone (capitals, "#", "(...)", double spaces): the one-space
 * layout gives no positions to go by. */
#ifndef TABEL_SPLIT_H
#define TABEL_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "common/layout.h"

/* The most words a text-table line is split among; the rest joins the
 * last cell. */
#define SPLIT_MAX_WORDS 512

/* Split header TEXT into header cells: a capital or a "#" starts a cell,
 * lowercase words and "(...)" continue one, a year after a capitalised
 * word is a cell of its own (YEARS_JOIN: it ends the cell before it,
 * "Rekening 2021"). Cells go to OUT (at most MAX); returns the count
 * (more than MAX: the rest joined into the last). */
size_t split_header(const char *text, size_t len,
    struct layout_cell *out, size_t max, bool years_join);
/* Split TEXT into exactly NCOLS cells for a text table: double spaces
 * first, then capitalised words, greedily from the left; the last cell
 * takes the rest. Returns the count (fewer when TEXT has fewer words). */
size_t split_text(const char *text, size_t len,
    struct layout_cell *out, size_t ncols);
#endif
