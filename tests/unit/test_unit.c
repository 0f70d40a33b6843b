/* test_unit: the unit a caption or header cell states, as written. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "common/num/unit.h"
#include "tests/unit/check.h"

static const struct {
	const char *text, *want;	/* want NULL: no unit */
} cases[] = {
	{ "Overzicht maatregelen 2018 tot 2023 (in miljoen euro)",
	  "miljoen euro" },
	{ "Kmo-portefeuille per dienst in 2022 (bedragen in euro)", "euro" },
	{ "steun (MEUR)", "MEUR" },
	{ "Steunbedrag in euro", "euro" },
	{ "Subsidie in euro", "euro" },
	{ "Evolutie van het volume (in 1000 euro) en het aantal", "1000 euro" },
	{ "Gigarant: waarborgbedragen (miljoen euro) versus aantal",
	  "miljoen euro" },
	{ "EUR", "EUR" },
	{ "Overzicht projecten Medvia (2022)", NULL },
	{ "Projecten boven een miljoen euro", NULL },
	{ "Toegekende steun", NULL },
	{ "Aantal projecten en steun (in miljoen euro)", "miljoen euro" },
	{ "Steun per provincie (in mln euro)", "mln euro" },
	{ "(in mld. EUR)", "mld. EUR" },
	{ "duizend euro", "duizend euro" },
	{ "duizend euro steun", NULL },
	{ "Projecten boven duizend euro", NULL },
	{ "", NULL },
	{ "Steun (x \xe2\x82\xac 1.000)", "x \xe2\x82\xac 1.000" },
	{ "Omzet (EUR '000)", "EUR '000" },
	{ "Omzet (EUR m)", "EUR m" },
	{ "Bedragen in duizenden euro", "duizenden euro" },
	{ "Inkomsten (in miljoen USD)", "miljoen USD" },
	{ "Kosten (in thousands of euros)", "thousands of euros" },
	{ "Co\xc3\xbbts (en millions d'euros)", "millions d'euros" },
	/* not in the table, found all the same: the scaling reader
	 * reports it (num_unit_read) rather than scale by nothing */
	{ "Steun (in lakh)", "lakh" },
	{ "Steun (in crore roepies)", "crore" },
	{ "Omzet (in SEK)", "SEK" },
	/* a multiplier stays with its currency, read or reported by
	 * num_unit_read, never dropped to leave a plain "euro" */
	{ "Uitgaven (x 10.000 euro)", "x 10.000 euro" },
	{ "Uitgaven (x 1.000.000 euro)", "x 1.000.000 euro" },
	{ "Uitgaven (x 1 000 000 euro)", "x 1 000 000 euro" },
	{ "Uitgaven (in 1.000.000 euro)", "1.000.000 euro" },
	{ "Uitgaven (x 100 euro)", "x 100 euro" },
	{ "Uitgaven 2022 (in euro)", "euro" },
	{ "Uitgaven (100 euro)", "euro" },
	{ "Uitgaven (in 2000 euro)", "euro" },
	/* a scale stated alone, with no currency: where a unit is stated
	 * (in brackets, after "in", the whole text), ending it */
	{ "Uitgaven per afdeling (in miljoen)", "miljoen" },
	{ "Uitgaven per afdeling (x 1.000)", "x 1.000" },
	{ "Uitgaven per afdeling (in duizenden)", "duizenden" },
	{ "Uitgaven per afdeling (mln)", "mln" },
	{ "Uitgaven per afdeling (mln.)", "mln" },
	{ "Uitgaven per afdeling (x 1000)", "x 1000" },
	{ "Uitgaven per afdeling in thousands", "thousands" },
	{ "Uitgaven per afdeling (in miljard)", "miljard" },
	{ "Uitgaven per afdeling (bedragen in duizenden)", "duizenden" },
	{ "Uitgaven per afdeling (in miljoen), 2022", "miljoen" },
	{ "Uitgaven (x 10.000)", "x 10.000" },	/* num_unit_read reports */
	{ "Bedrag (x 1.000)", "x 1.000" },
	{ "miljoen", "miljoen" },
	/* a currency elsewhere in the text is still the unit */
	{ "Uitgaven (in miljoen) en ontvangsten (in euro)", "euro" },
	/* a scale word in running text states no unit */
	{ "Uitgaven voor projecten boven 1 miljoen", NULL },
	{ "Uitgaven (projecten boven 1 miljoen)", NULL },
	{ "Investeringen in duizenden gezinnen", NULL },
	{ "Uitgaven (x 1.000 inwoners)", NULL },
	{ "Duizenden gezinnen kregen steun", NULL },
	{ "Lengte (in m)", NULL },
	{ "Steun (in 1.000)", NULL },
	{ "Steun (x)", NULL },
};

int
main(void)
{
	const struct unit_word *w;
	size_t i, off, n;
	char got[128];

	/* unit_word turns numbers away at their first byte */
	for (w = unit_words(); w->word != NULL; w++)
		CHECK(!(w->word[0] >= '0' && w->word[0] <= '9'),
		    "unit word '%s' starts with a digit", w->word);
	/* and finds every word, in either case and with its dot: its
	 * quick tests of length and first byte keep up with the table */
	for (w = unit_words(); w->word != NULL; w++) {
		n = strlen(w->word);
		snprintf(got, sizeof got, "%s.", w->word);
		for (i = 0; i < n; i++)
			got[i] = (char)toupper((unsigned char)got[i]);
		CHECK(unit_word(w->word, n) == w && unit_word(got, n) == w,
		    "unit word '%s' not found", w->word);
		CHECK(!(w->flags & UNIT_DOT) || unit_word(got, n + 1) == w,
		    "unit word '%s.' not found", w->word);
	}

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (unit_find(cases[i].text, strlen(cases[i].text), &off, &n))
			snprintf(got, sizeof(got), "%.*s", (int)n,
			    cases[i].text + off);
		else
			snprintf(got, sizeof(got), "(none)");
		CHECK_STR(cases[i].text, got, cases[i].want ? cases[i].want :
		    "(none)");
	}
	/* a column header in the table model: no scale alone, which stays
	 * in col_header under the caption's currency */
	CHECK_INT("money Bedrag (x 1.000)", unit_find_money("Bedrag (x 1.000)",
	    16, &off, &n), 0);
	CHECK_INT("money steun (MEUR)", unit_find_money("steun (MEUR)", 12,
	    &off, &n) && off == 7 && n == 4, 1);
	CHECK_INT("count", unit_is_count("Aantal dossiers", 15), 1);
	CHECK_INT("count", unit_is_count("Beslist in 2022 | # projecten", 29),
	    1);
	CHECK_INT("count", unit_is_count("Steunbedrag in euro", 19), 0);
	CHECK_INT("count", unit_is_count("Aantallen", 9), 0);
	return check_done();
}
