/* test_money: the amounts of one sentence, as "raw=value" with the
 * currency when it is not euro (" ?" when unknown), the year, kind and
 * per-unit marks when set, joined by " | ". */
#include <stdio.h>
#include <string.h>

#include "common/prose/money.h"
#include "tests/unit/check.h"

static void
describe(const struct money *m, const char *text, char *out, size_t n)
{
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < m->n && len < n; i++) {
		const struct money_amount *a = &m->amounts[i];

		len += (size_t)snprintf(out + len, n - len, "%s%.*s=%s%s%s%s%s%s"
		    "%s%s%.*s", i > 0 ? " | " : "", (int)(a->end - a->start),
		    text + a->start, a->value, a->currency == NULL ? " ?" :
		    strcmp(a->currency, "EUR") != 0 ? " " : "",
		    a->currency != NULL && strcmp(a->currency, "EUR") != 0 ?
		    a->currency : "", a->year[0] != '\0' ? " y" : "",
		    a->year, a->kind != MONEY_SINGLE ? " " : "",
		    a->kind != MONEY_SINGLE ? money_kind_name(a->kind) : "",
		    a->per_end > a->per_start ? " per " : "",
		    (int)(a->per_end - a->per_start), text + a->per_start);
		if (len >= n)
			len = n;
	}
}

static const struct { const char *text, *want; } cases[] = {
	/* the written forms of DESIGN.md §1 */
	{ "voor 20,7 miljoen euro", "20,7 miljoen euro=20700000" },
	{ "kreeg € 8.473.038,00 en", "€ 8.473.038,00=8473038" },
	{ "samen 1.197.922 €.", "1.197.922 €=1197922" },
	{ "een plafond van 25.000 euro", "25.000 euro=25000" },
	{ "voor 1,700 miljoen euro", "1,700 miljoen euro=1700000" },
	{ "heeft 2,0 miljard EUR onder", "2,0 miljard EUR=2000000000" },
	{ "om samen €10 miljoen te", "€10 miljoen=10000000" },
	{ "binnengehaald (343 kEUR) en", "343 kEUR=343000" },
	{ "van 5,5 MEUR (kennis)", "5,5 MEUR=5500000" },
	{ "max 500 k€/j steun", "500 k€/j=500000 per j" },
	{ "met 1,8 M euro subsidie", "1,8 M euro=1800000" },
	{ "van drie miljard euro.", "drie miljard euro=3000000000" },
	{ "ontvangt 16.230€ en 312€.", "16.230€=16230 | 312€=312" },
	{ "ca. 17.6 miljoen euro", "17.6 miljoen euro=17600000" },
	{ "een lening van -15.129 euro", "-15.129 euro=-15129" },
	{ "een € 200 Miljoen fonds", "€ 200 Miljoen=200000000" },
	{ "kreeg in 2020 € 5.000 steun", "€ 5.000=5000 y2020" },
	{ "kreeg 4 € 1.197.922 € en", "4 €=4 | 1.197.922 €=1197922" },
	{ "kreeg 17.569.150 € 4 keer", "17.569.150 €=17569150" },
	{ "van 250 € tot 300 €", "250 €=250 range-low | 300 €=300 range-high" },
	/* not money */
	{ "50% van 14 000 bedrijven in 2022", "" },
	{ "met 20 miljoen inwoners", "" },
	{ "zie https://eur03.example.com en CO2 20", "" },
	/* exponent and names glued to digits: no amount, not a part of one */
	{ "kost 1e308 euro", "" },
	{ "kost 1E5 euro of 2,5e3 euro", "" },
	{ "type A308 euro", "" },
	{ "voor elke euro waarborg", "" },
	/* other currencies: their own code, never euro */
	{ "van elke $ 1.000 invoer", "$ 1.000=1000 USD" },
	{ "kostte 2,5 miljoen dollar en 3 miljoen euro",
	    "2,5 miljoen dollar=2500000 USD | 3 miljoen euro=3000000" },
	{ "een lening van 5.000 USD", "5.000 USD=5000 USD" },
	{ "tussen 10 en 20 miljoen pond",
	    "10=10000000 GBP range-low | 20 miljoen pond=20000000 GBP "
	    "range-high" },
	{ "\xc2\xa3 200 per dag", "\xc2\xa3 200=200 GBP per dag" },
	/* per unit */
	{ "bedraagt 80 euro per dag.", "80 euro=80 per dag" },
	{ "€ 140,77 per maand", "€ 140,77=140.77 per maand" },
	/* ranges and shared units */
	{ "van 50.000 tot 600.000 euro", "50.000=50000 range-low | "
	    "600.000 euro=600000 range-high" },
	{ "minimum 700.000 euro en maximaal 5.000.000 euro",
	    "700.000 euro=700000 range-low | "
	    "5.000.000 euro=5000000 range-high" },
	{ "van 5 tot 50 miljoen EUR", "5=5000000 range-low | "
	    "50 miljoen EUR=50000000 range-high" },
	{ "van €10.000 tot €50.000", "€10.000=10000 range-low | "
	    "€50.000=50000 range-high" },
	{ "tussen 1.000 en 5.000 euro", "1.000=1000 range-low | "
	    "5.000 euro=5000 range-high" },
	{ "van 2 tot 8 jaar", "" },
	{ "4,7 respectievelijk 1,5 miljoen euro",
	    "4,7=4700000 | 1,5 miljoen euro=1500000" },
	{ "In 2016 en 2018 ging 4,7 respectievelijk 1,5 miljoen euro",
	    "4,7=4700000 y2016 | 1,5 miljoen euro=1500000 y2018" },
	{ "tussen 2016 en 2018 ging 4,7 resp. 1,5 miljoen euro",
	    "4,7=4700000 y2016/2018 | 1,5 miljoen euro=1500000 y2016/2018" },
	{ "102 miljoen euro, waarvan 2,5 miljoen aan",
	    "102 miljoen euro=102000000 | 2,5 miljoen=2500000" },
	/* years and periods */
	{ "In 2022 werden voor 20,7 miljoen euro",
	    "20,7 miljoen euro=20700000 y2022" },
	{ "voor 3.000 euro voor de aanvraag 2022",
	    "3.000 euro=3000 y2022" },
	{ "Het budget 2021-2027 bedraagt 276 miljoen euro",
	    "276 miljoen euro=276000000 y2021/2027" },
	{ "tussen 2020 en 2040 jaarlijks 20 miljoen euro",
	    "20 miljoen euro=20000000 y2020/2040" },
	{ "sinds 1 januari 2020 geldt 7.500 euro", "7.500 euro=7500 y2020" },
	{ "In 1914 was er 5 euro", "5 euro=5 y1914" },
	{ "het kost 2000 euro in 2023", "2000 euro=2000 y2023" },
};

int
main(void)
{
	struct money m;
	char got[512];
	size_t i;

	money_init(&m);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		money_find(&m, cases[i].text, 0, strlen(cases[i].text));
		describe(&m, cases[i].text, got, sizeof got);
		CHECK_STR(cases[i].text, got, cases[i].want);
	}
	CHECK_STR("kind names", money_kind_name(MONEY_RANGE_HIGH),
	    "range-high");
	money_free(&m);
	return check_done();
}
