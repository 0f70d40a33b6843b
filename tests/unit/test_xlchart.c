/* test_xlchart: which header cells are years or periods. */
#include "common/xlsx/xlchart.h"
#include "tests/unit/check.h"

static const struct {
	const char *header;
	bool want;
} cases[] = {
	{ "2022", true }, { "2018BA", true }, { "2019BO", true },
	{ "2019-2024", true }, { "2021\xe2\x80\x93" "2027", true },
	{ "2008 \xe2\x80\x93 2022", true }, { "2019/2024", true },
	{ "2019-24", true }, { "Q1 2022", true }, { "2022 Q3", true },
	{ " 2022 ", true },
	{ "1850", false }, { "20222", false }, { "2022 | # projecten", false },
	{ "Beslist in 2022", false }, { "Maatregel", false }, { "", false },
	{ "1-1-2023", false }, { "2022ABCD", false },
};

int
main(void)
{
	char *header[] = { "Maatregel", "Code", "2018BA", "2019BO", "Totaal",
	    "2020", "2021", "2022" };
	size_t first = 0, last = 0;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(cases[i].header, xlchart_is_period(cases[i].header),
		    cases[i].want);
	CHECK(xlchart_periods(header, 8, &first, &last) && first == 2 &&
	    last == 3, "first run: %zu-%zu, want 2-3", first, last);
	CHECK(!xlchart_periods(header, 3, &first, &last), "one period only");
	return check_done();
}
