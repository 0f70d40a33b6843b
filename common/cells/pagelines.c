/* pagelines: a page's lines and what the quick tests ask of them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/cells/pagelines.h"
#include "common/sys/xalloc.h"

void
pagelines_size(struct pagelines *p, size_t n)
{
	if (n > p->cap) {
		p->line = xreallocarray(p->line, n, sizeof(*p->line));
		p->len = xreallocarray(p->len, n, sizeof(*p->len));
		p->no = xreallocarray(p->no, n, sizeof(*p->no));
		p->facts = xreallocarray(p->facts, n, 1);
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
		p->facts[i] |= bit;
		p->all |= bit;
		at = p->line[i] + p->len[i];
	}
}

/* The facts of line S[0..LEN) that its ends tell, with few branches:
 * every line of every page is looked at. */
static unsigned
look(const unsigned char *s, size_t len)
{
	/* the ASCII bytes a value alone starts with */
	static const uint64_t starts = (uint64_t)1 << '(' |
	    (uint64_t)1 << '+' | (uint64_t)1 << '-' | (uint64_t)0x3ff << '0';
	size_t i = 0;
	unsigned c, last, end_space;

	if (len == 0 || (len == 1 && s[0] == '\f'))
		return PAGELINES_BLANK;
	while (i < len && s[i] <= ' ' && (s[i] == ' ' || s[i] == '\t' ||
	    s[i] == '\r'))
		i++;
	c = i < len ? s[i] : ' ';
	last = s[len - 1];
	end_space = last == ' ';
	return end_space * PAGELINES_TRAILING | (end_space & (len >= 2 &&
	    s[len - 2] != ' ')) * PAGELINES_ONE_SPACE |
	    (c < 64 ? (unsigned)(starts >> c & 1) : (c | 0x20) == 0xe2) *
	    PAGELINES_VALUE;	/* 0xe2 a dash, 0xc2 a no-break space */
}

void
pagelines_facts(struct pagelines *p)
{
	size_t i;

	p->all = 0;
	for (i = 0; i < p->n; i++)
		p->facts[i] = (unsigned char)look((const unsigned char *)
		    p->line[i], p->len[i]);
	if (p->n == 0)
		return;
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
	free(p->facts);
	memset(p, 0, sizeof(*p));
}
