/* rawhead: header lines to header cells by rawcols_fit. */
#include <stdlib.h>
#include <string.h>

#include "common/raw/rawcols.h"
#include "common/raw/rawhead.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

void
rawhead_clear(struct rawhead *h)
{
	h->n = 0;
}

void
rawhead_add(struct rawhead *h, const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\r'))
		len--;
	if (len == 0)
		return;
	xgrow(&h->item, &h->cap, h->n + 1, sizeof(*h->item));
	h->item[h->n].s = s;
	h->item[h->n++].len = len;
}

static bool
opens_phrase(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '(';
}

/* Split the items into phrases: a word starting with a capital or a
 * digit starts one. */
static void
phrases(struct rawhead *h)
{
	size_t n = h->n, i, k, from;
	const char *s;

	for (i = 0; i < n; i++) {
		s = h->item[i].s;
		for (from = 0, k = 1; k <= h->item[i].len; k++) {
			if (k < h->item[i].len && !(s[k - 1] == ' ' &&
			    opens_phrase((unsigned char)s[k])))
				continue;
			rawhead_add(h, s + from, k - from);
			from = k;
		}
	}
	memmove(h->item, h->item + n, (h->n - n) * sizeof(*h->item));
	h->n -= n;
}

/* Header C of T: items [FROM, TO) joined by spaces. */
static void
set_header(struct rawhead *h, struct table *t, size_t c, size_t from,
    size_t to)
{
	size_t i, len = 0;
	char *text;

	for (i = from; i < to; i++)
		len += h->item[i].len + 1;
	text = xreallocarray(NULL, len + 1, 1);
	for (len = 0, i = from; i < to; i++) {
		memcpy(text + len, h->item[i].s, h->item[i].len);
		len += h->item[i].len;
		text[len++] = ' ';
	}
	t->headers[c] = table_squeeze(t, text, len);
	free(text);
}

void
rawhead_fit(struct rawhead *h, struct table *t)
{
	size_t g = t->ncols, i, longest, bad1 = 0, bad;

	if (h->n == 0 || g == 0)
		return;
	if (h->n < g)
		phrases(h);
	if (h->n < g) {
		for (i = 0; i < h->n; i++)
			set_header(h, t, g - h->n + i, i, i + 1);
		return;
	}
	xgrow(&h->len, &h->len_cap, h->n, sizeof(*h->len));
	xgrow(&h->glue, &h->glue_cap, h->n, sizeof(*h->glue));
	xgrow(&h->start, &h->start_cap, 2 * g + 2, sizeof(*h->start));
	for (i = 0; i < h->n; i++) {
		h->len[i] = h->item[i].len;
		h->glue[i] = caption_starts_lower(h->item[i].s,
		    h->item[i].len) || h->item[i].s[0] == '(';
	}
	/* start[0..g]: a label header and g cells; start[g+2..]: g cells */
	longest = rawcols_fit(h->len, h->glue, h->n, g, h->start + g + 2, &bad);
	if (h->n > g && rawcols_fit(h->len, h->glue, h->n, g + 1, h->start,
	    &bad1) <= longest && bad1 == 0 && h->start[1] == 1) {
		/* a label header of one line first */
		t->label_header = table_squeeze(t, h->item[0].s,
		    h->item[0].len);
	} else {
		memcpy(h->start + 1, h->start + g + 2, g * sizeof(*h->start));
	}
	for (i = 1; i <= g; i++)
		set_header(h, t, i - 1, h->start[i], i < g ? h->start[i + 1] :
		    h->n);
}

void
rawhead_free(struct rawhead *h)
{
	free(h->item);
	free(h->len);
	free(h->start);
	free(h->glue);
	memset(h, 0, sizeof(*h));
}
