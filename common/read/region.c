/* region: a table candidate's lines, and the builder that turns them into
 * a table: the caption here, text tables here, numeric tables in
 * common/read/numeric.c. */
#include <stdlib.h>
#include <string.h>

#include "common/table/caption.h"
#include "common/read/detect.h"
#include "common/read/layout.h"
#include "common/read/split.h"
#include "common/read/numeric.h"
#include "common/read/region.h"
#include "common/sys/xalloc.h"

#define TEXT_MAX_CELLS 64	/* columns of a text table, at most */

static const char *const region_errors[REGION_STATUS_COUNT] = {
	[REGION_OK] = "success",
	[REGION_EMPTY] = "no table in region",
};

const char *
region_strerror(enum region_status status)
{
	if ((unsigned)status >= REGION_STATUS_COUNT)
		return "unknown region status";
	return region_errors[status];
}

void
region_push(struct region *r, const char *line, size_t len, long no)
{
	if (r->used + len > r->cap)
		xgrow(&r->buf, &r->cap, r->used + len, 1);
	if (r->n == r->lines_cap)
		xgrow(&r->lines, &r->lines_cap, r->n + 1, sizeof(*r->lines));
	if (len > 0)
		memcpy(r->buf + r->used, line, len);
	r->lines[r->n].off = r->used;
	r->lines[r->n].len = len;
	r->lines[r->n++].no = no;
	r->used += len;
}

void
region_clear(struct region *r)
{
	r->used = r->n = r->body = r->end = 0;
	r->numeric = false;
	r->dup = 1;
}

void
region_free(struct region *r)
{
	free(r->buf);
	free(r->lines);
	memset(r, 0, sizeof(*r));
}

const char *
region_text(const struct region *r, size_t i, size_t *len)
{
	*len = r->lines[i].len;
	return r->buf + r->lines[i].off;
}

bool
region_same_text(const struct region *r, size_t i, const char *s,
    size_t len)
{
	size_t n;
	const char *t = region_text(r, i, &n);

	while (n > 0 && t[n - 1] == ' ')
		n--;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	while (n > 0 && *t == ' ')
		t++, n--;
	while (len > 0 && *s == ' ')
		s++, len--;
	return n == len && memcmp(t, s, n) == 0;
}

/* Caption lines joined (a word broken by a hyphen as the document
 * writes it): number, title, the unit the title states. */
static void
read_caption(const struct region *r, struct table *t)
{
	const char *line, *num, *title;
	size_t len, numlen, i, total;
	char *joined, *more;

	line = region_text(r, 0, &len);
	joined = hyphen_join(r->words, "", 0, line, len, &total);
	for (i = 1; i < r->body; i++) {
		line = region_text(r, i, &len);
		more = hyphen_join(r->words, joined, total, line, len, &total);
		free(joined);
		joined = more;
	}
	if (caption_is(joined, total, &num, &numlen)) {
		t->number = table_strndup(t, num, numlen);
		title = num + numlen;
		while (title < joined + total && (*title == ':' ||
		    *title == '.' || *title == ' '))
			title++;
		t->caption = table_squeeze(t, title,
		    (size_t)(joined + total - title));
		t->caption_unit = table_unit_text(t, t->caption,
		    strlen(t->caption));
	}
	free(joined);
}

static size_t
skip_blank(const struct region *r, size_t i, size_t end)
{
	size_t len;
	const char *s;

	for (; i < end; i++) {
		s = region_text(r, i, &len);
		if (!layout_is_blank(s, len))
			break;
	}
	return i;
}

/* Body lines that fill the page width: prose, not table rows. */
static size_t
full_width(const struct region *r)
{
	size_t i, n = 0;

	for (i = r->body; i < r->end; i++)
		n += r->width > 0 && r->lines[i].len * 100 >= r->width * 85;
	return n;
}

/* Line I without its trailing spaces; length 0 for a blank line. */
static const char *
trimmed(const struct region *r, size_t i, size_t *len)
{
	const char *s = region_text(r, i, len);

	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\r'))
		(*len)--;
	if (layout_is_blank(s, *len))
		*len = 0;
	return s;
}

static const char *
double_space(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++)
		if (s[i] == ' ' && s[i + 1] == ' ')
			return s + i;
	return NULL;
}

/* The header line of a text table: its cells name the columns; a line
 * starting with a space has an empty label-column header. */
static bool
text_header(struct table *t, const char *s, size_t len)
{
	struct layout_cell cells[TEXT_MAX_CELLS];
	bool lead = len > 0 && s[0] == ' ';
	size_t n = split_header(s, len, cells, TEXT_MAX_CELLS - 1, false), c;

	if (n == 0 || (!lead && n < 2))
		return false;
	table_set_columns(t, lead ? n : n - 1);
	t->label_header = lead ? "" : table_squeeze(t, cells[0].s,
	    cells[0].len);
	for (c = 0; c < t->ncols; c++)
		t->headers[c] = table_squeeze(t, cells[c + !lead].s,
		    cells[c + !lead].len);
	return true;
}

/* S continues cell LAST of ROW (0: the label); when cells after it are
 * still empty, the words after a capital go on into them. */
static void
continue_row(const struct region *r, struct table *t, size_t row,
    size_t last, const char *s, size_t len, long no,
    const struct split_words *w)
{
	struct layout_cell cells[TEXT_MAX_CELLS];
	size_t n = split_text(s, len, cells, t->ncols + 1 - last, w), c;

	table_append(t, row, last, cells[0].s, cells[0].len, r->words);
	for (c = 1; c < n; c++)
		table_set_cell(t, row, last + c - 1, cells[c].s, cells[c].len,
		    no);
}

/* One line of a text table (ROW: the row before, or (size_t)-1); returns
 * the row the line ends in. A line starting lowercase continues the last
 * cell of ROW; after a double space in it a new row starts. */
static size_t
text_line(const struct region *r, struct table *t, const char *s,
    size_t len, long no, size_t row, const struct split_words *w)
{
	struct layout_cell cells[TEXT_MAX_CELLS];
	const char *gap;
	size_t n, c, last;

	if (row != (size_t)-1 && s[0] >= 'a' && s[0] <= 'z') {
		for (last = t->ncols; last > 0 && t->cells[row * t->ncols +
		    last - 1].raw[0] == '\0'; last--)
			continue;
		gap = double_space(s, len);
		n = gap != NULL ? (size_t)(gap - s) : len;
		continue_row(r, t, row, last, s, n, no, w);
		if (gap == NULL)
			return row;
		while (n < len && s[n] == ' ')
			n++;
		s += n, len -= n;
	}
	n = split_text(s, len, cells, t->ncols + 1, w);
	row = table_add_row(t, cells[0].s, cells[0].len, no);
	for (c = 1; c < n; c++)
		table_set_cell(t, row, c - 1, cells[c].s, cells[c].len, no);
	table_note(t, row, no, false, "text row: %zu of %zu cells, split at "
	    "double spaces and capitals", n, t->ncols + 1);
	return row;
}

/* Text tables: the first line is the header; every other line is a row
 * split by double spaces and capitals, or the continuation of the row
 * before. Every word lands in some cell. Prose is no text table. */
static enum region_status
build_text(const struct region *r, struct table *t)
{
	struct split_words starts = { .n = 0 };
	const char *s;
	size_t len, i, first, row = (size_t)-1;

	first = skip_blank(r, r->body, r->end);
	if (first >= r->end)
		return REGION_EMPTY;
	s = region_text(r, first, &len);
	if (!text_header(t, s, len))
		return REGION_EMPTY;
	for (i = first + 1; i < r->end; i++) {	/* the plain rows teach */
		s = trimmed(r, i, &len);
		if (len > 0 && !(s[0] >= 'a' && s[0] <= 'z'))
			split_text_learn(s, len, t->ncols + 1, &starts);
	}
	for (i = first + 1; i < r->end; i++) {
		s = trimmed(r, i, &len);
		if (len == 0)
			continue;
		row = text_line(r, t, s, len, r->lines[i].no, row, &starts);
		t->last_line = r->lines[i].no;
	}
	t->text = true;
	return t->nrows > 0 && 2 * full_width(r) <= t->nrows ? REGION_OK :
	    REGION_EMPTY;
}

enum region_status
region_build(const struct region *r, struct table *t)
{
	enum region_status st;

	t->first_line = r->n > 0 ? r->lines[0].no : 0;
	if (r->body > 0)
		read_caption(r, t);
	if (r->numeric)
		st = numeric_build(r, t) == NUMERIC_OK ? REGION_OK :
		    REGION_EMPTY;
	else if (r->body == 0)
		st = REGION_EMPTY;
	else
		st = build_text(r, t);
	table_sort_notes(t);
	return st;
}
