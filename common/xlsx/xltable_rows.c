/* xltable_rows: the kinds of a table's rows, its header, its rows and
 * its sheets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/table/rowlabel.h"
#include "common/table/tabindex.h"
#include "common/table/tally.h"
#include "common/xlsx/xlchart.h"
#include "common/xlsx/xltable_int.h"

/* The kind the label of ROW announces (common/table/rowlabel.h). */
enum xltable_kind
label_kind_of(const struct csvio_row *row)
{
	switch (rowlabel_kind(row->fields[0], row->lens[0])) {
	case ROWLABEL_TOTAL:
		return KIND_TOTAL;
	case ROWLABEL_SUBTOTAL:
		return KIND_SUBTOTAL;
	case ROWLABEL_NUMBERED:
		return KIND_CATEGORY;
	default:
		return KIND_DETAIL;
	}
}

/* tally_check's findings: each marks its cell. */
static void
on_finding(const struct tally_table *tt, const struct tally_finding *f,
    void *arg)
{
	struct xltable *t = arg;
	struct xltable_mark *m;
	size_t cap = t->nmarks;

	(void)tt;
	if (f->status != TALLY_OK)
		return;
	t->marks = xreallocarray(t->marks, cap + 1, sizeof *t->marks);
	m = &t->marks[t->nmarks++];
	m->row = f->row;
	m->col = f->col;
	m->rounding = f->rounding;
	snprintf(m->stated, sizeof m->stated, "%s", f->stated);
	snprintf(m->computed, sizeof m->computed, "%s", f->computed);
	snprintf(m->difference, sizeof m->difference, "%s", f->difference);
}

void
xltable_judge(struct xltable *t)
{
	struct tally_table tt = { 0 };
	const struct csvio_row *row;
	enum xltable_kind k;
	bool *closes;

	tally_start(&tt, t->header.row.fields, t->header.row.n);
	if (t->in->entry != NULL)	/* a caption "(in %)" */
		tally_share(&tt, (size_t)-1,
		    t->in->entry->field[TABINDEX_UNIT],
		    strlen(t->in->entry->field[TABINDEX_UNIT]));
	for (size_t r = 0; r < t->window.n; r++) {
		row = &t->window.rows[r].row;
		tally_add(&tt, row->fields, row->lens, row->n, row->line);
	}
	tally_check(&tt, on_finding, t);
	t->nkinds = t->window.n;
	t->kinds = xcalloc(t->nkinds + 1, sizeof *t->kinds);
	closes = xcalloc(t->nkinds + 1, sizeof *closes);
	for (size_t r = 0; r < t->nkinds; r++)
		if (tt.parent[r] >= 0)
			closes[tt.parent[r]] = true;
	for (size_t r = 0; r < t->nkinds; r++) {
		k = label_kind_of(&t->window.rows[r].row);
		if (tt.is_total[r])
			k = k == KIND_SUBTOTAL ? KIND_SUBTOTAL : KIND_TOTAL;
		else if (closes[r] && k == KIND_DETAIL)
			k = KIND_SUBTOTAL;	/* a group head */
		t->kinds[r] = k;
		if (k != KIND_DETAIL)
			t->kind_col = t->ncols;
	}
	free(closes);
	tally_free(&tt);
	t->row_lines = tabindex_row_lines(t->in->entry, t->window.n, t->path);
	t->judged = true;
	t->checks->tables++;
}

void
xltable_label_kinds(struct xltable *t)
{
	for (size_t r = 0; r < t->window.n; r++)
		if (label_kind_of(&t->window.rows[r].row) != KIND_DETAIL)
			t->kind_col = t->ncols;
}

/* The header: one row, or for a two-level header ("2017 | # projecten")
 * the tops merged over their columns above the rest. */
static void
put_header(struct xltable *t)
{
	const struct csvio_row *h = &t->header.row;
	lxw_format *f = t->book->header;
	const char *sep, *top, *next;
	size_t i, j, n;
	bool two = false;

	for (i = 1; i < h->n; i++)
		two |= strstr(h->fields[i], " | ") != NULL;
	t->header_first = t->row;
	if (two) {
		for (i = 1; i < h->n; i = j) {
			top = h->fields[i];
			sep = strstr(top, " | ");
			n = sep != NULL ? (size_t)(sep - top) : 0;
			for (j = i + 1; j < h->n && sep != NULL; j++) {
				next = h->fields[j];
				if (strncmp(next, top, n) != 0 ||
				    strncmp(next + n, " | ", 3) != 0)
					break;
			}
			if (sep == NULL)
				continue;
			if (j > i + 1)
				xltable_check(worksheet_merge_range(t->ws,
				    t->row, xltable_col(t, i), t->row,
				    xltable_col(t, j - 1), "", f));
			xltable_check(xlbook_text(t->ws, t->row,
			    xltable_col(t, i), top, n, f));
		}
		t->row++;
	}
	for (i = 0; i < h->n; i++) {
		sep = two ? strstr(h->fields[i], " | ") : NULL;
		if (sep == NULL)
			xltable_cell(t, t->row, h, i, true, XLBOOK_HEADER);
		else
			xltable_check(xlbook_text(t->ws, t->row,
			    xltable_col(t, i), sep + 3, strlen(sep + 3), f));
	}
	if (t->kind_col > 0) {
		xltable_widen(t, (lxw_col_t)t->kind_col, strlen(xllabel(
		    t->book->lang, XLLABEL_ROW_KIND)));
		xltable_check(worksheet_write_string(t->ws, t->row,
		    (lxw_col_t)t->kind_col, xllabel(t->book->lang,
		    XLLABEL_ROW_KIND), f));
	}
	t->header_row = t->row++;
}

void
xltable_start_part(struct xltable *t)
{
	char suffix[16] = "";

	if (++t->part > 1)
		snprintf(suffix, sizeof suffix, " (%d)", t->part);
	sheetname_make(&t->book->names, t->in->base, strlen(t->in->base),
	    suffix, t->name);
	if ((t->ws = xlbook_sheet(t->book, t->name)) == NULL)
		die("%s: cannot add sheet '%s'", t->path, t->name);
	xltable_check(xlbook_caption(t->book, t->ws, t->in->entry,
	    t->in->display,
	    &t->row));
	put_header(t);
	t->nplot = t->nmembers = 0;
	if (t->part == 1)
		xlbook_list(t->book, t->name, t->in->entry);
}
