/* rawside: side-by-side blocks of a raw region, by the runs of text and
 * values along each value line. */
#include <stdlib.h>
#include <string.h>

#include "common/raw/rawcols.h"
#include "common/raw/rawside.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

/* Cut S[0..LEN) into runs of words then values: the start of each run
 * and one past its end into SD->off (2 a run); returns the count of runs,
 * 0 when the line does not end in values or a run has no text. */
static size_t
runs(struct rawside *sd, const char *s, size_t len)
{
	size_t i = 0, start, n = 0, text = 0, vals = 0, each = 0;
	enum rawline_type type;
	bool value, prev = false;

	while (i < len) {
		for (; i < len && s[i] == ' '; i++)
			continue;
		if (i == len)
			break;
		for (start = i; i < len && s[i] != ' '; i++)
			continue;
		value = rawline_type(s + start, i - start, &type);
		if (value && n == 0)
			return 0;	/* values before any text */
		if (!value && (prev || n == 0)) {	/* a run opens */
			if (n > 0 && (each != 0 && vals != each))
				return 0;	/* runs of unlike values */
			each = n > 0 ? vals : 0;
			xgrow(&sd->off, &sd->off_cap, 2 * n + 2,
			    sizeof(*sd->off));
			sd->off[2 * n++] = start;
			text = vals = 0;
		}
		text += !value;
		vals += value;
		if (value)
			sd->off[2 * n - 1] = i;
		prev = value;
	}
	return prev && text > 0 && (each == 0 || vals == each) ? n : 0;
}

size_t
rawside_count(struct rawside *sd, const enum rawregion_kind *kind,
    const struct rawline *raw, const struct rawregion *r)
{
	size_t i, k, lines = 0, seen[RAWCOLS_MAX + 1] = { 0 }, best = 1;

	for (i = r->body; i < r->end; i++) {
		if (kind[i] != RAWREGION_VALUE)
			continue;
		lines++;
		k = runs(sd, raw[i].s, raw[i].len);
		if (k >= 2 && k <= RAWCOLS_MAX)
			seen[k]++;
	}
	for (k = 2; k <= RAWCOLS_MAX; k++)
		if (seen[k] >= 3 && seen[k] * 2 > lines && seen[k] > seen[best])
			best = k;
	return r->body - r->head >= best ? best : 1;
}

/* Blank line I of RAW in this block. */
static void
blank(struct rawline *raw, size_t i)
{
	rawline_read(&raw[i], raw[i].s, 0, raw[i].no);
}

void
rawside_read(struct rawside *sd, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r, size_t p, size_t k)
{
	size_t i, n = r->body - r->head, h = r->head;

	if (p == 0) {
		xgrow(&sd->s, &sd->cap, r->end - h, sizeof(*sd->s));
		sd->len = xreallocarray(sd->len, sd->cap, sizeof(*sd->len));
		for (i = h; i < r->end; i++)
			sd->s[i - h] = raw[i].s, sd->len[i - h] = raw[i].len;
	}
	for (i = h; i < r->end; i++)
		rawline_read(&raw[i], sd->s[i - h], sd->len[i - h], raw[i].no);
	if (n >= k) {
		xgrow(&sd->hlen, &sd->hcap, n + k, sizeof(*sd->hlen));
		sd->hstart = xreallocarray(sd->hstart, sd->hcap,
		    sizeof(*sd->hstart));
		sd->glue = xreallocarray(sd->glue, sd->hcap, sizeof(*sd->glue));
		for (i = 0; i < n; i++) {
			sd->hlen[i] = raw[h + i].len;
			sd->glue[i] = raw[h + i].len > 0 &&
			    (raw[h + i].s[0] == '(' || caption_starts_lower(
			    raw[h + i].s, raw[h + i].len));
		}
		rawcols_fit(sd->hlen, sd->glue, n, k, sd->hstart, &i);
		for (i = 0; i < n; i++)
			if (i < sd->hstart[p] || (p + 1 < k &&
			    i >= sd->hstart[p + 1]))
				blank(raw, h + i);
	}
	for (i = r->body; i < r->end; i++) {
		if (kind[i] == RAWREGION_VALUE &&
		    runs(sd, raw[i].s, raw[i].len) == k)
			rawline_read(&raw[i], raw[i].s + sd->off[2 * p],
			    sd->off[2 * p + 1] - sd->off[2 * p], raw[i].no);
		else if (p > 0)
			blank(raw, i);
	}
}

void
rawside_free(struct rawside *sd)
{
	free(sd->s);
	free(sd->len);
	free(sd->off);
	free(sd->hlen);
	free(sd->hstart);
	free(sd->glue);
	memset(sd, 0, sizeof(*sd));
}
