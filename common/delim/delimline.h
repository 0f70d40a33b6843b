/* delimline: one line of delimited text cut into cells at its separator:
 * a tab, a pipe (markdown tables, psql and MySQL boxes: the outer pipes
 * open and close the row, no cell) or a semicolon (a CSV export: a field
 * in double quotes may hold one). A border line of -, +, =, : and pipes
 * is no row. Knows nothing of tables. */
#ifndef TABEL_DELIMLINE_H
#define TABEL_DELIMLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/pagelines.h"

/* The most cells one line is cut into; the rest stays in the last. */
#define DELIMLINE_MAX_CELLS 1024

struct delimline_cell {
	size_t off, len;	/* bytes of the line, spaces trimmed */
	bool quoted;		/* in double quotes: "" inside is one " */
};

struct delimline {
	const char *s;		/* the line, not owned */
	size_t len;
	long no;		/* source line */
	char sep;		/* '\t', '|', ';', or 0: none */
	struct delimline_cell *cell;	/* owned */
	size_t n, cap;
	size_t width;		/* one past the last non-empty cell */
	bool border;		/* a border: ----, +----+, |---|:--:| */
	bool blank;		/* nothing but spaces */
};

/* The separators S[0..LEN) holds: PAGELINES_* bits (a page's lines
 * have theirs from pagelines_facts). */
unsigned delimline_seps(const char *s, size_t len);
/* The separator S[0..LEN), holding the separators SEPS, carries: a tab
 * when it holds one, else a pipe, else a semicolon outside double
 * quotes; 0 when none. */
char delimline_sep(const char *s, size_t len, unsigned seps);
/* Is S[0..LEN) a border line: only -, =, +, :, pipes and spaces, with
 * three or more - or = in a run? */
bool delimline_border(const char *s, size_t len);
/* Cut S[0..LEN) (line NO) at SEP into L, reusing L's storage. */
void delimline_read(struct delimline *l, const char *s, size_t len, long no,
    char sep);
/* Cell K of L into OUT[N] without its quotes: its length (quoted cells
 * are copied, others need no copy: see delimline_view). */
size_t delimline_text(const struct delimline *l, size_t k, char *out,
    size_t n);
/* The separators of L outside quotes (for a semicolon line). */
size_t delimline_count(const struct delimline *l);
void delimline_free(struct delimline *l);

#endif
