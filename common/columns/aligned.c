/* aligned: columns by projection. Counting occupancy instead of OR-ing
 * it lets a long label cross a column gap without fusing two columns;
 * numbers are never allowed to, as they are what the columns align. */
#include <stdlib.h>
#include <string.h>

#include "common/columns/aligned.h"
#include "common/sys/xalloc.h"

/* Text chunks allowed over a gap: one in ten body lines. */
static size_t
crossers(size_t lines)
{
	return lines / 10;
}

static void
add_col(struct aligned *a, size_t col, size_t end)
{
	size_t i;

	xgrow(&a->c, &a->cap, a->n + 1, sizeof(*a->c));
	for (i = a->n; i > 0 && a->c[i - 1].col > col; i--)
		a->c[i] = a->c[i - 1];
	a->c[i].col = col;
	a->c[i].end = end;
	a->n++;
}

static size_t
width_of(const struct chunk_line *const *body, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		if (body[i]->n > 0 && body[i]->ch[body[i]->n - 1].end > w)
			w = body[i]->ch[body[i]->n - 1].end;
	return w;
}

/* Runs of positions with count > TOL (or a number) become columns. */
static void
runs(struct aligned *a, size_t w, size_t tol)
{
	size_t x, start = 0;
	bool in = false, busy;

	for (x = 0; x <= w; x++) {
		busy = x < w && (a->count[x] > 0 || a->text[x] > tol);
		if (busy && !in)
			start = x;
		else if (!busy && in)
			add_col(a, start, x);
		in = busy;
	}
}

/* The first column that ends after character COL: the columns are in
 * order and apart, so a binary search (a line of thousands of chunks
 * made the linear one quadratic). */
static size_t
first_ending_after(const struct aligned *a, size_t col)
{
	size_t lo = 0, hi = a->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (a->c[mid].end > col)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static bool
overlaps(const struct aligned *a, size_t col, size_t end)
{
	size_t i = first_ending_after(a, col);

	return i < a->n && a->c[i].col < end;
}

/* The widths of the gaps between chunks that position X falls in, summed
 * over the lines: where two columns part, the gaps are wide. (Of a run
 * of ties the middle is taken: a label's words stay together.) */
static size_t
gap_sum(const struct chunk_line *const *body, size_t n, size_t x)
{
	size_t k, j, sum = 0;

	for (k = 0; k < n; k++)
		for (j = 1; j < body[k]->n; j++)
			if (body[k]->ch[j - 1].end <= x && x < body[k]->ch[j].col)
				sum += body[k]->ch[j].col - body[k]->ch[j - 1].end;
	return sum;
}

/* Split column I at its least occupied inner position when most lines
 * with text in it have two numbers there, or two chunks set apart by two
 * spaces or more: two columns fused by a few lines printed off their
 * places. */
static bool
split_fused(struct aligned *a, const struct chunk_line *const *body,
    size_t n, size_t i)
{
	size_t k, j, x, in, nums, wide, lines = 0, two = 0, best = 0;
	size_t least = (size_t)-1;
	const struct chunk *c;

	memset(a->count, 0, a->c[i].end * sizeof(*a->count));
	for (k = 0; k < n; k++) {
		for (j = in = nums = wide = 0; j < body[k]->n; j++) {
			c = &body[k]->ch[j];
			if (c->end <= a->c[i].col || c->col >= a->c[i].end)
				continue;
			if (in++ > 0 && c->col >= c[-1].end + 2)
				wide++;
			nums += c->num;
			for (x = c->col; x < c->end && x < a->c[i].end; x++)
				a->count[x]++;
		}
		lines += in > 0;
		two += nums > 1 || wide > 0;
	}
	if (lines < 2 || two * 2 < lines)
		return false;
	for (x = a->c[i].col + 1; x + 1 < a->c[i].end; x++)
		if (a->count[x] < least || (a->count[x] == least &&
		    gap_sum(body, n, x) > gap_sum(body, n, best)))
			least = a->count[x], best = x;
	if (least == (size_t)-1 || least * 2 >= lines)
		return false;
	for (x = best; x + 2 < a->c[i].end && a->count[x + 1] == least &&
	    gap_sum(body, n, x + 1) == gap_sum(body, n, best); x++)
		continue;
	best = (best + x) / 2;
	xgrow(&a->c, &a->cap, a->n + 1, sizeof(*a->c));
	memmove(&a->c[i + 1], &a->c[i], (a->n - i) * sizeof(*a->c));
	a->n++;
	a->c[i].end = best;
	a->c[i + 1].col = best + 1;
	return true;
}

/* Are most chunks starting in column I numbers? A column one space from
 * the one before it is only a column then ("Total 100"); words one
 * space apart are a label. */
static bool
numeric_col(const struct aligned *a, const struct chunk_line *const *body,
    size_t n, size_t i)
{
	size_t k, j, nums = 0, all = 0;
	const struct chunk *c;

	for (k = 0; k < n; k++)
		for (j = 0; j < body[k]->n; j++) {
			c = &body[k]->ch[j];
			if (c->col < a->c[i].col || c->col >= a->c[i].end)
				continue;
			all++;
			nums += c->num;
		}
	return all > 0 && nums * 2 > all;
}

size_t
aligned_find(struct aligned *a, const struct chunk_line *const *body,
    size_t n)
{
	size_t w = width_of(body, n), i, k, x, lines = 0;
	const struct chunk *c;

	a->n = 0;
	xgrow(&a->count, &a->ccap, w + 1, sizeof(*a->count));
	xgrow(&a->text, &a->tcap, w + 1, sizeof(*a->text));
	memset(a->count, 0, (w + 1) * sizeof(*a->count));
	memset(a->text, 0, (w + 1) * sizeof(*a->text));
	for (i = 0; i < n; i++) {
		if (body[i]->blank || body[i]->rule)
			continue;
		lines++;
		for (k = 0; k < body[i]->n; k++) {
			c = &body[i]->ch[k];
			for (x = c->col; x < c->end; x++)
				(c->num ? a->count : a->text)[x]++;
		}
	}
	runs(a, w, crossers(lines));
	/* A sparse column's chunks sit in what the tolerance made a gap:
	 * they are a column of their own. */
	memset(a->count, 0, (w + 1) * sizeof(*a->count));
	memset(a->text, 0, (w + 1) * sizeof(*a->text));
	for (i = 0; i < n; i++)
		for (k = 0; k < body[i]->n; k++) {
			c = &body[i]->ch[k];
			if (body[i]->rule || overlaps(a, c->col, c->end))
				continue;
			for (x = c->col; x < c->end; x++)
				a->count[x]++;
		}
	k = a->n;
	runs(a, w, 0);
	if (a->n > k) {		/* new runs may touch old ones: redo order */
		for (i = 0; i + 1 < a->n; i++)
			if (a->c[i].end >= a->c[i + 1].col)
				aligned_merge(a, i--);
	}
	for (i = 0; i + 1 < a->n; i++)
		if (a->c[i + 1].col - a->c[i].end < 2 &&
		    !numeric_col(a, body, n, i + 1))
			aligned_merge(a, i--);
	for (i = 0; i < a->n && a->n < n * 4 + 4; i++)
		if (split_fused(a, body, n, i))
			i--;
	return a->n;
}

void
aligned_merge(struct aligned *a, size_t i)
{
	if (i + 1 >= a->n)
		return;
	if (a->c[i + 1].end > a->c[i].end)
		a->c[i].end = a->c[i + 1].end;
	memmove(&a->c[i + 1], &a->c[i + 2], (a->n - i - 2) * sizeof(*a->c));
	a->n--;
}

/* The first column that [COL, END) overlaps (*LAST the last one), else
 * the nearest, the left one of two as near. */
static size_t
best_col(const struct aligned *a, size_t col, size_t end, size_t *last)
{
	size_t i = first_ending_after(a, col), k;

	*last = 0;
	if (a->n == 0)
		return 0;
	if (i < a->n && a->c[i].col < end) {
		for (k = i; k + 1 < a->n && a->c[k + 1].col < end; k++)
			continue;
		*last = k;
		return i;
	}
	/* none overlaps: column I lies right of END, I - 1 left of COL */
	if (i == a->n || (i > 0 && col - a->c[i - 1].end + 1 <=
	    a->c[i].col - end))
		i--;
	*last = i;
	return i;
}

size_t
aligned_span(const struct aligned *a, size_t col, size_t end, size_t *first,
    size_t *last)
{
	size_t i, most = 0, best;

	*first = best_col(a, col, end, last);
	best = *first;
	for (i = *first; i <= *last && i < a->n; i++) {
		size_t lo = col > a->c[i].col ? col : a->c[i].col;
		size_t hi = end < a->c[i].end ? end : a->c[i].end;

		if (hi > lo && hi - lo > most)
			most = hi - lo, best = i;
	}
	return best;
}

static void
put(struct aligned_cell *cell, size_t off, size_t len, size_t span, bool num,
    size_t col, size_t end)
{
	if (cell->len == 0)
		cell->col = col;
	cell->end = end;
	if (cell->len == 0) {
		cell->off = off;
		cell->len = len;
		cell->num = num;
	} else {		/* two chunks in one column: one cell */
		cell->len = off + len - cell->off;
		cell->num = cell->num && num;
	}
	if (span > cell->span)
		cell->span = span;
}

/* Place bytes [OFF, OFF+LEN) at columns [COL, END) of L, splitting at a
 * space that falls between two columns. */
static void
place(const struct aligned *a, const struct chunk_line *l, size_t off,
    size_t len, size_t col, size_t end, bool num, struct aligned_cell *cells)
{
	size_t last, first = best_col(a, col, end, &last), i, x;

	if (last > first && l->n > 1) {	/* a lone chunk spans */
		x = col;
		for (i = off; i < off + len; i++) {
			if (((unsigned char)l->s[i] & 0xc0) == 0x80)
				continue;
			if (l->s[i] == ' ' && x >= a->c[first].end &&
			    x < a->c[first + 1].col + 1) {
				place(a, l, off, i - off, col, x, num, cells);
				place(a, l, i + 1, off + len - i - 1, x + 1, end,
				    num, cells);
				return;
			}
			x++;
		}
	}
	if (num && last > first)	/* a number belongs where most of it is */
		first = aligned_span(a, col, end, &(size_t){ 0 }, &last);
	put(&cells[first], off, len, last > first ? last - first + 1 : 1, num,
	    col, end);
}

void
aligned_put(const struct aligned *a, const struct chunk_line *l,
    const struct chunk *c, struct aligned_cell *cells)
{
	place(a, l, c->off, c->len, c->col, c->end, c->num, cells);
}

size_t
aligned_cut(const struct aligned *a, const struct chunk_line *l,
    struct aligned_cell *cells)
{
	size_t k, n = 0;

	memset(cells, 0, a->n * sizeof(*cells));
	for (k = 0; k < l->n; k++)
		aligned_put(a, l, &l->ch[k], cells);
	for (k = 0; k < a->n; k++)
		n += cells[k].len > 0;
	return n;
}

void
aligned_free(struct aligned *a)
{
	free(a->c);
	free(a->count);
	free(a->text);
	memset(a, 0, sizeof(*a));
}
