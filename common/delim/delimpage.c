/* delimpage: a page's delimited tables. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimpage.h"
#include "common/sys/xalloc.h"

bool
delimpage_may(const char *const *line, const size_t *len, size_t n)
{
	size_t i, hits = 0;

	for (i = 0; i < n && hits < 2; i++)
		hits += len[i] > 0 && (memchr(line[i], '\t', len[i]) != NULL ||
		    memchr(line[i], '|', len[i]) != NULL ||
		    memchr(line[i], ';', len[i]) != NULL);
	return hits >= 2;
}

size_t
delimpage_read(struct delimpage *p, const char *source,
    const char *const *line, const size_t *len, const long *no, size_t n,
    delimpage_emit_fn *emit, void *ctx)
{
	size_t nr, i, count = 0;
	struct table t;

	if (n > p->dl_cap) {
		p->dl = xreallocarray(p->dl, n, sizeof(*p->dl));
		memset(p->dl + p->dl_cap, 0, (n - p->dl_cap) *
		    sizeof(*p->dl));
		p->dl_cap = n;
	}
	nr = delimregion_find(line, len, no, n, p->dl, &p->regions,
	    &p->regions_cap);
	for (i = 0; i < nr; i++) {
		table_init(&t, source);
		if (delimbuild_table(&p->build, p->dl, &p->regions[i], &t)) {
			count++;
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
	delimbuild_free(&p->build);
	memset(p, 0, sizeof(*p));
}
