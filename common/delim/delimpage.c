/* delimpage: a page's delimited tables. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimpage.h"
#include "common/sys/xalloc.h"

#define SEPS (PAGELINES_TAB | PAGELINES_PIPE | PAGELINES_SEMICOLON)

bool
delimpage_may(const struct pagelines *p)
{
	size_t i;
	unsigned before = 0, now;

	if (p->all == 0)
		return false;
	for (i = 0; i < p->n; i++) {
		now = p->facts[i] & SEPS;
		if ((now & before) != 0 || (now != 0 && i + 2 < p->n &&
		    (p->facts[i + 2] & now) != 0 &&
		    delimline_border(p->line[i + 1], p->len[i + 1])))
			return true;
		before = now;
	}
	return false;
}

size_t
delimpage_read(struct delimpage *dp, const char *source,
    const struct pagelines *p, delimpage_emit_fn *emit, void *ctx)
{
	size_t nr, i, count = 0;
	struct table t;
	const struct delimregion *r;

	if (p->n > dp->dl_cap) {
		dp->dl = xreallocarray(dp->dl, p->n, sizeof(*dp->dl));
		memset(dp->dl + dp->dl_cap, 0, (p->n - dp->dl_cap) *
		    sizeof(*dp->dl));
		dp->dl_cap = p->n;
	}
	nr = delimregion_find(p, dp->dl, &dp->regions, &dp->regions_cap);
	dp->nused = 0;
	for (i = 0; i < nr; i++) {
		r = &dp->regions[i];
		table_init(&t, source);
		if (delimbuild_table(&dp->build, dp->dl, r, &t)) {
			count++;
			xgrow(&dp->used, &dp->used_cap, dp->nused + 1,
			    sizeof(*dp->used));
			dp->used[dp->nused].first = r->caption < r->first ?
			    r->caption : r->first;
			dp->used[dp->nused++].end = r->end;
			if (emit != NULL)
				emit(&t, ctx);
		}
		table_free(&t);
	}
	return count;
}

void
delimpage_free(struct delimpage *dp)
{
	size_t i;

	for (i = 0; i < dp->dl_cap; i++)
		delimline_free(&dp->dl[i]);
	free(dp->dl);
	free(dp->regions);
	free(dp->used);
	delimbuild_free(&dp->build);
	memset(dp, 0, sizeof(*dp));
}
