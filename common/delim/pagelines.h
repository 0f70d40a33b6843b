/* pagelines: the lines of a page as the readers of common/delim take
 * them: views in page order into one buffer, each with its source line
 * and the separators it holds. The separators are found once for the
 * page, each by one search of the whole buffer (most pages hold none),
 * not line by line in each reader's quick test. */
#ifndef TABEL_PAGELINES_H
#define TABEL_PAGELINES_H

#include <stddef.h>

#define PAGELINES_TAB 1
#define PAGELINES_PIPE 2
#define PAGELINES_SEMICOLON 4

struct pagelines {
	const char **line;	/* not owned: each after the one before */
	size_t *len;
	long *no;
	unsigned char *seps;	/* PAGELINES_* bits of each line */
	unsigned all;		/* ... of all of them */
	size_t n, cap;
};

/* Room for N lines in P, p->n set to N; the caller sets their views,
 * then calls pagelines_find_seps. */
void pagelines_size(struct pagelines *p, size_t n);
/* The separators each line holds into p->seps, and p->all. */
void pagelines_find_seps(struct pagelines *p);
void pagelines_free(struct pagelines *p);

#endif
