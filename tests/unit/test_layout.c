/* test_layout: the one-space rule, value cells, fitting, classification. */
#include <stdio.h>
#include <string.h>

#include "common/cells/layout.h"
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
	  LAYOUT_FIT_EXACT,
	  "Kleine Onderneming|257|\xe2\x82\xac 8.473.038,00" },
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
	{ "Oppervlakte 14 000 2 500 000 ", 2, 0, LAYOUT_FIT_GROUPS,
	  "Oppervlakte|14 000|2 500 000" },
	{ "Hinderpremie 4.768 4.774 ", 3, 0, LAYOUT_FIT_SHORT,
	  "Hinderpremie|4.768|4.774|" },
	{ "Energiestudie 2050+ 1 0,3 ", 0, 0, -1, "Energiestudie 2050+|1|0,3" },
	{ "Subsidiepercentage 50% 50% ", 0, 0, -1,
	  "Subsidiepercentage|50%|50%" },
	{ "   ", 0, 0, -1, "" },
};

int
main(void)
{
	size_t i;
	int fit;
	struct layout_line l;

	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		CHECK_STR(rows[i].line, show(rows[i].line, rows[i].ncols,
		    rows[i].pending, &fit), rows[i].want);
		CHECK_INT(rows[i].line, fit, rows[i].fit);
	}
	layout_read(&reader, "Maatregel 2018BA 2019BO ", 24, &l);
	CHECK_INT("years", l.nyears, 2);
	CHECK_INT("classify", layout_classify("0.200", 5), LAYOUT_NUMBER);
	CHECK_INT("classify", layout_classify("2022.", 5), LAYOUT_WORD);
	CHECK_INT("classify", layout_classify("1)", 2), LAYOUT_WORD);
	CHECK_INT("classify", layout_classify("31-12-2022", 10), LAYOUT_YEAR);
	CHECK_INT("classify", layout_classify("1/1/2023", 8), LAYOUT_YEAR);
	CHECK_INT("classify", layout_classify("1-1/2023", 8), LAYOUT_WORD);
	CHECK_INT("classify", layout_classify("2019-2024", 9), LAYOUT_YEAR);
	CHECK_INT("classify", layout_classify("n.v.t.", 6), LAYOUT_MISSING);
	CHECK_INT("classify", layout_classify("nieuw", 5), LAYOUT_WORD);
	CHECK_INT("classify", layout_classify("-15.129", 7), LAYOUT_NUMBER);
	layout_free(&reader);
	return check_done();
}
