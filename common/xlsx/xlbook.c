/* xlbook: workbook, formats, table sheets and the Index sheet. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "common/sys/cli.h"
#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/xlsx/xlbook.h"
#include "common/xlsx/xlbook_out.h"
#include "common/xlsx/xlbook_quote.h"
#include "common/xlsx/xlcell.h"

/* The fixed time of the document properties: SOURCE_DATE_EPOCH when set
 * (the reproducible-builds convention), else XLBOOK_EPOCH. */
static time_t
fixed_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long t;

	if (s == NULL || *s == '\0')
		return XLBOOK_EPOCH;
	t = strtoll(s, &end, 10);
	return *end == '\0' && t > 0 ? (time_t)t : XLBOOK_EPOCH;
}

static void
make_formats(struct xlbook *b)
{
	b->bold = xlbook_format(b, XLBOOK_BOLD);
	b->header = xlbook_format(b, XLBOOK_HEADER);
	b->caption = workbook_add_format(b->wb);
	format_set_bold(b->caption);
	format_set_font_size(b->caption, 12);
	b->link = workbook_add_format(b->wb);
	format_set_underline(b->link, LXW_UNDERLINE_SINGLE);
	format_set_font_color(b->link, LXW_COLOR_BLUE);
}

/* Give F what FLAGS ask for. */
static void
apply_flags(lxw_format *f, unsigned flags)
{
	if (flags & (XLBOOK_BOLD | XLBOOK_HEADER))
		format_set_bold(f);
	if (flags & XLBOOK_HEADER) {
		format_set_bottom(f, LXW_BORDER_THIN);
		format_set_text_wrap(f);
		format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	}
	if (flags & XLBOOK_WRAP) {
		format_set_text_wrap(f);
		format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	}
	if (flags & XLBOOK_GUARD)
		format_set_num_format(f, "@");
	if (flags & XLBOOK_MARK) {
		format_set_bg_color(f, 0xFFC7CE);
		format_set_font_color(f, 0x9C0006);
	}
}

lxw_format *
xlbook_format(struct xlbook *b, unsigned flags)
{
	flags &= XLBOOK_NFLAGS - 1;
	if (flags == 0)
		return NULL;
	if (b->text[flags] == NULL) {
		b->text[flags] = workbook_add_format(b->wb);
		apply_flags(b->text[flags], flags);
	}
	return b->text[flags];
}

enum outfile_status
xlbook_open(struct xlbook *b, const char *path, bool with_index,
    enum xllabel_lang lang)
{
	lxw_workbook_options options = { .constant_memory = LXW_TRUE };
	lxw_doc_properties properties = { .created = fixed_time() };
	enum outfile_status st;

	memset(b, 0, sizeof *b);
	b->lang = lang;
	if ((st = xlbook_out_open(b, path)) != OUTFILE_OK) {
		xlbook_discard(b);
		return st;
	}
	options.tmpdir = b->tmp_dir;
	b->wb = workbook_new_opt(b->lxw_name, &options);
	if (b->wb == NULL || workbook_set_properties(b->wb, &properties) !=
	    LXW_NO_ERROR) {
		xlbook_discard(b);
		errno = ENOMEM;
		return OUTFILE_EOPEN;
	}
	make_formats(b);
	if (with_index) {
		sheetname_reserve(&b->names, xllabel(lang, XLLABEL_INDEX));
		b->index = workbook_add_worksheet(b->wb, xllabel(lang,
		    XLLABEL_INDEX));
	}
	return OUTFILE_OK;
}

lxw_worksheet *
xlbook_sheet(struct xlbook *b, const char *name)
{
	b->nsheets++;
	return workbook_add_worksheet(b->wb, name);
}

/* Does "_x" stand in the LEN bytes at S (an escape may start there)? */
static bool
has_underscore_x(const char *s, size_t len)
{
	const char *end = s + len, *p = memchr(s, '_', len);

	for (; p != NULL; p = memchr(p + 1, '_', (size_t)(end - p - 1)))
		if (p + 1 < end && p[1] == 'x')
			return true;
	return false;
}

lxw_error
xlbook_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
    size_t len, lxw_format *format)
{
	static const char escape[] = "_x005F";
	char *copy;
	size_t chars, n = 0;
	lxw_error e;

	/* most text: fits (a byte is at most a UTF-16 unit) and has no
	 * "_x", so it is written as it is */
	if (len <= XLCELL_MAX_CHARS && s[len] == '\0' &&
	    !has_underscore_x(s, len))
		return worksheet_write_string(ws, row, col, s, format);
	len = xlcell_fit(s, len, &chars);
	copy = xmalloc(len + (sizeof escape - 1) * (len / 6 + 1) + 1);
	for (size_t i = 0; i < len; i++) {
		/* "_x0041_" stays text: libxlsxwriter 1.1.4 writes it as it
		 * is, and Excel would read "A" */
		if (xlcell_escaped_at(s + i, len - i)) {
			memcpy(copy + n, escape, sizeof escape - 1);
			n += sizeof escape - 1;
		}
		copy[n++] = s[i];
	}
	copy[n] = '\0';
	e = worksheet_write_string(ws, row, col, copy, format);
	free(copy);
	return e;
}

lxw_error
xlbook_back_link(struct xlbook *b, lxw_worksheet *ws, lxw_row_t row)
{
	char url[SHEETNAME_SIZE * 2 + 16] = "internal:";

	sheetname_quote(xllabel(b->lang, XLLABEL_INDEX), url + 9,
	    sizeof url - 12);
	strcat(url, "!A1");
	return worksheet_write_url_opt(ws, row, 0, url, b->link,
	    xllabel(b->lang, XLLABEL_BACK), NULL);
}

lxw_error
xlbook_caption(struct xlbook *b, lxw_worksheet *ws,
    const struct tabindex_entry *entry, const char *path,
    lxw_row_t *header_row)
{
	char line[1024];
	const char *unit;
	lxw_error e;

	*header_row = 0;
	if (b->index == NULL)
		return LXW_NO_ERROR;
	*header_row = 4;	/* caption, unit, source, the link back */
	if (entry == NULL) {
		snprintf(line, sizeof line, xllabel(b->lang,
		    XLLABEL_SOURCE_FILE), path);
		e = xlbook_text(ws, 2, 0, line, strlen(line), NULL);
		return e != LXW_NO_ERROR ? e : xlbook_back_link(b, ws, 3);
	}
	e = xlbook_text(ws, 0, 0, entry->field[TABINDEX_CAPTION],
	    strlen(entry->field[TABINDEX_CAPTION]), b->caption);
	unit = entry->field[TABINDEX_UNIT];
	if (unit[0] != '\0')
		snprintf(line, sizeof line, xllabel(b->lang, XLLABEL_UNIT),
		    unit);
	else
		snprintf(line, sizeof line, "%s", xllabel(b->lang,
		    XLLABEL_NO_UNIT));
	if (e == LXW_NO_ERROR)
		e = xlbook_text(ws, 1, 0, line, strlen(line), NULL);
	snprintf(line, sizeof line, xllabel(b->lang, XLLABEL_SOURCE),
	    entry->field[TABINDEX_SOURCE], entry->field[TABINDEX_FIRST_LINE],
	    entry->field[TABINDEX_LAST_LINE]);
	if (e == LXW_NO_ERROR)
		e = xlbook_text(ws, 2, 0, line, strlen(line), NULL);
	return e != LXW_NO_ERROR ? e : xlbook_back_link(b, ws, 3);
}

/* The symbol of each currency, by ISO 4217 code. */
static const struct {
	const char *iso, *symbol;
} symbols[XLBOOK_NCURRENCIES] = {
	[XLBOOK_NO_CURRENCY] = { "", "" },
	[XLBOOK_EUR] = { "EUR", "\xe2\x82\xac" },
	[XLBOOK_USD] = { "USD", "$" },
	[XLBOOK_GBP] = { "GBP", "\xc2\xa3" },
	[XLBOOK_CHF] = { "CHF", "CHF" },
	[XLBOOK_JPY] = { "JPY", "\xc2\xa5" },
};

static enum xlbook_currency
currency_of(const char *iso)
{
	int c;

	for (c = XLBOOK_EUR; iso != NULL && c < XLBOOK_NCURRENCIES; c++)
		if (strcmp(iso, symbols[c].iso) == 0)
			return (enum xlbook_currency)c;
	return XLBOOK_NO_CURRENCY;
}

/* The unit after a number of STYLE into OUT[N]: "€", "k€", "mln €",
 * "mln $", "k CHF", "mld"; "" for plain and percent. */
static void
suffix(enum xlbook_style style, char *out, size_t n)
{
	static const char *const scales[4] = { "", "k", "mln", "mld" };
	int cur, scale;
	const char *sym;

	out[0] = '\0';
	if (style < XLBOOK_UNIT_STYLE(0, 0))
		return;
	cur = (style - XLBOOK_UNIT_STYLE(0, 0)) / 4;
	scale = (style - XLBOOK_UNIT_STYLE(0, 0)) % 4;
	sym = symbols[cur].symbol;
	/* one glyph joins a thousand ("k€"); a word stands apart */
	snprintf(out, n, "%s%s%s", scales[scale], scale == 0 || *sym ==
	    '\0' || (scale == 1 && strcmp(sym, "CHF") != 0) ? "" : " ", sym);
}

enum xlbook_style
xlbook_unit_style_of(const struct num_unit *u, size_t *width)
{
	enum xlbook_style style = XLBOOK_PLAIN;
	char s[32];

	if (!u->percent && u->exp10 % 3 == 0 && u->exp10 >= 0 &&
	    u->exp10 <= 9 && (u->exp10 > 0 ||
	    currency_of(u->currency) != XLBOOK_NO_CURRENCY))
		style = XLBOOK_UNIT_STYLE(currency_of(u->currency),
		    u->exp10 / 3);
	suffix(style, s, sizeof s);
	*width = s[0] == '\0' ? 0 : strlen(s) + 1;
	return style;
}

enum xlbook_style
xlbook_unit_style(const char *unit, size_t *width)
{
	struct num_unit u;

	/* The one reader of unit texts (common/num): "x € 1.000" is 10^3
	 * euro. An unknown unit word gets no suffix: never a wrong one. */
	if (num_unit_read(unit, strlen(unit), &u) != NUM_OK)
		memset(&u, 0, sizeof u);
	return xlbook_unit_style_of(&u, width);
}

enum xlbook_style
xlbook_currency_style(const char *iso)
{
	enum xlbook_currency c = currency_of(iso);

	return c == XLBOOK_NO_CURRENCY ? XLBOOK_PLAIN :
	    XLBOOK_UNIT_STYLE(c, 0);
}

lxw_format *
xlbook_number_format(struct xlbook *b, unsigned flags,
    enum xlbook_style style, int decimals)
{
	lxw_format **f;
	char code[64], unit[32];
	int n;

	if (decimals > XLBOOK_MAX_DECIMALS)
		decimals = XLBOOK_MAX_DECIMALS;
	flags &= XLBOOK_NFLAGS - 1;
	f = &b->number[flags][style][decimals];
	if (*f != NULL)
		return *f;
	n = snprintf(code, sizeof code, "%s%s%.*s",
	    flags & XLBOOK_INTEGER ? "0" : "#,##0",
	    decimals > 0 ? "." : "", decimals, "000000000000000");
	suffix(style, unit, sizeof unit);
	if (style == XLBOOK_PERCENT)
		snprintf(code + n, sizeof code - n, "%%");
	else if (unit[0] != '\0')
		snprintf(code + n, sizeof code - n, " \"%s\"", unit);
	*f = workbook_add_format(b->wb);
	apply_flags(*f, flags & ~XLBOOK_GUARD);
	format_set_num_format(*f, code);
	return *f;
}

/* Copy S into OUT[N] for a page header or footer: "&" doubled, a
 * "_xHHHH_" kept as text (as xlbook_text does), cut at a character
 * boundary so the whole stays under Excel's 255. */
static void
page_text(const char *s, char *out, size_t n)
{
	size_t i = 0;

	for (; *s != '\0' && i + 3 < n; s++) {
		if (xlcell_escaped_at(s, strnlen(s, 7))) {
			if (i + 9 >= n)
				break;
			memcpy(out + i, "_x005F", 6);
			i += 6;
		}
		if (*s == '&')
			out[i++] = '&';
		out[i++] = *s;
	}
	while (i > 0 && *s != '\0' && (out[i - 1] & 0xC0) == 0x80)
		i--;	/* a continuation byte: drop the character */
	if (i > 0 && *s != '\0' && (out[i - 1] & 0x80))
		i--;
	out[i] = '\0';
}

/* Print setup: the sheet one page wide, the header and the labels on
 * every page, caption, document and page number in the margins. */
static lxw_error
print_setup(struct xlbook *b, const struct xlbook_sheet *s, double width)
{
	char head[100], doc[80], name[40], line[256];
	lxw_error e;

	worksheet_set_paper(s->ws, 9);		/* A4 */
	if (width > 100)
		worksheet_set_landscape(s->ws);
	worksheet_fit_to_pages(s->ws, 1, 0);
	worksheet_set_margins(s->ws, 0.4, 0.4, 0.7, 0.7);
	page_text(s->caption != NULL ? s->caption : s->name, head,
	    sizeof head);
	page_text(s->document != NULL ? s->document : "", doc, sizeof doc);
	page_text(s->name, name, sizeof name);
	snprintf(line, sizeof line, "&L&8%s", head);
	if ((e = worksheet_set_header(s->ws, line)) != LXW_NO_ERROR)
		return e;
	snprintf(line, sizeof line, "&L&8%s&C&8%s&R&8%s", doc, name,
	    xllabel(b->lang, XLLABEL_PAGE));
	if ((e = worksheet_set_footer(s->ws, line)) != LXW_NO_ERROR)
		return e;
	/* the table only: a chart beside it would shrink the print */
	if ((e = worksheet_print_area(s->ws, 0, 0, s->last_row,
	    (lxw_col_t)s->ncols - 1)) != LXW_NO_ERROR)
		return e;
	if ((e = worksheet_repeat_rows(s->ws, s->header_first,
	    s->header_row)) != LXW_NO_ERROR)
		return e;
	return worksheet_repeat_columns(s->ws, 0, 0);
}

lxw_error
xlbook_finish_sheet(struct xlbook *b, const struct xlbook_sheet *s)
{
	lxw_error e = LXW_NO_ERROR;
	double w, total = 0;

	for (size_t i = 0; i < s->ncols && e == LXW_NO_ERROR; i++) {
		w = (double)(s->width[i] < XLBOOK_MAX_WIDTH ? s->width[i] :
		    XLBOOK_MAX_WIDTH) + 2;
		total += w;
		e = worksheet_set_column(s->ws, (lxw_col_t)i, (lxw_col_t)i,
		    w, NULL);
	}
	if (e != LXW_NO_ERROR || s->ncols == 0)
		return e;
	worksheet_freeze_panes(s->ws, s->header_row + 1, 1);
	if ((e = print_setup(b, s, total)) != LXW_NO_ERROR)
		return e;
	return worksheet_autofilter(s->ws, s->header_row, 0, s->last_row,
	    (lxw_col_t)s->ncols - 1);
}

void
xlbook_list(struct xlbook *b, const char *name,
    const struct tabindex_entry *entry)
{
	struct xlbook_listed *l;

	if (b->index == NULL)
		return;
	xgrow(&b->listed, &b->listed_cap, b->nlisted + 1, sizeof *b->listed);
	l = &b->listed[b->nlisted++];
	snprintf(l->name, sizeof l->name, "%s", name);
	l->entry = entry;
}

lxw_error
xlbook_close(struct xlbook *b, const char *sources)
{
	char title[256];
	lxw_doc_properties p = { .created = fixed_time() };
	lxw_error e;

	snprintf(title, sizeof title, xllabel(b->lang, XLLABEL_TITLE),
	    sources != NULL ? sources : "-");
	p.title = title;
	p.subject = (char *)xllabel(b->lang, XLLABEL_SUBJECT);
	p.keywords = (char *)(sources != NULL ? sources : "");
	p.comments = "tabel-xlsx (tabel) " TABEL_VERSION;
	p.author = "tabel-xlsx";
	if ((e = workbook_set_properties(b->wb, &p)) != LXW_NO_ERROR)
		return e;
	xlbook_quote_formats(b);
	e = workbook_close(b->wb);	/* frees it, also on failure */
	b->wb = NULL;
	err_catch_stop();
	return e;
}

void
xlbook_discard(struct xlbook *b)
{
	if (b->wb != NULL)
		lxw_workbook_free(b->wb);
	b->wb = NULL;
	err_catch_stop();
	outfile_discard(&b->scratch);
	outfile_discard(&b->out);
	sheetname_free(&b->names);
	free(b->listed);
	free(b->scratch_name);
	free(b->tmp_dir);
	b->listed = NULL;
	b->scratch_name = b->tmp_dir = NULL;
	b->lxw_name = NULL;
}
