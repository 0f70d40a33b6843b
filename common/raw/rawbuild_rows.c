/* rawbuild_rows: the rows of a raw table, line by line. */
#include <string.h>

#include "common/raw/rawbuild_rows.h"
#include "common/raw/rawcols.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

#define TEXT_MAX 3	/* lines of a text cell in a row of answers */

void
rawbuild_gather(struct rawbuild *rb, size_t *used, const char *s, size_t len)
{
	xgrow(&rb->label, &rb->label_cap, *used + len + 2, 1);
	if (*used > 0)
		rb->label[(*used)++] = ' ';
	memcpy(rb->label + *used, s, len);
	*used += len;
}

/* Column signatures from the full rows of [FROM, TO). */
static void
signatures(struct rawbuild *rb, const struct rawline *raw, size_t from,
    size_t to, size_t ncols)
{
	size_t i, c;

	xgrow(&rb->sig, &rb->sig_cap, ncols * RAWLINE_TYPES, sizeof(*rb->sig));
	memset(rb->sig, 0, ncols * RAWLINE_TYPES * sizeof(*rb->sig));
	for (i = from; i < to; i++)
		if (raw[i].nval == ncols)
			for (c = 0; c < ncols; c++)
				rb->sig[c * RAWLINE_TYPES +
				    raw[i].val[c].type]++;
}

/* The row of value line L, its label after the wrapped lines gathered. */
static void
add_row(struct rawbuild *rb, const struct rawline *l, size_t used,
    long first, struct table *t)
{
	enum rawline_type type[RAWCOLS_MAX];
	size_t at[RAWCOLS_MAX], k, row;

	rawbuild_gather(rb, &used, l->s, l->label_len);
	row = table_add_row(t, rb->label, used, first);
	for (k = 0; k < l->nval; k++) {
		type[k] = l->val[k].type;
		at[k] = k;
	}
	if (l->nval < t->ncols) {
		if (!rawcols_place(rb->sig, t->ncols, type, l->nval, at))
			table_note(t, row, l->no, false, "short row: %zu of "
			    "%zu values, placed by column type (a tie)",
			    l->nval, t->ncols);
		else
			table_note(t, row, l->no, false, "short row: %zu of "
			    "%zu values, placed by column type", l->nval,
			    t->ncols);
	}
	for (k = 0; k < l->nval; k++)
		table_set_cell(t, row, at[k], l->s + l->val[k].off,
		    l->val[k].len, l->no);
}

/* Is the text S[0..LEN) before value line L a group label, a row of its
 * own: both start a phrase (a capital, a digit) and S does not run on
 * into L's label? */
static bool
group_label(const char *s, size_t len, const struct rawline *l)
{
	return l->label_len > 0 && !caption_starts_lower(s, len) &&
	    s[0] != '(' && !rawhead_goes_on(s, len, l->s, l->label_len);
}

/* Does value line L hold an answer word ("Yes")? */
static bool
answers(const struct rawline *l)
{
	size_t k;

	for (k = 0; k < l->nval; k++)
		if (l->val[k].type == RAWLINE_WORD)
			return true;
	return false;
}

/* Does the short row of answers on line I go on in a text cell: text
 * lines after it, then as many values alone as fill the row (or none, and
 * the next row)? One past the text into *TEXT_END. */
static bool
text_cell(const enum rawregion_kind *kind, const struct rawline *raw,
    size_t i, const struct rawregion *r, size_t ncols, size_t *text_end)
{
	size_t j, rest;

	if (raw[i].nval + 1 > ncols || !answers(&raw[i]))
		return false;
	for (j = i + 1; j < r->end && j - i <= TEXT_MAX &&
	    kind[j] == RAWREGION_TEXT && raw[j].nval == 0; j++)
		continue;
	if (j == i + 1 || j - i > TEXT_MAX)
		return false;
	*text_end = j;
	if ((rest = ncols - raw[i].nval - 1) == 0)
		return j == r->end || (kind[j] == RAWREGION_VALUE &&
		    raw[j].label_len > 0);
	return j < r->end && kind[j] == RAWREGION_VALUE &&
	    raw[j].label_len == 0 && raw[j].nval == rest;
}

/* The row of line I with its text cell, lines [I + 1, TEXT_END), and the
 * values after it; returns the last line of the row. */
static size_t
add_text_row(struct rawbuild *rb, const struct rawline *raw, size_t i,
    size_t text_end, size_t used, long first, struct table *t)
{
	const struct rawline *l = &raw[i], *v;
	size_t row, k, j, col = l->nval;

	rawbuild_gather(rb, &used, l->s, l->label_len);
	row = table_add_row(t, rb->label, used, first);
	for (k = 0; k < l->nval; k++)
		table_set_cell(t, row, k, l->s + l->val[k].off,
		    l->val[k].len, l->no);
	for (used = 0, j = i + 1; j < text_end; j++)
		rawbuild_gather(rb, &used, raw[j].s, raw[j].len);
	table_set_cell(t, row, col++, rb->label, used, raw[i + 1].no);
	if (col == t->ncols)
		return text_end - 1;
	for (v = &raw[text_end], k = 0; k < v->nval; k++)
		table_set_cell(t, row, col++, v->s + v->val[k].off,
		    v->val[k].len, v->no);
	return text_end;
}

void
rawbuild_rows(struct rawbuild *rb, const enum rawregion_kind *kind,
    const struct rawline *raw, size_t from, const struct rawregion *r,
    struct table *t)
{
	size_t i, used = 0, text_end;
	long first = 0;

	signatures(rb, raw, from, r->end, t->ncols);
	for (i = from; i < r->end; i++) {
		const struct rawline *l = &raw[i];

		if (l->blank || (i >= r->skip_from && i < r->skip_to))
			continue;
		if (kind[i] == RAWREGION_VALUE && text_cell(kind, raw, i, r,
		    t->ncols, &text_end)) {
			i = add_text_row(rb, raw, i, text_end, used, first ?
			    first : l->no, t);
			used = 0, first = 0;
		} else if (kind[i] == RAWREGION_VALUE) {
			if (used > 0 && group_label(rb->label, used, l)) {
				table_add_row(t, rb->label, used, first);
				used = 0, first = 0;
			}
			add_row(rb, l, used, first ? first : l->no, t);
			used = 0, first = 0;
		} else if (used == 0 && t->nrows > 0 && (l->s[0] == '(' ||
		    caption_starts_lower(l->s, l->len))) {
			table_append(t, t->nrows - 1, 0, l->s, l->len, NULL);
		} else {
			rawbuild_gather(rb, &used, l->s, l->len);
			first = first ? first : l->no;
		}
	}
}

