/* xlindex_sheet: the Index sheet, one row per table: the caption first
 * (a link to the table's sheet), then document, unit, rows, columns and
 * quality (a percentage), the sheet and the source lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/xlsx/xlindex.h"

enum { COL_CAPTION, COL_DOCUMENT, COL_UNIT, COL_ROWS, COL_COLS,
	COL_QUALITY, COL_SHEET, COL_LINES, NCOLS };

static const enum xllabel_id headers[NCOLS] = {
	XLLABEL_COL_CAPTION, XLLABEL_COL_DOCUMENT, XLLABEL_COL_UNIT,
	XLLABEL_COL_ROWS, XLLABEL_COL_COLS, XLLABEL_COL_QUALITY,
	XLLABEL_COL_SHEET, XLLABEL_COL_LINES
};

struct index_out {
	struct xlbook *b;
	lxw_worksheet *ws;
	lxw_row_t row;
	size_t width[NCOLS];
};

static void
widen(struct index_out *o, int col, const char *s)
{
	size_t n = strlen(s);

	if (n > o->width[col])
		o->width[col] = n;
}

static lxw_error
text(struct index_out *o, int col, const char *s)
{
	widen(o, col, s);
	if (s[0] == '\0')
		return LXW_NO_ERROR;
	return xlbook_text(o->ws, o->row, (lxw_col_t)col, s, strlen(s), NULL);
}

/* A number of the index (digits only) as a number, else as text. */
static lxw_error
number(struct index_out *o, int col, const char *s, bool percent)
{
	char *end;
	double v = strtod(s, &end);

	widen(o, col, s);
	if (s[0] == '\0' || *end != '\0' || strspn(s, "0123456789.") !=
	    strlen(s))
		return text(o, col, s);
	return worksheet_write_number(o->ws, o->row, (lxw_col_t)col, v,
	    percent ? xlbook_number_format(o->b, 0, XLBOOK_PERCENT, 0) :
	    xlbook_number_format(o->b, XLBOOK_INTEGER, XLBOOK_PLAIN, 0));
}

/* One row: ENTRY (or NULL) shown on sheet NAME (or NULL: not given,
 * with NOTE in the sheet column). */
static lxw_error
entry_row(struct index_out *o, const struct tabindex_entry *entry,
    const char *name, const char *note)
{
	char url[2 * SHEETNAME_SIZE + 16] = "internal:", lines[64];
	const char *caption = entry != NULL && entry->field[TABINDEX_CAPTION]
	    [0] != '\0' ? entry->field[TABINDEX_CAPTION] : name;
	lxw_error e = LXW_NO_ERROR;

	if (name != NULL) {
		sheetname_quote(name, url + 9, sizeof url - 12);
		strcat(url, "!A1");
		widen(o, COL_CAPTION, caption);
		e = worksheet_write_url_opt(o->ws, o->row, COL_CAPTION, url,
		    o->b->link, caption, NULL);
	} else
		e = text(o, COL_CAPTION, caption != NULL ? caption : "");
	if (e == LXW_NO_ERROR)
		e = text(o, COL_SHEET, name != NULL ? name : note);
	if (entry == NULL || e != LXW_NO_ERROR)
		return e;
	snprintf(lines, sizeof lines, "%s-%s", entry->field[
	    TABINDEX_FIRST_LINE], entry->field[TABINDEX_LAST_LINE]);
	if ((e = text(o, COL_DOCUMENT, entry->field[TABINDEX_SOURCE])) ||
	    (e = text(o, COL_UNIT, entry->field[TABINDEX_UNIT])) ||
	    (e = number(o, COL_ROWS, entry->field[TABINDEX_ROWS], false)) ||
	    (e = number(o, COL_COLS, entry->field[TABINDEX_COLS], false)) ||
	    (e = number(o, COL_QUALITY, entry->field[TABINDEX_QUALITY],
	    true)))
		return e;
	return lines[0] != '-' ? text(o, COL_LINES, lines) : LXW_NO_ERROR;
}

/* The rows of the indexes' entries not given, and of the documents
 * without tables (an empty index: named by its directory). */
static lxw_error
missing_rows(const struct xlindex *x, struct index_out *o)
{
	const struct xlindex_file *f;
	const char *base;
	lxw_error e = LXW_NO_ERROR;

	for (size_t i = 0; i < x->n && e == LXW_NO_ERROR; i++) {
		f = &x->files[i];
		for (size_t j = 0; j < f->ix.n && e == LXW_NO_ERROR; j++)
			if (f->given[j] == 0) {
				e = entry_row(o, &f->ix.entries[j], NULL,
				    xllabel(o->b->lang, XLLABEL_NOT_GIVEN));
				o->row++;
			}
		if (f->ix.n > 0 || e != LXW_NO_ERROR)
			continue;
		base = strrchr(f->dir, '/');
		if ((e = text(o, COL_CAPTION, xllabel(o->b->lang,
		    XLLABEL_NO_TABLE))) == LXW_NO_ERROR)
			e = text(o, COL_DOCUMENT, base != NULL ? base + 1 :
			    f->dir);
		o->row++;
	}
	return e;
}

lxw_error
xlindex_sheet(const struct xlindex *x, struct xlbook *b)
{
	struct index_out o = { .b = b, .ws = b->index };
	struct xlbook_sheet s = { 0 };
	lxw_error e = LXW_NO_ERROR;

	if (o.ws == NULL)
		return LXW_NO_ERROR;
	for (int c = 0; c < NCOLS && e == LXW_NO_ERROR; c++) {
		widen(&o, c, xllabel(b->lang, headers[c]));
		e = worksheet_write_string(o.ws, 0, (lxw_col_t)c,
		    xllabel(b->lang, headers[c]), b->header);
	}
	for (size_t i = 0; i < b->nlisted && e == LXW_NO_ERROR; i++) {
		o.row = (lxw_row_t)i + 1;
		e = entry_row(&o, b->listed[i].entry, b->listed[i].name, NULL);
	}
	o.row = (lxw_row_t)b->nlisted + 1;
	if (e == LXW_NO_ERROR)
		e = missing_rows(x, &o);
	if (e != LXW_NO_ERROR)
		return e;
	s.ws = o.ws;
	s.name = xllabel(b->lang, XLLABEL_INDEX);
	s.last_row = o.row > 1 ? o.row - 1 : 1;
	s.ncols = NCOLS;
	s.width = o.width;
	return xlbook_finish_sheet(b, &s);
}
