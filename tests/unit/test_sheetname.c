/* test_sheetname: Excel's worksheet-name rules. */
#include <string.h>

#include "common/xlsx/sheetname.h"
#include "tests/unit/check.h"

static const struct {
	const char *base, *suffix, *want;
} cases[] = {
	{ "Tabel 8", NULL, "Tabel 8" },
	{ "Tabel 8", NULL, "Tabel 8 (2)" },		/* taken */
	{ "tabel 8", NULL, "tabel 8 (3)" },		/* case ignored */
	{ "a[b]c:d*e?f/g\\h", NULL, "a_b_c_d_e_f_g_h" },
	{ "History", NULL, "History (2)" },		/* reserved */
	{ "history", NULL, "history (3)" },	/* (2) taken above */
	{ "", NULL, "Sheet" },
	{ "\xc3\x89\xc3\xa9n loket", NULL, "\xc3\x89\xc3\xa9n loket" },
	{ "\xc3\xa9\xc3\xa9n LOKET", NULL, "\xc3\xa9\xc3\xa9n LOKET (2)" },
	{ "\xc3\x97", NULL, "\xc3\x97" },	/* U+00D7 has no case */
	{ "\xc3\xb7", NULL, "\xc3\xb7" },
	{ "'quoted'", NULL, "quoted" },		/* no ' at either end */
	{ "it's", NULL, "it's" },
	{ "tab\there", NULL, "tab_here" },
	{ "0123456789012345678901234567890123456789", NULL,
	    "0123456789012345678901234567890" },
	{ "0123456789012345678901234567890123456789", " (2)",
	    "012345678901234567890123456 (2)" },
	{ "Tabel 8", " (2)", "Tabel 8 (2) (2)" },	/* taken: 2nd case */
	/* 31 units: 29 é (2 bytes each, one unit) fit with "ab" */
	{ "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9" "abc", NULL,
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9" "ab" },
	/* an emoji is two UTF-16 units and is never split */
	{ "123456789012345678901234567890\xf0\x9f\x98\x80", NULL,
	    "123456789012345678901234567890" },
	{ "12345678901234567890123456789\xf0\x9f\x98\x80", NULL,
	    "12345678901234567890123456789\xf0\x9f\x98\x80" },
};

static void
test_make(void)
{
	struct sheetname_set set = { 0 };
	char out[SHEETNAME_SIZE];

	sheetname_reserve(&set, "Index");
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sheetname_make(&set, cases[i].base, strlen(cases[i].base),
		    cases[i].suffix, out);
		CHECK_STR(cases[i].base, out, cases[i].want);
	}
	sheetname_make(&set, "index", 5, NULL, out);
	CHECK_STR("index", out, "index (2)");
	CHECK(sheetname_make(&set, "Fine", 4, NULL, out), "Fine: changed");
	CHECK(!sheetname_make(&set, "a/b", 3, NULL, out), "a/b: unchanged");
	sheetname_free(&set);
}

static void
test_quote(void)
{
	char out[16];

	CHECK(sheetname_quote("Tabel 8", out, sizeof out), "quote fits");
	CHECK_STR("Tabel 8", out, "'Tabel 8'");
	sheetname_quote("it's", out, sizeof out);
	CHECK_STR("it's", out, "'it''s'");
	CHECK(!sheetname_quote("0123456789abcdef", out, sizeof out),
	    "too long for the buffer");
}

int
main(void)
{
	test_make();
	test_quote();
	return check_done();
}
