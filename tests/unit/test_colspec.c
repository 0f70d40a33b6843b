/* test_colspec: column lists of the command line. */
#include <string.h>

#include "common/num/colspec.h"
#include "tests/unit/check.h"

static char *names[] = { "", "2018BA", "Totaal", "a,b" };
static size_t lens[] = { 0, 6, 6, 3 };
static const struct csvio_row header = { names, lens, 4, 1 };

static void
test_check(void)
{
#define EMPTY "empty column name"
#define RANGE "bad column number or range"
	static const struct { const char *spec, *want; } cases[] = {
		{ "2", "" }, { "2-4", "" }, { "Totaal", "" },
		{ "1,Totaal,3-3", "" }, { "", EMPTY },
		{ "2,,3", EMPTY }, { "2,", EMPTY },
		{ "0", RANGE }, { "2-", RANGE },
		{ "5-3", RANGE }, { "2x", RANGE },
	};
	const char *item, *why;
	size_t i, len;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		why = colspec_check(cases[i].spec, &item, &len);
		CHECK_STR(cases[i].spec, why != NULL ? why : "",
		    cases[i].want);
	}
	colspec_check("1,5-3", &item, &len);
	CHECK(len == 3 && strncmp(item, "5-3", 3) == 0, "bad item '%.*s'",
	    (int)len, item);
}

static void
test_picks(void)
{
	static const struct { const char *spec; const char *want; } cases[] = {
		{ "2", "010000" }, { "2-4", "011100" }, { "Totaal", "001000" },
		{ "1,Totaal", "101000" }, { "5-9", "000011" },
		{ "2018BA,6", "010001" }, { "totaal", "000000" },
	};
	char got[7];
	size_t i, k;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (k = 0; k < 6; k++)
			got[k] = colspec_picks(cases[i].spec, &header, k) ?
			    '1' : '0';
		got[6] = '\0';
		CHECK_STR(cases[i].spec, got, cases[i].want);
	}
}

static void
test_unknown(void)
{
	/* a number past the last column is unknown too; a range that
	 * starts inside the table is not */
	const char *spec = "Totaal,Bedrag,3,Saldo,9,2-9", *cursor = spec,
	    *item;
	char got[64] = "";
	size_t len;

	while (colspec_next_unknown(&cursor, &header, &item, &len)) {
		strncat(got, item, len);
		strcat(got, ";");
	}
	CHECK_STR(spec, got, "Bedrag;Saldo;9;");
}

int
main(void)
{
	test_check();
	test_picks();
	test_unknown();
	return check_done();
}
