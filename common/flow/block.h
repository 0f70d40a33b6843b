/* block: the lines of one table candidate, as the detector hands them to
 * a builder (common/flow/build): caption lines, then the body, with what
 * the detector learnt about them. A block owns copies of its lines, so
 * memory follows the largest table, not the file; it builds nothing. */
#ifndef TABEL_BLOCK_H
#define TABEL_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "common/text/hyphen.h"

struct block_line {
	size_t off, len;	/* into the block's buffer */
	long no;		/* source line number */
};

struct block {
	char *buf;
	size_t used, cap;
	struct block_line *lines;
	size_t n, lines_cap;
	size_t body;		/* lines [0, body) are the caption */
	size_t end;		/* lines [body, end) are the table */
	bool numeric;		/* the detector saw consistent value rows */
	size_t width;		/* page width: prose lines reach it */
	const struct hyphen_words *words;	/* of the document so far, to
				 * join broken words; may be NULL */
};

/* Append a copy of LINE as source line NO. */
void block_push(struct block *b, const char *line, size_t len, long no);
/* Forget all lines and the numeric verdict; keep the storage, the
 * width and the words. */
void block_clear(struct block *b);
void block_free(struct block *b);
/* Does line I hold the text S[0..LEN), leading and trailing spaces
 * aside? */
bool block_same_text(const struct block *b, size_t i, const char *s,
    size_t len);
/* View of line I. */
const char *block_text(const struct block *b, size_t i, size_t *len);

#endif
