/* test_caption: captions versus prose references, figures, sources. */
#include <string.h>

#include "common/table/caption.h"
#include "tests/unit/check.h"

static const struct {
	const char *line;
	int want;
} captions[] = {
	{ "Tabel 8 Overzicht van de maatregelen ", 1 },
	{ " Tabel 11 Kmo-groeisubsidie: plafond ", 1 },
	{ "Tabel 3: Kosten per jaar", 1 },
	{ "Table 2.1 Costs", 1 },
	{ "Tabel 10 geeft een overzicht van de steun. ", 0 },
	{ "Tabel 14.. ", 0 },
	{ "Tabellen 3 en 4 ", 0 },
	{ "In Tabel 16 wordt een overzicht gegeven ", 0 },
	{ "Figuur 26 Gigarant ", 0 },
	{ "Table 4.\xe2\x80\x94" "Among bachelor recipients", 1 },
	{ "Table 1-1: Sources of air toxics", 1 },
	{ "TABLE 2 Costs", 1 },
	{ "Tableau 3 Co\xc3\xbb" "ts", 1 },
	{ "Tabelle 5 Kosten", 1 },
	{ "Table 4.\xe2\x80\x94the next", 0 },
	{ "Table -1 Costs", 0 },
};

static const struct {
	const char *line;
	int figure, source;
} others[] = {
	{ "Figuur 26 Gigarant: waarborgbedragen ", 1, 0 },
	{ " Figuur 31 Bereik Vlaams clusterbeleid ", 1, 0 },
	{ "Figuur 32 geeft dit weer in onderstaand beeld. ", 0, 0 },
	{ "Bron: VLAIO, ICAROS ", 0, 1 },
	{ "Bronnen: eigen berekeningen ", 0, 1 },
	{ "Brontaks 3 5 ", 0, 0 },
};

int
main(void)
{
	const char *num;
	size_t i, numlen;

	for (i = 0; i < sizeof(captions) / sizeof(captions[0]); i++)
		CHECK_INT(captions[i].line, caption_is(captions[i].line,
		    strlen(captions[i].line), &num, &numlen), captions[i].want);
	caption_is("Tabel 12 Kmo", 12, &num, &numlen);
	CHECK(numlen == 2 && memcmp(num, "12", 2) == 0, "number of 'Tabel 12'");
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		CHECK_INT(others[i].line, caption_is_figure(others[i].line,
		    strlen(others[i].line)), others[i].figure);
		CHECK_INT(others[i].line, caption_is_source_note(others[i].line,
		    strlen(others[i].line)), others[i].source);
	}
	CHECK_INT("lower", caption_starts_lower("\xc3\xa9\xc3\xa9n", 5), 1);
	CHECK_INT("upper", caption_starts_lower("\xc3\x89\xc3\xa9n", 5), 0);
	return check_done();
}
