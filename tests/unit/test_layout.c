/* test_layout: the one-space rule, value cells, fitting, header cells. */
#include <stdio.h>
#include <string.h>

#include "common/layout.h"
#include "tests/unit/check.h"

static struct layout_reader reader;

/* "label|cell|cell..." after reading LINE and, when NCOLS > 0, fitting. */
static const char *
show(const char *line, size_t ncols, int pending, int *fit)
{
	static char buf[1024];
	struct layout_line l;
	size_t i, n;

	layout_read(&reader, line, strlen(line), &l);
	*fit = ncols > 0 ? (int)layout_fit(&reader, &l, ncols, pending) : -1;
	n = (size_t)snprintf(buf, sizeof(buf), "%.*s", (int)l.label.len,
	    l.label.s);
	for (i = 0; i < l.ncells; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "|%.*s",
		    (int)l.cells[i].len, l.cells[i].s);
	return buf;
}

static const char *
join(struct layout_cell *c, size_t n)
{
	static char buf[1024];
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%.*s",
		    i ? "|" : "", (int)c[i].len, c[i].s);
	return buf;
}

static const struct {
	const char *line;
	size_t ncols;
	int pending, fit;
	const char *want;
} rows[] = {
	{ "Project gemeente       0,00 1,22 1,22 0,00 ", 10, 0,
	  LAYOUT_FIT_EXACT, "Project gemeente|||||||0,00|1,22|1,22|0,00" },
	{ "0,50 0,30 0,00 0,00       ", 10, 1, LAYOUT_FIT_EXACT,
	  "|0,50|0,30|0,00|0,00||||||" },
	{ " 49 49,5 ", 2, 0, LAYOUT_FIT_EXACT, "|49|49,5" },
	{ "      1,60 2,00 2,00 2,00 ", 10, 1, LAYOUT_FIT_EXACT,
	  "|||||||1,60|2,00|2,00|2,00" },
	{ "Zellik  0,11 0,06 ", 2, 0, LAYOUT_FIT_STRAY, "Zellik|0,11|0,06" },
	{ "Totaal 16 7.553.599  ", 2, 0, LAYOUT_FIT_STRAY,
	  "Totaal|16|7.553.599" },
	{ "Kleine Onderneming 257 \xe2\x82\xac 8.473.038,00 ", 2, 0,
	  LAYOUT_FIT_EXACT, "Kleine Onderneming|257|\xe2\x82\xac 8.473.038,00" },
	{ "Plafond 25.000 euro 25.000 euro ", 2, 0, LAYOUT_FIT_EXACT,
	  "Plafond|25.000 euro|25.000 euro" },
	{ "Kleine onderneming 4 1.197.922 \xe2\x82\xac ", 2, 0,
	  LAYOUT_FIT_EXACT, "Kleine onderneming|4|1.197.922 \xe2\x82\xac" },
	{ "Middelgrote onderneming / / ", 2, 0, LAYOUT_FIT_EXACT,
	  "Middelgrote onderneming|/|/" },
	{ "Blue Deal - Economie       1,62    ", 10, 0, LAYOUT_FIT_EXACT,
	  "Blue Deal - Economie|||||||1,62|||" },
	{ "1.     Competitiviteit (zie ", 0, 0, -1,
	  "1.     Competitiviteit (zie" },
	{ "Klasse 1 12 13 ", 2, 0, LAYOUT_FIT_SPILL, "Klasse 1|12|13" },
	{ "Hinderpremie 4.768 4.774 ", 3, 0, LAYOUT_FIT_SHORT,
	  "Hinderpremie|4.768|4.774|" },
	{ "Energiestudie 2050+ 1 0,3 ", 0, 0, -1, "Energiestudie 2050+|1|0,3" },
	{ "Subsidiepercentage 50% 50% ", 0, 0, -1, "Subsidiepercentage|50%|50%" },
	{ "   ", 0, 0, -1, "" },
};

static const struct {
	const char *text;
	const char *want;
} heads[] = {
	{ "Type premie Aantal ondernemingen Aantal toekenningen",
	  "Type premie|Aantal ondernemingen|Aantal toekenningen" },
	{ "# projecten steun (MEUR)", "# projecten|steun (MEUR)" },
	{ "Beslist in 2022", "Beslist in 2022" },
	{ "Maatregel 2018BA 2019BO", "Maatregel|2018BA|2019BO" },
	{ "2017 2018", "2017|2018" },
};

static const struct {
	const char *text;
	size_t ncols;
	const char *want;
} texts[] = {
	{ "Catalisti Duurzame chemie Gestart als pool", 3,
	  "Catalisti|Duurzame chemie|Gestart als pool" },
	{ "Power to Gas  Waterstofnet vzw", 2, "Power to Gas|Waterstofnet vzw" },
	{ "Flanders\xe2\x80\x99 Food Agri-voeding Gestart", 3,
	  "Flanders\xe2\x80\x99 Food|Agri-voeding|Gestart" },
	{ "Offshore energie Sirris \xe2\x80\x93 Ugent", 2,
	  "Offshore energie|Sirris \xe2\x80\x93 Ugent" },
};

int
main(void)
{
	struct layout_cell cells[16];
	size_t i, n;
	int fit;
	struct layout_line l;

	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		CHECK_STR(rows[i].line, show(rows[i].line, rows[i].ncols,
		    rows[i].pending, &fit), rows[i].want);
		CHECK_INT(rows[i].line, fit, rows[i].fit);
	}
	layout_read(&reader, "Maatregel 2018BA 2019BO ", 24, &l);
	CHECK_INT("years", l.nyears, 2);
	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		n = layout_header_cells(heads[i].text, strlen(heads[i].text),
		    cells, 16);
		CHECK_STR(heads[i].text, join(cells, n), heads[i].want);
	}
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		n = layout_text_cells(texts[i].text, strlen(texts[i].text),
		    cells, texts[i].ncols);
		CHECK_STR(texts[i].text, join(cells, n), texts[i].want);
	}
	CHECK_INT("classify", layout_classify("0.200", 5), LAYOUT_NUMBER);
	CHECK_INT("classify", layout_classify("2022.", 5), LAYOUT_WORD);
	CHECK_INT("classify", layout_classify("1)", 2), LAYOUT_WORD);
	for (i = 0; i < LAYOUT_STATUS_COUNT; i++)
		CHECK(strcmp(layout_strerror(i), "unknown layout status") != 0,
		    "status %zu has no message", i);
	layout_free(&reader);
	return check_done();
}
