/* rawhead: header lines to header cells by rawcols_fit. */
#include <stdlib.h>
#include <string.h>

#include "common/num/year.h"
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

/* Is S[0..LEN) a number alone, not a year (common/num/year: "100" of
 * "FTSE Eurotop" / "100")? A year alone opens a header cell of its own. */
static bool
count_alone(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return len > 0 && !year_is(s, len);
}

bool
rawhead_goes_on(const char *prev, size_t prevlen, const char *s,
    size_t len)
{
	return caption_starts_lower(s, len) || (len > 0 && s[0] == '(') ||
	    caption_ends_open(prev, prevlen) || count_alone(s, len);
}

static bool
opens_phrase(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '(' ||
	    c == '$' || c == '%' || c == '#' ||
	    c == 0xe2 || c == 0xc2;	/* €: three bytes; £: two */
}

size_t
rawhead_phrases(const char *s, size_t len)
{
	size_t k, n = len > 0;

	for (k = 1; k < len; k++)
		n += s[k - 1] == ' ' && opens_phrase((unsigned char)s[k]);
	return n;
}

/* Split the items into phrases: a word starting with a capital, a digit,
 * a bracket or a sign of money, percent or number starts one. */
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

/* Items [FROM, TO) joined by spaces, kept by T. */
static char *
joined(struct rawhead *h, struct table *t, size_t from, size_t to)
{
	size_t i, len = 0;
	char *text, *kept;

	for (i = from; i < to; i++)
		len += h->item[i].len + 1;
	text = xreallocarray(NULL, len + 1, 1);
	for (len = 0, i = from; i < to; i++) {
		memcpy(text + len, h->item[i].s, h->item[i].len);
		len += h->item[i].len;
		text[len++] = ' ';
	}
	kept = table_squeeze(t, text, len);
	free(text);
	return kept;
}

/* Fill h->len and h->glue for rawcols_fit into G groups. */
static void
prepare(struct rawhead *h, size_t g)
{
	size_t i;

	xgrow(&h->len, &h->len_cap, h->n, sizeof(*h->len));
	xgrow(&h->glue, &h->glue_cap, h->n, sizeof(*h->glue));
	xgrow(&h->start, &h->start_cap, 2 * g + 2, sizeof(*h->start));
	for (i = 0; i < h->n; i++) {
		h->len[i] = h->item[i].len;
		h->glue[i] = i > 0 && rawhead_goes_on(h->item[i - 1].s,
		    h->item[i - 1].len, h->item[i].s, h->item[i].len);
	}
}

void
rawhead_rows(struct rawhead *h, struct table *t, size_t rows, long no)
{
	size_t i, bad;
	char *label;

	if (rows == 0 || rows > h->n)
		return;
	prepare(h, rows);
	rawcols_fit(h->len, h->glue, h->n, rows, h->start, &bad);
	for (i = 0; i < rows; i++) {
		label = joined(h, t, h->start[i], i + 1 < rows ?
		    h->start[i + 1] : h->n);
		table_add_row(t, label, strlen(label), no);
	}
}

/* Is the first phrase of the first line a label header ("Brands" of
 * "Brands Market shares in"), the rest of the lines fitting the G cells
 * without a longest cell over LONGEST? The first item is then cut in
 * two and h->start[1..g] set. */
static bool
first_phrase(struct rawhead *h, size_t g, size_t longest)
{
	struct rawhead_item head = h->item[0];
	size_t i, k, bad;

	for (k = 1; k < head.len && !(head.s[k - 1] == ' ' &&
	    opens_phrase((unsigned char)head.s[k])); k++)
		continue;
	if (k >= head.len || rawhead_goes_on(head.s, k - 1, head.s + k,
	    head.len - k))
		return false;
	xgrow(&h->item, &h->cap, h->n + 1, sizeof(*h->item));
	memmove(h->item + 1, h->item, h->n++ * sizeof(*h->item));
	h->item[0].len = k - 1;
	h->item[1].s = head.s + k;
	h->item[1].len = head.len - k;
	prepare(h, g);
	if (h->n - 1 >= g && rawcols_fit(h->len + 1, h->glue + 1, h->n - 1, g,
	    h->start + 1, &bad) <= longest && bad == 0) {
		for (i = 1; i <= g; i++)
			h->start[i]++;
		return true;
	}
	memmove(h->item, h->item + 1, --h->n * sizeof(*h->item));
	h->item[0] = head;
	return false;
}

void
rawhead_fit(struct rawhead *h, struct table *t)
{
	size_t g = t->ncols, i, longest, bad1 = 0, bad, first;
	bool split;

	if (h->n == 0 || g == 0)
		return;
	if ((split = h->n < g))
		phrases(h);
	if (h->n < g) {
		for (i = 0; i < h->n; i++)
			t->headers[g - h->n + i] = joined(h, t, i, i + 1);
		return;
	}
	prepare(h, g);
	/* start[0..g]: a label header and g cells; start[g+2..]: g cells */
	longest = rawcols_fit(h->len, h->glue, h->n, g, h->start + g + 2, &bad);
	for (first = 1; first < h->n && h->glue[first]; first++)
		continue;
	if (h->n > g && rawcols_fit(h->len, h->glue, h->n, g + 1, h->start,
	    &bad1) <= longest && bad1 == 0 && (split || h->start[1] == first)) {
		/* a label header: one line (and what goes on from it), or
		 * the first phrases of lines split */
		t->label_header = joined(h, t, 0, h->start[1]);
	} else if (!split && first_phrase(h, g, longest)) {
		t->label_header = joined(h, t, 0, 1);
	} else {
		memcpy(h->start + 1, h->start + g + 2, g * sizeof(*h->start));
	}
	for (i = 1; i <= g; i++)
		t->headers[i - 1] = joined(h, t, h->start[i], i < g ?
		    h->start[i + 1] : h->n);
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
