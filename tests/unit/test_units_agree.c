/* test_units_agree: every reader of unit and scale words, over the same
 * texts, gives the same power of ten: the caption and header reader
 * (unit_find, as tabel-extract's unit column), tabel-norm's --unit and
 * long unit column (num_unit_exp10 through longcell), a cell of a table
 * row (layout_read, then num_parse), prose (money_find, tabel-amounts) and
 * tabel-xlsx's number format of the unit column (xlbook_unit_style).
 * Each word of the unit table (common/num/unit) reads as the table says.
 * And every reader of years agrees with common/num/year: a table row
 * (layout), a value of raw text (rawline_type) and a number alone in its
 * header (rawhead_goes_on), tabel-xlsx's period headers and prose read
 * years among numbers, tabel-norm's dates among dates; a span of years
 * ("2019-2024", "1996–97", "2019/20") is one for the flow reader
 * (layout) and the raw reader (rawline_type) as for num/year (year_span).
 * A percent word says a share after a number (num_parse) as in a unit
 * text (num_unit_read): one list (num_lex_percent). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/date.h"
#include "common/num/normcol.h"
#include "common/num/num.h"
#include "common/num/unit.h"
#include "common/num/year.h"
#include "common/prose/money.h"
#include "common/cells/layout.h"
#include "common/cells/rawline.h"
#include "common/raw/rawhead.h"
#include "common/table/longcell.h"
#include "common/table/longform.h"
#include "common/xlsx/xlbook.h"
#include "common/xlsx/xlchart.h"
#include "tests/unit/check.h"

#define NONE (-1)		/* no unit stated */

static const struct {
	const char *text;
	int exp10;		/* NONE: no money unit */
	bool in_row, in_prose;	/* it can follow a number there */
} cases[] = {
	{ "(in mln euro)",	6,	true, true },
	{ "in miljoen euro",	6,	true, true },
	{ "MEUR",		6,	true, true },
	{ "kEUR",		3,	true, true },
	{ "duizend euro",	3,	true, true },
	{ "euro",		0,	true, true },
	{ "bedragen in euro",	0,	true, true },
	{ "# projecten",	NONE,	false, false },
	{ "steun (MEUR)",	6,	true, true },
	{ "Tabel 4 Steun (in mld. EUR)", 9, true, true },
	{ "(in M euro)",	6,	false, true },	/* a row: "M€" */
	{ "(x 1.000 euro)",	3,	false, false },	/* a unit's notation */
	{ "(x 1.000.000 euro)",	6,	false, false },
	{ "(x 1 000 000 euro)",	6,	false, false },
	/* a scale alone: the same power of ten, and no currency (below) */
	{ "Uitgaven (in miljoen)", 6,	true, false },
	{ "Uitgaven (x 1.000)",	3,	false, false },
	{ "Uitgaven (in duizenden)", 3,	true, false },
	{ "Uitgaven (mln)",	6,	true, false },
	{ "Uitgaven (x 1000)",	3,	false, false },
	{ "Uitgaven in thousands", 3,	true, false },
	{ "Uitgaven (in miljard)", 9,	true, false },
};

/* A column header under a table unit: the unit of its cells, as each
 * reader has it. */
static const struct {
	const char *table, *header;
	int exp10;
	const char *currency;	/* "" for none */
} under[] = {
	{ "euro",	"Bedrag (x 1.000)",	3,	"EUR" },
	{ "miljoen euro", "Bedrag (x 1.000)",	3,	"EUR" },
	{ "euro",	"Bedrag (in miljoen)",	6,	"EUR" },
	{ "USD",	"Bedrag (x 1.000)",	3,	"USD" },
	{ "miljoen",	"Bedrag (x 1.000)",	3,	"" },	/* none said */
	{ "euro",	"Bedrag (miljoen USD)",	6,	"USD" },
	{ "euro",	"Aandeel (%)",		0,	"" },
	{ "x 1.000",	"Bedrag (in euro)",	0,	"EUR" },
};

static const struct {
	const char *text;
	int year;		/* among numbers; 0: no year */
	int date_year;		/* where dates are expected */
} years[] = {
	{ "2022", 2022, 2022 }, { "2018BA", 2018, 2018 },
	{ "2019BO", 2019, 2019 }, { "1999", 1999, 1999 }, { "3000", 0, 0 },
	{ "20222", 0, 0 }, { "2099", 2099, 2099 }, { "2022X", 0, 0 },
	{ "1865", 0, 1865 },	/* a count among numbers */
};

/* The caption reader, then tabel-norm on the unit it wrote. */
static int
via_caption(const char *text, char *unit, size_t n)
{
	size_t off, len;
	int e;

	snprintf(unit, n, "%s", "");
	if (!unit_find(text, strlen(text), &off, &len))
		return NONE;
	snprintf(unit, n, "%.*s", (int)len, text + off);
	return num_unit_exp10(unit, len, &e) == NUM_OK ? e : NONE;
}

/* The long form's cell under a caption unit TABLE and a col_header
 * HEADER, as tabel-norm reads it (DEFLT: its --unit): its scale and
 * currency. */
static struct num_unit
long_under(const char *table, const char *header,
    const struct num_unit *deflt)
{
	char *fields[LONGFORM_COLS] = { 0 };
	size_t lens[LONGFORM_COLS] = { 0 };
	struct csvio_row row = { fields, lens, LONGFORM_COLS, 1 };
	struct longcell l = { 0 };
	struct num_unit u;

	for (size_t i = 0; i < LONGFORM_COLS; i++)
		fields[i] = "";
	fields[LONGFORM_UNIT] = (char *)table;
	lens[LONGFORM_UNIT] = strlen(table);
	fields[LONGFORM_COL_HEADER] = (char *)header;
	lens[LONGFORM_COL_HEADER] = strlen(header);
	longcell_read(&l, &row, deflt);
	u = longcell_unit(&l);
	longcell_free(&l);
	return u;
}

/* The long form's unit column, as tabel-norm reads it. */
static int
via_longcell(const char *unit)
{
	return long_under(unit, "2022", &(struct num_unit){ .exp10 = NONE })
	    .exp10;
}

/* The same cell on wide input under --unit TABLE (normcol). */
static struct num_unit
wide_under(const char *table, const char *header)
{
	char *fields[2] = { "Afdeling", (char *)header };
	size_t lens[2] = { 8, strlen(header) };
	struct csvio_row head = { fields, lens, 2, 1 };
	struct normcol_rule rule = { 0 };
	struct normcol_set set = { 0 };
	struct normcol *c;
	struct num_unit u = { 0 };

	(void)num_unit_read(table, strlen(table), &rule.unit);
	c = normcol_get(&set, 1, &rule, &head, true);
	u.exp10 = c->exp10, u.currency = c->currency, u.percent = c->percent;
	normcol_free(&set);
	return u;
}

/* The style tabel-xlsx gives the column: what xltable's column_unit
 * does, from the header's unit_find and the table's unit. */
static enum xlbook_style
xlsx_under(const char *table, const char *header)
{
	struct num_unit near, far;
	size_t off, n, width;

	if (!unit_find(header, strlen(header), &off, &n) ||
	    num_unit_read(header + off, n, &near) != NUM_OK)
		return xlbook_unit_style(table, &width);
	if (num_unit_read(table, strlen(table), &far) != NUM_OK)
		memset(&far, 0, sizeof far);
	near = num_unit_under(&near, &far);
	return xlbook_unit_style_of(&near, &width);
}

static void
check_under(void)
{
	struct num_unit l, w;
	char what[160], unit[64];
	size_t i, width;

	for (i = 0; i < sizeof under / sizeof under[0]; i++) {
		snprintf(what, sizeof what, "%s under %s", under[i].header,
		    under[i].table);
		l = long_under(under[i].table, under[i].header, NULL);
		w = wide_under(under[i].table, under[i].header);
		CHECK_INT(what, l.exp10, under[i].exp10);
		CHECK_STR(what, l.currency ? l.currency : "",
		    under[i].currency);
		CHECK_INT(what, w.exp10, under[i].exp10);
		CHECK_STR(what, w.currency ? w.currency : "",
		    under[i].currency);
		CHECK_INT(what, l.percent, w.percent);
		/* tabel-xlsx: the style of that unit written out */
		snprintf(unit, sizeof unit, "%s%s%s", under[i].exp10 == 3 ?
		    "duizend" : under[i].exp10 == 6 ? "miljoen" : "",
		    under[i].exp10 != 0 && under[i].currency[0] ? " " : "",
		    under[i].currency);
		if (!l.percent)
			CHECK_INT(what, xlsx_under(under[i].table,
			    under[i].header), xlbook_unit_style(unit, &width));
	}
}

/* A scale alone names no currency in any reader: --unit, the caption's
 * unit through the long form, the workbook. */
static void
check_no_currency(void)
{
	static const char *const alone[] = { "Uitgaven (in miljoen)",
		"Uitgaven (x 1.000)", "Uitgaven (mln)", "in thousands", NULL };
	struct num_unit u;
	size_t off, n, width;

	for (const char *const *a = alone; *a != NULL; a++) {
		CHECK_INT(*a, unit_find(*a, strlen(*a), &off, &n), 1);
		CHECK_INT(*a, num_unit_read(*a + off, n, &u), NUM_OK);
		CHECK_STR(*a, u.currency ? u.currency : "", "");
		u = long_under(*a, "2022", NULL);
		CHECK_STR(*a, u.currency ? u.currency : "", "");
		CHECK_INT(*a, xlbook_unit_style(*a, &width) ==
		    xlbook_unit_style("miljoen", &width) ||
		    xlbook_unit_style(*a, &width) ==
		    xlbook_unit_style("duizend", &width), 1);
	}
	/* an unknown multiplier is found, and reported, never a plain
	 * scale */
	CHECK_INT("(x 10.000)", unit_find("Uitgaven (x 10.000)", 19, &off,
	    &n), 1);
	CHECK_INT("(x 10.000)", num_unit_read("Uitgaven (x 10.000)" + off, n,
	    &u), NUM_UNKNOWN_UNIT);
	CHECK_INT("xlsx (x 10.000)", xlbook_unit_style("x 10.000", &width),
	    XLBOOK_PLAIN);
}

/* A percent cell: tabel-extract --long writes "%" as its unit when
 * num_is_percent, which is num_parse's percent; tabel-norm reads that
 * unit as a share, never as an unknown unit. */
static void
check_percent_cells(void)
{
	static const struct { const char *raw; bool percent; } cells[] = {
		{ "50%", true }, { "12,5 %", true }, { "10 procent", true },
		{ "8 pct", true }, { "-3,5%", true }, { "1.5%", true },
		{ "50", false }, { "pp", false }, { "%", false },
		{ "4.602", false }, { "25.000 euro", false },
	};
	struct num_amount a;
	struct num_unit u;
	size_t i;

	for (i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		const char *s = cells[i].raw;

		CHECK_INT(s, num_is_percent(s, strlen(s)), cells[i].percent);
		CHECK_INT(s, num_parse(s, strlen(s), NUM_LOCALE_NL, &a) ==
		    NUM_OK && a.percent, cells[i].percent);
	}
	CHECK_INT("unit %", num_unit_read("%", 1, &u), NUM_OK);
	u = long_under("%", "Aandeel", NULL);
	CHECK_INT("long unit %", u.percent && u.exp10 == 0 &&
	    u.currency == NULL, 1);
	u = long_under("%", "Bedrag (x 1.000)", NULL);
	CHECK_INT("long unit % under a scale", u.percent && u.exp10 == 0, 1);
}

/* "Antwerpen 4 <unit>" as a table row: one value cell, then its amount. */
static int
via_row(const char *unit)
{
	struct layout_reader r = { 0 };
	struct layout_line l;
	struct num_amount a;
	char line[128];
	int e = NONE;

	snprintf(line, sizeof line, "Antwerpen 4 %s", unit);
	if (layout_read(&r, line, strlen(line), &l) &&
	    l.ncells == 1 && num_parse(l.cells[0].s, l.cells[0].len,
	    NUM_LOCALE_NL, &a) == NUM_OK && a.has_unit)
		e = a.exp10;
	layout_free(&r);
	return e;
}

/* "Er ging 4 <unit> naar" in prose: the amount's power of ten. */
static int
via_prose(struct money *m, const char *unit)
{
	char text[128], want[64];
	int e;

	snprintf(text, sizeof text, "Er ging 4 %s naar", unit);
	money_find(m, text, 0, strlen(text));
	if (m->n != 1)
		return NONE;
	for (e = 0; e <= 12; e++) {
		snprintf(want, sizeof want, "4%.*s", e, "000000000000");
		if (strcmp(m->amounts[0].value, want) == 0)
			return e;
	}
	return NONE;
}

/* tabel-xlsx's number format for a value in UNIT: its scale's power of
 * ten ("mln" 6), NONE when it shows no unit. */
static int
via_xlsx(const char *unit)
{
	size_t width;
	enum xlbook_style st = xlbook_unit_style(unit, &width);

	if (st < XLBOOK_UNIT_STYLE(0, 0))
		return NONE;
	return (int)(st - XLBOOK_UNIT_STYLE(0, 0)) % 4 * 3;
}

/* The year the prose around TEXT gives the amount after it, 0 for none. */
static int
prose_year(struct money *m, const char *year)
{
	char text[64];
	size_t i;

	snprintf(text, sizeof text, "In %s ging 5 euro naar", year);
	money_find(m, text, 0, strlen(text));
	for (i = 0; i < m->n; i++)
		if (strcmp(m->amounts[i].value, "5") == 0)
			return atoi(m->amounts[i].year);
	return -1;
}

static void
check_years(struct money *m)
{
	struct date_value d;
	enum rawline_type t;
	const char *s;
	size_t i, len;
	int want;

	for (i = 0; i < sizeof years / sizeof years[0]; i++) {
		s = years[i].text, len = strlen(s), want = years[i].year;
		CHECK_INT(s, year_is(s, len) ? atoi(s) : 0, want);
		CHECK_INT(s, layout_classify(s, len) == LAYOUT_YEAR, want != 0);
		CHECK_INT(s, date_parse(s, len, &d) == DATE_OK &&
		    d.kind == DATE_YEAR ? d.year : 0, years[i].date_year);
		CHECK_INT(s, xlchart_is_period(s), want != 0);
		CHECK_INT(s, rawline_type(s, len, &t) && t == RAWLINE_YEAR,
		    want != 0);
		if (strspn(s, "0123456789") == len)	/* a number alone */
			CHECK_INT(s, rawhead_goes_on("Steun", 5, s, len),
			    want == 0);
		CHECK_INT(s, prose_year(m, s), want);
	}
}

/* Each word of the table, read by num_parse after a number, gives the
 * table's power of ten; standing alone it is a unit of a table row. */
static void
check_table(void)
{
	const struct unit_word *w;
	struct num_amount a;
	char text[64];
	int e;

	for (w = unit_words(); w->word != NULL; w++) {
		snprintf(text, sizeof text, "4 %s%s", w->word,
		    (w->flags & UNIT_CURRENCY_NEXT) ? "EUR" : "");
		e = num_parse(text, strlen(text), NUM_LOCALE_NL, &a) ==
		    NUM_OK ? a.exp10 : NONE;
		CHECK_INT(text, e, w->exp10);
		CHECK_INT(w->word, layout_classify(w->word, strlen(w->word)) ==
		    LAYOUT_UNIT || (w->flags & UNIT_LETTER) ||
		    unit_is_sign(w), 1);
	}
}

/* Spans of years: num/year, the flow reader and the raw reader. */
static void
check_spans(void)
{
	static const struct {
		const char *text;
		bool span;
	} spans[] = {
		{ "2019-2024", true }, { "2019\xe2\x80\x93" "2024", true },
		{ "1996\xe2\x80\x93" "97", true }, { "2019/20", true },
		{ "2019/2020", true }, { "1999-2000", true },
		{ "2019-3000", false }, { "1899-1900", false },
		{ "2019-5", false }, { "2019-202", false },
		{ "2019 2024", false }, { "2019.20", false },
	};
	enum rawline_type t;
	const char *s;
	size_t len;

	for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++) {
		s = spans[i].text, len = strlen(s);
		CHECK_INT(s, year_span(s, len), spans[i].span);
		CHECK_INT(s, layout_classify(s, len) == LAYOUT_YEAR,
		    spans[i].span);
		CHECK_INT(s, rawline_type(s, len, &t) && t == RAWLINE_YEAR,
		    spans[i].span);
	}
}

/* Percent words: after a number and in a unit text alike. */
static void
check_percent_words(void)
{
	static const char *const words[] = { "%", "procent", "percent",
	    "percentage", "pct", "pct.", "Procent", "procenten", "pcts" };
	struct num_amount a;
	struct num_unit u;
	char text[64];
	bool amount, unit;

	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		snprintf(text, sizeof text, "12,5 %s", words[i]);
		amount = num_parse(text, strlen(text), NUM_LOCALE_NL, &a) ==
		    NUM_OK && a.percent;
		snprintf(text, sizeof text, "(in %s)", words[i]);
		unit = num_unit_read(text, strlen(text), &u) == NUM_OK &&
		    u.percent;
		CHECK_INT(words[i], amount, unit);
		CHECK_INT(words[i], amount, i < 7);
	}
}

int
main(void)
{
	struct money m;
	char unit[128], what[160];
	size_t i;
	int want;

	money_init(&m);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		want = cases[i].exp10;
		snprintf(what, sizeof what, "caption %s", cases[i].text);
		CHECK_INT(what, via_caption(cases[i].text, unit, sizeof unit),
		    want);
		snprintf(what, sizeof what, "--unit %s", cases[i].text);
		CHECK_INT(what, via_longcell(cases[i].text), want);
		if (want == NONE)
			continue;	/* no unit to put after a number */
		snprintf(what, sizeof what, "unit column %s", unit);
		CHECK_INT(what, via_longcell(unit), want);
		snprintf(what, sizeof what, "row cell 4 %s", unit);
		if (cases[i].in_row)
			CHECK_INT(what, via_row(unit), want);
		snprintf(what, sizeof what, "prose 4 %s", unit);
		if (cases[i].in_prose)
			CHECK_INT(what, via_prose(&m, unit), want);
		snprintf(what, sizeof what, "xlsx unit %s", unit);
		CHECK_INT(what, via_xlsx(unit), want);
	}
	CHECK_INT("count # projecten", unit_is_count("# projecten", 11), 1);
	check_under();
	check_no_currency();
	check_percent_cells();
	check_table();
	check_years(&m);
	check_spans();
	check_percent_words();
	money_free(&m);
	return check_done();
}
