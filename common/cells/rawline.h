/* rawline: one line of pdftotext -raw text (one space between cells, no
 * space for an empty cell): the run of value tokens that ends it (numbers,
 * amounts, percentages, years, a dash for none) and the label before
 * them. Knows nothing of tables. */
#ifndef TABEL_RAWLINE_H
#define TABEL_RAWLINE_H

#include <stdbool.h>
#include <stddef.h>

/* The type of a value token, for a column's signature. */
enum rawline_type {
	RAWLINE_NONE,		/* a dash, n/a: no value */
	RAWLINE_INT,		/* 52  1,039  (12) */
	RAWLINE_DEC,		/* 3.5  111,75 */
	RAWLINE_PCT,		/* 52%  3.5 % */
	RAWLINE_YEAR,		/* 2009  2008/09 */
	RAWLINE_WORD,		/* Yes  No: an answer (rawline_answers) */
	RAWLINE_TYPES
};

struct rawline_val {
	size_t off, len;	/* bytes of the line ("52 %" is one) */
	enum rawline_type type;
};

struct rawline {
	const char *s;		/* the line, not owned */
	size_t len;
	long no;		/* source line */
	size_t label_len;	/* bytes of the label, trailing space trimmed */
	struct rawline_val *val;	/* the trailing values, left to right */
	size_t nval, cap;
	bool blank;		/* nothing but spaces */
	bool groups;		/* read with space-grouped thousands */
	bool answers;		/* "Yes", "No", "na" are values (no type) */
};

/* Read S[0..LEN) (line NO) into L, reusing L's storage. */
void rawline_read(struct rawline *l, const char *s, size_t len, long no);
/* Read L again with thousands grouped by spaces ("15 455" one value: a
 * group of three digits after one of one to three). */
void rawline_groups(struct rawline *l);
/* Read L again, and from now on, with answer words ("Yes", "No", "na")
 * as values: the cells of a table of answers. */
void rawline_answers(struct rawline *l);
/* The type of the value token S[0..LEN), or false when it is no value. */
bool rawline_type(const char *s, size_t len, enum rawline_type *type);
/* Give the first K values of L back to its label. */
void rawline_unvalue(struct rawline *l, size_t k);
void rawline_free(struct rawline *l);

#endif
