/* test_totalrow: total and subtotal labels and the item numbers that may
 * open them (test_rowlabel: the callers reading them alike). */
#include <string.h>

#include "common/table/totalrow.h"
#include "tests/unit/check.h"

#define NONE TOTALROW_NONE
#define SUB TOTALROW_SUBTOTAL
#define TOTAL TOTALROW_TOTAL

static const struct {
	const char *label;
	enum totalrow_kind want;
} kinds[] = {
	/* the words, in any case, Dutch and English */
	{ "Totaal", TOTAL }, { "TOTAAL", TOTAL }, { "totaal", TOTAL },
	{ "ToTaAl", TOTAL }, { "Total", TOTAL }, { "TOTAL", TOTAL },
	{ "Totals", TOTAL }, { "Totalen", TOTAL },
	{ "Eindtotaal", TOTAL }, { "EINDTOTAAL", TOTAL },
	{ "Algemeen totaal", TOTAL }, { "Algemeen   totaal", TOTAL },
	{ "Totaal generaal", TOTAL }, { "Generaal totaal", TOTAL },
	{ "Grand total", TOTAL }, { "Grand Total", TOTAL },
	{ "Som", TOTAL }, { "SOM", TOTAL }, { "Som van de posten", TOTAL },
	{ "Subtotaal", SUB }, { "SUBTOTAAL", SUB }, { "Sub-totaal", SUB },
	{ "Sub totaal", SUB }, { "Subtotal", SUB }, { "Sub-total", SUB },
	{ "Subtotalen", SUB }, { "Deeltotaal", SUB }, { "Tussentotaal", SUB },
	/* French and German */
	{ "Totaux", TOTAL }, { "Sous-total", SUB }, { "Sous total", SUB },
	{ "Summe", TOTAL }, { "SUMME", TOTAL }, { "Insgesamt", TOTAL },
	{ "Gesamt", TOTAL }, { "Zwischensumme", SUB },
	/* a qualifier after the word */
	{ "Totaal Vlaanderen", TOTAL }, { "Totaal steunbedrag", TOTAL },
	{ "Totaal 2022", TOTAL }, { "Total général", TOTAL },
	{ "Totaal België", TOTAL }, { "Totaal/Total", TOTAL },
	{ "Subtotaal Antwerpen", SUB },
	/* blanks, item numbers */
	{ " Totaal", TOTAL }, { "\tTotaal", TOTAL },
	{ "\xc2\xa0Totaal", TOTAL }, { "Algemeen\xc2\xa0totaal", TOTAL },
	{ "1. Totaal", TOTAL }, { "12) Totaal", TOTAL },
	{ "IV. Totaal", TOTAL }, { "iv) Subtotaal", SUB },
	{ "a) Subtotaal", SUB }, { "(3) Totaal", TOTAL },
	{ "(b) Totaal", TOTAL }, { "2.1 Totaal", TOTAL },
	{ "2.1. Eindtotaal", TOTAL }, { "1.     Totaal", TOTAL },
	/* a colon or a footnote mark after the word */
	{ "Totaal:", TOTAL }, { "TOTAAL :", TOTAL }, { "Subtotaal:", SUB },
	{ "Totaal*", TOTAL }, { "Totaal1", TOTAL }, { "Totaal (1)", TOTAL },
	{ "Totaal\xc2\xb9", TOTAL }, { "Totaal\xe2\x81\xb4", TOTAL },
	{ "Totaal (a)", TOTAL }, { "Som:", TOTAL }, { "Totaal-", TOTAL },
	/* another word, or the word not at the head */
	{ "Totaalbedrag", NONE }, { "Totale investeringen", NONE },
	{ "Gesamtkosten", NONE }, { "Summen", NONE }, { "Sousbois", NONE },
	{ "TOTALE KOST", NONE }, { "Totaalvisie", NONE },
	{ "Totalité des projets", NONE }, { "Totaal\xc3\xa9", NONE },
	{ "Sommige posten", NONE }, { "Somme", NONE },
	{ "Subsidies", NONE }, { "Deelnemers", NONE },
	{ "Tussenkomst", NONE }, { "Grand Café", NONE },
	{ "Algemeen", NONE }, { "Generaal", NONE },
	{ "In totaal", NONE }, { "Vlaanderen totaal", NONE },
	{ "o Totaal", NONE }, { "2022 Totaal", NONE },
	{ "Tota", NONE }, { "", NONE }, { "1. ", NONE }, { "2022", NONE },
	{ "1. Competitiviteit", NONE }, { "Flanders Food", NONE },
};

static const struct {
	const char *label;
	size_t want;
} numbers[] = {
	{ "1. Competitiviteit", 3 }, { "10. Fin", 4 }, { "12) Innovatie", 4 },
	{ "IV. Vierde", 4 }, { "a) Noord", 3 }, { "(3) Drie", 4 },
	{ "(iv) Vier", 5 }, { "2.1 Sub", 4 }, { "2.1.3. Diep", 7 },
	{ "1.   Veel", 5 }, { "1.\xc2\xa0Nbsp", 4 },
	{ "1.Geen blank", 2 }, { "1.000 euro", 0 }, { "2.10 Tien", 5 }, { "e.g. iets", 0 }, { "1.5%", 0 }, { "2022 Jaar", 0 }, { "2022", 0 },
	{ "1.", 0 }, { "1234. Lang", 0 }, { "Ivo. Naam", 0 },
	{ "o Punt", 0 }, { "(3 Open", 0 }, { "(1.2) Twee", 0 },
	{ "Totaal", 0 }, { "", 0 }, { "(", 0 },
};

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		CHECK(totalrow_kind(kinds[i].label, strlen(kinds[i].label)) ==
		    kinds[i].want, "'%s' -> %s, want %s", kinds[i].label,
		    totalrow_name(totalrow_kind(kinds[i].label,
		    strlen(kinds[i].label))), totalrow_name(kinds[i].want));
	for (i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
		CHECK_INT(numbers[i].label, totalrow_numbering(numbers[i].label,
		    strlen(numbers[i].label)), numbers[i].want);
	/* the length counts, not a NUL: "Totaal" cut to "Tot" */
	CHECK_INT("Tot|aal", totalrow_kind("Totaal", 3), NONE);
	CHECK_INT("Totaal|bedrag", totalrow_kind("Totaalbedrag", 6), TOTAL);
	CHECK_STR("name", totalrow_name(TOTALROW_SUBTOTAL), "subtotal");
	return check_done();
}
