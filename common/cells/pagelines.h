/* pagelines: the lines of a page as the readers' quick tests take them
 * (which reader the page calls for): views in page order into one
 * buffer, each with its source line and what the tests ask of every
 * line, found once: the separators it holds (each by one search of the
 * whole buffer: most pages hold none), whether it is blank, how it ends,
 * and whether it may be a value alone. */
#ifndef TABEL_PAGELINES_H
#define TABEL_PAGELINES_H

#include <stddef.h>

#define PAGELINES_TAB 1
#define PAGELINES_PIPE 2
#define PAGELINES_SEMICOLON 4
#define PAGELINES_BLANK 8	/* empty, or a form feed alone */
#define PAGELINES_TRAILING 16	/* not blank, ends in a space */
#define PAGELINES_ONE_SPACE 32	/* ... in one, not after another */
#define PAGELINES_VALUE 64	/* its first byte past spaces, tabs and CRs
				 * a digit, sign, bracket, or a lead byte of
				 * a dash or no-break space: it may be a
				 * value alone */

struct pagelines {
	const char **line;	/* not owned: each after the one before */
	size_t *len;
	long *no;
	unsigned char *facts;	/* PAGELINES_* bits of each line */
	unsigned all;		/* the separators of all of them */
	size_t n, cap;
};

/* Room for N lines in P, p->n set to N; the caller sets their views,
 * then calls pagelines_facts. */
void pagelines_size(struct pagelines *p, size_t n);
/* The facts of each line into p->facts, the separators into p->all. */
void pagelines_facts(struct pagelines *p);
void pagelines_free(struct pagelines *p);

#endif
