/* rawhead: the header of a table of pdftotext -raw text, which prints
 * header cells one after the other, often one a line: the header lines
 * fitted to the table's column count (the grouping of consecutive lines
 * with the shortest longest cell; too few lines are split into
 * capitalised phrases first, and still too few fill the last columns; a
 * line starting in lower case or with "(" goes on from the line before). */
#ifndef TABEL_RAWHEAD_H
#define TABEL_RAWHEAD_H

#include <stdbool.h>
#include <stddef.h>

#include "common/table/table.h"

struct rawhead_item {
	const char *s;		/* not owned */
	size_t len;
};

struct rawhead {
	struct rawhead_item *item;	/* the header lines, then phrases */
	size_t n, cap;
	size_t *len, *start;	/* scratch for rawcols_fit */
	bool *glue;
	size_t len_cap, start_cap, glue_cap;
};

/* Does the text S[0..LEN) go on from PREV[0..PREVLEN) before it: starts
 * in lower case or with "(", is a number alone (not a year), or PREV
 * ends open ("of", a comma)? */
bool rawhead_goes_on(const char *prev, size_t prevlen, const char *s,
    size_t len);
/* How many phrases S[0..LEN) splits into (a word opening with a capital,
 * a digit, a bracket or a sign starts one). */
size_t rawhead_phrases(const char *s, size_t len);
/* Start a header with no lines. */
void rawhead_clear(struct rawhead *h);
/* Add the header line S[0..LEN) (trimmed here), kept as a pointer. */
void rawhead_add(struct rawhead *h, const char *s, size_t len);
/* Fit the lines added into the T->ncols headers of T. */
void rawhead_fit(struct rawhead *h, struct table *t);
/* Cut the lines added into ROWS row labels (a line in lower case, or
 * after one ending open, goes on from the line before), added to T as
 * rows of source line NO. */
void rawhead_rows(struct rawhead *h, struct table *t, size_t rows, long no);
void rawhead_free(struct rawhead *h);

#endif
