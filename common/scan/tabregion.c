/* tabregion: lines with their table membership (see tabregion.h). */
#include <stdlib.h>
#include <string.h>

#include "common/scan/scan.h"
#include "common/scan/tabregion.h"
#include "common/sys/xalloc.h"

struct span {
	long first, last;	/* source lines of one table */
};

struct tabregion {
	struct scan *s;
	tabregion_line_fn *fn;
	void *ctx;
	char *buf;		/* the waiting lines' bytes */
	size_t used, cap;
	struct waiting {
		size_t off, len;
		long no;
	} *lines;
	size_t head, n, lines_cap;	/* waiting: [head, n) */
	struct span *spans;	/* tables found, not yet passed */
	size_t nspans, spans_cap;
};

static void
found(struct table *t, void *ctx)
{
	struct tabregion *r = ctx;

	if (r->nspans == r->spans_cap)
		xgrow(&r->spans, &r->spans_cap, r->nspans + 1,
		    sizeof(*r->spans));
	r->spans[r->nspans].first = t->first_line;
	r->spans[r->nspans++].last = t->last_line;
}

static bool
in_table(struct tabregion *r, long no)
{
	size_t i, keep = 0;

	for (i = 0; i < r->nspans; i++)		/* drop the spans passed */
		if (r->spans[i].last >= no)
			r->spans[keep++] = r->spans[i];
	r->nspans = keep;
	for (i = 0; i < r->nspans; i++)
		if (r->spans[i].first <= no)
			return true;
	return false;
}

/* Move the waiting lines to the front, dropping those handed on: the
 * scanner may always hold a line back, so the buffer would else grow
 * with the file, not with what waits. */
static void
compact(struct tabregion *r)
{
	size_t i, from = r->lines[r->head].off;

	if (r->used > from)
		memmove(r->buf, r->buf + from, r->used - from);
	r->used -= from;
	for (i = r->head; i < r->n; i++) {
		r->lines[i - r->head] = r->lines[i];
		r->lines[i - r->head].off -= from;
	}
	r->n -= r->head;
	r->head = 0;
}

/* Hand on the waiting lines before source line UNTIL (all when 0). */
static void
release(struct tabregion *r, long until)
{
	struct waiting *w;

	while (r->head < r->n && (until == 0 || r->lines[r->head].no < until)) {
		w = &r->lines[r->head++];
		r->fn(r->buf != NULL ? r->buf + w->off : "", w->len, w->no,
		    in_table(r, w->no), r->ctx);
	}
	if (r->head == r->n)
		r->head = r->n = r->used = 0;
	else if (r->head >= r->n - r->head)
		compact(r);
}

struct tabregion *
tabregion_open(const char *source, tabregion_line_fn *fn, void *ctx)
{
	struct tabregion *r = xcalloc(1, sizeof(*r));

	r->fn = fn;
	r->ctx = ctx;
	r->s = scan_open(source, SCAN_AUTO, found, r);
	return r;
}

void
tabregion_line(struct tabregion *r, const char *line, size_t len, long no)
{
	if (r->n == r->lines_cap)
		xgrow(&r->lines, &r->lines_cap, r->n + 1, sizeof(*r->lines));
	if (r->used + len > r->cap)
		xgrow(&r->buf, &r->cap, r->used + len, 1);
	if (len > 0)	/* an empty first line: no buffer yet */
		memcpy(r->buf + r->used, line, len);
	r->lines[r->n].off = r->used;
	r->lines[r->n].len = len;
	r->lines[r->n++].no = no;
	r->used += len;
	scan_line(r->s, line, len, no);
	release(r, scan_pending(r->s));
}

void
tabregion_finish(struct tabregion *r)
{
	scan_finish(r->s);
	release(r, 0);
}

void
tabregion_close(struct tabregion *r)
{
	scan_close(r->s);
	free(r->buf);
	free(r->lines);
	free(r->spans);
	free(r);
}
