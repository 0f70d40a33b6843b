/* rawbuild: a region of raw text to a table. */
#include <stdlib.h>
#include <string.h>

#include "common/cells/chunks.h"
#include "common/raw/rawbuild.h"
#include "common/raw/rawbuild_rows.h"
#include "common/raw/rawcols.h"
#include "common/raw/rawsub.h"
#include "common/sys/csvio.h"
#include "common/sys/xalloc.h"
#include "common/table/caption.h"

#define HEAD_NUMBERS 8	/* header lines with numbers over the first row */

/* Does value line I of R follow a line of text, the end of its label? */
static bool
after_text(const enum rawregion_kind *kind, const struct rawline *raw,
    const struct rawregion *r, size_t i)
{
	while (i > r->head && raw[i - 1].blank)
		i--;
	return i > r->head && kind[i - 1] == RAWREGION_TEXT;
}

/* Has R a header line over its first row, not the end of a sentence? */
static bool
headed(const struct rawline *raw, const struct rawregion *r)
{
	const struct rawline *l;

	if (r->head >= r->body)
		return false;
	l = &raw[r->body - 1];
	return l->len > 0 && l->s[l->len - 1] != '.';
}

/* Are most value lines of R years alone: the axis of a chart, no rows? */
static bool
years_only(const enum rawregion_kind *kind, const struct rawline *raw,
    const struct rawregion *r)
{
	size_t i, k, lines = 0, years = 0;

	for (i = r->body; i < r->end; i++) {
		if (kind[i] != RAWREGION_VALUE)
			continue;
		for (k = 0; k < raw[i].nval && raw[i].val[k].type ==
		    RAWLINE_YEAR; k++)
			continue;
		lines++;
		years += k == raw[i].nval && raw[i].label_len == 0;
	}
	return years * 2 > lines;
}

/* The column count of the value lines of R; with most lines unlabelled,
 * their first value (a year, a code) is made the label first. Lines of
 * values alone after text are labelled by it when most lines are so (a
 * lone value there is a chart's axis).
 * Returns 0 when the lines stay unlabelled: a chart's numbers. */
static size_t
count_columns(struct rawbuild *rb, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r)
{
	size_t i, n = 0, bare = 0, wrapped = 0;

	for (i = r->body; i < r->end; i++)
		if (kind[i] == RAWREGION_VALUE) {
			n++;
			bare += raw[i].label_len == 0;
			wrapped += raw[i].label_len == 0 &&
			    raw[i].nval >= 2 && after_text(kind, raw, r, i);
		}
	if (wrapped * 2 >= n)
		bare -= wrapped;
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

/* How many value lines of R have as many values as most of them. */
static size_t
agreeing(struct rawbuild *rb, const enum rawregion_kind *kind,
    const struct rawline *raw, const struct rawregion *r)
{
	size_t i, mode, n = 0;

	xgrow(&rb->count, &rb->count_cap, r->end - r->body, sizeof(*rb->count));
	for (i = r->body; i < r->end; i++)
		rb->count[i - r->body] = kind[i] == RAWREGION_VALUE ?
		    raw[i].nval : 0;
	mode = rawcols_mode(rb->count, r->end - r->body);
	for (i = r->body; i < r->end; i++)
		n += kind[i] == RAWREGION_VALUE && raw[i].nval == mode;
	return n;
}

/* Read R with thousands grouped by spaces ("15 455") when more of its
 * value lines then agree on the column count. */
static void
choose_groups(struct rawbuild *rb, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r, struct table *t)
{
	size_t i, plain = agreeing(rb, kind, raw, r);

	for (i = r->body; i < r->end; i++)
		if (kind[i] == RAWREGION_VALUE)
			rawline_groups(&raw[i]);
	if (agreeing(rb, kind, raw, r) > plain) {
		table_note(t, (size_t)-1, raw[r->body].no, false,
		    "thousands grouped by spaces");
		return;
	}
	for (i = r->body; i < r->end; i++)
		if (kind[i] == RAWREGION_VALUE)
			rawline_read(&raw[i], raw[i].s, raw[i].len, raw[i].no);
}

/* The caption of R: number, title and unit into T; a caption without a
 * title takes the next line as its title, and lines that go on from it
 * (in lower case, after an open ending or a long line) are its title
 * too. Returns the first line after it. */
static size_t
read_caption(struct rawbuild *rb, const struct rawline *raw,
    const struct rawregion *r, struct table *t)
{
	const struct rawline *l = &raw[r->caption];
	const char *num, *title, *end = l->s + l->len;
	size_t numlen, used = 0, i = r->head;

	if (!caption_is(l->s, l->len, &num, &numlen))
		return r->head;
	t->number = table_strndup(t, num, numlen);
	title = rawregion_title(num, numlen, end);
	rawbuild_gather(rb, &used, title, (size_t)(end - title));
	if (title == end && i < r->body)
		rawbuild_gather(rb, &used, raw[i].s, raw[i].len), i++;
	for (; i < r->body && (rawhead_goes_on(rb->label, used, raw[i].s,
	    raw[i].len) || (i - 1 > r->caption && caption_wraps(raw[i - 1].s,
	    raw[i - 1].len, raw[i].s, raw[i].len))); i++)
		rawbuild_gather(rb, &used, raw[i].s, raw[i].len);
	t->caption = table_squeeze(t, rb->label, used);
	t->caption_unit = table_unit_text(t, t->caption, strlen(t->caption));
	return i;
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

/* Is the last of the header lines [TOP, END) the whole header, a phrase
 * for each of the NCOLS columns and maybe the labels', the lines above
 * it titles? */
static bool
one_line_header(const struct rawline *raw, size_t top, size_t end,
    size_t ncols)
{
	const struct rawline *h;
	size_t n;

	if (end < top + 2)
		return false;	/* a table from the page's first lines too */
	h = &raw[end - 1];
	n = rawhead_phrases(h->s, h->len);
	return raw[end - 2].len > 0 && (n == ncols || n == ncols + 1) &&
	    !rawhead_goes_on(raw[end - 2].s, raw[end - 2].len, h->s, h->len);
}

/* The header: the lines [TOP, BODY), or the years of line BODY; when
 * line BODY has values alone, the last lines above are its label. Returns
 * the first line of the rows. */
static size_t
read_header(struct rawbuild *rb, const struct rawline *raw,
    const struct rawregion *r, size_t top, struct table *t)
{
	const struct rawline *y = &raw[r->body];
	size_t i, c, end;

	rawhead_clear(&rb->head);
	if (year_row(y, t->ncols) && r->end - r->body >= 2) {
		for (c = 0; c < t->ncols; c++)
			t->headers[c] = table_strndup(t, y->s + y->val[c].off,
			    y->val[c].len);
		t->label_header = table_squeeze(t, y->s, y->label_len);
		for (i = top; i < r->body; i++)	/* titles */
			table_title_line(t, raw[i].no, raw[i].s, raw[i].len);
		return r->body + 1;
	}
	/* values alone on the first line: the lines above end its label */
	for (end = r->body; y->label_len == 0 && end > top && (end ==
	    r->body || (raw[end].len > 0 && raw[end].s[0] == '(') ||
	    caption_starts_lower(raw[end].s, raw[end].len)); end--)
		continue;
	if (end == r->body && one_line_header(raw, top, end, t->ncols)) {
		for (i = top; i < end - 1; i++)	/* titles */
			if (raw[i].len > 0)
				table_title_line(t, raw[i].no, raw[i].s,
				    raw[i].len);
		top = end - 1;
	}
	for (i = top; i < end; i++)
		rawhead_add(&rb->head, raw[i].s, raw[i].len);
	rawhead_fit(&rb->head, t);
	return end;
}

/* Table T of region R read column by column: the header lines above the
 * labels, the label lines cut into the rows, the values column by
 * column. */
static bool
stack_table(struct rawbuild *rb, const struct rawline *raw,
    const struct rawregion *r, struct table *t)
{
	size_t top = r->head, i, row, c, k, nrows = r->stack_rows;
	const struct rawline *v;

	if (r->caption != RAWREGION_NONE)
		top = read_caption(rb, raw, r, t);
	table_set_columns(t, r->stack_cols);
	t->first_line = raw[r->caption != RAWREGION_NONE ? r->caption :
	    r->head].no;
	t->last_line = raw[r->end - 1].no;
	rawhead_clear(&rb->head);
	for (i = top; i < r->body; i++)
		rawhead_add(&rb->head, raw[i].s, raw[i].len);
	rawhead_fit(&rb->head, t);
	rawhead_clear(&rb->head);
	for (i = r->body; i < r->stack_values; i++)
		rawhead_add(&rb->head, raw[i].s, raw[i].len);
	rawhead_rows(&rb->head, t, nrows, raw[r->stack_values].no);
	table_note(t, (size_t)-1, raw[r->stack_values].no, false,
	    "read column by column: %zu labels, then %zu values a column",
	    nrows, nrows);
	for (row = t->nrows - nrows, c = 0; c < t->ncols; c++)
		for (k = 0; k < nrows; k++) {
			v = &raw[r->stack_values + c * nrows + k];
			table_set_cell(t, row + k, c, v->s + v->val[0].off,
			    v->val[0].len, v->no);
		}
	return true;
}

/* The first row of R: its first line of NCOLS values (three or more)
 * when only text and lines of one value come before it, a header with
 * numbers in it ("FTSE Eurotop" / "100"); else R's first value line. */
static size_t
header_end(const enum rawregion_kind *kind, const struct rawline *raw,
    const struct rawregion *r, size_t ncols)
{
	size_t i, text = 0;

	if (ncols < 3)
		return r->body;
	for (i = r->body; i < r->end && i - r->body < HEAD_NUMBERS; i++) {
		if (kind[i] == RAWREGION_VALUE && raw[i].nval == ncols)
			return text > 0 ? i : r->body;
		if (kind[i] == RAWREGION_VALUE && raw[i].nval > 1)
			break;
		text += kind[i] == RAWREGION_TEXT;
	}
	return r->body;
}

bool
rawbuild_table(struct rawbuild *rb, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r, struct table *t)
{
	size_t ncols, i, rows = 0, full = 0, from, top = r->head;
	struct rawregion part;

	if (r->stack_cols > 0)
		return stack_table(rb, raw, r, t);

	for (i = r->body; i < r->end; i++)
		if (raw[i].nval >= CSVIO_MAX_FIELDS) {	/* with its label */
			if (r->caption != RAWREGION_NONE)
				read_caption(rb, raw, r, t);
			t->first_line = raw[r->caption != RAWREGION_NONE ?
			    r->caption : r->head].no;
			table_leave_out(t, raw[i].no, table_too_wide());
			return true;
		}
	choose_groups(rb, kind, raw, r, t);
	if (years_only(kind, raw, r) ||
	    (ncols = count_columns(rb, kind, raw, r)) == 0)
		return false;
	for (i = r->body; i < r->end; i++) {
		if (raw[i].nval > ncols)
			rawline_unvalue(&raw[i], raw[i].nval - ncols);
		rows += kind[i] == RAWREGION_VALUE;
		full += kind[i] == RAWREGION_VALUE && raw[i].nval == ncols &&
		    raw[i].label_len > 0;
	}
	if (r->caption != RAWREGION_NONE)
		top = read_caption(rb, raw, r, t);
	/* three rows, or two full rows of three values and a header, or
	 * one under a caption */
	if (rows < (t->number != NULL ? 1u : full == 2 && rows == 2 &&
	    ncols >= 3 && headed(raw, r) ? 2u : 3u))
		return false;
	table_set_columns(t, ncols);
	for (i = r->head; i + 1 < r->end && raw[i].blank; i++)
		continue;	/* a block side by side: its own first line */
	t->first_line = raw[r->caption != RAWREGION_NONE ? r->caption : i].no;
	t->last_line = raw[r->end - 1].no;
	part = *r;
	part.body = header_end(kind, raw, r, ncols);
	from = read_header(rb, raw, &part, top, t);
	rawbuild_rows(rb, kind, raw, from, &part, t);
	if (r->skip_to > r->skip_from) {
		for (i = r->skip_from; i < r->skip_to; i++)
			if (!raw[i].blank)	/* its notes */
				table_loose(t, raw[i].no, false, raw[i].s,
				    raw[i].len);
		table_note(t, (size_t)-1, raw[r->skip_to].no, false,
		    "the rows after the notes are the table's rest");
	}
	rawsub_apply(t);
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
