/* rawbuild: a region of raw text to a table. */
#include <stdlib.h>
#include <string.h>

#include "common/read/rawbuild.h"
#include "common/read/rawcols.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

/* The column count of the value lines of R; with most lines unlabelled,
 * their first value (a year, a code) is made the label first. Returns 0
 * when the lines stay unlabelled: a chart's numbers. */
static size_t
count_columns(struct rawbuild *rb, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r)
{
	size_t i, n = 0, bare = 0;

	for (i = r->body; i < r->end; i++)
		if (kind[i] == RAWREGION_VALUE)
			n++, bare += raw[i].label_len == 0;
	if (bare * 2 > n) {
		for (i = r->body; i < r->end; i++)
			if (kind[i] == RAWREGION_VALUE &&
			    raw[i].label_len == 0 && raw[i].nval >= 2 &&
			    raw[i].val[0].type != RAWLINE_PCT &&
			    raw[i].val[0].type != RAWLINE_DEC)
				rawline_unvalue(&raw[i], 1), bare--;
		if (bare * 2 > n)
			return 0;
	}
	xgrow(&rb->count, &rb->count_cap, r->end - r->body, sizeof(*rb->count));
	for (i = r->body; i < r->end; i++)
		rb->count[i - r->body] = kind[i] == RAWREGION_VALUE ?
		    raw[i].nval : 0;
	return rawcols_mode(rb->count, r->end - r->body);
}

/* The caption line L: number, title and unit into T. */
static void
read_caption(const struct rawline *l, struct table *t)
{
	const char *num, *title, *end = l->s + l->len;
	size_t numlen;

	if (!caption_is(l->s, l->len, &num, &numlen))
		return;
	t->number = table_strndup(t, num, numlen);
	title = caption_title(num, numlen, end);
	t->caption = table_squeeze(t, title, (size_t)(end - title));
	t->caption_unit = table_unit_text(t, t->caption, strlen(t->caption));
}

/* Is line L of values years alone, as many as the columns: a header? */
static bool
year_row(const struct rawline *l, size_t ncols)
{
	size_t k;

	if (l->nval != ncols || l->label_len > 40)
		return false;
	for (k = 0; k < l->nval; k++)
		if (l->val[k].type != RAWLINE_YEAR)
			return false;
	return true;
}

/* The header: the lines [R->head, BODY), or the years of line BODY. */
static size_t
read_header(struct rawbuild *rb, const struct rawline *raw,
    const struct rawregion *r, struct table *t)
{
	const struct rawline *y = &raw[r->body];
	size_t i, c;

	rawhead_clear(&rb->head);
	if (year_row(y, t->ncols) && r->end - r->body >= 2) {
		for (c = 0; c < t->ncols; c++)
			t->headers[c] = table_strndup(t, y->s + y->val[c].off,
			    y->val[c].len);
		t->label_header = table_squeeze(t, y->s, y->label_len);
		for (i = r->head; i < r->body; i++)	/* titles */
			table_loose(t, raw[i].no, false, raw[i].s, raw[i].len);
		return r->body + 1;
	}
	for (i = r->head; i < r->body; i++)
		rawhead_add(&rb->head, raw[i].s, raw[i].len);
	rawhead_fit(&rb->head, t);
	return r->body;
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

/* Append S[0..LEN) to the label being gathered (*USED bytes). */
static void
gather(struct rawbuild *rb, size_t *used, const char *s, size_t len)
{
	xgrow(&rb->label, &rb->label_cap, *used + len + 2, 1);
	if (*used > 0)
		rb->label[(*used)++] = ' ';
	memcpy(rb->label + *used, s, len);
	*used += len;
}

/* The row of value line L, its label after the wrapped lines gathered. */
static void
add_row(struct rawbuild *rb, const struct rawline *l, size_t used,
    long first, struct table *t)
{
	enum rawline_type type[RAWCOLS_MAX];
	size_t at[RAWCOLS_MAX], k, row;

	gather(rb, &used, l->s, l->label_len);
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

/* The rows of lines [FROM, R->end): text lines wrap the next row's label,
 * or the row before when they start in lower case or with "(". */
static void
read_rows(struct rawbuild *rb, const enum rawregion_kind *kind,
    const struct rawline *raw, size_t from, const struct rawregion *r,
    struct table *t)
{
	size_t i, used = 0;
	long first = 0;

	for (i = from; i < r->end; i++) {
		const struct rawline *l = &raw[i];

		if (l->blank)
			continue;
		if (kind[i] == RAWREGION_VALUE) {
			add_row(rb, l, used, first ? first : l->no, t);
			used = 0, first = 0;
		} else if (used == 0 && t->nrows > 0 && (l->s[0] == '(' ||
		    caption_starts_lower(l->s, l->len))) {
			table_append(t, t->nrows - 1, 0, l->s, l->len, NULL);
		} else {
			gather(rb, &used, l->s, l->len);
			first = first ? first : l->no;
		}
	}
}

bool
rawbuild_table(struct rawbuild *rb, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r, struct table *t)
{
	size_t ncols = count_columns(rb, kind, raw, r), i, rows = 0, from;

	if (ncols == 0)
		return false;
	for (i = r->body; i < r->end; i++) {
		if (raw[i].nval > ncols)
			rawline_unvalue(&raw[i], raw[i].nval - ncols);
		rows += kind[i] == RAWREGION_VALUE;
	}
	if (r->caption != RAWREGION_NONE)
		read_caption(&raw[r->caption], t);
	if (rows < (t->number != NULL ? 1u : 3u))
		return false;
	table_set_columns(t, ncols);
	t->first_line = raw[r->caption != RAWREGION_NONE ? r->caption :
	    r->head].no;
	t->last_line = raw[r->end - 1].no;
	from = read_header(rb, raw, r, t);
	signatures(rb, raw, from, r->end, ncols);
	read_rows(rb, kind, raw, from, r, t);
	return t->nrows > 0;
}

void
rawbuild_free(struct rawbuild *rb)
{
	rawhead_free(&rb->head);
	free(rb->count);
	free(rb->sig);
	free(rb->label);
	memset(rb, 0, sizeof(*rb));
}
