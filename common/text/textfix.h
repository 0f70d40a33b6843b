/* textfix: every line or CSV field of a file made valid UTF-8 without NUL
 * (common/text/utf8.h) and reported as docs/limits.md says: the first one that
 * needed it with its line, then, at the end of the file, how many in all,
 * so a Latin-1 file cannot flood the terminal.
 *
 *	textfix_start(&fix, name, "lines");
 *	for each line: textfix_text(&fix, lineno, &line, &len);
 *	textfix_end(&fix);
 */
#ifndef TABEL_TEXTFIX_H
#define TABEL_TEXTFIX_H

#include "common/sys/csvio.h"
#include "common/text/utf8.h"

struct textfix {
	struct utf8_fixer fixer;
	const char *name;	/* the file, for messages */
	const char *what;	/* "lines" or "fields", for the count */
	long count;		/* of this file, that needed fixing */
	struct csvio_row row;	/* textfix_row's converted copy */
	size_t *offsets;	/* its fields, as offsets into bytes */
	size_t cap;		/* of row.fields, row.lens and offsets */
	char *bytes;
	size_t bytes_cap;
};

/* Start file NAME (kept, not copied); T is zeroed or was used before. */
void textfix_start(struct textfix *t, const char *name, const char *what);
/* Make *S, *LEN (of line LINE) valid: unchanged, or a converted copy
 * valid until the next call. */
void textfix_text(struct textfix *t, long line, const char **s,
    size_t *len);
/* ROW itself when all its fields are valid, else a converted copy valid
 * until the next call. */
const struct csvio_row *textfix_row(struct textfix *t,
    const struct csvio_row *row);
/* End the file: report the count when more than one needed fixing. */
void textfix_end(struct textfix *t);
void textfix_free(struct textfix *t);

#endif
