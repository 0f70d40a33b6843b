/* test_detect_kind: the detector's line tests, one line at a time. */
#include <string.h>

#include "common/flow/detect_kind.h"
#include "common/cells/layout.h"
#include "tests/unit/check.h"

enum { FURNITURE = 1, HEADING = 2, PROSE = 4 };

/* Lines read by common/cells/layout, and which tests they pass. */
static const struct {
	const char *line;
	int kinds;
} read_lines[] = {
	{ "92 ", FURNITURE },
	{ "49 Leden VARIO: zie jaarverslag ", FURNITURE },
	{ "Maatregel 2018BA 2019BO ", FURNITURE },
	{ "Kmo-portefeuille 53,00 38,82 ", 0 },
	{ "1.2. Kmo-portefeuille ", HEADING },
	{ " 3. Moonshot ", HEADING },
	{ "G. VIL ", HEADING },
	{ "1. Competitiviteit 111,75 ", 0 },
	{ "Deze bedragen zijn nog voorlopig. ", PROSE },
	{ "Overige kosten, enz. ", 0 },
	{ "Het budget steeg met 4,5 miljoen euro. ", PROSE },
	{ "Kosten voor onderhoud van de e.a. ", 0 },
};

static const struct {
	const char *line;
	int paren, year_header, ends_in_year;
} raw_lines[] = {
	{ "(bedragen in euro) ", 1, 0, 0 },
	{ " (in VTE)", 1, 0, 0 },
	{ "(in euro", 0, 0, 0 },
	{ " 2022 2023 ", 0, 1, 1 },
	{ " Rekening 2021 Budget 2022 Budget 2023 ", 0, 1, 1 },
	{ "  2022 2023 ", 0, 0, 1 },
	{ " 2022 2023 Totaal ", 0, 0, 0 },
	{ " 2022 1.200 2023 ", 0, 0, 1 },
	{ "Entiteit 2022 2023 ", 0, 0, 1 },
	{ "Stand op 31-12-2022 ", 0, 0, 1 },
	{ "Totaal 1.200 ", 0, 0, 0 },
};

static const struct {
	const char *line, *label;
	int yes;
} labelled[] = {
	{ "Entiteit 2022 2023 ", "Entiteit", 1 },
	{ "Type organisatie 2021 2022 2023", "Type organisatie", 1 },
	{ "Entiteit 2022 ", "Entiteit", 0 },
	{ " 2022 2023 ", "", 0 },
	{ "Bouw 1998 2005 Hal ", "Bouw", 0 },
	{ "Totaal 1.200 2.300 ", "Totaal 1.200 2.300", 0 },
};

int
main(void)
{
	struct layout_reader rd = { 0 };
	struct layout_line l;
	const char *s, *label;
	size_t i, len, n;
	int got;

	for (i = 0; i < sizeof(read_lines) / sizeof(read_lines[0]); i++) {
		s = read_lines[i].line;
		layout_read(&rd, s, strlen(s), &l);
		got = detect_kind_furniture(&l) * FURNITURE +
		    detect_kind_heading(&l) * HEADING +
		    detect_kind_prose(&l) * PROSE;
		CHECK_INT(s, got, read_lines[i].kinds);
	}
	layout_free(&rd);
	for (i = 0; i < sizeof(raw_lines) / sizeof(raw_lines[0]); i++) {
		s = raw_lines[i].line;
		len = strlen(s);
		CHECK_INT(s, detect_kind_paren_note(s, len),
		    raw_lines[i].paren);
		CHECK_INT(s, detect_kind_year_header(s, len),
		    raw_lines[i].year_header);
		CHECK_INT(s, detect_kind_ends_in_year(s, len),
		    raw_lines[i].ends_in_year);
	}
	for (i = 0; i < sizeof(labelled) / sizeof(labelled[0]); i++) {
		s = labelled[i].line;
		got = detect_kind_labelled_years(s, strlen(s), &label, &n);
		CHECK_INT(s, got, labelled[i].yes);
		if (got)
			CHECK(n == strlen(labelled[i].label) &&
			    memcmp(label, labelled[i].label, n) == 0,
			    "'%s': label '%.*s'", s, (int)n, label);
	}
	return check_done();
}
