/* xlcheck: the Controle sheet. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/xlsx/xlcell.h"
#include "common/xlsx/xlcheck.h"

enum { COL_TABLE, COL_ROW, COL_COLUMN, COL_STATED, COL_COMPUTED,
	COL_DIFFERENCE, COL_UNIT, COL_KIND, COL_DOCUMENT, COL_LINE,
	COL_CELL, NCOLS };

static const enum xllabel_id headers[NCOLS] = {
	XLLABEL_COL_TABLE, XLLABEL_COL_ROW, XLLABEL_COL_COLUMN,
	XLLABEL_COL_STATED, XLLABEL_COL_COMPUTED, XLLABEL_COL_DIFFERENCE,
	XLLABEL_COL_UNIT, XLLABEL_COL_KIND, XLLABEL_COL_DOCUMENT,
	XLLABEL_COL_LINE, XLLABEL_COL_CELL
};

static char *
copy(const char *s)
{
	return s != NULL ? xstrndup(s, strlen(s)) : xstrndup("", 0);
}

void
xlcheck_add(struct xlcheck *c, const struct xlcheck_finding *f)
{
	struct xlcheck_finding *n;

	xgrow(&c->v, &c->cap, c->n + 1, sizeof *c->v);
	n = &c->v[c->n];
	*n = *f;
	n->order = c->n++;
	n->sheet = copy(f->sheet);
	n->table = copy(f->table);
	n->document = copy(f->document);
	n->unit = copy(f->unit);
	n->lines = copy(f->lines);
	n->row_label = copy(f->row_label);
	n->col_header = copy(f->col_header);
}

/* Mismatches first, then in the order found. */
static int
by_kind(const void *a, const void *b)
{
	const struct xlcheck_finding *x = a, *y = b;

	if (x->rounding != y->rounding)
		return x->rounding ? 1 : -1;
	return x->order < y->order ? -1 : x->order > y->order;
}

struct out {
	struct xlbook *b;
	lxw_worksheet *ws;
	lxw_row_t row;
	size_t width[NCOLS];
};

static lxw_error
text(struct out *o, int col, const char *s, lxw_format *f)
{
	size_t n = strlen(s);

	if (n > o->width[col])
		o->width[col] = n;
	return s[0] == '\0' ? LXW_NO_ERROR : xlbook_text(o->ws, o->row,
	    (lxw_col_t)col, s, n, f);
}

/* The canonical decimal V as a number shown with at least DECIMALS (the
 * stated cell's) and no trailing zeros past them: a sum at a finer scale,
 * "12.780", shows as "12.78", a difference of "-0.032" as itself; the
 * findings' amounts are canonical (common/table/tally.h). */
static lxw_error
amount(struct out *o, int col, const char *v, int decimals, unsigned flags)
{
	struct xlcell c;
	size_t len = strlen(v);

	xlcell_read(v, len, true, &c);
	if (decimals >= 0 && strchr(v, '.') != NULL)
		while (c.decimals > decimals && v[len - 1] == '0')
			c.decimals--, len--;
	if (c.kind != XLCELL_NUMBER)
		return text(o, col, v, NULL);
	if (c.width > o->width[col])
		o->width[col] = c.width;
	return worksheet_write_number(o->ws, o->row, (lxw_col_t)col,
	    c.number, xlbook_number_format(o->b, flags, XLBOOK_PLAIN,
	    c.decimals));
}

/* The finding's source line as a number, or, when its row's line is
 * unknown (an index without row_lines), its table's lines as text. */
static lxw_error
line(struct out *o, const struct xlcheck_finding *f)
{
	char digits[32];
	size_t n;

	if (f->line <= 0)
		return text(o, COL_LINE, f->lines, NULL);
	n = (size_t)snprintf(digits, sizeof digits, "%ld", f->line);
	if (n > o->width[COL_LINE])
		o->width[COL_LINE] = n;
	return worksheet_write_number(o->ws, o->row, COL_LINE,
	    (double)f->line, xlbook_number_format(o->b, XLBOOK_INTEGER,
	    XLBOOK_PLAIN, 0));
}

static lxw_error
finding_row(struct out *o, const struct xlcheck_finding *f)
{
	char url[2 * SHEETNAME_SIZE + 32] = "internal:", cell[16];
	unsigned mark = f->rounding ? 0 : XLBOOK_MARK;
	struct xlcell stated;
	lxw_error e;

	xlcell_read(f->stated, strlen(f->stated), true, &stated);

	sheetname_quote(f->sheet, url + 9, sizeof url - 30);
	lxw_rowcol_to_cell(cell, f->row, f->col);
	strcat(url, "!");
	strcat(url, cell);
	if ((e = text(o, COL_TABLE, f->table, NULL)) ||
	    (e = text(o, COL_ROW, f->row_label, NULL)) ||
	    (e = text(o, COL_COLUMN, f->col_header, NULL)) ||
	    (e = amount(o, COL_STATED, f->stated, -1, mark)) ||
	    (e = amount(o, COL_COMPUTED, f->computed, stated.decimals, 0)) ||
	    (e = amount(o, COL_DIFFERENCE, f->difference, stated.decimals,
	    mark)) ||
	    (e = text(o, COL_UNIT, f->unit, NULL)) ||
	    (e = text(o, COL_KIND, xllabel(o->b->lang, f->rounding ?
	    XLLABEL_ROUNDING : XLLABEL_MISMATCH), xlbook_format(o->b,
	    mark))) ||
	    (e = text(o, COL_DOCUMENT, f->document, NULL)) ||
	    (e = line(o, f)))
		return e;
	if (strlen(f->sheet) + strlen(cell) + 3 > o->width[COL_CELL])
		o->width[COL_CELL] = strlen(f->sheet) + strlen(cell) + 3;
	return worksheet_write_url_opt(o->ws, o->row, COL_CELL, url,
	    o->b->link, url + 9, NULL);
}

lxw_error
xlcheck_sheet(struct xlcheck *c, struct xlbook *b)
{
	struct out o = { .b = b };
	struct xlbook_sheet s = { 0 };
	char name[SHEETNAME_SIZE];
	const char *base = xllabel(b->lang, XLLABEL_CONTROLE);
	lxw_error e = LXW_NO_ERROR;

	if (c->tables == 0)
		return LXW_NO_ERROR;
	sheetname_make(&b->names, base, strlen(base), "", name);
	if ((o.ws = xlbook_sheet(b, name)) == NULL)
		return LXW_ERROR_SHEETNAME_ALREADY_USED;
	if (c->n > 1)	/* no findings: no array at all */
		qsort(c->v, c->n, sizeof *c->v, by_kind);
	if (b->index != NULL) {		/* the link back, a blank row */
		e = xlbook_back_link(b, o.ws, 0);
		s.header_first = s.header_row = o.row = 2;
	}
	for (int i = 0; i < NCOLS && e == LXW_NO_ERROR; i++)
		e = text(&o, i, xllabel(b->lang, headers[i]), b->header);
	for (size_t i = 0; i < c->n && e == LXW_NO_ERROR; i++) {
		o.row = s.header_row + (lxw_row_t)i + 1;
		e = finding_row(&o, &c->v[i]);
	}
	if (e != LXW_NO_ERROR)
		return e;
	xlbook_list(b, name, NULL);
	s.ws = o.ws;
	s.name = name;
	s.last_row = s.header_row + (c->n > 0 ? (lxw_row_t)c->n : 1);
	s.ncols = NCOLS;
	s.width = o.width;
	return xlbook_finish_sheet(b, &s);
}

void
xlcheck_free(struct xlcheck *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].sheet);
		free(c->v[i].table);
		free(c->v[i].document);
		free(c->v[i].unit);
		free(c->v[i].lines);
		free(c->v[i].row_label);
		free(c->v[i].col_header);
	}
	free(c->v);
	memset(c, 0, sizeof *c);
}
