/* aligned: columns by projection. Counting occupancy instead of OR-ing
 * it lets a long label cross a column gap without fusing two columns;
 * numbers are never allowed to, as they are what the columns align. */
#include <stdlib.h>
#include <string.h>

#include "common/read/aligned.h"
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

static bool
overlaps(const struct aligned *a, size_t col, size_t end)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		if (col < a->c[i].end && a->c[i].col < end)
			return true;
	return false;
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

/* The column overlapping [COL, END) most, else the nearest. */
static size_t
best_col(const struct aligned *a, size_t col, size_t end, size_t *last)
{
	size_t i, best = 0, most = 0, lo, hi, dist, bestdist = (size_t)-1;

	*last = 0;
	for (i = 0; i < a->n; i++) {
		lo = col > a->c[i].col ? col : a->c[i].col;
		hi = end < a->c[i].end ? end : a->c[i].end;
		if (hi > lo) {
			if (hi - lo > most)
				most = hi - lo, best = i;
			*last = i;
		}
	}
	if (most > 0) {
		for (i = 0; i < a->n; i++)	/* first overlapped */
			if (col < a->c[i].end && a->c[i].col < end)
				return i;
		return best;
	}
	for (i = 0; i < a->n; i++) {
		dist = a->c[i].col > end ? a->c[i].col - end :
		    col >= a->c[i].end ? col - a->c[i].end + 1 : 0;
		if (dist < bestdist)
			bestdist = dist, best = i;
	}
	*last = best;
	return best;
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

	if (last > first) {
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
	put(&cells[first], off, len, last > first ? last - first + 1 : 1, num,
	    col, end);
}

size_t
aligned_cut(const struct aligned *a, const struct chunk_line *l,
    struct aligned_cell *cells)
{
	size_t k, n = 0;

	memset(cells, 0, a->n * sizeof(*cells));
	for (k = 0; k < l->n; k++)
		place(a, l, l->ch[k].off, l->ch[k].len, l->ch[k].col,
		    l->ch[k].end, l->ch[k].num, cells);
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
