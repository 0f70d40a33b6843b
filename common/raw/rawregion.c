/* rawregion: label the lines of a raw page, then take runs of value lines
 * as regions and walk up from each over its header to its caption. */
#include <string.h>

#include "common/columns/blocks.h"
#include "common/raw/rawhead.h"
#include "common/raw/rawregion.h"
#include "common/raw/rawregion_stack.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

#define GAP_MAX 3	/* text lines between two value lines of a table */
#define WRAP_MAX 8	/* text lines of a label wrapped before values alone */
#define HEAD_MAX 24	/* header lines above the first value line */
#define LABEL_MAX 60	/* bytes of the label of a one-value line */
#define PROSE_MIN 70	/* bytes of a line of running text */
#define REST_COLS 64	/* values a row, for a table's rest */
#define TITLE_MAX 2	/* lines of a caption's title read as running text */

/* Do most words of S[0..LEN) start with a capital or a digit, as a
 * header of names does ("Spain Italy France") and a sentence does not? */
static bool
capitalised(const char *s, size_t len)
{
	size_t i, words = 0, caps = 0;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) {
			words++;
			caps += (s[i] >= 'A' && s[i] <= 'Z') ||
			    (s[i] >= '0' && s[i] <= '9');
		}
	return caps * 2 > words;
}

/* Does the text S[0..LEN) read as a sentence: long (unless a header of
 * names) or ending in a stop? */
static bool
prose(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len >= PROSE_MIN)
		return s[len - 1] == '.' || !capitalised(s, len);
	return len >= 40 && (s[len - 1] == '.' || s[len - 1] == ':') &&
	    s[len - 2] != '.';
}

/* Does the label S[0..LEN) of two or more values read as running text:
 * long and ending in a stop, not a row's label however long? */
static bool
sentence(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len >= PROSE_MIN / 2 && (s[len - 1] == '.' ||
	    s[len - 1] == ',' || s[len - 1] == ';' || s[len - 1] == ':');
}

static bool
has_letter(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= 'a' && s[i] <= 'z') || (unsigned char)s[i] >= 0xc3)
			return true;
	return false;
}

/* Is S[0..LEN), a line without values, two or more words of one
 * character each ("v p", "χ = = <"): the debris of a formula or a chart,
 * no text? */
static bool
debris(const char *s, size_t len)
{
	size_t i, start, words = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		for (start = i; i < len && s[i] != ' '; i++)
			continue;
		/* one character: one byte, or one UTF-8 sequence */
		if (i - start > 1 && !((unsigned char)s[start] >= 0xc0 &&
		    i - start <= 3 && ((unsigned char)s[start] < 0xe0 ?
		    i - start == 2 : (unsigned char)s[start] < 0xf0 ?
		    i - start == 3 : false)))
			return false;
		words++;
	}
	return words >= 2;
}

enum rawregion_kind
rawregion_kind(const struct chunk_line *l, const struct rawline *r)
{
	const char *num;
	size_t numlen;

	if (r->blank || l->rule || (r->nval == 0 && debris(r->s, r->len)))
		return RAWREGION_BLANK;
	if (blocks_caption(l, &num, &numlen))
		return RAWREGION_CAPTION;
	if (blocks_note(l))
		return RAWREGION_NOTE;
	if (caption_is_figure(r->s, r->len))
		return RAWREGION_FIGURE;
	if (r->nval >= 2 && !sentence(r->s, r->label_len))
		return RAWREGION_VALUE;
	if (r->nval == 1 && has_letter(r->s, r->label_len) &&
	    r->label_len <= LABEL_MAX &&
	    r->val[0].type != RAWLINE_YEAR && !prose(r->s, r->label_len))
		return RAWREGION_VALUE;
	return prose(r->s, r->len) ? RAWREGION_PROSE : RAWREGION_TEXT;
}

/* One past the last value line of the region whose first is BODY: text
 * runs of up to GAP_MAX lines go on to a value line, runs of up to
 * WRAP_MAX to values alone (the values of a long wrapped label). */
static size_t
region_end(const enum rawregion_kind *kind, const struct rawline *raw,
    size_t n, size_t body)
{
	size_t j, last = body, gap = 0;

	for (j = body + 1; j < n; j++) {
		if (kind[j] == RAWREGION_VALUE && (gap <= GAP_MAX ||
		    raw[j].label_len == 0))
			last = j, gap = 0;
		else if (kind[j] != RAWREGION_TEXT || ++gap > WRAP_MAX)
			break;
	}
	return last + 1;
}

/* The first line of the page (after its form feed) as a number alone is
 * its page number: no header line of the table under it. */
static void
page_number(const struct rawline *raw, size_t n, enum rawregion_kind *kind)
{
	size_t i, k, digits = 0;
	const char *s;

	for (i = 0; i < n && (raw[i].blank || (raw[i].len == 1 &&
	    raw[i].s[0] == '\f')); i++)
		continue;
	if (i == n)
		return;
	s = raw[i].s;
	for (k = 0; k < raw[i].len && (s[k] == '\f' || s[k] == ' '); k++)
		continue;
	for (; k < raw[i].len && s[k] >= '0' && s[k] <= '9'; k++)
		digits++;
	if (k == raw[i].len && digits >= 1 && digits <= 4)
		kind[i] = RAWREGION_BLANK;
}

/* Region R of stack ST, with the caption over it (none above DONE);
 * false when a figure caption is over it. */
static bool
stack_region(const enum rawregion_kind *kind, size_t done,
    const struct rawregion_stack *st, struct rawregion *r)
{
	size_t c;

	r->head = st->head;
	r->skip_from = r->skip_to = 0;
	r->body = st->labels;
	r->end = st->end;
	r->stack_cols = st->ncols;
	r->stack_rows = st->nrows;
	r->stack_values = st->values;
	for (c = r->head; c > done && kind[c - 1] == RAWREGION_BLANK; c--)
		continue;
	r->caption = c > done && kind[c - 1] == RAWREGION_CAPTION ?
	    c - 1 : RAWREGION_NONE;
	return !(c > done && kind[c - 1] == RAWREGION_FIGURE);
}

const char *
rawregion_title(const char *num, size_t numlen, const char *end)
{
	const char *title = caption_title(num, numlen, end), *p;

	for (p = title; p < end; p++)
		if ((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= 'a' && *p <= 'z') || (unsigned char)*p >= 0xc3)
			return title;
	return end;
}

/* The caption over line H when its long title (a line or two read as
 * running text) comes between them, else RAWREGION_NONE; none above
 * DONE. */
static size_t
long_title(const struct chunk_line *lines, const enum rawregion_kind *kind,
    size_t done, size_t h)
{
	size_t c, numlen;
	const char *num, *end;

	for (c = h; c > done && h - c < TITLE_MAX &&
	    kind[c - 1] == RAWREGION_PROSE; c--)
		continue;
	if (c == h || c == done || kind[c - 1] != RAWREGION_CAPTION ||
	    !blocks_caption(&lines[c - 1], &num, &numlen))
		return RAWREGION_NONE;
	end = lines[c - 1].s + lines[c - 1].len;
	while (end > num + numlen && end[-1] == ' ')
		end--;
	/* only a caption without a title of its own ("Exhibit 7") */
	return rawregion_title(num, numlen, end) == end ? c - 1 :
	    RAWREGION_NONE;
}

/* The most common value count of the value lines of R. */
static size_t
modal_values(const enum rawregion_kind *kind, const struct rawline *raw,
    const struct rawregion *r)
{
	size_t seen[REST_COLS + 1] = { 0 }, i, best = 0;

	for (i = r->body; i < r->end; i++)
		if (kind[i] == RAWREGION_VALUE && raw[i].nval <= REST_COLS)
			seen[raw[i].nval]++;
	for (i = 1; i <= REST_COLS; i++)
		if (seen[i] > seen[best])
			best = i;
	return best;
}

/* Is B the rest of captioned table A, printed after A's notes: no
 * caption, at most two header lines, notes or text between them (a note
 * or a sentence among them), and as many values a row? */
static bool
rest_of(const enum rawregion_kind *kind, const struct rawline *raw,
    const struct rawregion *a, const struct rawregion *b)
{
	size_t i, notes = 0;

	if (a->caption == RAWREGION_NONE || b->caption != RAWREGION_NONE ||
	    a->stack_cols > 0 || b->stack_cols > 0 || a->skip_to > 0 ||
	    b->body - b->head > 2)
		return false;
	for (i = a->end; i < b->head; i++) {
		if (kind[i] != RAWREGION_NOTE && kind[i] != RAWREGION_PROSE &&
		    kind[i] != RAWREGION_TEXT && kind[i] != RAWREGION_BLANK)
			return false;
		notes += kind[i] == RAWREGION_NOTE ||
		    kind[i] == RAWREGION_PROSE;
	}
	return notes > 0 && modal_values(kind, raw, a) ==
	    modal_values(kind, raw, b);
}

/* Join each region that is the rest of the one before to it (the lines
 * between skipped, but a group label over the rest's first row); returns
 * the count of regions left. */
static size_t
join_rest(const enum rawregion_kind *kind, const struct rawline *raw,
    struct rawregion *r, size_t count)
{
	size_t k, n = 0;
	const struct rawline *g;

	for (k = 0; k < count; k++) {
		if (n == 0 || !rest_of(kind, raw, &r[n - 1], &r[k])) {
			r[n++] = r[k];
			continue;
		}
		r[n - 1].skip_from = r[n - 1].end;
		r[n - 1].skip_to = r[k].body;
		if (r[k].head < r[k].body) {	/* body > 0 */
			g = &raw[r[k].body - 1];
			r[n - 1].skip_to -= g->len > 0 && g->s[0] >= 'A' &&
			    g->s[0] <= 'Z';
		}
		r[n - 1].end = r[k].end;
	}
	return n;
}

size_t
rawregion_find(const struct chunk_line *lines,
    struct rawline *raw, size_t n, enum rawregion_kind *kind,
    struct rawregion **out, size_t *cap)
{
	size_t i, h, c, count = 0, done = 0;
	struct rawregion *r;
	struct rawregion_stack st;

	for (i = 0; i < n; i++) {
		rawline_answers(&raw[i]);
		kind[i] = rawregion_kind(&lines[i], &raw[i]);
		/* values alone after a line of text: a wrapped label's */
		if (kind[i] == RAWREGION_TEXT && raw[i].nval == 1 &&
		    raw[i].label_len == 0 && raw[i].val[0].type !=
		    RAWLINE_YEAR && i > 0 && kind[i - 1] == RAWREGION_TEXT &&
		    raw[i - 1].nval == 0)
			kind[i] = RAWREGION_VALUE;
		/* a caption's title going on, numbers and all */
		if (i > 0 && (kind[i - 1] == RAWREGION_CAPTION || (i > 1 &&
		    kind[i - 1] == RAWREGION_TEXT && kind[i - 2] ==
		    RAWREGION_CAPTION)) && kind[i] != RAWREGION_BLANK &&
		    rawhead_goes_on(raw[i - 1].s, raw[i - 1].len, raw[i].s,
		    raw[i].len))
			kind[i] = RAWREGION_TEXT;
	}
	page_number(raw, n, kind);
	for (i = 0; i < n; i++) {
		if (rawregion_stack_at(kind, raw, n, i, &st)) {
			xgrow(out, cap, count + 1, sizeof(**out));
			r = &(*out)[count++];
			if (!stack_region(kind, done, &st, r))
				count--;	/* a chart's numbers */
			done = i = r->end;
			i--;
			continue;
		}
		if (kind[i] != RAWREGION_VALUE)
			continue;
		xgrow(out, cap, count + 1, sizeof(**out));
		r = &(*out)[count++];
		r->stack_cols = 0;
		r->skip_from = r->skip_to = 0;
		r->body = i;
		r->end = region_end(kind, raw, n, i);
		for (h = i; h > done && kind[h - 1] == RAWREGION_TEXT &&
		    i - h < HEAD_MAX; h--)
			continue;
		if ((c = long_title(lines, kind, done, h)) != RAWREGION_NONE)
			h = c + 1;	/* the caption's long title over it */
		/* a line in lower case under running text ends its sentence */
		else if (h < i && h > done && kind[h - 1] == RAWREGION_PROSE &&
		    caption_starts_lower(raw[h].s, raw[h].len))
			h++;
		r->head = h;
		for (c = h; c > done && kind[c - 1] == RAWREGION_BLANK; c--)
			continue;
		r->caption = c > done && kind[c - 1] == RAWREGION_CAPTION ?
		    c - 1 : RAWREGION_NONE;
		if (c > done && kind[c - 1] == RAWREGION_FIGURE)
			count--;	/* a chart's numbers */
		done = i = r->end;
		i--;
	}
	return join_rest(kind, raw, *out, count);
}
