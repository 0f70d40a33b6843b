/* delimbuild: a run of delimited lines to a table. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimbuild.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

#define MAX_HEADER 3	/* header rows above a border; 2 without one */
#define MAX_TITLES 3	/* rows of one cell above the header: titles */

/* The rows of R (no border, no blank line) into b->row; *HEAD gets how
 * many lie above the first border that has a row above it (0: none). */
static size_t
collect_rows(struct delimbuild *b, const struct delimline *dl,
    const struct delimregion *r, size_t *head)
{
	size_t i, n = 0;

	*head = 0;
	for (i = r->first; i < r->end; i++) {
		if (dl[i].border && n > 0 && *head == 0)
			*head = n;
		if (dl[i].border || dl[i].blank)
			continue;
		xgrow(&b->row, &b->row_cap, n + 1, sizeof(*b->row));
		b->row[n++] = i;
	}
	return n;
}

/* Cell K of line L as text, quotes taken off (into b->text). */
static const char *
cell(struct delimbuild *b, const struct delimline *l, size_t k, size_t *len)
{
	if (k >= l->n) {
		*len = 0;
		return "";
	}
	if (!l->cell[k].quoted) {
		*len = l->cell[k].len;
		return l->s + l->cell[k].off;
	}
	xgrow(&b->text, &b->text_cap, l->cell[k].len + 1, 1);
	*len = delimline_text(l, k, b->text, l->cell[k].len + 1);
	return b->text;
}

static enum delimcell_kind
kind(const struct delimbuild *b, size_t row, size_t width, size_t c)
{
	return b->kind[row * width + c];
}

/* The kinds of every cell of the N rows, WIDTH a row. */
static void
classify(struct delimbuild *b, const struct delimline *dl, size_t n,
    size_t width)
{
	size_t i, c, len;
	const char *s;

	xgrow(&b->kind, &b->kind_cap, n * width, sizeof(*b->kind));
	for (i = 0; i < n; i++)
		for (c = 0; c < width; c++) {
			s = cell(b, &dl[b->row[i]], c, &len);
			b->kind[i * width + c] = delimcell_kind(s, len);
		}
}

/* A header row: text or years in the value columns, nothing else. */
static bool
header_like(const struct delimbuild *b, size_t row, size_t width)
{
	size_t c;
	bool any = false;
	enum delimcell_kind k;

	for (c = 1; c < width; c++) {
		k = kind(b, row, width, c);
		if (k == DELIMCELL_NUMBER || k == DELIMCELL_DATE ||
		    k == DELIMCELL_MISSING)
			return false;
		any = any || k != DELIMCELL_EMPTY;
	}
	return any;
}

/* Page numbers down column C of rows FROM..N, never falling: a table
 * of contents, no column of a table. */
static bool
page_numbers(struct delimbuild *b, const struct delimline *dl, size_t from,
    size_t n, size_t c)
{
	size_t i, len;
	int v, last = 1;
	const char *s;

	for (i = from; i < n; i++) {
		s = cell(b, &dl[b->row[i]], c, &len);
		if ((v = delimcell_page_number(s, len)) < last)
			return false;
		last = v;
	}
	return true;
}

/* Has the body (rows FROM..N) a column of values past the label: every
 * cell a value or empty, and values in half its rows at least? Page
 * numbers under no header do not count. */
static bool
value_column(struct delimbuild *b, const struct delimline *dl, size_t from,
    size_t n, size_t width)
{
	size_t i, c, vals;
	bool bad;
	enum delimcell_kind k;

	for (c = 1; c < width; c++) {
		for (vals = 0, bad = false, i = from; i < n && !bad; i++) {
			k = kind(b, i, width, c);
			bad = k != DELIMCELL_EMPTY && !delimcell_is_value(k);
			vals += k != DELIMCELL_EMPTY && k != DELIMCELL_MISSING;
		}
		if (bad || vals == 0 || vals * 2 < n - from)
			continue;
		if (from == 0 && page_numbers(b, dl, from, n, c))
			continue;
		return true;
	}
	return false;
}

/* The columns that hold a cell in some row into b->col; their count. */
static size_t
kept_columns(struct delimbuild *b, size_t n, size_t width)
{
	size_t i, c, kept = 0;

	xgrow(&b->col, &b->col_cap, width + 1, sizeof(*b->col));
	for (c = 0; c < width; c++) {
		for (i = 0; i < n && kind(b, i, width, c) == DELIMCELL_EMPTY;
		    i++)
			continue;
		if (i < n)
			b->col[kept++] = c;
	}
	return kept;
}

/* Is row I a caption alone in its first cell? */
static bool
caption_row(const struct delimline *l)
{
	const char *num;
	size_t numlen;

	return l->width == 1 && caption_is(l->s + l->cell[0].off,
	    l->cell[0].len, &num, &numlen);
}

/* The text of header row I over column C, SHIFT columns to the right
 * (a last header row one cell short: its label cell left out); an upper
 * row's empty cell over a cell of the last row takes the text of the
 * one to its left (a cell spanning columns), never the label column's. */
static const char *
header_part(struct delimbuild *b, const struct delimline *dl, size_t i,
    size_t h, size_t c, size_t shift, size_t *len)
{
	const char *s;
	size_t below;

	if (i + 1 == h) {
		*len = 0;
		return c >= shift ? cell(b, &dl[b->row[i]], c - shift, len) :
		    "";
	}
	s = cell(b, &dl[b->row[i]], c, len);
	if (*len > 0 || (header_part(b, dl, h - 1, h, c, shift, &below),
	    below == 0))
		return s;
	while (*len == 0 && c > 1)
		s = cell(b, &dl[b->row[i]], --c, len);
	return s;
}

/* Headers of the KEPT columns from the H header rows, joined by " | ";
 * the label column's is the label header. */
static void
read_header(struct delimbuild *b, const struct delimline *dl, size_t h,
    size_t kept, size_t shift, struct table *t)
{
	size_t i, k, len, used;
	const char *s;

	for (k = 0; k < kept; k++) {
		for (used = 0, i = 0; i < h; i++) {
			s = header_part(b, dl, i, h, b->col[k], shift, &len);
			if (len == 0)
				continue;
			xgrow(&b->head, &b->head_cap, used + len + 4, 1);
			if (used > 0)
				memcpy(b->head + used, " | ", 3), used += 3;
			memcpy(b->head + used, s, len);
			used += len;
		}
		if (used == 0)
			continue;
		if (k == 0)
			t->label_header = table_squeeze(t, b->head, used);
		else
			t->headers[k - 1] = table_squeeze(t, b->head, used);
	}
	for (k = 1; k < kept; k++)
		t->units[k - 1] = table_header_unit_text(t,
		    t->headers[k - 1], strlen(t->headers[k - 1]));
}

/* The body rows FROM..N into T; a row with more cells than the header's
 * WANT is reported and keeps them. */
static void
read_rows(struct delimbuild *b, const struct delimline *dl, size_t from,
    size_t n, size_t kept, size_t want, struct table *t)
{
	size_t i, k, row, len;
	const struct delimline *l;
	const char *s;

	for (i = from; i < n; i++) {
		l = &dl[b->row[i]];
		s = cell(b, l, b->col[0], &len);
		row = table_add_row(t, s, len, l->no);
		for (k = 1; k < kept; k++) {
			s = cell(b, l, b->col[k], &len);
			if (len > 0)
				table_set_cell(t, row, k - 1, s, len, l->no);
		}
		if (l->n == DELIMLINE_MAX_CELLS)
			table_note(t, row, l->no, true, "more than %d cells: "
			    "the rest kept in the last", DELIMLINE_MAX_CELLS);
		else if (want > 0 && l->width > want)
			table_note(t, row, l->no, true, "row has %zu cells, "
			    "header has %zu", l->width, want);
	}
}

/* The widest row of rows FROM..TO. */
static size_t
widest(const struct delimbuild *b, const struct delimline *dl, size_t from,
    size_t to)
{
	size_t i, w = 0;

	for (i = from; i < to; i++)
		if (dl[b->row[i]].width > w)
			w = dl[b->row[i]].width;
	return w;
}

/* Every semicolon row cut into as many cells: else it is prose. */
static bool
agree(const struct delimbuild *b, const struct delimline *dl, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (dl[b->row[i]].n != dl[b->row[0]].n)
			return false;
	return true;
}

/* The width most rows FROM..TO have (the wider of a tie). */
static size_t
usual_width(struct delimbuild *b, const struct delimline *dl, size_t from,
    size_t to)
{
	size_t i, w, mode = 0;

	xgrow(&b->count, &b->count_cap, DELIMLINE_MAX_CELLS + 1,
	    sizeof(*b->count));
	memset(b->count, 0, (DELIMLINE_MAX_CELLS + 1) * sizeof(*b->count));
	for (i = from; i < to; i++)
		b->count[dl[b->row[i]].width]++;
	for (w = 0; w <= DELIMLINE_MAX_CELLS; w++)
		if (b->count[w] > 0 && b->count[w] >= b->count[mode])
			mode = w;
	return mode;
}

/* Drop row 0 of the N rows (a caption, a title); *HEAD counts one
 * less. */
static void
drop_first(struct delimbuild *b, size_t n, size_t *head)
{
	memmove(b->row, b->row + 1, (n - 1) * sizeof(*b->row));
	if (*head > 0)
		(*head)--;
}

bool
delimbuild_table(struct delimbuild *b, const struct delimline *dl,
    const struct delimregion *r, struct table *t)
{
	size_t n, head, h = 0, width, kept, shift = 0, want = 0, i;
	size_t caption = r->caption, title[MAX_TITLES], titles = 0;

	n = collect_rows(b, dl, r, &head);
	while (n > 2 && dl[b->row[0]].width <= 1 && titles < MAX_TITLES) {
		if (caption == DELIMREGION_NONE && caption_row(&dl[b->row[0]]))
			caption = b->row[0];
		else
			title[titles++] = b->row[0];
		drop_first(b, n--, &head);
	}
	if (n < 2 || (r->sep == ';' && !agree(b, dl, n)))
		return false;
	width = widest(b, dl, 0, n);
	classify(b, dl, n, width);
	if (head > 0 && head <= MAX_HEADER && head < n)
		h = head;
	else
		while (h < 2 && h + 1 < n && header_like(b, h, width))
			h++;
	kept = kept_columns(b, n, width);
	if (kept < 2 || n - h < (caption != DELIMREGION_NONE ? 1u : 2u) ||
	    !value_column(b, dl, h, n, width))
		return false;
	if (h > 0) {
		want = dl[b->row[h - 1]].width;
		if (want + 1 == usual_width(b, dl, h, n))
			shift = 1, want++;
		if (widest(b, dl, 0, h) > want)
			want = widest(b, dl, 0, h);
	}
	if (caption != DELIMREGION_NONE)
		delimregion_caption(t, dl[caption].s, dl[caption].len);
	table_set_columns(t, kept - 1);
	t->first_line = dl[caption != DELIMREGION_NONE ? caption :
	    r->first].no;
	t->last_line = dl[r->end - 1].no;
	for (i = 0; i < titles; i++)
		table_title_line(t, dl[title[i]].no, dl[title[i]].s,
		    dl[title[i]].len);
	read_header(b, dl, h, kept, shift, t);
	read_rows(b, dl, h, n, kept, want, t);
	return true;
}

void
delimbuild_free(struct delimbuild *b)
{
	free(b->row);
	free(b->kind);
	free(b->col);
	free(b->text);
	free(b->head);
	free(b->count);
	memset(b, 0, sizeof(*b));
}
