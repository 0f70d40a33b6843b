/* header: a numeric table's header, read from the lines above its first
 * row. A line starting with a space, or a line of years, starts a level;
 * other lines continue the cells of the level before (wrapped header
 * cells). The lowest level names the columns; each level above spans an
 * equal share of them ("2017 | # projecten"). */
#include <stdlib.h>
#include <string.h>

#include "common/flow/block.h"
#include "common/flow/header.h"
#include "common/text/hyphen.h"
#include "common/cells/layout.h"
#include "common/cells/split.h"
#include "common/sys/xalloc.h"

/* Does a level of N cells name every column (plus the label column,
 * unless the line starts with a space or a level above holds it)? */
static bool
fits(const struct header *h, size_t k, size_t n)
{
	return n == h->ncols + 1 || ((h->lead[k] || k > 0) && n == h->ncols);
}

/* "Type organisatie 2021 2022 2023": a level of K that ends in one year
 * per column, after words that name the label column (a year after a
 * lower-case word does not start a cell in split_header, "steun in
 * 2022"). Into CELLS: the words, then the years; returns ncols + 1, or
 * 0 when the level is not so. */
static size_t
label_years(const struct header *h, size_t k, struct layout_cell *cells)
{
	const char *s = h->level[k];
	size_t e = strlen(s), b, c = h->ncols + 1;

	if (h->lead[k])
		return 0;
	while (c > 1) {
		while (e > 0 && s[e - 1] == ' ')
			e--;
		for (b = e; b > 0 && s[b - 1] != ' '; b--)
			continue;
		if (b == e || layout_classify(s + b, e - b) != LAYOUT_YEAR)
			return 0;
		cells[--c].s = s + b;
		cells[c].len = e - b;
		e = b;
	}
	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && s[b - 1] != ' '; b--)
		continue;
	if (e == 0 || layout_classify(s + b, e - b) == LAYOUT_YEAR)
		return 0;	/* more years than columns */
	cells[0].s = s;
	cells[0].len = e;
	return h->ncols + 1;
}

/* Header cells of level K into CELLS; returns the count and whether the
 * first cell is the label column's header. Years are cells of their own
 * unless only "Rekening 2021"-style cells fit the columns. */
static size_t
level_cells(struct header *h, size_t k, struct layout_cell *cells,
    bool *has_label)
{
	size_t len = strlen(h->level[k]), max = h->ncols + 2;
	size_t n = split_header(h->level[k], len, cells, max, false);

	/* MAX is one more than fits, so that too many cells show */
	if (!fits(h, k, n) && fits(h, k, split_header(h->level[k], len,
	    cells, max, true)))
		n = split_header(h->level[k], len, cells, max, true);
	else if (!fits(h, k, n) && label_years(h, k, cells) > 0)
		n = h->ncols + 1;
	else if (!fits(h, k, n))
		n = split_header(h->level[k], len, cells, h->ncols + 1, false);

	*has_label = !h->lead[k] && n > 1 && (n == h->ncols + 1 ||
	    (k + 1 < h->nlevels && h->ncols % (n - 1) == 0 &&
	    h->ncols % n != 0));
	return n;
}

/* Does level K name every column? Counted without a cap, so that a
 * level with too many cells is not complete. */
static bool
level_complete(struct header *h, size_t k)
{
	size_t len = strlen(h->level[k]);

	return fits(h, k, split_header(h->level[k], len, h->cells,
	    h->ncols + 2, false)) || fits(h, k, split_header(h->level[k],
	    len, h->cells, h->ncols + 2, true)) || label_years(h, k,
	    h->cells) > 0;
}

/* A squeezed copy of A and S[0..LEN): a space between, or a word broken
 * by a hyphen joined. */
static const char *
join_text(const struct header *h, const char *a, const char *s, size_t len)
{
	size_t n;
	char *tmp = hyphen_join(h->words, a, strlen(a), s, len, &n);
	const char *out = table_squeeze(h->t, tmp, n);

	free(tmp);
	return out;
}

static void
add_level_line(struct header *h, const char *s, size_t len, bool new_level)
{
	size_t k;

	if (new_level && h->nlevels == HEADER_MAX_LEVELS) {
		for (k = 1; k < HEADER_MAX_LEVELS; k++) {	/* the lowest */
			h->level[k - 1] = h->level[k];
			h->lead[k - 1] = h->lead[k];
		}
		h->nlevels--;
	}
	if (new_level) {
		h->lead[h->nlevels] = len > 0 && s[0] == ' ';
		h->level[h->nlevels++] = table_squeeze(h->t, s, len);
	} else {
		k = h->nlevels - 1;
		h->level[k] = join_text(h, h->level[k], s, len);
	}
	if (h->nlines < HEADER_MAX_LINES)
		h->line[h->nlines++] = table_squeeze(h->t, s, len);
}

bool
header_read(struct header *h, struct table *t, const struct block *r,
    size_t from, size_t to, size_t *body)
{
	struct layout_line l;
	const char *s;
	size_t i, len;
	bool done = false, years, after_years = false;

	memset(h, 0, sizeof(*h));
	h->t = t;
	h->words = r->words;
	h->ncols = t->ncols;
	h->cells = xreallocarray(NULL, t->ncols + 2, sizeof(*h->cells));
	*body = to;
	for (i = from; i < to && !done; i++) {
		s = block_text(r, i, &len);
		if (!block_read(r, i, &h->rd, &l))
			layout_read(&h->rd, s, len, &l);
		if (l.blank)
			continue;
		if (h->first_no == 0)
			h->first_no = r->lines[i].no;
		years = l.nyears >= 2 && l.nyears == l.nvalues;
		add_level_line(h, s, len, h->nlevels == 0 || l.lead_space ||
		    years || after_years);
		after_years = years;
		if (level_complete(h, h->nlevels - 1)) {
			done = true;
			*body = i + 1;
		}
	}
	for (; done && i < to; i++) {	/* wrapped header cells */
		s = block_text(r, i, &len);
		if (layout_is_blank(s, len))
			continue;
		if (!(s[0] == '(' || (s[0] >= 'a' && s[0] <= 'z')))
			break;
		add_level_line(h, s, len, false);
		*body = i + 1;
	}
	layout_free(&h->rd);
	return done;
}

/* "TOP | SUB" (TOP is WHOLE when set, else the cell TOP_CELL). */
static const char *
two_level(struct table *t, const char *whole, const struct layout_cell
    *top_cell, const char *sub)
{
	const char *top = whole != NULL ? whole :
	    table_strndup(t, top_cell->s, top_cell->len);
	size_t a = strlen(top), z = strlen(sub);
	char *tmp;
	const char *out;

	if (z == 0)
		return top;
	tmp = xmalloc(a + z + 4);
	memcpy(tmp, top, a);
	memcpy(tmp + a, " | ", 3);
	memcpy(tmp + a + 3, sub, z + 1);
	out = table_strndup(t, tmp, a + z + 3);
	free(tmp);
	return out;
}

void
header_apply(struct header *h)
{
	struct layout_cell *cells = h->cells;
	struct table *t = h->t;
	size_t k, n, c, span, pad;
	bool has_label;

	for (k = h->nlevels; k-- > 0; ) {
		n = level_cells(h, k, cells, &has_label);
		if (has_label && t->label_header[0] == '\0')
			t->label_header = table_squeeze(t, cells[0].s,
			    cells[0].len);
		n -= has_label;
		if (n == 0)
			continue;
		if (k + 1 == h->nlevels) {
			pad = n < h->ncols ? h->ncols - n : 0;
			if (pad > 0)
				table_note(t, (size_t)-1, h->first_no, false,
				    "header has %zu cells for %zu columns: "
				    "placed over the last ones", n, h->ncols);
			for (c = 0; c < n && c + pad < h->ncols; c++)
				t->headers[c + pad] = table_squeeze(t,
				    cells[c + has_label].s,
				    cells[c + has_label].len);
			continue;
		}
		span = h->ncols % n == 0 ? h->ncols / n : h->ncols;
		if (span == h->ncols && n > 1)
			table_note(t, (size_t)-1, h->first_no, false,
			    "upper header of %zu cells does not divide %zu "
			    "columns: read as one", n, h->ncols);
		for (c = 0; c < h->ncols; c++)
			t->headers[c] = two_level(t, span == h->ncols &&
			    n > 1 ? h->level[k] : NULL,
			    &cells[c / span + has_label], t->headers[c]);
	}
}

bool
header_is_repeat(const struct header *h, const char *s, size_t len)
{
	size_t k;

	for (k = 0; k < h->nlines; k++)
		if (table_squeezes_to(s, len, h->line[k]))
			return true;
	return false;
}

void
header_free(struct header *h)
{
	free(h->cells);
	h->cells = NULL;
}
