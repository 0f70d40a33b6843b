/* split: header text and the lines of text tables into cells, by the
 * words alone (capitals, "#", "(...)", double spaces): the one-space
 * layout gives no positions to go by. */
#ifndef TABEL_SPLIT_H
#define TABEL_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/layout.h"

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
/* The most words remembered as starts of a text table's last column. */
#define SPLIT_MAX_STARTS 64

/* Words that start the last column in the rows of a text table that
 * split one way only; views into the table's lines. */
struct split_words {
	struct layout_cell word[SPLIT_MAX_STARTS];
	size_t n;
};

/* Learn from row TEXT of a text table of NCOLS cells: when its words
 * allow exactly one split, remember the word that starts its last cell. */
void split_text_learn(const char *text, size_t len, size_t ncols,
    struct split_words *w);
/* Split TEXT into NCOLS cells for a text table: double spaces first;
 * the last cell at a word W saw start it, or at an acronym after a
 * capitalised name; the other cells at capitalised words from the left.
 * Returns the count (fewer when TEXT has fewer words). W may be NULL. */
size_t split_text(const char *text, size_t len,
    struct layout_cell *out, size_t ncols, const struct split_words *w);
#endif
