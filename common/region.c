/* region: a table candidate's lines, and the builder that turns them into
 * a table: the caption here, text tables here, numeric tables in
 * common/numeric.c. */
#include <stdlib.h>
#include <string.h>

#include "common/detect.h"
#include "common/layout.h"
#include "common/split.h"
#include "common/numeric.h"
#include "common/region.h"
#include "common/xalloc.h"

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

/* Caption lines joined: number, title, the unit the title states. */
static void
read_caption(const struct region *r, struct table *t)
{
	const char *line, *num, *title;
	size_t len, numlen, i, total = 0;
	char *joined;

	for (i = 0; i < r->body; i++)
		total += r->lines[i].len + 1;
	joined = xmalloc(total + 1);
	for (total = 0, i = 0; i < r->body; i++) {
		line = region_text(r, i, &len);
		memcpy(joined + total, line, len);
		total += len;
		joined[total++] = ' ';
	}
	if (detect_is_caption(joined, total, &num, &numlen)) {
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

static const char *
double_space(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++)
		if (s[i] == ' ' && s[i + 1] == ' ')
			return s + i;
	return NULL;
}

/* Text tables: the first line is the header; every other line is a row
 * split by double spaces and capitals, or, when it starts lowercase, the
 * continuation of the row before. Every word lands in some cell. */
static enum region_status
build_text(const struct region *r, struct table *t)
{
	struct layout_cell cells[64];
	const char *s, *gap;
	size_t len, i, n, c, row = (size_t)-1, last;
	bool lead;

	i = skip_blank(r, r->body, r->end);
	if (i >= r->end)
		return REGION_EMPTY;
	s = region_text(r, i, &len);
	lead = len > 0 && s[0] == ' ';
	n = split_header(s, len, cells, 63, false);
	if (n == 0 || (!lead && n < 2))
		return REGION_EMPTY;
	table_set_columns(t, lead ? n : n - 1);
	t->label_header = lead ? "" : table_squeeze(t, cells[0].s,
	    cells[0].len);
	for (c = 0; c < t->ncols; c++)
		t->headers[c] = table_squeeze(t, cells[c + !lead].s,
		    cells[c + !lead].len);
	for (i++; i < r->end; i++) {
		s = region_text(r, i, &len);
		if (layout_is_blank(s, len))
			continue;
		while (len > 0 && s[len - 1] == ' ')
			len--;
		if (row != (size_t)-1 && s[0] >= 'a' && s[0] <= 'z') {
			for (last = t->ncols; last > 0 && t->cells[row *
			    t->ncols + last - 1].raw[0] == '\0'; last--)
				continue;
			gap = double_space(s, len);
			n = gap != NULL ? (size_t)(gap - s) : len;
			table_append(t, row, last, s, n);
			t->last_line = r->lines[i].no;
			if (gap == NULL)
				continue;
			while (n < len && s[n] == ' ')	/* then a new row */
				n++;
			s += n, len -= n;
		}
		n = split_text(s, len, cells, t->ncols + 1);
		row = table_add_row(t, cells[0].s, cells[0].len,
		    r->lines[i].no);
		for (c = 1; c < n; c++)
			table_set_cell(t, row, c - 1, cells[c].s, cells[c].len,
			    r->lines[i].no);
		table_note(t, row, r->lines[i].no, false, "text row: %zu of "
		    "%zu cells, split at double spaces and capitals", n,
		    t->ncols + 1);
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
