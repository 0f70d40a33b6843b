/* test_longcell: a long row's scale and dates, also when the texts repeat
 * (the cached reading must follow each change). */
#include <stdio.h>
#include <string.h>

#include "common/table/longcell.h"
#include "common/table/longform.h"
#include "tests/unit/check.h"

static const struct {
	const char *unit, *header;
	int exp10;
	const char *year, *period, *phase;
} cases[] = {
	{ "miljoen euro", "2019", 6, "2019", "2019", "" },
	{ "miljoen euro", "2019", 6, "2019", "2019", "" },
	{ "miljoen euro", "2018BA", 6, "2018", "2018", "BA" },
	{ "duizend euro", "2018BA", 3, "2018", "2018", "BA" },
	{ "", "2018BA", -1, "2018", "2018", "BA" },
	{ "", "Totaal (miljard euro)", 9, "", "", "" },
	{ "duizend euro", "Totaal (miljard euro)", 9, "", "", "" },
	{ "duizend euro", "Totaal", 3, "", "", "" },
	{ "x € 1.000", "2015-2019", 3, "", "2015/2019", "" },
};

int
main(void)
{
	char *fields[LONGFORM_COLS], year[8];
	size_t lens[LONGFORM_COLS], i, k;
	struct csvio_row row = { fields, lens, LONGFORM_COLS, 2 };
	struct longcell cell = { 0 };
	const char *period, *phase;

	for (k = 0; k < LONGFORM_COLS; k++) {
		fields[k] = "";
		lens[k] = 0;
	}
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fields[LONGFORM_UNIT] = (char *)cases[i].unit;
		lens[LONGFORM_UNIT] = strlen(cases[i].unit);
		fields[LONGFORM_COL_HEADER] = (char *)cases[i].header;
		lens[LONGFORM_COL_HEADER] = strlen(cases[i].header);
		longcell_read(&cell, &row, &(struct num_unit){ .exp10 = -1 });
		longcell_dates(&cell, year, &period, &phase);
		CHECK_INT(cases[i].header, longcell_exp10(&cell),
		    cases[i].exp10);
		CHECK_STR(cases[i].header, year, cases[i].year);
		CHECK_STR(cases[i].header, period, cases[i].period);
		CHECK_STR(cases[i].header, phase, cases[i].phase);
	}
	longcell_free(&cell);
	return check_done();
}
