/* xltable_body: the rows of a table, the marks of its totals findings,
 * its chart, the finishing of its sheets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/table/rowlabel.h"
#include "common/table/tabindex.h"
#include "common/table/tally_run.h"
#include "common/xlsx/xlchart.h"
#include "common/xlsx/xltable_int.h"

static const enum xllabel_id kind_labels[] = {
	[KIND_DETAIL] = XLLABEL_KIND_DETAIL,
	[KIND_CATEGORY] = XLLABEL_KIND_CATEGORY,
	[KIND_SUBTOTAL] = XLLABEL_KIND_SUBTOTAL,
	[KIND_TOTAL] = XLLABEL_KIND_TOTAL,
};

/* Remember ROW for the chart: the members, never a total. */
static void
note_plot(struct xltable *t, lxw_row_t row, enum xltable_kind kind)
{
	if (!t->in->chart || t->part > 1)
		return;
	if (kind == KIND_DETAIL && t->nplot < XLCHART_MAX_SERIES) {
		t->plot = xreallocarray(t->plot, t->nplot + 1, sizeof *t->plot);
		t->plot[t->nplot++] = row;
	} else if (kind == KIND_CATEGORY && t->nmembers < XLCHART_MAX_SERIES) {
		t->plot_members = xreallocarray(t->plot_members, t->nmembers + 1,
		    sizeof *t->plot_members);
		t->plot_members[t->nmembers++] = row;
	}
}

/* The finding of data row R, field I, if any: its cell is marked, a
 * mismatch gets a comment with the sum, and the Controle its link. */
static unsigned
mark_cell(struct xltable *t, lxw_row_t row, const struct csvio_row *src,
    size_t i)
{
	const struct tabindex_entry *e = t->in->entry;
	struct xltable_mark *m;
	struct xlcheck_finding f = { 0 };
	char note[2 * NUM_MAX + 64], lines[64] = "";

	if (t->next_mark >= t->nmarks)
		return 0;
	m = &t->marks[t->next_mark];
	if (m->row != t->nrow || m->col != i)
		return 0;
	t->next_mark++;
	f.sheet = t->name;
	f.table = (char *)(t->in->id != NULL ? t->in->id : t->in->base);
	f.document = (char *)(e != NULL ? e->field[TABINDEX_SOURCE] :
	    t->in->display);
	f.unit = (char *)(e != NULL ? e->field[TABINDEX_UNIT] : "");
	if (e != NULL)
		snprintf(lines, sizeof lines, "%s-%s",
		    e->field[TABINDEX_FIRST_LINE], e->field[TABINDEX_LAST_LINE]);
	f.lines = lines;
	f.line = t->row_lines != NULL ? t->row_lines[t->nrow] : 0;
	f.row_label = src->fields[0];
	f.col_header = i < t->header.row.n ? t->header.row.fields[i] : "";
	snprintf(f.stated, sizeof f.stated, "%s", m->stated);
	snprintf(f.computed, sizeof f.computed, "%s", m->computed);
	snprintf(f.difference, sizeof f.difference, "%s", m->difference);
	f.rounding = m->rounding;
	f.row = row;
	f.col = xltable_col(t, i);
	xlcheck_add(t->checks, &f);
	if (m->rounding)
		return 0;
	snprintf(note, sizeof note, xllabel(t->book->lang,
	    XLLABEL_COMPUTED_NOTE), m->computed, m->difference);
	xltable_check(worksheet_write_comment(t->ws, row, f.col, note));
	return XLBOOK_MARK;
}

static void finish_part(struct xltable *t, bool last);

/* A label longer than its column (XLBOOK_MAX_WIDTH) wraps: its row is
 * made as high as its lines, which a reader does not always work out
 * (LibreOffice keeps the default height). Before the row's cells:
 * constant-memory mode writes a row once. */
static void
label_height(struct xltable *t, const struct csvio_row *row)
{
	size_t chars = 0, lines;

	for (size_t i = 0; i < row->lens[0]; i++)
		chars += (row->fields[0][i] & 0xC0) != 0x80;
	if (chars <= XLBOOK_MAX_WIDTH)
		return;
	lines = (chars + XLBOOK_MAX_WIDTH - 1) / XLBOOK_MAX_WIDTH;
	if (lines > 10)
		lines = 10;
	xltable_check(worksheet_set_row(t->ws, t->row, 15.0 * (double)lines,
	    NULL));
}

/* Write ROW as the next row; HELD_TOTAL: a label-less last row that,
 * unjudged, adds up as the closing total (tally_run). A row of a table
 * not judged whole goes into its running sums. */
static void
write_row(struct xltable *t, const struct csvio_row *row, bool held_total)
{
	enum xltable_kind kind = t->nrow < t->nkinds ? t->kinds[t->nrow] :
	    label_kind_of(row);
	unsigned bold;

	if (t->row > XLBOOK_MAX_ROW) {
		finish_part(t, false);
		xltable_start_part(t);
	}
	if (held_total && kind == KIND_DETAIL)
		kind = KIND_TOTAL;
	if (!t->judged && !held_total)
		tally_run_add(&t->run, row->fields, row->lens, row->n);
	bold = kind != KIND_DETAIL ? XLBOOK_BOLD : 0;
	note_plot(t, t->row, kind);
	label_height(t, row);
	for (size_t i = 0; i < row->n; i++)
		xltable_cell(t, t->row, row, i, i == 0, bold | (i == 0 ?
		    XLBOOK_WRAP : 0) | (t->judged ? mark_cell(t, t->row, row,
		    i) : 0));
	if (t->kind_col > 0)
		xltable_check(worksheet_write_string(t->ws, t->row,
		    (lxw_col_t)t->kind_col, xllabel(t->book->lang,
		    kind_labels[kind]), xlbook_format(t->book, bold)));
	t->row++;
	t->nrow++;
}

/* A row without label but with values may be the table's closing total:
 * unless the arithmetic judged the table, hold it until the next row
 * shows whether it is the last, and then ask the running sums. */
static void
put_row(struct xltable *t, const struct csvio_row *row)
{
	bool values = false, may_close = !t->judged &&
	    rowlabel_candidate_total(row->fields[0], row->lens[0], true);

	if (row->n != t->header.row.n && t->ragged++ == 0)
		warn_at(t->path, row->line, "row has %zu cell%s, header has "
		    "%zu", row->n, row->n == 1 ? "" : "s", t->header.row.n);
	for (size_t i = 1; i < row->n && !values; i++)
		values = row->lens[i] > 0;
	if (t->held.row.n > 0) {
		write_row(t, &t->held.row, false);
		rowcopy_free(&t->held);
	}
	if (may_close && values)
		rowcopy_take(&t->held, row);
	else
		write_row(t, row, false);
}

/* Freeze, filter, size and set up the printing of the finished sheet;
 * chart it if asked. */
static void
finish_part(struct xltable *t, bool last)
{
	const struct tabindex_entry *e = t->in->entry;
	struct xlbook_sheet s = { 0 };
	struct xlchart_table c = { 0 };
	size_t first, end;
	bool members = t->nmembers > 0;

	s.ws = t->ws;
	s.name = t->name;
	s.caption = e != NULL ? e->field[TABINDEX_CAPTION] : NULL;
	s.document = e != NULL ? e->field[TABINDEX_SOURCE] : t->in->display;
	s.header_first = t->header_first;
	s.header_row = t->header_row;
	s.last_row = t->row - 1;
	s.ncols = t->nwidth;
	s.width = t->width;
	xltable_check(xlbook_finish_sheet(t->book, &s));
	if (!t->in->chart || !last || t->part > 1 || (t->nplot == 0 &&
	    !members) || t->nwidth + 10 > LXW_COL_MAX ||
	    t->header_first != t->header_row ||	/* two-level */
	    !xlchart_periods(t->header.row.fields, t->header.row.n, &first,
	    &end))
		return;
	c.sheet = t->name;
	c.title = s.caption != NULL && t->in->id != NULL ? s.caption :
	    t->name;
	c.unit = e != NULL ? e->field[TABINDEX_UNIT] : NULL;
	c.header_row = t->header_row;
	c.first_col = xltable_col(t, first);
	c.last_col = xltable_col(t, end);
	c.rows = members ? t->plot_members : t->plot;
	c.nrows = members ? t->nmembers : t->nplot;
	c.at_row = t->header_row;
	c.at_col = (lxw_col_t)t->nwidth + 1;
	xltable_check(xlchart_add(t->book->wb, t->ws, &c));
}

void
xltable_body(struct xltable *t, struct csvio_reader *r, enum csvio_status st)
{
	const struct csvio_row *row;
	const struct csvio_row *h = &t->held.row;

	if (!t->judged)
		tally_run_start(&t->run, t->header.row.n);
	for (size_t i = 0; i < t->window.n; i++)
		put_row(t, &t->window.rows[i].row);
	for (size_t i = 0; i < t->window.n; i++)
		rowcopy_free(&t->window.rows[i]);
	t->window.n = 0;
	while (st == CSVIO_OK && (st = xltable_next(t, r, &row)) == CSVIO_OK)
		put_row(t, row);
	if (st != CSVIO_EOF)
		csvio_warn(r, st);
	if (h->n > 0)
		write_row(t, h, tally_run_last_total(&t->run, h->fields,
		    h->lens, h->n));
	if (t->ragged > 1)
		warn_at(t->path, 0, "%ld rows not as wide as the header in all",
		    t->ragged);
	textfix_end(&t->fix);
	finish_part(t, true);
}

void
xltable_free(struct xltable *t)
{
	for (size_t i = 0; i < t->window.n; i++)
		rowcopy_free(&t->window.rows[i]);
	free(t->window.rows);
	rowcopy_free(&t->header);
	rowcopy_free(&t->held);
	tally_run_free(&t->run);
	free(t->width);
	free(t->rule);
	free(t->decimals);
	free(t->style);
	free(t->suffix);
	free(t->kinds);
	free(t->marks);
	free(t->row_lines);
	free(t->plot);
	free(t->plot_members);
	xlcell_profile_free(&t->profile);
	textfix_free(&t->fix);
}
