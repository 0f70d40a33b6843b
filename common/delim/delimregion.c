/* delimregion: runs of delimited lines, and their captions. */
#include <string.h>

#include "common/delim/delimcell.h"
#include "common/delim/delimregion.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

/* Is line I, without separator, a row of one cell inside a run of SEP:
 * a line of the run follows it? */
static bool
spanning(const char *const *line, const size_t *len, size_t n, size_t i,
    char sep)
{
	return sep != ';' && i + 1 < n && len[i] > 0 && len[i] <= 80 &&
	    delimline_sep(line[i + 1], len[i + 1]) == sep &&
	    !delimline_border(line[i], len[i]);
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

size_t
delimregion_find(const char *const *line, const size_t *len,
    const long *no, size_t n, struct delimline *dl,
    struct delimregion **out, size_t *cap)
{
	size_t i = 0, k, count = 0, floor = 0;
	char sep, s;
	struct delimregion *r;

	for (k = 0; k < n; k++)
		delimline_read(&dl[k], line[k], len[k], no[k], 0);
	while (i < n) {
		sep = delimline_sep(line[i], len[i]);
		if (sep == 0 || dl[i].border || dl[i].blank) {
			i++;	/* a run opens with a row */
			continue;
		}
		for (k = i; k < n; k++) {
			s = delimline_sep(line[k], len[k]);
			if (s != sep && (dl[k].blank || (!dl[k].border &&
			    !spanning(line, len, n, k, sep))))
				break;	/* a row of empty cells goes on */
		}
		while (i > floor && dl[i - 1].border)
			i--;	/* a box's top border */
		xgrow(out, cap, count + 1, sizeof(**out));
		r = &(*out)[count++];
		r->first = i;
		r->end = k;
		r->sep = sep;
		r->caption = delimregion_caption_above(line, len, i);
		for (; i < k; i++)
			delimline_read(&dl[i], line[i], len[i], no[i], sep);
		floor = i = k;
	}
	return count;
}
