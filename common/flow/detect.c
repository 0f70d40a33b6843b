/* detect: a line-at-a-time state machine over table regions. Idle lines
 * cost a few byte compares; only a candidate's lines are read cell by
 * cell (common/cells/layout) and copied (common/flow/block); a closed
 * candidate goes to common/flow/build, which makes the table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/flow/block.h"
#include "common/flow/build.h"
#include "common/table/caption.h"
#include "common/table/tablehold.h"
#include "common/table/tableid.h"
#include "common/flow/detect.h"
#include "common/flow/detect_kind.h"
#include "common/sys/err.h"
#include "common/text/hyphen.h"
#include "common/cells/layout.h"
#include "common/text/textfix.h"
#include "common/sys/xalloc.h"

/* Label-only lines allowed after the last row before the table ends. */
#define GAP_MAX 5
/* Non-blank lines allowed before the first row (headers can be tall). */
#define HEAD_MAX 24
#define MAX_COUNT 64
#define WIDTHS 256		/* line lengths counted for the page width */

/* SKIP: the rest of a table left out (too large or too wide to hold). */
enum state { IDLE, CAPTION, BODY, SKIP };


struct detect {
	const char *source;
	detect_emit_fn *emit;
	void *ctx;
	enum state state;
	struct block block;
	struct tablehold hold;	/* the candidate's size, against the limits */
	struct layout_reader reader;
	size_t nonblank, rows, last_row, gap, blank_run;
	size_t year_line;	/* 1 + index of the first line of years */
	size_t first_row;	/* 1 + index of the first row */
	size_t counts[MAX_COUNT];	/* rows with N cells, none empty */
	bool captioned;
	bool caption_open;	/* the caption line left a "(" open */
	struct hyphen_words *words;	/* of the lines so far */
	struct tableid_seen seen;	/* caption numbers, for the dup */
	size_t widths[WIDTHS];	/* lines seen, by length */
	size_t nlines;
};

struct detect *
detect_open(const char *source, detect_emit_fn *emit, void *ctx)
{
	struct detect *d = xcalloc(1, sizeof(*d));

	d->source = source;
	d->emit = emit;
	d->ctx = ctx;
	d->words = hyphen_new();
	d->block.words = d->words;
	return d;
}

void
detect_close(struct detect *d)
{
	block_free(&d->block);
	layout_free(&d->reader);
	tableid_seen_free(&d->seen);
	hyphen_free(d->words);
	free(d);
}

static void
start(struct detect *d, enum state state, bool captioned)
{
	block_clear(&d->block);
	d->state = state;
	d->captioned = captioned;
	d->nonblank = d->rows = d->gap = d->blank_run = d->last_row = 0;
	d->year_line = d->first_row = 0;
	memset(d->counts, 0, sizeof(d->counts));
	memset(&d->hold, 0, sizeof(d->hold));
}

/* The cell count of most rows without empty cells (ties: the larger). */
static size_t
modal_cols(const struct detect *d)
{
	size_t i, best = 0;

	for (i = 1; i < MAX_COUNT; i++)
		if (d->counts[i] > 0 && d->counts[i] >= d->counts[best])
			best = i;
	return best;
}

static bool
confirmed(const struct detect *d)
{
	return d->rows >= 2 || (d->rows == 1 && modal_cols(d) >= 2);
}

/* The length nine lines in ten of the document so far stay within: the
 * width of the text block, which prose fills and table rows rarely do. */
static size_t
page_width(const struct detect *d)
{
	size_t w, seen = 0;

	for (w = 1; w < WIDTHS; w++)
		if ((seen += d->widths[w]) * 10 >= d->nlines * 9)
			return w;
	return WIDTHS - 1;
}

/* Close the candidate at line index END (exclusive) and emit its table. */
static void
finish_block(struct detect *d, size_t end)
{
	struct table t;

	d->state = IDLE;
	if (!d->captioned && !confirmed(d))
		return;
	d->block.end = end;
	d->block.numeric = confirmed(d);
	d->block.width = page_width(d);
	table_init(&t, d->source);
	if (build_table(&d->block, &t)) {
		if (t.number != NULL)
			t.dup = tableid_occurrence(&d->seen, t.number);
		d->emit(&t, d->ctx);
	}
	table_free(&t);
}

static size_t
table_end(const struct detect *d)
{
	return confirmed(d) ? d->last_row : d->block.n;
}

/* A header of years names the columns: its count is one vote for the
 * column count, so a first row with a cell left empty at its end ("A 1
 * 2" under three years) does not set a count that the rows after it
 * exceed (they would fall outside the table). */
static void
header_vote(struct detect *d, const struct layout_line *l)
{
	if (l->nyears < MAX_COUNT)
		d->counts[l->nyears]++;
}

/* Is L a row of the table so far (values that fit its columns)? */
static bool
is_row(const struct detect *d, const struct layout_line *l, bool year_data)
{
	size_t est = modal_cols(d);

	if (l->nvalues == 0 || (l->nvalues == l->nyears && !year_data))
		return l->nvalues > 0 && confirmed(d) && l->ncells >= est &&
		    l->ncells <= est + 2 && l->label.len > 0;
	if (d->rows == 0 || est == 0)
		return true;
	if (l->ncells >= est && l->ncells <= est + 2 && l->nvalues <= est)
		return true;
	return l->ncells < est && l->nvalues >= 2 && d->gap == 0;
}

/* A line of two years or more is the header the first time; a different
 * one after it holds data that look like years ("Bouw 1998 2005"). */
static bool
year_data(struct detect *d, const struct layout_line *l, const char *line,
    size_t len)
{
	if (l->nyears < 2 || l->nvalues != l->nyears)
		return false;
	if (d->year_line == 0) {
		d->year_line = d->block.n;	/* index + 1 */
		header_vote(d, l);
		return false;
	}
	return !block_same_text(&d->block, d->year_line - 1, line, len);
}

/* Is LINE one of the header lines above the first row (repeated after
 * a page break)? */
static bool
is_own_header(const struct detect *d, const char *line, size_t len)
{
	size_t i;

	for (i = d->block.body; i + 1 < d->first_row; i++)
		if (block_same_text(&d->block, i, line, len))
			return true;
	return false;
}

/* Does LINE hold the words of the header's line of years, with other
 * years ("Entiteit 2024 2025" under "Entiteit 2022 2023")? */
static bool
same_label_years(const struct detect *d, const char *line, size_t len)
{
	const char *a, *b, *h;
	size_t an, bn, hlen;

	if (d->year_line == 0 || d->year_line >= d->first_row)
		return false;	/* no line of years in the header */
	h = block_text(&d->block, d->year_line - 1, &hlen);
	return detect_kind_labelled_years(line, len, &a, &an) &&
	    detect_kind_labelled_years(h, hlen, &b, &bn) && an == bn &&
	    memcmp(a, b, an) == 0;
}

/* Right after a row (blank lines aside), a header of years that is not
 * this table's own starts the next table: one without a label, or one
 * with the own header's label and other years. After a text table (a
 * caption, then three lines or more without values) a header of years
 * without a label starts the next table too: no numeric table has a
 * header that tall above such a line. */
static bool
starts_next(const struct detect *d, const char *line, size_t len)
{
	if (!confirmed(d))
		return d->captioned && d->rows == 0 && d->nonblank >= 3 &&
		    d->gap == d->nonblank && detect_kind_year_header(line,
		    len);
	return d->gap == 0 && !is_own_header(d, line, len) &&
	    (detect_kind_year_header(line, len) ||
	    same_label_years(d, line, len));
}

static void idle_line(struct detect *, const char *, size_t, long);

/* The candidate passed a limit of what is held at line NO (WIDE: a row
 * of more cells than a table may have; else tablehold's): it is
 * reported and left out, and the rest of it read on without keeping it
 * (skip_line). Memory follows the limits, not the table. */
static void
leave_out(struct detect *d, long no, bool wide)
{
	struct table t;

	table_init(&t, d->source);
	build_left_out(&d->block, &t, no, wide ? table_too_wide() :
	    tablehold_strerror());
	if (t.number != NULL)
		t.dup = tableid_occurrence(&d->seen, t.number);
	d->emit(&t, d->ctx);
	table_free(&t);
	block_clear(&d->block);
	d->state = SKIP;
	d->gap = 0;
}

/* A line of a table left out: it ends where body_line would end it (a
 * caption, a header of years, more than GAP_MAX lines that are no
 * rows), and the line that ends it is read as any other. */
static void
skip_line(struct detect *d, const char *line, size_t len, long no)
{
	struct layout_line l;
	const char *num;
	size_t numlen;

	if (caption_is(line, len, &num, &numlen) ||
	    caption_is_figure(line, len) || detect_kind_year_header(line,
	    len)) {
		d->state = IDLE;
		idle_line(d, line, len, no);
		return;
	}
	layout_read(&d->reader, line, len, &l);
	if (l.blank)
		return;
	if (is_row(d, &l, false))
		d->gap = 0;
	else if (++d->gap > GAP_MAX)
		d->state = IDLE;
}

static void
body_line(struct detect *d, const char *line, size_t len, long no)
{
	struct layout_line l;
	const char *num;
	size_t numlen;
	bool wide, row;

	if (caption_is(line, len, &num, &numlen) ||
	    caption_is_figure(line, len) || caption_is_source_note(line, len) ||
	    starts_next(d, line, len)) {
		finish_block(d, table_end(d));
		idle_line(d, line, len, no);
		return;
	}
	block_push(&d->block, line, len, no);
	/* a line too wide for a row is held as text, and as cells only
	 * when it is a row of the table: then the table is left out */
	wide = !layout_read(&d->reader, line, len, &l);
	block_keep_read(&d->block, line, &l);
	if (!tablehold_add(&d->hold, wide ? 0 : l.ncells + 1, len)) {
		leave_out(d, no, false);
		return;
	}
	if (l.blank) {
		d->blank_run++;
		if (len > 0 && !confirmed(d) && d->nonblank > 1)
			finish_block(d, d->block.n - 1);
		return;
	}
	d->blank_run = 0;
	d->nonblank++;
	row = is_row(d, &l, year_data(d, &l, line, len));
	if (row && wide) {
		leave_out(d, no, true);
		return;
	}
	if (row) {
		if (d->rows++ == 0)
			d->first_row = d->block.n;
		d->last_row = d->block.n;
		d->gap = 0;
		if (l.nvalues == l.ncells && l.ncells < MAX_COUNT)
			d->counts[l.ncells]++;
		return;
	}
	if (confirmed(d) && detect_kind_furniture(&l))
		return;
	if (confirmed(d) && detect_kind_prose(&l)) {
		finish_block(d, d->last_row);
		return;
	}
	d->gap++;
	if (confirmed(d)) {
		if (d->gap > GAP_MAX)
			finish_block(d, d->last_row);
	} else if (detect_kind_heading(&l)) {
		finish_block(d, d->block.n - 1);
	} else if (d->nonblank > HEAD_MAX + (d->captioned ? 40 : 0)) {
		finish_block(d, d->block.body);	/* prose: no table */
	}
}

static void
idle_line(struct detect *d, const char *line, size_t len, long no)
{
	const char *num;
	size_t numlen, i, open = 0;
	struct layout_line l;
	bool wide;

	if (caption_is(line, len, &num, &numlen)) {
		for (i = 0; i < len; i++)
			open += line[i] == '(' ? 1 : line[i] == ')' ? -1 : 0;
		start(d, CAPTION, true);
		d->caption_open = open > 0 && open < len;
		block_push(&d->block, line, len, no);
		d->block.body = 1;
		return;
	}
	if (!detect_kind_ends_in_year(line, len))
		return;
	wide = !layout_read(&d->reader, line, len, &l);
	if ((l.nyears >= 2 && l.nyears == l.nvalues && l.nvalues == l.ncells &&
	    l.label.len <= 40) || detect_kind_year_header(line, len)) {
		start(d, BODY, false);
		block_push(&d->block, line, len, no);
		block_keep_read(&d->block, line, &l);
		d->block.body = 0;
		d->year_line = 1;	/* this line is the header */
		header_vote(d, &l);
		if (wide)
			leave_out(d, no, true);
	}
}

void
detect_line(struct detect *d, const char *line, size_t len, long no)
{
	if (len > 0) {
		d->widths[len < WIDTHS ? len : WIDTHS - 1]++;
		d->nlines++;
	}
	/* Full: the words of the first pages still decide; none lost. */
	(void)hyphen_learn(d->words, line, len);
	if (d->state == IDLE) {
		idle_line(d, line, len, no);
	} else if (d->state == SKIP) {
		skip_line(d, line, len, no);
	} else if (d->state == CAPTION) {
		d->state = BODY;
		if (d->caption_open || (len > 1 && line[0] != ' ' &&
		    caption_starts_lower(line, len)) ||
		    detect_kind_paren_note(line, len)) {	/* it wraps */
			block_push(&d->block, line, len, no);
			d->block.body = d->block.n;
		} else {
			body_line(d, line, len, no);
		}
	} else {
		body_line(d, line, len, no);
	}
}

long
detect_pending(const struct detect *d)
{
	return d->state != IDLE && d->block.n > 0 ? d->block.lines[0].no : 0;
}

void
detect_finish(struct detect *d)
{
	if (d->state != IDLE && d->state != SKIP)
		finish_block(d, table_end(d));
}

enum lines_status
detect_file(const char *path, detect_emit_fn *emit, void *ctx,
    struct lines *l)
{
	struct detect *d;
	struct textfix fix = { 0 };
	enum lines_status st;
	const char *line;
	size_t len;

	if ((st = lines_open(l, path)) != LINES_OK) {
		lines_close(l);
		return st;
	}
	d = detect_open(l->in.name, emit, ctx);
	textfix_start(&fix, l->in.name, "lines");
	while ((st = lines_next(l, &line, &len)) != LINES_EOF) {
		if (st == LINES_ETOOLONG) {	/* skipped; the rest is read */
			warn_at(l->in.name, l->lineno, "%s",
			    lines_strerror(l, st));
			continue;
		}
		if (st != LINES_OK)
			break;
		textfix_text(&fix, l->lineno, &line, &len);
		detect_line(d, line, len, l->lineno);
	}
	detect_finish(d);
	textfix_end(&fix);
	textfix_free(&fix);
	detect_close(d);
	lines_close(l);
	return st;
}
