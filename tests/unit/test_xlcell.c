/* test_xlcell: what a CSV field becomes in a spreadsheet cell. */
#include <stdio.h>
#include <string.h>

#include "common/xlsx/xlcell.h"
#include "tests/unit/check.h"

static const struct {
	const char *raw;
	bool canonical;
	enum xlcell_kind kind;
	const char *number;	/* "%.15g" of the number */
	int decimals;
	enum xlcell_status status;
} cases[] = {
	{ "", false, XLCELL_EMPTY, "", 0, XLCELL_OK },
	{ "1.039.200", false, XLCELL_NUMBER, "1039200", 0, XLCELL_OK },
	{ "111,75", false, XLCELL_NUMBER, "111.75", 2, XLCELL_OK },
	{ "7.753.744,80", false, XLCELL_NUMBER, "7753744.8", 2, XLCELL_OK },
	{ "-15.129", false, XLCELL_NUMBER, "-15129", 0, XLCELL_OK },
	{ "0,132", false, XLCELL_NUMBER, "0.132", 3, XLCELL_OK },
	{ "4.207", false, XLCELL_NUMBER, "4207", 0, XLCELL_OK },
	{ "4.207", true, XLCELL_NUMBER, "4.207", 3, XLCELL_OK },
	{ "111.75", true, XLCELL_NUMBER, "111.75", 2, XLCELL_OK },
	{ "8.3", true, XLCELL_NUMBER, "8.3", 1, XLCELL_OK },
	{ "1,5", true, XLCELL_NUMBER, "1.5", 1, XLCELL_OK },
	{ "20,7 miljoen euro", false, XLCELL_NUMBER, "20700000", 0,
	    XLCELL_OK },
	{ "50%", false, XLCELL_NUMBER, "0.5", 0, XLCELL_OK },
	{ "12,5%", false, XLCELL_NUMBER, "0.125", 1, XLCELL_OK },
	{ "0123", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "-007", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "=SUM(A1:A2)", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "+32 2 553", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "@x", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "/", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "Totaal", false, XLCELL_TEXT, "", 0, XLCELL_OK },
	{ "123456789012345", true, XLCELL_NUMBER, "123456789012345", 0,
	    XLCELL_OK },
	{ "1234567890123456", true, XLCELL_TEXT, "", 0, XLCELL_EDIGITS },
	{ "0.000000000000001234", true, XLCELL_NUMBER, "1.234e-15", 18,
	    XLCELL_OK },
	{ "100000000000000000000000", true, XLCELL_NUMBER, "1e+23", 0,
	    XLCELL_OK },
	{ "1.000.000.000.000.000.000.000.000.000.000.000.000.000.000.000.000."
	    "000.000.000.000.000.000.000.000.000.000.000", false, XLCELL_TEXT,
	    "", 0, XLCELL_EDIGITS },
};

static void
test_read(void)
{
	struct xlcell c;
	char got[64];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		enum xlcell_status st = xlcell_read(cases[i].raw,
		    strlen(cases[i].raw), cases[i].canonical, &c);

		CHECK_INT(cases[i].raw, st, cases[i].status);
		CHECK_INT(cases[i].raw, c.kind, cases[i].kind);
		snprintf(got, sizeof got, "%.15g", c.number);
		if (c.kind != XLCELL_NUMBER)
			got[0] = '\0';
		CHECK_STR(cases[i].raw, got, cases[i].number);
		CHECK_INT(cases[i].raw, c.decimals, cases[i].decimals);
	}
}

static void
test_hint(void)
{
	static const struct {
		const char *raw;
		enum xlcell_hint want;
	} hints[] = {
		{ "111,75", XLCELL_HINT_DUTCH },
		{ "1.039.200", XLCELL_HINT_DUTCH },
		{ "834.237 \xe2\x82\xac", XLCELL_HINT_DUTCH },
		{ "111.75", XLCELL_HINT_CANONICAL },
		{ "0.5", XLCELL_HINT_CANONICAL }, { "0123", XLCELL_HINT_CODE },
		{ "4.207", XLCELL_HINT_NONE }, { "2022", XLCELL_HINT_NONE },
		{ "tekst, met komma", XLCELL_HINT_NONE },
		{ "", XLCELL_HINT_NONE },
	};

	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
		CHECK_INT(hints[i].raw, xlcell_hint(hints[i].raw,
		    strlen(hints[i].raw)), hints[i].want);
}

static void
test_text(void)
{
	static char big[3 * XLCELL_MAX_CHARS];
	struct xlcell c;

	memset(big, 'x', sizeof big - 1);
	memcpy(big + XLCELL_MAX_CHARS - 1, "\xc3\xa9", 2);
	CHECK_INT("cut", xlcell_text(big, strlen(big), &c), XLCELL_ETOOLONG);
	CHECK_INT("cut at a character", c.len, XLCELL_MAX_CHARS + 1);
	CHECK_INT("width", xlcell_text("\xc3\xa9t\xc3\xa9", 5, &c), XLCELL_OK);
	CHECK_INT("width of 'été'", c.width, 3);
	for (int s = 0; s < XLCELL_STATUS_COUNT; s++)
		CHECK(strcmp(xlcell_strerror(s), "unknown xlcell status"),
		    "xlcell status %d has no message", s);
}

/* Feed rows of three fields (label, two values) to a profile. */
static void
profile(struct xlcell_profile *p, char *const (*rows)[3], size_t n)
{
	size_t len[3];

	memset(p, 0, sizeof *p);
	for (size_t r = 0; r < n; r++) {
		for (int i = 0; i < 3; i++)
			len[i] = strlen(rows[r][i]);
		xlcell_profile_add(p, rows[r], len, 3, (long)r + 2);
	}
}

/* Three decimals after a point, no notation to tell: the totals decide,
 * and when they cannot, the reading is reported. */
static void
test_profile_totals(void)
{
	char *const decimals[][3] = {
		{ "a", "1.125", "2" }, { "b", "4.875", "3" },
		{ "Totaal", "6", "5" },
	};
	char *const thousands[][3] = {
		{ "a", "1.125", "2" }, { "b", "4.875", "3" },
		{ "Totaal", "6000", "5" },
	};
	char *const both[][3] = {
		{ "a", "1.125", "2" }, { "b", "4.875", "3" },
		{ "Totaal", "6.000", "5" },
	};
	char *const integers[][3] = {
		{ "a", "1", "2" }, { "Totaal", "1", "2" },
	};
	/* decimal commas that add up only as thousands: as tabel-norm and
	 * tabel-check read them (common/table/tally) */
	char *const commas[][3] = {
		{ "a", "1,125", "2" }, { "b", "4,875", "3" },
		{ "Totaal", "6000", "5" },
	};
	struct xlcell_profile p;
	struct xlcell c;
	long line = 0;

	profile(&p, decimals, 3);
	CHECK(xlcell_profile_canonical(&p) && !xlcell_profile_unsettled(&p, NULL),
	    "the total of 6 makes 1.125 a decimal");
	xlcell_profile_free(&p);
	profile(&p, thousands, 3);
	CHECK(!xlcell_profile_canonical(&p) && !xlcell_profile_unsettled(&p, NULL),
	    "the total of 6000 makes 1.125 thousands");
	xlcell_profile_free(&p);
	profile(&p, both, 3);
	CHECK(!xlcell_profile_canonical(&p) && xlcell_profile_unsettled(&p, NULL) !=
	    NULL,
	    "6.000 adds up both ways: Dutch, reported");
	xlcell_profile_free(&p);
	profile(&p, commas, 3);
	CHECK(xlcell_profile_canonical(&p) && !xlcell_profile_unsettled(&p,
	    NULL), "the total of 6000 makes 1,125 thousands");
	xlcell_read("1,125", 5, true, &c);
	CHECK(c.kind == XLCELL_NUMBER && c.number == 1125,
	    "1,125 read as 1125, got %g", c.number);
	xlcell_profile_free(&p);
	profile(&p, both, 3);
	CHECK(xlcell_profile_unsettled(&p, &line) != NULL && line == 2,
	    "the note's line: %ld, want 2", line);
	xlcell_profile_free(&p);
	profile(&p, integers, 2);
	CHECK(!xlcell_profile_canonical(&p) && !xlcell_profile_unsettled(&p, NULL),
	    "nothing ambiguous: nothing to report");
	xlcell_profile_free(&p);
}

/* A share or currency said by the header or a long row's currency. */
static void
test_units(void)
{
	char *header[] = { "Regio", "Aandeel (%)", "Steun (MEUR)",
	    "Steun in euro", "Bedrag (USD)" };
	char *longh[] = { "raw", "value", "currency" };
	char *longrow[] = { "50%", "50", "%" };
	size_t lens[5];
	struct xlcell_profile p = { 0 };
	struct xlcell c;

	for (int i = 0; i < 5; i++)
		lens[i] = strlen(header[i]);
	xlcell_profile_header(&p, header, lens, 5);
	xlcell_read("50", 2, true, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, header, 5, 1));
	CHECK(c.percent && c.number == 0.5, "50 under (%%): 50%%");
	xlcell_read("12,5 %", 6, false, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, header, 5, 1));
	CHECK(c.percent && c.number == 0.125, "12,5 %% stays 12,5%%");
	xlcell_read("7.5", 3, true, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, header, 5, 2));
	CHECK(!c.euro && !c.percent && c.number == 7.5,
	    "a scale is no euro: 7,5 of MEUR shows no euro sign");
	xlcell_read("25.000", 6, false, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, header, 5, 3));
	CHECK(c.euro && c.number == 25000, "under 'in euro': euro");
	xlcell_read("25.000", 6, false, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, header, 5, 4));
	CHECK(!c.euro && c.currency != NULL && strcmp(c.currency, "USD") ==
	    0, "under (USD): no euro");
	xlcell_read("25.000 euro", 11, false, &c);
	CHECK(c.euro && c.number == 25000, "25.000 euro: euro");
	xlcell_read("5 USD", 5, false, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, header, 5, 3));
	CHECK(!c.euro, "its own dollar beats the column's euro");
	xlcell_profile_free(&p);
	for (int i = 0; i < 3; i++)
		lens[i] = strlen(longh[i]);
	xlcell_profile_header(&p, longh, lens, 3);
	xlcell_read("50", 2, true, &c);
	xlcell_unit(&c, xlcell_profile_unit(&p, longrow, 3, 1));
	CHECK(c.percent && c.number == 0.5, "long value in %%: 50%%");
	xlcell_profile_free(&p);
}

static void
test_profile(void)
{
	char *const normalised[][3] = {
		{ "a", "4.207", "0123" }, { "b", "111.75", "1234" },
	};
	char *const dutch[][3] = {
		{ "a", "4.207", "12" }, { "b", "111.75", "1.039.200" },
	};
	char *const neither[][3] = { { "a", "4.207", "2022" } };
	struct xlcell_profile p;

	profile(&p, normalised, 2);
	CHECK(xlcell_profile_canonical(&p), "normalised file read as Dutch");
	CHECK(xlcell_profile_codes(&p, 2) && !xlcell_profile_codes(&p, 1) &&
	    !xlcell_profile_codes(&p, 7), "code columns wrong");
	xlcell_profile_free(&p);
	profile(&p, dutch, 2);
	CHECK(!xlcell_profile_canonical(&p), "a Dutch amount settles it");
	xlcell_profile_free(&p);
	profile(&p, neither, 1);
	CHECK(!xlcell_profile_canonical(&p), "Dutch unless shown otherwise");
	CHECK(xlcell_profile_unsettled(&p, NULL) != NULL && strcmp(
	    xlcell_profile_unsettled(&p, NULL), "4.207") == 0,
	    "4.207 unsettled: reported");
	xlcell_profile_free(&p);
	test_profile_totals();
}

int
main(void)
{
	test_read();
	test_hint();
	test_text();
	test_profile();
	test_units();
	return check_done();
}
