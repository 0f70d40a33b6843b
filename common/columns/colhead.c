/* colhead: the text above a column-aligned table's rows: the caption
 * and the lines wrapping it, titles, and the header band stacked into one
 * header row. Header lines set no columns (justified header words spread
 * out); they are cut under the columns the body found. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/columns/colhead.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

static void
join(char **dst, const char *s, size_t len)
{
	size_t n = *dst == NULL ? 0 : strlen(*dst);

	*dst = xreallocarray(*dst, n + len + 2, 1);
	if (n > 0)
		(*dst)[n++] = ' ';
	memcpy(*dst + n, s, len);
	(*dst)[n + len] = '\0';
}

/* Do the header lines below line I put chunks of their own in two or
 * more of columns FIRST..LAST? Then a chunk over them is their top. */
static bool
has_subs(const struct aligned *cols, const struct chunk_line *lines, size_t i,
    size_t end, size_t first, size_t last)
{
	size_t k, c, f, l, hits = 0;
	bool *seen = xcalloc(last - first + 1, 1);

	for (i++; i < end; i++)
		for (k = 0; k < lines[i].n; k++) {
			c = aligned_span(cols, lines[i].ch[k].col,
			    lines[i].ch[k].end, &f, &l);
			if (f == l && c >= first && c <= last && !seen[c - first])
				seen[c - first] = true, hits++;
		}
	free(seen);
	return hits >= 2;
}

/* The header text of each column into T: stacked cells joined, under
 * a top cell as "TOP | SUB"; the scratch texts are freed. */
static void
store_header(struct colhead *h, size_t n, struct table *t)
{
	size_t c;

	for (c = 0; c < n; c++) {
		char *text = h->head[c], *both = NULL;

		if (h->top[c] != NULL && text != NULL) {
			join(&both, h->top[c], strlen(h->top[c]));
			join(&both, "|", 1);
			join(&both, text, strlen(text));
		} else if (h->top[c] != NULL) {
			join(&both, h->top[c], strlen(h->top[c]));
		}
		text = both != NULL ? both : text;
		if (text != NULL && c == 0)
			t->label_header = table_squeeze(t, text, strlen(text));
		else if (text != NULL)
			t->headers[c - 1] = table_squeeze(t, text,
			    strlen(text));
		free(both);
		free(h->head[c]);
		free(h->top[c]);
	}
	free(h->top);
	h->top = NULL;
}

/* The header band [FROM, TO) under the columns COLS: a chunk over
 * columns that have cells of their own below it is their top. */
static void
read_header(struct colhead *h, const struct aligned *cols,
    const struct chunk_line *lines, size_t from,
    size_t to, struct table *t)
{
	size_t i, k, c, f, l, n = cols->n;
	const struct aligned_cell *cell;
	const struct chunk *ch;

	xgrow(&h->head, &h->head_cap, n, sizeof(*h->head));
	h->top = xcalloc(n, sizeof(*h->top));
	memset(h->head, 0, n * sizeof(*h->head));
	for (i = from; i < to; i++) {
		if (lines[i].rule)
			table_loose(t, lines[i].no, false, lines[i].s,
			    lines[i].len);
		if (lines[i].rule || lines[i].blank)
			continue;
		xgrow(&h->cells, &h->cells_cap, n, sizeof(*h->cells));
		memset(h->cells, 0, n * sizeof(*h->cells));
		for (k = 0; k < lines[i].n; k++) {
			ch = &lines[i].ch[k];
			(void)aligned_span(cols, ch->col, ch->end, &f, &l);
			if (l > f && has_subs(cols, lines, i, to, f, l))
				for (c = f; c <= l; c++)
					join(&h->top[c], lines[i].s + ch->off,
					    ch->len);
			else
				aligned_put(cols, &lines[i], ch, h->cells);
		}
		for (k = 0; k < n; k++) {
			cell = &h->cells[k];
			if (cell->len == 0)
				continue;
			c = aligned_span(cols, cell->col, cell->end, &f, &l);
			join(&h->head[cell->span > 1 ? c : k],
			    lines[i].s + cell->off, cell->len);
		}
	}
	store_header(h, n, t);
}

/* Is line I, at the top of the header band [I, TO), a title over the
 * table rather than header cells: one chunk set apart by a blank line, or
 * one or two chunks from the label column over two columns or more? */
static bool
is_title(const struct aligned *cols, const struct chunk_line *lines, size_t i,
    size_t to)
{
	const struct chunk_line *l = &lines[i];
	size_t f, last, first;

	if (l->n == 0 || l->n > 2)
		return false;
	if (l->n == 1 && i + 1 < to && lines[i + 1].blank)
		return true;
	(void)aligned_span(cols, l->ch[0].col, l->ch[0].end, &first,
	    &last);
	(void)aligned_span(cols, l->ch[l->n - 1].col, l->ch[l->n - 1].end,
	    &f, &last);
	return first == 0 && last >= 2;
}

/* Does L hold a phrase over two columns or more: four words or more in
 * one chunk (a title's sentence, not a header's cell)? */
static bool
spans_phrase(const struct aligned *cols, const struct chunk_line *l)
{
	size_t k, i, words, f, last;

	for (k = 0; k < l->n; k++) {
		for (i = 0, words = 1; i < l->ch[k].len; i++)
			words += l->s[l->ch[k].off + i] == ' ';
		(void)aligned_span(cols, l->ch[k].col, l->ch[k].end, &f, &last);
		if (words >= 4 && last > f)
			return true;
	}
	return false;
}

/* One past a title paragraph at FROM: up to three lines of at most three
 * chunks ("Exhibit" "2.3." "Title ..."), one a phrase over columns, then
 * a blank line with header lines after it; else FROM. */
static size_t
title_paragraph(const struct aligned *cols, const struct chunk_line *lines,
    size_t from, size_t to)
{
	size_t j;
	bool phrase = false;

	for (j = from; j < to && j < from + 3 && !lines[j].blank &&
	    lines[j].n <= 3; j++)
		phrase = phrase || spans_phrase(cols, &lines[j]);
	return phrase && j + 1 < to && lines[j].blank ? j : from;
}

/* Titles at the top of the header band [FROM, TO) are the caption's
 * text (or, under a caption, lines skipped); returns the header's top. */
static size_t
skip_titles(const struct aligned *cols, const struct chunk_line *lines,
    size_t from, size_t to, struct table *t)
{
	size_t para = title_paragraph(cols, lines, from, to);
	char *text = NULL;

	for (; from < to && (from < para || lines[from].blank ||
	    is_title(cols, lines, from, to)); from++) {
		if (lines[from].blank)
			continue;
		if (t->caption == NULL)
			join(&text, lines[from].s, lines[from].len);
		else
			table_title_line(t, lines[from].no, lines[from].s,
			    lines[from].len);
	}
	if (text != NULL) {
		t->caption = table_squeeze(t, text, strlen(text));
		t->caption_unit = table_unit_text(t, t->caption,
		    strlen(t->caption));
	}
	free(text);
	return from;
}

/* The caption lines [FROM, TO) joined: number, title, unit. */
static void
read_caption(const struct chunk_line *lines, size_t from, size_t to,
    struct table *t)
{
	const struct chunk_line *l = &lines[from];
	const char *num, *title, *end = l->s + l->len;
	char *text = NULL;
	size_t numlen, i;

	if (!blocks_caption(l, &num, &numlen))
		return;
	t->number = table_strndup(t, num, numlen);
	title = caption_title(num, numlen, end);
	join(&text, title, (size_t)(end - title));
	for (i = from + 1; i < to && caption_goes_on(lines[i - 1].s,
	    lines[i - 1].len, lines[i].s, lines[i].len); i++)
		join(&text, lines[i].s, lines[i].len);
	t->caption = table_squeeze(t, text, strlen(text));
	t->caption_unit = table_unit_text(t, t->caption, strlen(t->caption));
	for (; i < to; i++)
		table_title_line(t, lines[i].no, lines[i].s, lines[i].len);
	free(text);
}

void
colhead_read(struct colhead *h, const struct aligned *cols,
    const struct chunk_line *lines, const struct block *b, size_t body,
    struct table *t)
{
	if (b->caption != BLOCKS_NONE)
		read_caption(lines, b->caption, b->caption_end, t);
	read_header(h, cols, lines, skip_titles(cols, lines, b->first, body, t),
	    body, t);
}

void
colhead_free(struct colhead *h)
{
	free(h->head);
	free(h->cells);
	memset(h, 0, sizeof(*h));
}
