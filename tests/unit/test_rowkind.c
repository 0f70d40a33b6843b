/* test_rowkind: totals and subtotals by the form of their label. */
#include <string.h>

#include "common/table/rowkind.h"
#include "tests/unit/check.h"

static const struct {
	const char *label;
	enum rowkind want;
} cases[] = {
	{ "Totaal", ROWKIND_TOTAL }, { "TOTAAL", ROWKIND_TOTAL },
	{ "Totaal Vlaanderen", ROWKIND_TOTAL }, { "Total", ROWKIND_TOTAL },
	{ "Eindtotaal", ROWKIND_TOTAL }, { "Algemeen totaal", ROWKIND_TOTAL },
	{ " Totaal", ROWKIND_TOTAL }, { "Som", ROWKIND_TOTAL },
	{ "1. Totaal", ROWKIND_TOTAL }, { "Tussentotaal", ROWKIND_SUBTOTAL },
	{ "Subtotaal", ROWKIND_SUBTOTAL }, { "Sub-totaal", ROWKIND_SUBTOTAL },
	{ "1.     Competitiviteit", ROWKIND_SUBTOTAL },
	{ "12) Innovatie", ROWKIND_SUBTOTAL },
	{ "Totale investeringen", ROWKIND_DATA },	/* an adjective */
	{ "Totaalvisie", ROWKIND_DATA },
	{ "1.1 Deelproject", ROWKIND_DATA },
	{ "2022", ROWKIND_DATA }, { "", ROWKIND_DATA },
	{ "Flanders Food", ROWKIND_DATA },
};

int
main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(cases[i].label, rowkind_of_label(cases[i].label,
		    strlen(cases[i].label)), cases[i].want);
	return check_done();
}
