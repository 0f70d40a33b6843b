/* rawregion: a page of pdftotext -raw text split into candidate tables.
 * Each line is labelled (blank, caption, note, value line, text, prose);
 * a region is a run of value lines with short runs of text between them
 * (wrapped labels), the text lines above its first value line (the
 * header, one cell a line) and the caption over them. */
#ifndef TABEL_RAWREGION_H
#define TABEL_RAWREGION_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/chunks.h"
#include "common/cells/rawline.h"

#define RAWREGION_NONE ((size_t)-1)

enum rawregion_kind {
	RAWREGION_BLANK,
	RAWREGION_CAPTION,	/* "Table 3 ..." */
	RAWREGION_NOTE,		/* "Source: ...", "Note: ..." */
	RAWREGION_VALUE,	/* a label and values, or values alone */
	RAWREGION_TEXT,		/* a short line of text: a header cell, a
				 * wrapped label */
	RAWREGION_PROSE,	/* a sentence: no part of a table */
	RAWREGION_FIGURE	/* "Figure 2 ...": a chart's numbers follow */
};

struct rawregion {
	size_t caption;		/* the caption line, or RAWREGION_NONE */
	size_t head;		/* first header line (== body: none) */
	size_t body;		/* first value line */
	size_t end;		/* one past the last value line */
	size_t stack_cols;	/* read column by column (rawregion_stack):
				 * the columns, else 0; body is then its
				 * first label line */
	size_t stack_rows, stack_values;	/* its rows, its first value */
	size_t skip_from, skip_to;	/* lines inside that are no part of
					 * it: the notes between its parts */
};

/* The title of the caption whose number is NUM[0..NUMLEN) on a line
 * ending at END, or END when it has none or no letter or digit ("| " and
 * a control character: a layout's debris). */
const char *rawregion_title(const char *num, size_t numlen, const char *end);
/* The kind of line L (read as R). */
enum rawregion_kind rawregion_kind(const struct chunk_line *l,
    const struct rawline *r);
/* The candidate tables of the N lines of a page (LINES, read as RAW,
 * which are read again with answer words as values; a table's rows
 * printed after its notes are its own) into
 * *OUT (grown, *CAP); returns their count, in page order, none
 * overlapping. KIND (N entries) is scratch. */
size_t rawregion_find(const struct chunk_line *lines,
    struct rawline *raw, size_t n, enum rawregion_kind *kind,
    struct rawregion **out, size_t *cap);

#endif
