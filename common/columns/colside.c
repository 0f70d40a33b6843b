/* colside: a header repeated across the line is the mark of tables set
 * side by side to save paper; the parts are read one at a time through
 * a window on the page's lines, so the column reader needs no change. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/columns/colside.h"
#include "common/sys/xalloc.h"

static bool
same_chunk(const struct chunk_line *l, size_t i, size_t j)
{
	return l->ch[i].len == l->ch[j].len && memcmp(l->s + l->ch[i].off,
	    l->s + l->ch[j].off, l->ch[i].len) == 0;
}

/* Is L's run of cells repeated K times over? */
static bool
repeats(const struct chunk_line *l, size_t k)
{
	size_t p = l->n / k, i;

	if (l->n % k != 0 || p < 2)
		return false;
	for (i = p; i < l->n; i++)
		if (!same_chunk(l, i % p, i))
			return false;
	return true;
}

/* Does a chunk of a line in [FROM, TO) run over character X? */
static bool
crossed(const struct chunk_line *lines, size_t from, size_t to, size_t x)
{
	size_t i, k;

	for (i = from; i < to; i++)
		for (k = 0; k < lines[i].n; k++)
			if (lines[i].ch[k].col < x && lines[i].ch[k].end > x)
				return true;
	return false;
}

/* Do lines [FROM, TO) hold chunks on both sides of character X (a
 * header over column groups: one table), or (NUMBERS) a number? */
static bool
spans(const struct chunk_line *lines, size_t from, size_t to, size_t x)
{
	size_t i;

	for (i = from; i < to; i++)
		if (lines[i].n > 0 && lines[i].ch[0].col < x &&
		    lines[i].ch[lines[i].n - 1].col >= x)
			return true;
	return false;
}

static bool
numbers(const struct chunk_line *lines, size_t from, size_t to)
{
	size_t i, k;

	for (i = from; i < to; i++)
		for (k = 0; k < lines[i].n; k++)
			if (lines[i].ch[k].num && !lines[i].ch[k].year)
				return true;
	return false;
}

size_t
colside_parts(const struct chunk_line *lines, const struct block *b,
    size_t at[COLSIDE_MAX])
{
	const struct chunk_line *head = NULL;
	size_t i, k, p, top = b->first;

	at[0] = 0;
	for (i = b->body; i < b->end && head == NULL; i++)
		if (lines[i].n >= 4)
			head = &lines[i];
	if (head == NULL || head->ch[0].num ||
	    !numbers(lines, (size_t)(head - lines) + 1, b->end))
		return 1;
	if (b->caption_end != BLOCKS_NONE && b->caption_end > top &&
	    b->caption_end <= (size_t)(head - lines))
		top = b->caption_end;
	for (k = COLSIDE_MAX; k >= 2; k--) {
		if (!repeats(head, k))
			continue;
		p = head->n / k;
		for (i = 1; i < k; i++) {
			at[i] = head->ch[i * p].col;
			if (crossed(lines, b->body, b->end, at[i]) ||
			    spans(lines, top, (size_t)(head - lines), at[i]))
				return 1;
		}
		return k;
	}
	return 1;
}

/* L cut to its chunks that start in [FROM, TO), into W. */
static void
cut_line(struct chunk_line *w, const struct chunk_line *l, size_t from,
    size_t to)
{
	size_t k = 0, e, i;

	*w = *l;
	while (k < l->n && l->ch[k].col < from)
		k++;
	for (e = k; e < l->n && l->ch[e].col < to; e++)
		continue;
	w->ch = l->ch + k;
	w->n = e - k;
	w->gap = 0;
	for (i = 1; i < w->n; i++)
		if (w->ch[i].col - w->ch[i - 1].end > w->gap)
			w->gap = w->ch[i].col - w->ch[i - 1].end;
	if (w->n == 0)
		w->blank = true;
}

const struct chunk_line *
colside_window(struct colside *w, const struct chunk_line *lines, size_t n,
    const struct block *b, size_t from, size_t to)
{
	size_t i, top = b->first;

	if (b->caption != BLOCKS_NONE && b->caption < top)
		top = b->caption;
	xgrow(&w->win, &w->cap, n, sizeof(*w->win));
	memcpy(w->win, lines, n * sizeof(*w->win));
	for (i = top; i < b->end && i < n; i++)
		cut_line(&w->win[i], &lines[i], from, to);
	return w->win;
}

void
colside_free(struct colside *w)
{
	free(w->win);
	memset(w, 0, sizeof(*w));
}
