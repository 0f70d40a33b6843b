/* delimpage: a page's delimited tables. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimpage.h"
#include "common/sys/xalloc.h"

/* The separators line S[0..LEN) holds: a bit for a tab, a pipe, a
 * semicolon. */
unsigned
delimpage_seps(const char *s, size_t len)
{
	return (memchr(s, '\t', len) != NULL) |
	    (memchr(s, '|', len) != NULL) << 1 |
	    (memchr(s, ';', len) != NULL) << 2;
}

/* The separators among PRESENT in S[0..LEN). */
static unsigned
seps(const char *s, size_t len, unsigned present)
{
	return ((present & 1) != 0 && memchr(s, '\t', len) != NULL) |
	    ((present & 2) != 0 && memchr(s, '|', len) != NULL) << 1 |
	    ((present & 4) != 0 && memchr(s, ';', len) != NULL) << 2;
}

bool
delimpage_may(const char *const *line, const size_t *len, size_t n,
    unsigned present)
{
	size_t i;
	unsigned before = 0, now;

	if (present == 0)
		return false;
	for (i = 0; i < n; i++) {
		now = len[i] > 0 ? seps(line[i], len[i], present) : 0;
		if ((now & before) != 0 || (now != 0 && i + 2 < n &&
		    delimline_border(line[i + 1], len[i + 1]) &&
		    (seps(line[i + 2], len[i + 2], present) & now) != 0))
			return true;
		before = now;
	}
	return false;
}

size_t
delimpage_read(struct delimpage *p, const char *source,
    const char *const *line, const size_t *len, const long *no, size_t n,
    delimpage_emit_fn *emit, void *ctx)
{
	size_t nr, i, count = 0;
	struct table t;
	const struct delimregion *r;

	if (n > p->dl_cap) {
		p->dl = xreallocarray(p->dl, n, sizeof(*p->dl));
		memset(p->dl + p->dl_cap, 0, (n - p->dl_cap) *
		    sizeof(*p->dl));
		p->dl_cap = n;
	}
	nr = delimregion_find(line, len, no, n, p->dl, &p->regions,
	    &p->regions_cap);
	p->nused = 0;
	for (i = 0; i < nr; i++) {
		r = &p->regions[i];
		table_init(&t, source);
		if (delimbuild_table(&p->build, p->dl, r, &t)) {
			count++;
			xgrow(&p->used, &p->used_cap, p->nused + 1,
			    sizeof(*p->used));
			p->used[p->nused].first = r->caption < r->first ?
			    r->caption : r->first;
			p->used[p->nused++].end = r->end;
			if (emit != NULL)
				emit(&t, ctx);
		}
		table_free(&t);
	}
	return count;
}

void
delimpage_free(struct delimpage *p)
{
	size_t i;

	for (i = 0; i < p->dl_cap; i++)
		delimline_free(&p->dl[i]);
	free(p->dl);
	free(p->regions);
	free(p->used);
	delimbuild_free(&p->build);
	memset(p, 0, sizeof(*p));
}
