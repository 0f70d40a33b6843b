/* xltable: a CSV table as a worksheet: header (one row, or two for a
 * two-level header "2017 | # projecten"), cells through xlcell, row kinds
 * and totals findings through tally, a chart of periods. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/formula.h"
#include "common/num/unit.h"
#include "common/sys/err.h"
#include "common/sys/rowcopy.h"
#include "common/sys/xalloc.h"
#include "common/table/longform.h"
#include "common/table/rowlabel.h"
#include "common/table/tabindex.h"
#include "common/table/tablehold.h"
#include "common/table/tally.h"
#include "common/text/textfix.h"
#include "common/xlsx/xlcell.h"
#include "common/xlsx/xlchart.h"
#include "common/xlsx/xltable.h"
#include "common/xlsx/xltable_int.h"

/* Die on a libxlsxwriter failure: the output is removed (outfile). */
void
xltable_check(lxw_error e)
{
	char why[128];

	if (e == LXW_NO_ERROR)
		return;
	xlbook_strerror(e, why, sizeof why);
	die("workbook: %s", why);
}

/* The sheet column of field I: past the row-kind column, one further. */
lxw_col_t
xltable_col(const struct xltable *t, size_t i)
{
	return (lxw_col_t)(t->kind_col > 0 && i >= t->kind_col ? i + 1 : i);
}

void
xltable_widen(struct xltable *t, lxw_col_t col, size_t w)
{
	if (col >= t->nwidth) {
		t->width = xreallocarray(t->width, col + 1, sizeof *t->width);
		memset(t->width + t->nwidth, 0, (col + 1 - t->nwidth) *
		    sizeof *t->width);
		t->nwidth = col + 1;
	}
	if (w > t->width[col])
		t->width[col] = w;
}

/* What a column's header says of its cells: the columns of tabel's own
 * CSVs, by the names their owners give them (common/table/longform.h,
 * tabindex.h; tabel-amounts writes the long form's line, raw and year
 * beside its value_eur and context). */
static unsigned
column_rule(const char *h)
{
	static const enum tabindex_field integers[] = { TABINDEX_FIRST_LINE,
	    TABINDEX_LAST_LINE, TABINDEX_ROWS, TABINDEX_COLS };
	size_t n = strlen(h);

	if (strcmp(h, longform_name(LONGFORM_LINE)) == 0 ||
	    strcmp(h, longform_norm_name(LONGFORM_YEAR)) == 0)
		return COLUMN_INTEGER;
	for (size_t i = 0; i < sizeof integers / sizeof integers[0]; i++)
		if (strcmp(h, tabindex_names[integers[i]]) == 0)
			return COLUMN_INTEGER;
	if (strcmp(h, longform_name(LONGFORM_RAW)) == 0 ||
	    strcmp(h, longform_name(LONGFORM_SOURCE)) == 0 ||
	    strcmp(h, tabindex_names[TABINDEX_SOURCE]) == 0)
		return COLUMN_TEXT;
	if (strcmp(h, "context") == 0)
		return COLUMN_TEXT | COLUMN_WRAP;
	if (n > 4 && strcmp(h + n - 4, "_eur") == 0)
		return COLUMN_EURO;
	return 0;
}

/* Write field I of SRC at ROW with FLAGS (XLBOOK_BOLD, XLBOOK_MARK):
 * text for headers and labels (AS_TEXT), else what xlcell_read makes of
 * it; problems are reported. */
void
xltable_cell(struct xltable *t, lxw_row_t row, const struct csvio_row *src,
    size_t i, bool as_text, unsigned flags)
{
	struct xlcell c;
	enum xlcell_status st;
	enum xlbook_style style;
	const char *s = src->fields[i];
	size_t len = src->lens[i];
	unsigned rule = i < t->ncols_rule ? t->rule[i] : 0;
	lxw_col_t col = xltable_col(t, i);

	if (t->excel && len > 1 && s[0] == '\'' && (strchr("=+-@", s[1]) ||
	    formula_like(s + 1, len - 1)))
		s++, len--;	/* tabel-norm --excel's guard of a text cell */
	as_text |= (rule & COLUMN_TEXT) || (xlcell_profile_codes(&t->profile,
	    i) && xlcell_plain_integer(s, len));
	st = as_text ? xlcell_text(s, len, &c) : xlcell_read(s, len,
	    t->in->normalised || xlcell_profile_canonical(&t->profile), &c);
	if (!as_text)	/* "(%)" or a long row's currency */
		xlcell_unit(&c, xlcell_profile_unit(&t->profile, src->fields,
		    src->n, i));
	if (st == XLCELL_EDIGITS)
		warn_at(t->path, src->line, "'%.*s' kept as text: %s",
		    err_excerpt(s, len), s, xlcell_strerror(st));
	if (c.kind == XLCELL_TEXT && c.len < len)	/* also after EDIGITS */
		warn_at(t->path, src->line, "column %zu: %s, cut", i + 1,
		    xlcell_strerror(XLCELL_ETOOLONG));
	xltable_widen(t, col, c.width);
	if (rule & COLUMN_WRAP)
		flags |= XLBOOK_WRAP;
	if (c.kind == XLCELL_TEXT) {
		/* editing keeps it text: a formula, a number kept as text */
		if (formula_like(s, len) || (len > 0 && strchr("=+-@",
		    s[0]) != NULL))
			flags |= XLBOOK_GUARD;
		xltable_check(xlbook_text(t->ws, row, col, s, c.len,
		    xlbook_format(t->book, flags)));
	}
	if (c.kind != XLCELL_NUMBER)
		return;
	style = c.percent ? XLBOOK_PERCENT : c.euro || (rule & COLUMN_EURO) ?
	    XLBOOK_EURO : i < t->ncols_rule ? t->style[i] : XLBOOK_PLAIN;
	if (style == XLBOOK_PLAIN)	/* "$ 1.000", a column "(USD)" */
		style = xlbook_currency_style(c.currency);
	if (i < t->ncols_rule && style == t->style[i])
		xltable_widen(t, col, c.width + t->suffix[i]);
	if (rule & COLUMN_INTEGER)
		flags |= XLBOOK_INTEGER;
	if (i < t->ncols_rule && t->decimals[i] > c.decimals && !c.percent)
		c.decimals = t->decimals[i];
	xltable_check(worksheet_write_number(t->ws, row, col, c.number,
	    xlbook_number_format(t->book, flags, style, c.decimals)));
}

/* The unit of column I with header H[0..LEN): none for a count ("#
 * projecten", "Aantal"), the unit its header names ("steun (MEUR)";
 * a scale alone, "Bedrag (x 1.000)", in the table's currency), else the
 * table's (the index's; a percent makes its numbers percentages), all
 * read by common/num. A header unit word not
 * in the unit table is reported, and its column shown without a unit. */
static void
column_unit(struct xltable *t, size_t i, const char *h, size_t len)
{
	const char *table = t->in->entry != NULL ?
	    t->in->entry->field[TABINDEX_UNIT] : "";
	struct num_unit near, far;
	enum num_status st;
	size_t off, n;

	if (unit_is_count(h, len))
		return;
	if (!unit_find(h, len, &off, &n)) {
		t->style[i] = xlbook_unit_style(table, &t->suffix[i]);
		/* a caption "(in %)": its plain numbers are percentages */
		if (num_unit_read(table, strlen(table), &far) == NUM_OK &&
		    far.percent && i < t->profile.nunits &&
		    t->profile.unit_col[i] == NULL)
			t->profile.unit_col[i] = "%";
		return;
	}
	st = num_unit_read(h + off, n, &near);
	if (st == NUM_UNKNOWN_UNIT)	/* as tabel-norm: never unsaid */
		warn_at(t->path, t->header.row.line, "column %zu: '%.*s' is "
		    "not in the unit table: its amounts are shown unscaled, "
		    "without a unit", i + 1, (int)near.unknown_len,
		    near.unknown);
	if (st != NUM_OK)
		return;		/* no suffix rather than a wrong one */
	if (num_unit_read(table, strlen(table), &far) != NUM_OK)
		memset(&far, 0, sizeof far);
	near = num_unit_under(&near, &far);
	t->style[i] = xlbook_unit_style_of(&near, &t->suffix[i]);
}

/* The table's unit (the index's, from its caption) holds a word that
 * looks like a scale or currency but is not in the unit table ("(x
 * 10.000)", "(in lakh)"): said, as tabel-norm says it; the columns it
 * would scale are shown without a unit (xlbook_unit_style). */
static void
table_unit_said(const struct xltable *t)
{
	const char *unit = t->in->entry != NULL ?
	    t->in->entry->field[TABINDEX_UNIT] : "";
	struct num_unit u;

	if (unit[0] != '\0' && num_unit_read(unit, strlen(unit), &u) ==
	    NUM_UNKNOWN_UNIT)
		warn_at(t->path, t->header.row.line, "unit '%s' of the index: "
		    "'%.*s' is not in the unit table: its amounts are shown "
		    "unscaled, without a unit", unit, (int)u.unknown_len,
		    u.unknown);
}

/* Learn the columns from the header and the first rows: the rules their
 * names give, and the most decimals each column prints. */
static void
learn_columns(struct xltable *t)
{
	const struct csvio_row *h = &t->header.row;
	struct xlcell c;
	bool canonical = t->in->normalised ||
	    xlcell_profile_canonical(&t->profile);

	table_unit_said(t);
	t->ncols_rule = t->ncols;
	t->rule = xcalloc(t->ncols + 1, sizeof *t->rule);
	t->decimals = xcalloc(t->ncols + 1, sizeof *t->decimals);
	t->style = xcalloc(t->ncols + 1, sizeof *t->style);
	t->suffix = xcalloc(t->ncols + 1, sizeof *t->suffix);
	for (size_t i = 0; i < h->n; i++) {
		t->rule[i] = column_rule(h->fields[i]);
		if (i > 0)
			column_unit(t, i, h->fields[i], h->lens[i]);
	}
	for (size_t r = 0; r < t->window.n && r < XLTABLE_WINDOW; r++) {
		const struct csvio_row *row = &t->window.rows[r].row;

		for (size_t i = 1; i < row->n && i < t->ncols; i++) {
			if (xlcell_profile_codes(&t->profile, i))
				continue;
			xlcell_read(row->fields[i], row->lens[i], canonical,
			    &c);
			if (c.kind == XLCELL_NUMBER && !c.percent &&
			    c.decimals > t->decimals[i])
				t->decimals[i] = c.decimals;
		}
	}
}

/* The next record of R, made UTF-8. */
enum csvio_status
xltable_next(struct xltable *t, struct csvio_reader *r,
    const struct csvio_row **row)
{
	enum csvio_status st = csvio_next(r, row);

	if (st == CSVIO_OK)
		*row = textfix_row(&t->fix, *row);
	return st;
}

/* Read the table before writing it, up to the limits of tablehold (the
 * row that passes them too): the first XLTABLE_WINDOW rows settle the
 * notation, the whole table its row kinds. CSVIO_OK: the table goes on
 * past the window, *OVER the line where it passed the limits. */
static enum csvio_status
read_window(struct xltable *t, struct csvio_reader *r, long *over)
{
	const struct csvio_row *row;
	enum csvio_status st = CSVIO_OK;
	struct xltable_rows *w = &t->window;
	struct tablehold hold = { 0 };
	size_t bytes;

	while (!hold.over && (st = xltable_next(t, r, &row)) == CSVIO_OK) {
		xgrow(&w->rows, &w->cap, w->n + 1, sizeof *w->rows);
		rowcopy_take(&w->rows[w->n++], row);
		if (w->n <= XLTABLE_WINDOW)
			xlcell_profile_add(&t->profile, row->fields, row->lens,
			    row->n, row->line);
		if (row->n > t->ncols)
			t->ncols = row->n;
		bytes = 0;
		for (size_t i = 0; i < row->n; i++)
			bytes += row->lens[i];
		if (!tablehold_add(&hold, row->n > t->header.row.n ? row->n :
		    t->header.row.n, bytes))
			*over = row->line;
	}
	return st;
}

void
xltable_write(struct xlbook *b, const struct xltable_input *in,
    struct csvio_reader *r, struct xlcheck *checks)
{
	struct xltable t = { .book = b, .in = in, .path = in->path,
	    .checks = checks };
	const struct csvio_row *row;
	enum csvio_status st;
	const char *example;
	long over = 0, line = 0;

	textfix_start(&t.fix, t.path, "fields");
	if ((st = xltable_next(&t, r, &row)) != CSVIO_OK) {
		if (st == CSVIO_EOF)
			warn_at(t.path, 0, "empty input, no sheet");
		else
			csvio_warn(r, st);
		textfix_free(&t.fix);
		return;
	}
	rowcopy_take(&t.header, row);
	xlcell_profile_header(&t.profile, t.header.row.fields,
	    t.header.row.lens, t.header.row.n);
	t.ncols = row->n;
	t.excel = in->excel || csvio_had_bom(r) || csvio_sep(r) == ';';
	st = read_window(&t, r, &over);
	if (!in->normalised && (example = xlcell_profile_unsettled(&t.profile,
	    &line)) != NULL)
		note_at(t.path, line, TALLY_UNSETTLED_NOTE, example);
	learn_columns(&t);
	if (over > 0)
		note_at(t.path, over, "table %s: row kinds from the labels "
		    "alone, totals not checked", tablehold_strerror());
	if (st == CSVIO_EOF)
		xltable_judge(&t);	/* the whole table is in the window */
	else
		xltable_label_kinds(&t);	/* or broke off */
	xltable_start_part(&t);
	xltable_body(&t, r, st);
	xltable_free(&t);
}
