/* chunks: one line of column-aligned text (pdftotext -layout) cut into
 * chunks: runs of words one space apart, with their character columns.
 * Two or more spaces, or a dot leader, separate chunks; so does a single
 * space between two numbers. Knows nothing of tables. */
#ifndef TABEL_CHUNKS_H
#define TABEL_CHUNKS_H

#include <stdbool.h>
#include <stddef.h>

struct chunk {
	size_t off, len;	/* bytes of the line */
	size_t col, end;	/* character columns [col, end) */
	bool num;		/* a number, amount, percentage, year, date
				 * or a dash for none */
	bool year;		/* a year alone (a header token) */
	bool soft;		/* one space after the chunk before it */
};

struct chunk_line {
	const char *s;		/* the line, not owned */
	size_t len;
	long no;		/* source line */
	struct chunk *ch;	/* owned */
	size_t n, cap;
	void *words;		/* scratch: the words, owned */
	size_t wcap;
	size_t gap;		/* widest gap between chunks, in characters */
	bool blank;		/* no chunk: spaces, or dots alone */
	bool rule;		/* a rule: ----, ____, ====, or dots alone */
	bool leader;		/* a dot leader joined two chunks */
};

/* Cut S[0..LEN) (line NO) into L, reusing L's storage. */
void chunks_read(struct chunk_line *l, const char *s, size_t len, long no);
/* Is the one token S[0..LEN) number-like (see struct chunk)? Sets *YEAR
 * for a year alone. */
bool chunks_is_number(const char *s, size_t len, bool *year);
void chunks_free(struct chunk_line *l);

#endif
