/* delimregion: runs of delimited lines, and their captions. */
#include <string.h>

#include "common/delim/delimcell.h"
#include "common/delim/delimregion.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

/* The separator line I of P carries (delimline_sep). */
static char
sep_of(const struct pagelines *p, size_t i)
{
	unsigned seps = p->facts[i] & (PAGELINES_TAB | PAGELINES_PIPE |
	    PAGELINES_SEMICOLON);

	return seps == 0 ? 0 : delimline_sep(p->line[i], p->len[i], seps);
}

/* Line I of P read into DL[I] without a separator: blank or border. */
static const struct delimline *
plain(const struct pagelines *p, struct delimline *dl, size_t i)
{
	delimline_read(&dl[i], p->line[i], p->len[i], p->no[i], 0);
	return &dl[i];
}

/* Is line I, without separator, a row of one cell inside a run of SEP:
 * a line of the run follows it? */
static bool
spanning(const struct pagelines *p, size_t i, char sep)
{
	return sep != ';' && i + 1 < p->n && p->len[i] > 0 &&
	    p->len[i] <= 80 && sep_of(p, i + 1) == sep &&
	    !delimline_border(p->line[i], p->len[i]);
}

size_t
delimregion_caption_above(const char *const *line, const size_t *len,
    size_t i)
{
	const char *num, *s;
	size_t numlen, k, l;

	for (k = i; k > 0 && i - k < 2; k--) {
		if (caption_is(line[k - 1], len[k - 1], &num, &numlen))
			return k - 1;
		s = line[k - 1];
		l = len[k - 1];
		delimcell_trim(&s, &l);
		if (l > 0)
			break;
	}
	return DELIMREGION_NONE;
}

void
delimregion_caption(struct table *t, const char *s, size_t len)
{
	const char *num, *title;
	size_t numlen;

	if (!caption_is(s, len, &num, &numlen))
		return;
	t->number = table_strndup(t, num, numlen);
	title = caption_title(num, numlen, s + len);
	t->caption = table_squeeze(t, title, (size_t)(s + len - title));
	t->caption_unit = table_unit_text(t, t->caption, strlen(t->caption));
}

/* Is line I in one of the COUNT runs R (in page order)? Then it was
 * read with that run's separator. */
static bool
in_run(const struct delimregion *r, size_t count, size_t i)
{
	while (count > 0 && r[count - 1].end > i)
		if (r[--count].first <= i)
			return true;
	return false;
}

/* Lines are read into DL only where a run may be: a line without a
 * separator is no row, and most pages have few with one. */
size_t
delimregion_find(const struct pagelines *p, struct delimline *dl,
    struct delimregion **out, size_t *cap)
{
	size_t i = 0, k, count = 0, floor = 0, n = p->n;
	char sep, s;
	struct delimregion *r;
	const struct delimline *l;

	while (i < n) {
		sep = sep_of(p, i);
		if (sep == 0 || (l = plain(p, dl, i))->border || l->blank) {
			i++;	/* a run opens with a row */
			continue;
		}
		for (k = i; k < n; k++) {
			s = sep_of(p, k);
			if (s != sep && ((l = plain(p, dl, k))->blank ||
			    (!l->border && !spanning(p, k, sep))))
				break;	/* a row of empty cells goes on */
		}
		while (i > floor && plain(p, dl, i - 1)->border)
			i--;	/* a box's top border */
		xgrow(out, cap, count + 1, sizeof(**out));
		r = &(*out)[count++];
		r->first = i;
		r->end = k;
		r->sep = sep;
		r->caption = delimregion_caption_above(p->line, p->len, i);
		if (r->caption != DELIMREGION_NONE &&
		    !in_run(*out, count - 1, r->caption))
			plain(p, dl, r->caption);
		for (; i < k; i++)
			delimline_read(&dl[i], p->line[i], p->len[i], p->no[i],
			    sep);
		floor = i = k;
	}
	return count;
}
