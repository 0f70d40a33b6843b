/* region: the lines of one table candidate, as the detector hands them
 * to the builder: caption lines, then the body. A region owns copies of
 * its lines, so memory follows the largest table, not the file. */
#ifndef TABEL_REGION_H
#define TABEL_REGION_H

#include <stdbool.h>
#include <stddef.h>

#include "common/text/hyphen.h"
#include "common/table/table.h"

struct region_line {
	size_t off, len;	/* into the region's buffer */
	long no;		/* source line number */
};

struct region {
	char *buf;
	size_t used, cap;
	struct region_line *lines;
	size_t n, lines_cap;
	size_t body;		/* lines [0, body) are the caption */
	size_t end;		/* lines [body, end) are the table */
	bool numeric;		/* the detector saw consistent value rows */
	size_t width;		/* page width: prose lines reach it */
	int dup;		/* n-th caption with this number */
	const struct hyphen_words *words;	/* of the document so far, to
				 * join broken words; may be NULL */
};

enum region_status {
	REGION_OK,
	REGION_EMPTY,		/* nothing that makes a table */
	REGION_STATUS_COUNT
};

/* Append a copy of LINE as source line NO. */
void region_push(struct region *r, const char *line, size_t len, long no);
/* Forget all lines, keep the storage. */
void region_clear(struct region *r);
void region_free(struct region *r);
/* Does line I hold the text S[0..LEN), leading and trailing spaces
 * aside? */
bool region_same_text(const struct region *r, size_t i, const char *s,
    size_t len);
/* View of line I. */
const char *region_text(const struct region *r, size_t i, size_t *len);
/* Build table T (initialised by the caller) from R. REGION_EMPTY: R
 * holds no table after all; T is then left for the caller to free. */
enum region_status region_build(const struct region *r, struct table *t);
const char *region_strerror(enum region_status status);

#endif
