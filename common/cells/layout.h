/* layout: how one line of the "one-space" layout (PDF text where cells are
 * separated by one space, like words, and each empty cell adds one more
 * space) splits into a label and value cells (common/cells/split splits header
 * text and text rows). Knows nothing of tables: a second reader (pdftotext
 * -layout) can sit beside it behind the same struct layout_line. */
#ifndef TABEL_LAYOUT_H
#define TABEL_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/csvio.h"

/* A view into the line; len 0 is an empty cell. */
struct layout_cell {
	const char *s;
	size_t len;
};

enum layout_kind {
	LAYOUT_EMPTY,		/* an empty cell (one extra space) */
	LAYOUT_WORD,		/* anything else: label or header text */
	LAYOUT_NUMBER,		/* 111,75  1.039.200  -15.129  50%  €10 */
	LAYOUT_YEAR,		/* 2022  2018BA  2019-2024: a header token */
	LAYOUT_MISSING,		/* "/" or a dash standing for no value */
	LAYOUT_SYMBOL,		/* a currency sign that joins a number: € $ */
	LAYOUT_UNIT		/* a unit word after a number: euro, MEUR */
};

/* One line read: label text, then the value cells left to right. */
struct layout_line {
	struct layout_cell label;	/* trimmed view, may hold space runs */
	struct layout_cell *cells;	/* value cells, empties included */
	size_t ncells;
	size_t nvalues;		/* non-empty value cells */
	size_t nyears;		/* value cells that are year-like tokens */
	bool lead_space;	/* the line starts with a space */
	bool blank;		/* nothing but spaces */
};

/* The most value cells of a row: with its label, as many as a CSV
 * record holds (CSVIO_MAX_FIELDS, docs/limits.md), so whatever is read
 * fits a worksheet. A reader leaves a wider table out and says so. */
#define LAYOUT_MAX_CELLS (CSVIO_MAX_FIELDS - 1)

/* How the cells of a line were fitted to the table's columns. */
enum layout_fit {
	LAYOUT_FIT_EXACT,	/* one cell per column, no judgement */
	LAYOUT_FIT_STRAY,	/* extra empty cells (stray spaces) dropped */
	LAYOUT_FIT_SPILL,	/* extra leading values given back to label */
	LAYOUT_FIT_SHORT,	/* fewer cells than columns: padded at end */
	LAYOUT_FIT_SLOT,	/* leading space read the other way round */
	LAYOUT_FIT_GROUPS	/* "14 000": spaces read as thousands marks */
};

/* Reused token storage: no allocation per line once warm. */
struct layout_reader {
	struct layout_cell *toks;
	size_t cap;
	unsigned char *kinds;	/* per token: its kind + 1, 0 till asked */
	size_t kinds_cap;
};

/* Kind of the LEN bytes at S (one token, no spaces). */
enum layout_kind layout_classify(const char *s, size_t len);
/* True when LINE holds nothing but spaces (and tabs, CR). */
bool layout_is_blank(const char *line, size_t len);
/* Read LINE into OUT; OUT->cells live in R until the next call.
 * False: more value cells than LAYOUT_MAX_CELLS (the excess is left in
 * the label: the caller leaves such a row out, never keeps it so). */
bool layout_read(struct layout_reader *r, const char *line,
    size_t len, struct layout_line *out);
/* Fit L's cells (read by R) to NCOLS columns in place: surplus empty
 * cells are dropped (leading first, then trailing, then inner), surplus
 * values join the label (L->label is widened over them), missing cells
 * are added empty at the end. PENDING: a label from earlier lines waits
 * for these values, so a leading space is an empty cell, not an empty
 * label. Returns how, for the caller's note. */
enum layout_fit layout_fit(struct layout_reader *r, struct layout_line *l,
    size_t ncols, bool pending);
/* Free the reader's storage. */
void layout_free(struct layout_reader *r);

#endif
