/* pagelines: a page's lines and the separators they hold. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/pagelines.h"
#include "common/sys/xalloc.h"

void
pagelines_size(struct pagelines *p, size_t n)
{
	if (n > p->cap) {
		p->line = xreallocarray(p->line, n, sizeof(*p->line));
		p->len = xreallocarray(p->len, n, sizeof(*p->len));
		p->no = xreallocarray(p->no, n, sizeof(*p->no));
		p->seps = xreallocarray(p->seps, n, 1);
		p->cap = n;
	}
	p->n = n;
}

/* Mark BIT on each line that holds C: one memchr from each hit to the
 * end of the page, the lines walked once. */
static void
mark(struct pagelines *p, char c, unsigned bit)
{
	const char *at = p->line[0], *end = p->line[p->n - 1] +
	    p->len[p->n - 1], *hit;
	size_t i = 0;

	while (at < end && (hit = memchr(at, c, (size_t)(end - at))) != NULL) {
		while (hit >= p->line[i] + p->len[i])
			i++;
		if (hit < p->line[i]) {	/* between two lines */
			at = p->line[i];
			continue;
		}
		p->seps[i] |= bit;
		p->all |= bit;
		at = p->line[i] + p->len[i];
	}
}

void
pagelines_find_seps(struct pagelines *p)
{
	p->all = 0;
	if (p->n == 0)
		return;
	memset(p->seps, 0, p->n);
	mark(p, '\t', PAGELINES_TAB);
	mark(p, '|', PAGELINES_PIPE);
	mark(p, ';', PAGELINES_SEMICOLON);
}

void
pagelines_free(struct pagelines *p)
{
	free(p->line);
	free(p->len);
	free(p->no);
	free(p->seps);
	memset(p, 0, sizeof(*p));
}
