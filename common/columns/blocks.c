/* blocks: where tables are on a page. A table's body is found first, as
 * the lines that show columns; the header is the band of lines just
 * above it, which need not (justified header words are spread out). */
#include <string.h>

#include <stdlib.h>

#include "common/columns/aligned.h"
#include "common/columns/blocks.h"
#include "common/table/caption.h"
#include "common/sys/xalloc.h"

#define WRAP_MAX 6		/* non-tabular lines inside a block, in a row */
#define HEAD_MAX 8		/* header lines above the first tabular line */

static const char *
trimmed(const struct chunk_line *l, size_t *len)
{
	size_t i = l->n > 0 ? l->ch[0].off : l->len;

	*len = l->len - i;
	return l->s + i;
}

bool
blocks_caption(const struct chunk_line *l, const char **num, size_t *numlen)
{
	size_t len;
	const char *s = trimmed(l, &len);

	return !l->blank && caption_is(s, len, num, numlen);
}

bool
blocks_note(const struct chunk_line *l)
{
	static const char *const words[] = { "Note:", "Notes:", "Note ",
		"NB:", NULL };
	const char *const *w;
	size_t len;
	const char *s = trimmed(l, &len);

	if (caption_is_source_note(s, len))
		return true;
	for (w = words; *w != NULL; w++)
		if (len >= strlen(*w) && memcmp(s, *w, strlen(*w)) == 0)
			return true;
	return false;
}

bool
blocks_tabular(const struct chunk_line *l)
{
	size_t k, nums = 0;

	if (l->blank || l->rule || l->n < 2)
		return false;
	for (k = 0; k < l->n; k++)
		nums += l->ch[k].num;
	if (nums == l->n)
		return true;	/* values alone */
	return l->gap >= 3 || (nums > 0 && l->gap >= 2);
}

/* A line of running text: one chunk over most of the page's width, or
 * justified, its words spread by gaps of a few spaces. */
static bool
prose(const struct chunk_line *l, size_t width)
{
	size_t k, words = 1;

	if (l->n == 0 || (l->ch[l->n - 1].end - l->ch[0].col) * 10 < width * 6)
		return false;
	if (l->n == 1)
		return true;
	for (k = 0; k < l->len; k++)
		words += l->s[k] == ' ' && k + 1 < l->len && l->s[k + 1] != ' ';
	return l->gap <= 3 && words >= 8;
}

static bool
stops(const struct chunk_line *l)
{
	const char *num;
	size_t numlen;

	return blocks_caption(l, &num, &numlen) || blocks_note(l);
}

static size_t
page_width(const struct chunk_line *lines, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		if (lines[i].n > 0 && lines[i].ch[lines[i].n - 1].end > w)
			w = lines[i].ch[lines[i].n - 1].end;
	return w;
}

static bool
has_number(const struct chunk_line *l)
{
	size_t k;

	for (k = 1; k < l->n; k++)
		if (l->ch[k].num && !l->ch[k].year)
			return true;
	return false;
}

/* Does a tabular line follow line J within two lines (a group label
 * over the rows below it, after a blank line)? */
static bool
rows_follow(const struct chunk_line *lines, size_t n, size_t j)
{
	size_t k;

	for (k = j + 1; k < n && k <= j + 2; k++) {
		if (stops(&lines[k]) || lines[k].blank)
			return false;
		if (blocks_tabular(&lines[k]))
			return true;
	}
	return false;
}

/* Does L start under a cell of the tabular line T (not its first): a
 * cell of text that wraps, however wide? */
static bool
under_cell(const struct chunk_line *l, const struct chunk_line *t)
{
	size_t k;

	for (k = 1; k < t->n; k++)
		if (l->ch[0].col + 1 >= t->ch[k].col &&
		    l->ch[0].col <= t->ch[k].col + 1)
			return true;
	return false;
}

bool
blocks_loose(const struct chunk_line *lines, size_t from, size_t to)
{
	size_t i, values = 0, gaps = 0;
	bool blank = false;

	for (i = from; i < to; i++) {
		if (lines[i].blank) {
			blank = values > 0;
		} else if (has_number(&lines[i])) {
			if (values > 0 && !blank)
				return false;
			gaps += blank;
			values++;
			blank = false;
		}
	}
	return values >= 3 && gaps + 1 >= values;
}

/* One past the last line of the block whose first tabular line is I. */
static size_t
body_end(const struct chunk_line *lines, size_t n, size_t i, size_t width)
{
	size_t j, last = i, wraps = 0, blanks = 0, last_num = BLOCKS_NONE;
	bool loose;

	for (j = i + 1; j < n; j++) {
		const struct chunk_line *l = &lines[j];

		if (stops(l))
			break;
		if (l->blank) {
			if (++blanks > 2)
				break;
			continue;
		}
		if (l->rule)
			continue;
		if (blocks_tabular(l)) {
			last = j;
			if (has_number(l))
				last_num = j;
			wraps = blanks = 0;
			continue;
		}
		if ((prose(l, width) && !under_cell(l, &lines[last])) ||
		    ++wraps > WRAP_MAX ||
		    (blanks > 0 && !rows_follow(lines, n, j)))
			break;
		blanks = 0;
	}
	/* Lines without numbers after the rows of numbers are notes or a
	 * legend: they end the table. */
	if (last_num != BLOCKS_NONE && has_number(&lines[i]) && last > last_num)
		for (last = last_num, j = last_num + 1; j < n && j < last + 3 &&
		    !lines[j].blank && !blocks_tabular(&lines[j]); j++)
			continue;
	/* Wrapped lines of the last row come with it, notes do not; in a
	 * table of rows set apart by blank lines, every line up to the next
	 * blank one is the row's. */
	loose = blocks_loose(lines, i, last + 1);
	for (j = last + 1; j < n && !lines[j].blank && !lines[j].rule &&
	    !stops(&lines[j]) && !prose(&lines[j], width) &&
	    j - last <= WRAP_MAX; j++) {
		if (!loose && (lines[j].ch[0].col < lines[last].ch[0].col ||
		    !caption_starts_lower(lines[j].s + lines[j].ch[0].off,
		    lines[j].ch[0].len)))
			break;
	}
	return j;
}

/* The top of the header band above line I, not above LIMIT. */
static size_t
header_top(const struct chunk_line *lines, size_t i, size_t limit,
    size_t width)
{
	size_t k = i, top = i, blanks = 0, count = 0;

	while (k > limit) {
		const struct chunk_line *l = &lines[--k];

		if (l->blank) {
			if (++blanks > 1)
				break;
			continue;
		}
		if (l->rule)
			continue;
		if (stops(l) || prose(l, width) || ++count > HEAD_MAX ||
		    (k > limit && prose(&lines[k - 1], width)))
			break;	/* the last line of a paragraph is prose too */
		blanks = 0;
		top = k;
	}
	return top;
}

/* Does the caption at line K head a table below it (a tabular line in
 * the three lines after it)? */
static bool
heads_below(const struct chunk_line *lines, size_t n, size_t k)
{
	size_t j;

	for (j = k + 1; j < n && j <= k + 3; j++)
		if (blocks_tabular(&lines[j]))
			return true;
	return false;
}

/* The caption line within two lines above TOP or below END (unless it
 * heads the next table). */
static size_t
find_caption(const struct chunk_line *lines, size_t n, size_t top,
    size_t end, size_t limit)
{
	const char *num;
	size_t numlen, k, seen;

	for (k = top, seen = 0; k > limit && seen < 3; ) {
		k--;
		if (blocks_caption(&lines[k], &num, &numlen))
			return k;
		seen += !lines[k].blank;
	}
	for (k = end, seen = 0; k < n && seen < 2; k++) {
		if (blocks_caption(&lines[k], &num, &numlen))
			return heads_below(lines, n, k) ? BLOCKS_NONE : k;
		seen += !lines[k].blank;
	}
	return BLOCKS_NONE;
}

/* Columns of the tabular lines in [FROM, TO). */
static size_t
columns_of(const struct chunk_line *lines, size_t from, size_t to,
    struct aligned *a, const struct chunk_line ***body, size_t *cap)
{
	size_t i, n = 0;

	for (i = from; i < to; i++)
		if (blocks_tabular(&lines[i])) {
			xgrow(body, cap, n + 1, sizeof(**body));
			(*body)[n++] = &lines[i];
		}
	return n < 2 ? 0 : aligned_find(a, *body, n);
}

/* Two tables one under the other, a blank line apart, fuse into one with
 * fewer columns than either has: the blank line where that happens. */
static size_t
split_at(const struct chunk_line *lines, size_t from, size_t to)
{
	struct aligned a = { 0 };
	const struct chunk_line **body = NULL;
	size_t cap = 0, j, above, below, all, at = to;

	for (j = from + 1; j + 1 < to && at == to; j++) {
		if (!lines[j].blank || lines[j - 1].blank)
			continue;
		above = columns_of(lines, from, j, &a, &body, &cap);
		below = columns_of(lines, j, to, &a, &body, &cap);
		all = columns_of(lines, from, to, &a, &body, &cap);
		if (above >= 2 && below >= 2 && all < (above < below ? above :
		    below))
			at = j;
	}
	aligned_free(&a);
	free(body);
	return at;
}

/* Is L a header line: two cells or more, text or years, no amount? */
static bool
header_like(const struct chunk_line *l)
{
	return blocks_tabular(l) && l->n >= 2 && !l->ch[0].num &&
	    !has_number(l);
}

static bool
same_text(const struct chunk_line *a, const struct chunk_line *b)
{
	return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* A table printed in two blocks, a blank line apart, the second under a
 * header of its own (other than the first's: a header repeated is the
 * same table going on): the blank line before that header, or TO. */
static size_t
split_at_header(const struct chunk_line *lines, size_t from, size_t to)
{
	size_t j, k;
	bool above = false;

	for (j = from + 1; j + 2 < to; j++) {
		above = above || has_number(&lines[j - 1]);
		if (!lines[j].blank || lines[j - 1].blank || !above ||
		    !header_like(&lines[j + 1]) ||
		    same_text(&lines[j + 1], &lines[from]))
			continue;
		for (k = j + 2; k < to && !has_number(&lines[k]); k++)
			continue;
		if (k < to)
			return j;
	}
	return to;
}

/* Is there a figure caption in the header band [TOP, BODY], or in the
 * three lines above it? */
static bool
under_figure(const struct chunk_line *lines, size_t top, size_t body,
    size_t limit)
{
	size_t k, len, seen = 0;
	const char *s;

	for (k = body + 1; k > limit && seen < 3; k--) {
		if (lines[k - 1].n == 0)
			continue;
		s = lines[k - 1].s + lines[k - 1].ch[0].off;
		len = lines[k - 1].len - lines[k - 1].ch[0].off;
		if (caption_is_figure(s, len))
			return true;
		seen += k - 1 < top;
	}
	return false;
}

/* One past the last line of B's caption: the lines right under it that
 * show no columns go on with it; the header starts below them. */
static size_t
caption_end(const struct chunk_line *lines, struct block *b)
{
	size_t k = b->caption + 1;

	if (b->caption > b->first)
		return k;
	while (k < b->body && !lines[k].blank && !blocks_tabular(&lines[k]) &&
	    lines[k].n == 1)
		k++;
	if (k > b->first && k < b->body)
		b->first = k;
	else if (k > b->first)
		return b->caption + 1;	/* all header: the caption is one line */
	return k;
}

size_t
blocks_find(const struct chunk_line *lines, size_t n, struct block **out,
    size_t *cap)
{
	size_t i = 0, count = 0, limit = 0, width = page_width(lines, n);
	struct block *b;

	while (i < n) {
		if (!blocks_tabular(&lines[i]) || stops(&lines[i])) {
			i++;
			continue;
		}
		xgrow(out, cap, count + 1, sizeof(**out));
		b = &(*out)[count++];
		b->body = i;
		b->end = body_end(lines, n, i, width);
		b->end = split_at(lines, i, b->end);
		b->end = split_at_header(lines, i, b->end);
		b->first = header_top(lines, i, limit, width);
		b->caption = find_caption(lines, n, b->first, b->end, limit);
		b->caption_end = b->caption == BLOCKS_NONE ? BLOCKS_NONE :
		    caption_end(lines, b);
		b->figure = under_figure(lines, b->first, b->body, limit);
		if (b->caption != BLOCKS_NONE && b->caption >= b->end)
			limit = b->caption + 1;
		else
			limit = b->end;
		i = b->end;
	}
	return count;
}
