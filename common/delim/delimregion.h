/* delimregion: the candidate tables of a page of delimited text: runs of
 * lines cut by the same separator (border lines among them, and for tabs
 * and pipes a line of one cell between two rows: a category spanning the
 * table), with the caption line just above ("Tabel 3: ...", one blank
 * line between at most). Whether a run is a table is delimbuild's to
 * say. */
#ifndef TABEL_DELIMREGION_H
#define TABEL_DELIMREGION_H

#include <stddef.h>

#include "common/cells/pagelines.h"
#include "common/delim/delimline.h"
#include "common/table/table.h"

#define DELIMREGION_NONE ((size_t)-1)

struct delimregion {
	size_t caption;		/* caption line or DELIMREGION_NONE */
	size_t first, end;	/* the run: lines [first, end) */
	char sep;
};

/* The runs of the lines of P into *OUT (grown, *CAP), each line of a
 * run, and each caption line, read into DL[i] (p->n of them, grown by
 * the caller) with its run's separator; returns their count, in page
 * order. */
size_t delimregion_find(const struct pagelines *p, struct delimline *dl,
    struct delimregion **out, size_t *cap);

/* The caption line above line I of LINE[i], LEN[i]: the line before it,
 * or the one before a blank line; DELIMREGION_NONE when that is no
 * caption. */
size_t delimregion_caption_above(const char *const *line, const size_t *len,
    size_t i);
/* The number, title and unit of the caption line S[0..LEN) into T. */
void delimregion_caption(struct table *t, const char *s, size_t len);

#endif
