/* numeric: block to numeric table. The value rows fix the column count;
 * the lines before the first row are the header, read in levels (a line
 * starting with a space or a line of years starts a level, other lines
 * continue the cells of the one before); then rows are labels gathered
 * over wrapped lines and closed by the line that holds their values. */
#include <stdlib.h>
#include <string.h>

#include "common/flow/block.h"
#include "common/flow/doubt.h"
#include "common/flow/header.h"
#include "common/text/hyphen.h"
#include "common/cells/layout.h"
#include "common/flow/numeric.h"
#include "common/num/unit.h"
#include "common/sys/xalloc.h"

#define MAX_COUNT 64

struct build {
	const struct block *r;
	struct table *t;
	struct layout_reader rd;
	size_t ncols, first_row, body;
	struct header head;
	char *label;		/* pending label text */
	size_t label_len, label_cap;
	long label_no;		/* its first line, 0: none */
	bool blank_seen;
	size_t nvalued;		/* rows with values: a group row has none */
	struct doubt_list doubts;	/* rows spacing could not place */
	/* each body line as count_columns read it, for read_body: line I
	 * is read[I - body], its cells cells[first[I - body], ...) */
	struct layout_line *read;
	size_t *first, nread;
	struct layout_cell *cells;
	size_t ncells, cells_cap;
};

static const char *
text_of(struct build *b, size_t i, size_t *len)
{
	return block_text(b->r, i, len);
}

static bool
is_data(const struct layout_line *l)
{
	return l->nvalues > 0 && l->nvalues > l->nyears;
}

/* The most frequent count in COUNTS (ties: the larger), 0 if none. */
static size_t
mode(const size_t *counts)
{
	size_t i, best = 0;

	for (i = 1; i < MAX_COUNT; i++)
		if (counts[i] > 0 && counts[i] >= counts[best])
			best = i;
	return best;
}

/* Read line I (of the body) into *L, once: count_columns reads every
 * body line and keeps what it read, read_body takes it back into the
 * reader (where layout_fit may rework the cells). */
static void
read_line(struct build *b, size_t i, struct layout_line *l)
{
	size_t k = i - b->r->body, len;
	const char *s;

	if (k < b->nread) {
		*l = b->read[k];
		xgrow(&b->rd.toks, &b->rd.cap, l->ncells + 1,
		    sizeof(*b->rd.toks));
		memcpy(b->rd.toks, b->cells + b->first[k], l->ncells *
		    sizeof(*l->cells));
		l->cells = b->rd.toks;
		return;
	}
	s = text_of(b, i, &len);
	if (!block_read(b->r, i, &b->rd, l))	/* the detector's */
		layout_read(&b->rd, s, len, l);
	xgrow(&b->cells, &b->cells_cap, b->ncells + l->ncells + 1,
	    sizeof(*b->cells));
	if (l->ncells > 0)	/* a blank line's cells may be NULL */
		memcpy(b->cells + b->ncells, l->cells, l->ncells *
		    sizeof(*l->cells));
	b->read[k] = *l;
	b->first[k] = b->ncells;
	b->ncells += l->ncells;
	b->nread = k + 1;
}

/* Column count: the cell count of most full rows; without full rows the
 * number of years in the header, else the commonest cell count. */
static void
count_columns(struct build *b)
{
	size_t counts[MAX_COUNT] = { 0 }, any[MAX_COUNT] = { 0 };
	size_t i, len, most = 0, years = 0, header_years = 0;
	struct layout_line l;
	const char *s;

	b->first_row = b->r->end;
	b->read = xreallocarray(NULL, b->r->end - b->r->body + 1,
	    sizeof(*b->read));
	b->first = xreallocarray(NULL, b->r->end - b->r->body + 1,
	    sizeof(*b->first));
	for (i = b->r->body; i < b->r->end; i++) {
		s = text_of(b, i, &len);
		read_line(b, i, &l);
		if (l.nyears >= 2 && l.nvalues == l.nyears) {
			if (years == 0) {	/* the header's years */
				years = i + 1;
				header_years = l.nyears;
				continue;
			}
			if (block_same_text(b->r, years - 1, s, len))
				continue;	/* the header repeated */
		} else if (!is_data(&l)) {
			continue;
		}
		if (b->first_row == b->r->end)
			b->first_row = i;
		if (l.nvalues == l.ncells && l.ncells < MAX_COUNT)
			counts[l.ncells]++;
		if (l.ncells < MAX_COUNT)
			any[l.ncells]++;
		if (l.ncells > most)
			most = l.ncells;
	}
	b->ncols = mode(counts);
	if (b->ncols == 0)	/* no row is full: the header's years say */
		b->ncols = header_years;
	if (b->ncols == 0)
		b->ncols = mode(any);
	if (b->ncols == 0)
		b->ncols = most;
}

/* A wrap joins with a space; a word broken by a line-final hyphen joins
 * without one, the hyphen kept or dropped as the document writes the
 * word ("Oost-" and "Vlaanderen": "Oost-Vlaanderen"; "Onder-" and
 * "nemen": "Ondernemen"). */
static void
label_append(struct build *b, const char *s, size_t len, long no)
{
	enum hyphen_glue g = HYPHEN_SPACE;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r'))
		len--;
	if (b->label_no == 0)
		b->label_no = no;
	xgrow(&b->label, &b->label_cap, b->label_len + len + 2, 1);
	if (b->label_len > 0)
		g = hyphen_glue(b->r->words, b->label, b->label_len, s, len);
	if (b->label_len > 0 && g == HYPHEN_SPACE)
		b->label[b->label_len++] = ' ';
	else if (g == HYPHEN_DROP)
		b->label_len--;
	memcpy(b->label + b->label_len, s, len);
	b->label_len += len;
}

/* "49 Leden VARIO: ...": a footnote's number, then its text. */
static bool
is_footnote(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && i < 4 && s[i] >= '0' && s[i] <= '9'; i++)
		continue;
	return i > 0 && i < 4 && i + 1 < len && s[i] == ' ' &&
	    s[i + 1] >= 'A' && s[i + 1] <= 'Z';
}

/* The pending label becomes a row of its own, without values; a
 * footnote (the page broke here) is kept aside as an unplaced line. */
static void
flush_group(struct build *b)
{
	size_t row;

	if (b->label_no == 0)
		return;
	if (is_footnote(b->label, b->label_len)) {
		table_loose(b->t, b->label_no, true, b->label, b->label_len);
		b->label_len = b->label_no = 0;
		return;
	}
	row = table_add_row(b->t, b->label, b->label_len, b->label_no);
	table_note(b->t, row, b->label_no, false,
	    "label without values kept as a group row");
	b->label_len = 0;
	b->label_no = 0;
}

/* One capitalised word, or text ending in ':': a group heading rather
 * than the first line of a wrapped label. */
static bool
is_heading_word(const char *s, size_t len)
{
	if (hyphen_broken(s, len))
		return false;	/* "Oost-": the word goes on */
	return (len > 0 && s[len - 1] == ':') || (len > 0 && s[0] >= 'A' &&
	    s[0] <= 'Z' && memchr(s, ' ', len) == NULL);
}

static bool
parens_open(const char *s, size_t len)
{
	size_t i;
	long depth = 0;

	for (i = 0; i < len; i++)
		depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
	return depth > 0;
}

static const char *const fit_notes[] = {
	[LAYOUT_FIT_STRAY] = "stray space read as no cell: more cells than "
	    "%zu columns",
	[LAYOUT_FIT_SPILL] = "more values than %zu columns: the first read "
	    "as part of the label",
	[LAYOUT_FIT_SHORT] = "fewer cells than %zu columns: values placed by "
	    "column count, from the left unless the totals say otherwise",
	[LAYOUT_FIT_GROUPS] = "more values than %zu columns: a space read as "
	    "a thousands separator (\"14 000\")",
	[LAYOUT_FIT_SLOT] = "leading space read as an empty cell to fill %zu "
	    "columns",
};

/* A line with values closes the pending label into a row. */
static void
add_row(struct build *b, struct layout_line *l, long no)
{
	bool pending = b->label_no != 0 && l->label.len == 0;
	enum layout_fit fit;
	size_t row, c, before = l->ncells;

	if (before != b->ncols)
		doubt_keep(&b->doubts, b->t, l, pending, no);
	fit = layout_fit(&b->rd, l, b->ncols, pending);
	if (before != b->ncols && fit != LAYOUT_FIT_STRAY &&
	    fit != LAYOUT_FIT_SHORT)
		doubt_forget_last(&b->doubts);

	if (l->label.len > 0 && b->label_no != 0 && l->label.s[0] >= 'A' &&
	    l->label.s[0] <= 'Z' && !parens_open(b->label, b->label_len) &&
	    !hyphen_broken(b->label, b->label_len) &&
	    (b->blank_seen || is_heading_word(b->label, b->label_len)))
		flush_group(b);		/* "Passiva", then "Schulden 600" */
	if (l->label.len > 0)
		label_append(b, l->label.s, l->label.len, no);
	row = table_add_row(b->t, b->label_len ? b->label : "", b->label_len,
	    b->label_no ? b->label_no : no);
	for (c = 0; c < b->ncols; c++)
		table_set_cell(b->t, row, c, l->cells[c].s, l->cells[c].len,
		    no);
	if (fit != LAYOUT_FIT_EXACT)
		table_note(b->t, row, no, false, fit_notes[fit], b->ncols);
	b->t->last_line = no;
	b->nvalued++;
	b->label_len = 0;
	b->label_no = 0;
	b->blank_seen = false;
}

/* Lines that are not data: a repeated header, a page number. */
static bool
skip_furniture(struct build *b, const struct layout_line *l, const char *s,
    size_t len, long no)
{
	if (header_is_repeat(&b->head, s, len)) {
		table_note(b->t, (size_t)-1, no, false,
		    "repeated header row skipped");
		if (b->label_no != 0)	/* footnotes of the page before */
			table_loose(b->t, b->label_no, true, b->label,
			    b->label_len);
		b->label_len = b->label_no = 0;
		return true;
	}
	if (l->label.len == 0 && l->nvalues == 1 && b->ncols > 1 &&
	    l->ncells <= 2 && l->cells[l->ncells - 1].len <= 4 &&
	    b->blank_seen) {
		table_note(b->t, (size_t)-1, no, false, "page number skipped");
		table_loose(b->t, no, false, s, len);
		if (b->label_no != 0)	/* a footnote ends the page */
			table_loose(b->t, b->label_no, true, b->label,
			    b->label_len);
		b->label_len = b->label_no = 0;
		return true;
	}
	return false;
}

static void
read_body(struct build *b)
{
	struct layout_line l;
	const char *s;
	size_t i, len;
	long no;

	for (i = b->body; i < b->r->end; i++) {
		s = text_of(b, i, &len);
		no = b->r->lines[i].no;
		read_line(b, i, &l);
		if (l.blank) {
			b->blank_seen = true;
			continue;
		}
		if (skip_furniture(b, &l, s, len, no))
			continue;
		if (is_data(&l) || (l.nvalues > 0 && l.ncells >= b->ncols)) {
			add_row(b, &l, no);
			continue;
		}
		if (b->label_no != 0 && s[0] >= 'A' && s[0] <= 'Z' &&
		    !parens_open(b->label, b->label_len) &&
		    !hyphen_broken(b->label, b->label_len) && (b->blank_seen ||
		    is_heading_word(b->label, b->label_len)))
			flush_group(b);
		label_append(b, l.label.s, (size_t)(s + len - l.label.s), no);
		b->blank_seen = false;
	}
	if (b->label_no != 0)
		table_loose(b->t, b->label_no, true, b->label, b->label_len);
}

/* Units per column: the one its header names, none for a count, else
 * the caption's. A header that contradicts the caption wins, with a
 * warning, and then speaks for the columns that name no unit too: the
 * caption has been shown wrong. */
static void
set_units(struct build *b)
{
	struct table *t = b->t;
	const char *wins = NULL;
	size_t c;

	for (c = 0; c < t->ncols; c++) {
		t->units[c] = table_header_unit_text(t, t->headers[c],
		    strlen(t->headers[c]));
		if (t->units[c] == NULL && unit_is_count(t->headers[c],
		    strlen(t->headers[c])))
			t->units[c] = "";	/* a count: no unit */
		if (t->units[c] == NULL || t->units[c][0] == '\0' ||
		    t->caption_unit == NULL ||
		    strcmp(t->units[c], t->caption_unit) == 0)
			continue;
		table_note(t, (size_t)-1, b->head.first_no, true, "unit "
		    "conflict: caption says '%s', header '%s' says '%s'; the "
		    "header wins", t->caption_unit, t->headers[c],
		    t->units[c]);
		if (wins == NULL)
			wins = t->units[c];
	}
	for (c = 0; wins != NULL && c < t->ncols; c++)
		if (t->units[c] == NULL)
			t->units[c] = wins;
}

/* Rows whose label has a letter: chart residue has bare numbers. */
static size_t
labelled_rows(const struct table *t)
{
	size_t r, n = 0;
	const char *p;

	for (r = 0; r < t->nrows; r++)
		for (p = t->rows[r].label; *p != '\0'; p++)
			if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') {
				n++;
				break;
			}
	return n;
}

bool
numeric_build(const struct block *r, struct table *t)
{
	struct build b;
	bool complete;

	memset(&b, 0, sizeof(b));
	b.r = r;
	b.t = t;
	count_columns(&b);
	if (b.ncols == 0 || b.first_row >= r->end) {
		layout_free(&b.rd);
		free(b.read);
		free(b.first);
		free(b.cells);
		return false;
	}
	table_set_columns(t, b.ncols);
	complete = header_read(&b.head, t, r, r->body, b.first_row, &b.body);
	if (!complete)
		table_note(t, (size_t)-1, b.head.first_no ? b.head.first_no :
		    r->lines[b.first_row].no, false, "header does not match "
		    "the %zu value columns", b.ncols);
	header_apply(&b.head);
	read_body(&b);
	doubt_judge(&b.doubts, t);
	set_units(&b);
	layout_free(&b.rd);
	header_free(&b.head);
	free(b.label);
	free(b.read);
	free(b.first);
	free(b.cells);
	if (r->body == 0 && (!complete || labelled_rows(t) < 2 ||
	    2 * labelled_rows(t) < t->nrows))
		return false;		/* no caption: be strict */
	/* Group rows alone are no table, and would end before they start. */
	return b.nvalued > 0;
}
