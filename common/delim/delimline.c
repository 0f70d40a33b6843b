/* delimline: a line into cells at its separator. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimcell.h"
#include "common/delim/delimline.h"
#include "common/sys/xalloc.h"

unsigned
delimline_seps(const char *s, size_t len)
{
	return (memchr(s, '\t', len) != NULL ? PAGELINES_TAB : 0) |
	    (memchr(s, '|', len) != NULL ? PAGELINES_PIPE : 0) |
	    (memchr(s, ';', len) != NULL ? PAGELINES_SEMICOLON : 0);
}

char
delimline_sep(const char *s, size_t len, unsigned seps)
{
	size_t i;
	bool quoted = false;

	if ((seps & PAGELINES_TAB) != 0)
		return '\t';
	if ((seps & PAGELINES_PIPE) != 0)
		return '|';
	if ((seps & PAGELINES_SEMICOLON) == 0)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (s[i] == ';' && !quoted)
			return ';';
	}
	return 0;
}

bool
delimline_border(const char *s, size_t len)
{
	size_t i, run = 0, best = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '-' || s[i] == '=') {
			if (++run > best)
				best = run;
			continue;
		}
		run = 0;
		if (s[i] != '+' && s[i] != ':' && s[i] != '|' && s[i] != ' ' &&
		    s[i] != '\t' && s[i] != '\r')
			return false;
	}
	return best >= 3;
}

static void
push(struct delimline *l, size_t from, size_t to)
{
	const char *s = l->s + from;
	size_t len = to - from;
	struct delimline_cell *c;

	delimcell_trim(&s, &len);
	xgrow(&l->cell, &l->cap, l->n + 1, sizeof(*l->cell));
	c = &l->cell[l->n++];
	c->off = (size_t)(s - l->s);
	c->len = len;
	c->quoted = l->sep == ';' && len >= 2 && s[0] == '"' &&
	    s[len - 1] == '"';
	if (len > 0)
		l->width = l->n;
}

/* The end of the cell starting at I: the next separator outside quotes. */
static size_t
cell_end(const struct delimline *l, size_t i)
{
	bool quoted = false;

	for (; i < l->len; i++) {
		if (l->sep == ';' && l->s[i] == '"')
			quoted = !quoted;
		else if (l->s[i] == l->sep && !quoted)
			break;
	}
	return i;
}

void
delimline_read(struct delimline *l, const char *s, size_t len, long no,
    char sep)
{
	size_t from = 0, to = len, end;
	const char *t = s;
	size_t tlen = len;

	l->s = s;
	l->len = len;
	l->no = no;
	l->sep = sep;
	l->n = l->width = 0;
	delimcell_trim(&t, &tlen);
	l->blank = tlen == 0;
	l->border = delimline_border(s, len);
	if (l->blank || l->border || sep == 0)
		return;
	if (sep == '|') {	/* the outer pipes close the row */
		from = (size_t)(t - s);
		to = from + tlen;
		if (s[from] == '|')
			from++;
		if (to > from && s[to - 1] == '|')
			to--;
	}
	l->len = to;
	for (;;) {
		end = l->n + 1 < DELIMLINE_MAX_CELLS ? cell_end(l, from) : to;
		push(l, from, end);
		if (end >= to)
			break;
		from = end + 1;
	}
	l->len = len;
}

size_t
delimline_text(const struct delimline *l, size_t k, char *out, size_t n)
{
	const struct delimline_cell *c = &l->cell[k];
	const char *s = l->s + c->off;
	size_t i, used = 0, len = c->len;

	if (c->quoted)
		s++, len -= 2;
	for (i = 0; i < len && used + 1 < n; i++) {
		out[used++] = s[i];
		if (c->quoted && s[i] == '"' && i + 1 < len && s[i + 1] == '"')
			i++;
	}
	out[used] = '\0';
	return used;
}

size_t
delimline_count(const struct delimline *l)
{
	return l->n > 0 ? l->n - 1 : 0;
}

void
delimline_free(struct delimline *l)
{
	free(l->cell);
	memset(l, 0, sizeof(*l));
}
