/* scan: pages to readers. Lines of a page are kept as read until the
 * page ends, so its spacing can choose the reader; a flow page is then
 * fed to the flow detector line by line, exactly as detect_file would. A
 * column-aligned table at the foot of a page is held back until the next
 * page shows whether it goes on there under the same header. The lines
 * a page's delimited tables leave go to the reader they call for, the
 * delimited tables parked meanwhile so that all leave in page order. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "common/columns/blocks.h"
#include "common/columns/carry.h"
#include "common/cells/chunks.h"
#include "common/columns/colbuild.h"
#include "common/columns/colside.h"
#include "common/cells/layout.h"
#include "common/delim/delimpage.h"
#include "common/delim/stacked.h"
#include "common/raw/rawbuild.h"
#include "common/cells/rawline.h"
#include "common/raw/rawregion.h"
#include "common/raw/rawside.h"
#include "common/scan/scan.h"
#include "common/table/caption.h"
#include "common/table/tableid.h"
#include "common/cells/spacing.h"
#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/text/textfix.h"
#include "common/text/utf8.h"

#define EDGE_LINES 4	/* non-blank lines at a page's edge: furniture */

struct page_line {
	size_t off, len;	/* in the page buffer */
	long no;
	bool toolong;
	bool clean;		/* valid as read (utf8_clean): no textfix */
};

struct scan {
	const char *source;
	detect_emit_fn *emit;
	void *ctx;
	enum scan_mode mode;
	struct lines *l;
	struct detect *d;
	struct textfix fix;
	char *buf;		/* the page's lines as read */
	size_t used, buf_cap;
	struct page_line *pl;
	size_t n, pl_cap;
	char *text;		/* the page's lines made valid UTF-8 */
	size_t text_cap;
	bool fixed;		/* the page's lines are in text (read_page) */
	bool clean;		/* each of them is valid as read */
	struct chunk_line *cl;
	size_t cl_cap;
	struct block *blocks;
	size_t blocks_cap;
	struct colbuild cb;
	struct colside side_cols;	/* a block's tables side by side */
	struct rawline *raw;	/* the page's lines read as -raw text */
	size_t raw_cap;
	enum rawregion_kind *kind;
	size_t kind_cap;
	struct rawregion *regions;
	size_t regions_cap;
	struct rawbuild rb;
	struct rawside side;
	size_t top;		/* one past the running head, or 0 */
	struct table held;	/* the last table of the page before */
	bool holding;
	struct tableid_seen seen;	/* caption numbers of every reader */
	struct pagelines view;	/* the page's lines, for the quick tests
				 * and the delimited readers */
	bool final;		/* view holds the lines as they are read */
	struct delimpage dp;
	struct stacked st;
	struct table *kept;	/* the tables choose read, in page order */
	size_t nkept, kept_cap;
	struct table *parked;	/* a delimited page's tables, until the */
	size_t nparked, parked_next, parked_cap;	/* rest is read */
};

bool
scan_mode_parse(const char *s, enum scan_mode *mode)
{
	if (strcmp(s, "auto") == 0)
		*mode = SCAN_AUTO;
	else if (strcmp(s, "flow") == 0)
		*mode = SCAN_FLOW;
	else if (strcmp(s, "columns") == 0)
		*mode = SCAN_COLUMNS;
	else if (strcmp(s, "raw") == 0)
		*mode = SCAN_RAW;
	else if (strcmp(s, "delimited") == 0)
		*mode = SCAN_DELIMITED;
	else if (strcmp(s, "lines") == 0)
		*mode = SCAN_LINES;
	else
		return false;
	return true;
}

/* Report a line too long to read, where the flow detector would. */
static void
too_long(struct scan *s, const struct page_line *p)
{
	warn_at(s->source, p->no, "%s", lines_strerror(s->l, LINES_ETOOLONG));
}

static void
feed_flow(struct scan *s)
{
	const char *line;
	size_t i, len;

	for (i = 0; i < s->n; i++) {
		if (s->pl[i].toolong) {
			too_long(s, &s->pl[i]);
			continue;
		}
		line = s->buf + s->pl[i].off;
		len = s->pl[i].len;
		if (!s->pl[i].clean)
			textfix_text(&s->fix, s->pl[i].no, &line, &len);
		detect_line(s->d, line, len, s->pl[i].no);
	}
}

static void page_table(struct table *t, void *ctx);

/* Emit the parked tables that begin before line BEFORE. */
static void
unpark(struct scan *s, long before)
{
	struct table *t;

	while (s->parked_next < s->nparked &&
	    (t = &s->parked[s->parked_next])->first_line < before) {
		s->parked_next++;
		page_table(t, s);
		table_free(t);
	}
	if (s->parked_next == s->nparked)
		s->nparked = s->parked_next = 0;
}

/* A table of a flow page: numbered with the document's count of
 * captions, which the column and raw tables share (the detector's own
 * count knows only its pages). */
static void
flow_table(struct table *t, void *ctx)
{
	struct scan *s = ctx;

	unpark(s, t->first_line);
	if (t->number != NULL)
		t->dup = tableid_occurrence(&s->seen, t->number);
	s->emit(t, s->ctx);
}

/* A table of a page read whole: numbered with the document's count,
 * its notes in line order (the reader frees T). */
static void
page_table(struct table *t, void *ctx)
{
	struct scan *s = ctx;

	unpark(s, t->first_line);
	if (t->number != NULL)
		t->dup = tableid_occurrence(&s->seen, t->number);
	table_sort_notes(t);
	s->emit(t, s->ctx);
}

static void
emit(struct scan *s, struct table *t)
{
	page_table(t, s);
	table_free(t);
}

static void
release(struct scan *s)
{
	if (s->holding)
		emit(s, &s->held);
	s->holding = false;
}

/* Non-blank lines of the page before line I (or after it, AFTER). */
static size_t
edge_distance(const struct scan *s, size_t i, bool after)
{
	size_t k, count = 0;

	if (after) {
		for (k = i; k < s->n; k++)
			count += !s->cl[k].blank;
	} else {
		for (k = 0; k < i; k++)
			count += !s->cl[k].blank;
	}
	return count;
}

/* A table found on the page in lines [FROM, END) (FIRST: the page's
 * first): joined to the held one when it opens the page under the same
 * header, held when it ends the page, else emitted. */
static void
found(struct scan *s, struct table *t, size_t from, size_t end, bool first)
{
	size_t i;

	if (s->holding && first && edge_distance(s, from, false) <=
	    EDGE_LINES && carry_goes_on(&s->held, t) &&
	    (s->held.left_out || !carry_fits(&s->held, t))) {
		/* past the limits of a table held: left out, page by page */
		if (!s->held.left_out)
			carry_leave_out(&s->held, t->first_line);
		s->held.last_line = t->last_line;
		table_free(t);
	} else if (s->holding && first && edge_distance(s, from, false) <=
	    EDGE_LINES && carry_goes_on(&s->held, t)) {
		/* the running head and the repeated header: skipped */
		for (i = 0; i < s->n && s->pl[i].no < (t->nrows > 0 ?
		    t->rows[0].line : t->first_line); i++)
			if (i < s->top ? s->pl[i].len > 0 : i >= from &&
			    !s->cl[i].blank)
				table_loose(&s->held, s->pl[i].no, false,
				    s->text + s->pl[i].off, s->pl[i].len);
		carry_append(&s->held, t);
	} else {
		release(s);
		s->held = *t;
		s->holding = true;
	}
	if (edge_distance(s, end, true) > EDGE_LINES)
		release(s);
}

/* The running head of the page: its first line, set apart by a blank
 * line, holding a page number or one chunk alone. Returns one past it,
 * or 0; it is no part of any table (blanked for the block finder). */
static size_t
running_head(struct scan *s)
{
	size_t i = 0;
	struct chunk_line *l;

	while (i < s->n && s->cl[i].blank)
		i++;
	if (i + 1 >= s->n || !s->cl[i + 1].blank)
		return 0;
	l = &s->cl[i];
	if (l->n != 1 && !l->ch[0].num && !l->ch[l->n - 1].num)
		return 0;
	if (caption_opens(l->s, l->len))
		return 0;	/* a caption at the top of a page opens a table */
	l->blank = true;
	l->n = 0;
	return i + 1;
}

/* A delimited table T, kept until the lines before it are read. */
static void
park(struct table *t, void *ctx)
{
	struct scan *s = ctx;

	xgrow(&s->parked, &s->parked_cap, s->nparked + 1,
	    sizeof(*s->parked));
	table_move(&s->parked[s->nparked++], t);	/* the reader frees
							 * an empty one */
}

/* The page's lines, valid UTF-8 (once a page), cut into chunks. */
static void
read_page(struct scan *s)
{
	size_t i, used = 0, len;
	const char *line;

	for (i = 0; i < s->n && !s->fixed; i++) {
		line = s->buf + s->pl[i].off;
		len = s->pl[i].toolong ? 0 : s->pl[i].len;
		if (s->pl[i].toolong)
			too_long(s, &s->pl[i]);
		if (!s->pl[i].clean)
			textfix_text(&s->fix, s->pl[i].no, &line, &len);
		xgrow(&s->text, &s->text_cap, used + len + 1, 1);
		memcpy(s->text + used, line, len);
		s->pl[i].off = used;	/* now into s->text */
		s->pl[i].len = len;
		used += len;
	}
	s->fixed = true;
	if (s->n > s->cl_cap) {
		s->cl = xreallocarray(s->cl, s->n, sizeof(*s->cl));
		memset(s->cl + s->cl_cap, 0, (s->n - s->cl_cap) *
		    sizeof(*s->cl));
		s->cl_cap = s->n;
	}
	for (i = 0; i < s->n; i++)
		chunks_read(&s->cl[i], s->text + s->pl[i].off, s->pl[i].len,
		    s->pl[i].no);
	s->top = running_head(s);
}

/* The tables of column block B: one, or those printed side by side
 * (the parts after the first have no caption of their own). */
static void
column_block(struct scan *s, const struct block *b, bool *first)
{
	size_t at[COLSIDE_MAX], k = colside_parts(s->cl, b, at), p;
	const struct chunk_line *lines = s->cl;
	struct block part = *b;
	struct table t;

	for (p = 0; p < k; p++) {
		if (k > 1)
			lines = colside_window(&s->side_cols, s->cl, s->n, b,
			    at[p], p + 1 < k ? at[p + 1] : (size_t)-1);
		if (p > 0)
			part.caption = part.caption_end = BLOCKS_NONE;
		table_init(&t, s->source);
		if (colbuild_table(&s->cb, lines, &part, &t)) {
			found(s, &t, part.first, part.end, *first);
			*first = false;
		} else {
			table_free(&t);
		}
	}
}

static void
feed_columns(struct scan *s)
{
	size_t nb, i;
	bool first = true;

	detect_finish(s->d);	/* a flow table pending ends here */
	read_page(s);
	nb = blocks_find(s->cl, s->n, &s->blocks, &s->blocks_cap);
	for (i = 0; i < nb; i++)
		column_block(s, &s->blocks[i], &first);
	if (first)
		release(s);
}

/* The table of raw region R, or one a block printed side by side. */
static void
raw_region(struct scan *s, const struct rawregion *r, bool *first)
{
	size_t k = rawside_count(&s->side, s->kind, s->raw, r), p;
	struct rawregion part = *r;
	struct table t;

	for (p = 0; p < k; p++) {
		if (k > 1)
			rawside_read(&s->side, s->kind, s->raw, r, p, k);
		part.caption = p == 0 ? r->caption : RAWREGION_NONE;
		table_init(&t, s->source);
		if (rawbuild_table(&s->rb, s->kind, s->raw, &part, &t)) {
			found(s, &t, r->caption != RAWREGION_NONE ?
			    r->caption : r->head, r->end, *first);
			*first = false;
		} else {
			table_free(&t);
		}
	}
}

static void
feed_raw(struct scan *s)
{
	size_t nr, i;
	bool first = true;

	detect_finish(s->d);
	read_page(s);
	if (s->n > s->raw_cap) {
		s->raw = xreallocarray(s->raw, s->n, sizeof(*s->raw));
		memset(s->raw + s->raw_cap, 0, (s->n - s->raw_cap) *
		    sizeof(*s->raw));
		s->raw_cap = s->n;
	}
	xgrow(&s->kind, &s->kind_cap, s->n, sizeof(*s->kind));
	for (i = 0; i < s->n; i++)
		rawline_read(&s->raw[i], s->cl[i].s, s->cl[i].len, s->cl[i].no);
	nr = rawregion_find(s->cl, s->raw, s->n, s->kind, &s->regions,
	    &s->regions_cap);
	for (i = 0; i < nr; i++)
		raw_region(s, &s->regions[i], &first);
	if (first)
		release(s);
}

/* The first M lines of the page as views: as read, or (FIXED) as
 * read_page made them. */
static void
page_views(struct scan *s, size_t m, bool fixed)
{
	size_t i;

	pagelines_size(&s->view, m);
	for (i = 0; i < m; i++) {
		s->view.line[i] = (fixed ? s->text : s->buf) + s->pl[i].off;
		s->view.len[i] = s->pl[i].toolong ? 0 : s->pl[i].len;
		s->view.no[i] = s->pl[i].no;
	}
	pagelines_facts(&s->view);
	s->final = fixed || s->clean;
}

/* A reader of common/delim over the page's views, each table to EMIT;
 * their count. */
typedef size_t page_reader_fn(struct scan *s, delimpage_emit_fn *emit);

static size_t
read_delimited(struct scan *s, delimpage_emit_fn *emit)
{
	return delimpage_read(&s->dp, s->source, &s->view, emit, s);
}

static size_t
read_stacked(struct scan *s, delimpage_emit_fn *emit)
{
	return stacked_read(&s->st, s->source, &s->view, emit, s);
}

/* A table a reader found while choosing: kept until the page is read
 * (the reader frees T: its contents move). */
static void
keep_table(struct table *t, void *ctx)
{
	struct scan *s = ctx;

	xgrow(&s->kept, &s->kept_cap, s->nkept + 1, sizeof(*s->kept));
	table_move(&s->kept[s->nkept++], t);
}

/* The tables READER finds on the page, each to EMIT: those choose kept
 * (read from the lines as they are read), else read now. */
static void
page_tables(struct scan *s, page_reader_fn *reader, delimpage_emit_fn *emit)
{
	size_t i;

	if (s->nkept == 0) {
		page_views(s, s->n, true);
		reader(s, emit);
	}
	for (i = 0; i < s->nkept; i++) {
		emit(&s->kept[i], s);
		table_free(&s->kept[i]);
	}
	s->nkept = 0;
}

static void feed_rest(struct scan *s);

/* A page of tab-, pipe- or semicolon-separated tables; under auto the
 * lines they leave go on to another reader (feed_rest). */
static void
feed_delimited(struct scan *s)
{
	detect_finish(s->d);
	release(s);
	read_page(s);
	page_tables(s, read_delimited, s->mode == SCAN_AUTO ? park :
	    page_table);
	if (s->mode == SCAN_AUTO)
		feed_rest(s);
}

/* A page of tables whose cells stand one a line. */
static void
feed_stacked(struct scan *s)
{
	detect_finish(s->d);
	release(s);
	read_page(s);
	page_tables(s, read_stacked, page_table);
}

/* The reader other than the delimited one that the M lines in view
 * call for. */
static enum scan_mode
choose_spaced(struct scan *s)
{
	if (spacing_is_columns(&s->view))
		return SCAN_COLUMNS;
	if (spacing_is_raw(&s->view))
		return SCAN_RAW;
	if (read_stacked(s, s->final ? keep_table : NULL) > 0)
		return SCAN_LINES;
	return SCAN_FLOW;
}

/* The reader the page of M lines calls for. A reader's tables are kept
 * when the lines it read are the page's as they are read. */
static enum scan_mode
choose(struct scan *s, size_t m)
{
	page_views(s, m, false);
	if (delimpage_may(&s->view) && read_delimited(s, s->final ?
	    keep_table : NULL) > 0)
		return SCAN_DELIMITED;
	return choose_spaced(s);
}

/* The lines of a delimited page its tables left, to the flow detector:
 * a flow table ends where a delimited one begins, which leaves then. */
static void
flow_rest(struct scan *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		if (s->parked_next < s->nparked && s->pl[i].no >=
		    s->parked[s->parked_next].first_line) {
			detect_finish(s->d);
			unpark(s, s->pl[i].no + 1);
		}
		if (!s->pl[i].toolong)	/* reported by read_page */
			detect_line(s->d, s->text + s->pl[i].off,
			    s->pl[i].len, s->pl[i].no);
	}
}

/* The lines of a delimited page that its tables (parked) did not take,
 * blank where they stood, to the reader they call for; then the tables
 * left parked, after a column or raw table held that comes before
 * them. */
static void
feed_rest(struct scan *s)
{
	size_t i, k;
	bool rest = false;

	for (k = 0; k < s->dp.nused; k++)
		for (i = s->dp.used[k].first; i < s->dp.used[k].end; i++)
			s->pl[i].len = 0;
	for (i = 0; i < s->n && !rest; i++)
		rest = !layout_is_blank(s->text + s->pl[i].off, s->pl[i].len);
	if (rest) {
		page_views(s, s->n, true);
		switch (choose_spaced(s)) {
		case SCAN_COLUMNS:
			feed_columns(s);
			break;
		case SCAN_RAW:
			feed_raw(s);
			break;
		case SCAN_LINES:
			feed_stacked(s);
			break;
		default:
			flow_rest(s);
		}
	}
	if (s->parked_next < s->nparked && s->holding &&
	    s->held.first_line < s->parked[s->parked_next].first_line)
		release(s);
	unpark(s, LONG_MAX);
}

/* Which of the first M lines of the page are clean as read: the page
 * is searched whole for a byte other than ASCII (most lines hold none),
 * and only a line that holds one is asked from there. */
static void
check_page(struct scan *s, size_t m)
{
	size_t i, at = s->pl[0].off, end = s->pl[m - 1].off + s->pl[m - 1].len;
	const struct page_line *p;

	for (i = 0; i < m; i++)
		s->pl[i].clean = true;
	s->clean = true;
	i = 0;
	while ((at += utf8_plain_len(s->buf + at, end - at)) < end) {
		while (at >= s->pl[i].off + s->pl[i].len)
			i++;
		p = &s->pl[i];
		s->pl[i].clean = utf8_clean(s->buf + at, p->off + p->len - at);
		s->clean = s->clean && s->pl[i].clean;
		at = p->off + p->len;
	}
}

/* Read the first M lines of the page with the reader they call for; the
 * lines after them stay for the next page. */
static void
flush_lines(struct scan *s, size_t m)
{
	size_t i, n = s->n, rest;
	enum scan_mode mode = s->mode;

	if (m == 0)
		return;
	s->n = m;
	check_page(s, m);
	if (s->mode == SCAN_AUTO)
		mode = choose(s, m);
	if (mode == SCAN_DELIMITED) {
		feed_delimited(s);
	} else if (mode == SCAN_LINES) {
		feed_stacked(s);
	} else if (mode == SCAN_COLUMNS) {
		feed_columns(s);
	} else if (mode == SCAN_RAW) {
		feed_raw(s);
	} else {
		release(s);
		feed_flow(s);
	}
	s->fixed = false;
	rest = m < n ? s->pl[m].off : s->used;	/* pl[m..n) untouched */
	memmove(s->buf, s->buf + rest, s->used - rest);
	s->used -= rest;
	memmove(s->pl, s->pl + m, (n - m) * sizeof(*s->pl));
	for (s->n = n - m, i = 0; i < s->n; i++)
		s->pl[i].off -= rest;
}

static void
flush_page(struct scan *s)
{
	flush_lines(s, s->n);
}

/* A page without a form feed grows too long: cut it at its last blank
 * line in the second half, so a table is not cut in two. */
static void
flush_long_page(struct scan *s)
{
	size_t i;

	for (i = s->n; i > s->n / 2; i--)
		if (s->pl[i - 1].len == 0 || layout_is_blank(s->buf +
		    s->pl[i - 1].off, s->pl[i - 1].len))
			break;
	flush_lines(s, i > s->n / 2 ? i : s->n);
}

/* Is line P cut into cells by tabs or pipes? A page does not end
 * inside a run of them: a spreadsheet's rows are one table. */
static bool
cut_apart(const struct scan *s, const struct page_line *p)
{
	const char *line = s->buf + p->off;

	return !p->toolong && p->len > 0 && (memchr(line, '\t', p->len) !=
	    NULL || memchr(line, '|', p->len) != NULL);
}

static void
keep(struct scan *s, const char *line, size_t len, long no, bool toolong)
{
	struct page_line *p;

	if (len > 0 && line[0] == '\f') {
		flush_page(s);
		while (len > 0 && line[0] == '\f')	/* the break, no text: */
			line++, len--;	/* "\fTabel 2" is a caption */
	} else if (s->n >= SCAN_PAGE_LINES && !(s->n < SCAN_TABLE_LINES &&
	    s->n > 0 && cut_apart(s, &s->pl[s->n - 1])))
		flush_long_page(s);
	xgrow(&s->buf, &s->buf_cap, s->used + len + 1, 1);
	memcpy(s->buf + s->used, line, len);
	xgrow(&s->pl, &s->pl_cap, s->n + 1, sizeof(*s->pl));
	p = &s->pl[s->n++];
	p->off = s->used;
	p->len = len;
	p->no = no;
	p->toolong = toolong;
	s->used += len;
}

static void
scan_free(struct scan *s)
{
	size_t i;

	for (i = 0; i < s->cl_cap; i++)
		chunks_free(&s->cl[i]);
	for (i = 0; i < s->raw_cap; i++)
		rawline_free(&s->raw[i]);
	free(s->raw);
	free(s->kind);
	free(s->regions);
	rawbuild_free(&s->rb);
	rawside_free(&s->side);
	tableid_seen_free(&s->seen);
	free(s->cl);
	free(s->buf);
	free(s->pl);
	free(s->text);
	free(s->blocks);
	colbuild_free(&s->cb);
	colside_free(&s->side_cols);
	pagelines_free(&s->view);
	for (i = 0; i < s->nkept; i++)
		table_free(&s->kept[i]);
	free(s->kept);
	free(s->parked);
	delimpage_free(&s->dp);
	stacked_free(&s->st);
}

struct scan *
scan_open(const char *source, enum scan_mode mode, detect_emit_fn *emit,
    void *ctx)
{
	struct scan *s = xcalloc(1, sizeof(*s));

	s->source = source;
	s->emit = emit;
	s->ctx = ctx;
	s->mode = mode;
	s->d = detect_open(source, flow_table, s);
	textfix_start(&s->fix, source, "lines");
	return s;
}

void
scan_line(struct scan *s, const char *line, size_t len, long no)
{
	keep(s, line, len, no, false);
}

long
scan_pending(const struct scan *s)
{
	long p = detect_pending(s->d);

	if (s->holding && (p == 0 || s->held.first_line < p))
		p = s->held.first_line;
	if (s->n > 0 && (p == 0 || s->pl[0].no < p))
		p = s->pl[0].no;
	return p;
}

void
scan_finish(struct scan *s)
{
	flush_page(s);
	release(s);
	detect_finish(s->d);
	textfix_end(&s->fix);
}

void
scan_close(struct scan *s)
{
	textfix_free(&s->fix);
	detect_close(s->d);
	scan_free(s);
	free(s);
}

enum lines_status
scan_file(const char *path, enum scan_mode mode, detect_emit_fn *emit,
    void *ctx, struct lines *l)
{
	struct scan *s;
	enum lines_status st;
	const char *line;
	size_t len;

	if (mode == SCAN_FLOW)
		return detect_file(path, emit, ctx, l);
	if ((st = lines_open(l, path)) != LINES_OK) {
		lines_close(l);
		return st;
	}
	s = scan_open(l->in.name, mode, emit, ctx);
	s->l = l;
	while ((st = lines_next(l, &line, &len)) != LINES_EOF) {
		if (st == LINES_ETOOLONG)
			keep(s, "", 0, l->lineno, true);
		else if (st != LINES_OK)
			break;
		else
			keep(s, line, len, l->lineno, false);
	}
	scan_finish(s);
	scan_close(s);
	lines_close(l);
	return st;
}
