/* test_num: every written amount form, each ambiguity rule, the unit
 * texts and the exact arithmetic of common/num/num.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "tests/unit/check.h"

/* Parsed in the Dutch locale; "" wants NUM_MISSING, NULL wants
 * NUM_NOT_AMOUNT. */
static const struct { const char *raw, *want; } nl_cases[] = {
	/* DESIGN.md §1 */
	{ "111,75", "111.75" }, { "0.200", "0.2" }, { "1.039.200", "1039200" },
	{ "7.753.744,80", "7753744.8" }, { "€ 8.473.038,00", "8473038" },
	{ "1.197.922 €", "1197922" }, { "25.000 euro", "25000" },
	{ "20,7 miljoen euro", "20700000" },
	{ "1,700 miljoen euro", "1700000" },
	{ "2,0 miljard EUR", "2000000000" }, { "€10 miljoen", "10000000" },
	{ "343 kEUR", "343000" }, { "500 k€/j", "500000" },
	{ "5,5 MEUR", "5500000" }, { "14 000", "14000" }, { "50%", "50" },
	{ "/", "" }, { "twaalf", "12" }, { "drieentwintig", "23" },
	{ "drie miljard euro", "3000000000" }, { "-15.129", "-15129" },
	/* signs */
	{ "\xE2\x88\x92" "15", "-15" }, { "(1.234)", "-1234" },
	{ "+12", "12" }, { "( 7,5 )", "-7.5" }, { "-€ 15", "-15" },
	{ "€ -15,50", "-15.5" }, { "\xE2\x80\x93" "15.129", "-15129" },
	{ "\xE2\x80\x93 15", NULL }, { "5,5 mio. euro", "5500000" },
	{ "2 mrd.", "2000000000" }, { "-0", "0" }, { "--5", NULL },
	{ "4.977-", "-4977" }, { "(539)", "-539" }, { "12,5-", "-12.5" },
	{ "- 3.602.229", "-3602229" }, { "+12,5", "12.5" },
	{ "\xE2\x88\x92" "1.234,5", "-1234.5" }, { "-0,00", "0" },
	{ "(0)", "0" }, { "0-", "0" }, { "-4.977-", NULL }, { "(4-)", NULL },
	{ "4-5", NULL }, { "12,-", "12" },
	/* other currencies: read, never taken for euro (test_details) */
	{ "$ 5", "5" }, { "5 USD", "5" }, { "2,5 miljoen dollar", "2500000" },
	{ "\xC2\xA3" "12", "12" }, { "7 CHF", "7" }, { "\xC2\xA5" "100", "100" },
	/* currency before or after, with or without a space */
	{ "€1.234,56", "1234.56" }, { "EUR 12", "12" }, { "EUR12", "12" },
	{ "12EUR", "12" }, { "12 Euro", "12" }, { "euro 3", "3" },
	{ "12€", "12" }, { "12,- €", "12" }, { "12,--", "12" },
	{ "12,---", NULL }, { "€ 12,-", "12" },
	{ "12 euros", "12" }, { "12 europa", NULL },
	/* spaces: no-break, thin, narrow no-break, plain */
	{ "14\xC2\xA0" "000", "14000" }, { "1\xE2\x80\x89" "234\xE2\x80\x89"
	    "567", "1234567" }, { "1\xE2\x80\xAF" "000,5", "1000.5" },
	{ "  42  ", "42" }, { "\xC2\xA0" "7\xC2\xA0", "7" },
	{ "1'049,95", "1049.95" }, { "14 00", NULL }, { "1 2", NULL },
	/* footnote marks glued on: read, the mark set apart (test_footnote) */
	{ "18.829\xC2\xB2", "18829" }, { "12.5*", "12.5" },
	{ "7,3\xE2\x80\xA0", "7.3" }, { "50%*", "50" },
	{ "1.234\xE2\x81\xB4\xE2\x81\xB5", "1234" }, { "*", NULL },
	{ "**", NULL }, { "12 *", NULL }, { "abc*", NULL },
	/* percentages */
	{ "56,5 %", "56.5" }, { "-3%", "-3" }, { "% 5", NULL },
	/* missing-value markers */
	{ "-", "" }, { "\xE2\x80\x93", "" }, { "\xE2\x80\x94", "" },
	{ "n.v.t.", "" }, { "nvt", "" }, { "x", "" }, { "X", "" },
	{ "\xE2\x80\xA6", "" }, { "", "" }, { "   ", "" }, { "N.v.t.", "" },
	/* words */
	{ "drie\xC3\xABntwintig", "23" }, { "honderdvijftig", "150" },
	{ "\xC3\xA9\xC3\xA9n", "1" }, { "nul", "0" }, { "tweeduizend", "2000" },
	{ "twee miljoen", "2000000" }, { "honderd twee en twintig", "122" },
	{ "negentienhonderd negentig", "1990" }, { "Twaalf", "12" },
	{ "vijfentwintig miljoen euro", "25000000" }, { "eentwintig", NULL },
	{ "tien twee", NULL }, { "vijf nul", NULL }, { "tiennul", NULL },
	{ "duizend duizend", NULL }, { "twee en", NULL }, { "euro", NULL },
	{ "honderdenacht", "108" }, { "tweeduizend en zestien", "2016" },
	{ "honderd en", NULL }, { "duizend en honderd", NULL },
	{ "een biljoen", "1000000000000" }, { "twintig procent", "20" },
	{ "min 5", "-5" }, { "min een", "-1" }, { "10 pct", "10" },
	{ "min", NULL },
	/* scale words and abbreviations */
	{ "3 mln", "3000000" }, { "3 mln.", "3000000" },
	{ "2 mld", "2000000000" },
	{ "1,5 mia", "1500000000" }, { "100K", "100000" }, { "100k", "100000" },
	{ "5 duizend", "5000" }, { "3 honderd", "300" }, { "2 M€", "2000000" },
	{ "7 k", "7000" }, { "7 km", NULL }, { "2 M", NULL },
	{ "0,1 miljoen", "100000" }, { "0,000001 miljoen", "1" },
	/* ambiguity rules of the Dutch locale */
	{ "1.234", "1234" }, { "1,234", "1.234" }, { "1.5", "1.5" },
	{ "111.75", "111.75" }, { "0.123", "0.123" }, { "1,700", "1.7" },
	{ "1,234.5", NULL }, { "1,234,567", NULL }, { "1.234,5", "1234.5" },
	{ "1.234.5", NULL }, { "1.23.456", NULL }, { "1234.567,8", NULL },
	{ ",77", "0.77" }, { "610,", "610" }, { "0033", NULL },
	{ "08123", NULL },
	{ "0,5", "0.5" }, { "7,50", "7.5" }, { "1.000.000.000.000.000.000,01",
	    "1000000000000000000.01" },
	/* not amounts */
	{ "2018BA", NULL }, { "1-1-2023", NULL }, { "2019-2024", NULL },
	{ "Q3 2022", NULL }, { "Tabel 9", NULL }, { "abc", NULL },
	{ ".", NULL }, { "€", NULL }, { "1.2.3", NULL }, { "12 34 56", NULL },
	{ "2022", "2022" },
};

/* The English locale mirrors the rules. */
static const struct { const char *raw, *want; } en_cases[] = {
	{ "1,234", "1234" }, { "1.234", "1.234" }, { "0,200", "0.2" },
	{ "1,234.56", "1234.56" }, { "1.234,56", NULL }, { "1.234.567", NULL },
	{ "€ 1,197,922.50", "1197922.5" }, { "1.700 million", "1700000" },
	{ "20.7 miljoen", "20700000" }, { "14 000", "14000" },
};

static void
test_parse(void)
{
	struct num_amount a;
	enum num_status st;
	size_t i;

	for (i = 0; i < sizeof nl_cases / sizeof nl_cases[0]; i++) {
		const char *raw = nl_cases[i].raw, *want = nl_cases[i].want;

		st = num_parse(raw, strlen(raw), NUM_LOCALE_NL, &a);
		if (want == NULL)
			CHECK(st == NUM_NOT_AMOUNT, "'%s' -> %s '%s', want not "
			    "an amount", raw, num_strerror(st), a.value);
		else
			CHECK(st == (*want ? NUM_OK : NUM_MISSING) &&
			    strcmp(a.value, want) == 0, "'%s' -> %s '%s', "
			    "want '%s'", raw, num_strerror(st), a.value, want);
	}
	for (i = 0; i < sizeof en_cases / sizeof en_cases[0]; i++) {
		const char *raw = en_cases[i].raw, *want = en_cases[i].want;

		st = num_parse(raw, strlen(raw), NUM_LOCALE_EN, &a);
		CHECK(want ? st == NUM_OK && strcmp(a.value, want) == 0 :
		    st == NUM_NOT_AMOUNT, "en '%s' -> %s '%s', want '%s'", raw,
		    num_strerror(st), a.value, want ? want : "(not amount)");
	}
}

/* What a parse tells besides the value. */
static void
test_details(void)
{
	static const struct {
		const char *raw;
		int decimals, exp10;
		bool has_unit, percent, grouped;
		enum num_locale evidence;
	} cases[] = {
		{ "7,50", 2, 0, false, false, false, NUM_LOCALE_NL },
		{ "1.234", 0, 0, false, false, true, NUM_LOCALE_UNKNOWN },
		{ "1.234.567", 0, 0, false, false, true, NUM_LOCALE_NL },
		{ "1,234,567", 0, 0, false, false, false, NUM_LOCALE_EN },
		{ "0.200", 3, 0, false, false, false, NUM_LOCALE_EN },
		{ "1.234,5", 1, 0, false, false, true, NUM_LOCALE_NL },
		{ "1,234.5", 0, 0, false, false, false, NUM_LOCALE_EN },
		{ "20,7 miljoen", 1, 6, true, false, false, NUM_LOCALE_NL },
		{ "€ 5", 0, 0, true, false, false, NUM_LOCALE_UNKNOWN },
		{ "56,5 %", 1, 0, false, true, false, NUM_LOCALE_NL },
		{ "343 kEUR", 0, 3, true, false, false, NUM_LOCALE_UNKNOWN },
		{ "14 000", 0, 0, false, false, true, NUM_LOCALE_UNKNOWN },
		/* a cell that is no amount proves nothing about its column */
		{ "1,5 foo", 0, 0, false, false, false, NUM_LOCALE_UNKNOWN },
		{ "1,2.5 foo", 0, 0, false, false, false, NUM_LOCALE_UNKNOWN },
	};
	struct num_amount a;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		num_parse(cases[i].raw, strlen(cases[i].raw), NUM_LOCALE_NL,
		    &a);
		CHECK(a.decimals == cases[i].decimals && a.exp10 ==
		    cases[i].exp10 && a.has_unit == cases[i].has_unit &&
		    a.percent == cases[i].percent && a.grouped ==
		    cases[i].grouped && a.evidence == cases[i].evidence,
		    "'%s' -> decimals %d exp10 %d unit %d percent %d grouped "
		    "%d evidence %d", cases[i].raw, a.decimals, a.exp10,
		    a.has_unit, a.percent, a.grouped, (int)a.evidence);
	}
}

static void
test_units(void)
{
	static const struct { const char *text; int want; } cases[] = {
		{ "euro", 0 }, { "duizend euro", 3 }, { "x € 1.000", 3 },
		{ "x 1.000 euro", 3 }, { "k€", 3 }, { "kEUR", 3 },
		{ "miljoen euro", 6 }, { "MEUR", 6 }, { "miljard euro", 9 },
		{ "(in miljoen euro)", 6 }, { "bedragen in euro", 0 },
		{ "steun (MEUR)", 6 }, { "EUR", 0 }, { "in miljoen", 6 },
		{ "x 1 000 000 EUR", 6 }, { "Steunbedrag in euro", 0 },
		{ "aantal", -1 }, { "%", -1 }, { "kosten", -1 }, { "", -1 },
		{ "Europa", -1 }, { "x 1.000 ondernemingen", 3 },
		{ "x 12", -1 },
		{ "x 1", -1 }, { "x 10", -1 }, { "in euro x", 0 },
	};
	size_t i;
	int e;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = -1;
		if (num_unit_exp10(cases[i].text, strlen(cases[i].text), &e) !=
		    NUM_OK)
			e = -1;
		CHECK_INT(cases[i].text, e, cases[i].want);
	}
}

/* num_unit_read: every form of the unit table, its currency and percent,
 * and the lookalikes it reports rather than guesses. */
static void
test_currencies(void)
{
	static const struct { const char *raw, *currency; } cases[] = {
		{ "\xe2\x82\xac 5", "EUR" }, { "5 euro", "EUR" },
		{ "343 kEUR", "EUR" }, { "$ 5", "USD" }, { "5 USD", "USD" },
		{ "2,5 miljoen dollar", "USD" }, { "\xC2\xA3" "12", "GBP" },
		{ "12 pond", "GBP" }, { "7 CHF", "CHF" }, { "100 JPY", "JPY" },
		{ "\xC2\xA5" "100", "JPY" }, { "5", "" }, { "5 miljoen", "" },
	};
	struct num_amount a;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		num_parse(cases[i].raw, strlen(cases[i].raw), NUM_LOCALE_NL,
		    &a);
		CHECK_STR(cases[i].raw, a.currency != NULL ? a.currency : "",
		    cases[i].currency);
	}
}

static void
test_unit_read(void)
{
	static const struct {
		const char *text;
		int status, exp10;
		const char *currency;	/* "" none; "%": a percent */
	} cases[] = {
		{ "euro", NUM_OK, 0, "EUR" }, { "EUR", NUM_OK, 0, "EUR" },
		{ "Euro", NUM_OK, 0, "EUR" }, { "\xe2\x82\xac", NUM_OK, 0, "EUR" },
		{ "duizend", NUM_OK, 3, "" }, { "duizenden", NUM_OK, 3, "" },
		{ "x 1.000", NUM_OK, 3, "" },
		{ "x \xe2\x82\xac 1.000", NUM_OK, 3, "EUR" },
		{ "in \xe2\x82\xac 1.000", NUM_OK, 3, "EUR" },
		{ "\xe2\x82\xac 1.000", NUM_OK, 3, "EUR" },
		{ "(x 1000 euro)", NUM_OK, 3, "EUR" },
		{ "k\xe2\x82\xac", NUM_OK, 3, "EUR" }, { "kEUR", NUM_OK, 3, "EUR" },
		{ "KEUR", NUM_OK, 3, "EUR" }, { "EUR '000", NUM_OK, 3, "EUR" },
		{ "EUR \xe2\x80\x99" "000", NUM_OK, 3, "EUR" },
		{ "thousand", NUM_OK, 3, "" }, { "thousands", NUM_OK, 3, "" },
		{ "in thousands of euros", NUM_OK, 3, "EUR" },
		{ "milliers d'euros", NUM_OK, 3, "EUR" },
		{ "bedragen in duizenden euro", NUM_OK, 3, "EUR" },
		{ "in 1000 euro", NUM_OK, 3, "EUR" },
		{ "miljoen", NUM_OK, 6, "" }, { "miljoenen", NUM_OK, 6, "" },
		{ "mln", NUM_OK, 6, "" }, { "mio", NUM_OK, 6, "" },
		{ "MEUR", NUM_OK, 6, "EUR" }, { "M\xe2\x82\xac", NUM_OK, 6, "EUR" },
		{ "m\xe2\x82\xac", NUM_OK, 6, "EUR" }, { "million", NUM_OK, 6, "" },
		{ "millions", NUM_OK, 6, "" }, { "EUR m", NUM_OK, 6, "EUR" },
		{ "millions d'euros", NUM_OK, 6, "EUR" },
		{ "(in mln euro)", NUM_OK, 6, "EUR" },
		{ "x 1 000 000", NUM_OK, 6, "" },
		{ "miljard", NUM_OK, 9, "" }, { "mld", NUM_OK, 9, "" },
		{ "mrd", NUM_OK, 9, "" }, { "billion", NUM_OK, 9, "" },
		{ "milliards", NUM_OK, 9, "" },
		/* other currencies keep their code */
		{ "miljoen USD", NUM_OK, 6, "USD" },
		{ "duizend dollar", NUM_OK, 3, "USD" },
		{ "miljoen pond", NUM_OK, 6, "GBP" },
		{ "miljoenen dollar", NUM_OK, 6, "USD" },
		{ "$", NUM_OK, 0, "USD" }, { "\xc2\xa3 m", NUM_OK, 6, "GBP" },
		{ "CHF", NUM_OK, 0, "CHF" }, { "in JPY", NUM_OK, 0, "JPY" },
		{ "\xc2\xa5", NUM_OK, 0, "JPY" },
		/* percentages */
		{ "(%)", NUM_OK, 0, "%" }, { "in %", NUM_OK, 0, "%" },
		{ "percentage", NUM_OK, 0, "%" }, { "Aandeel (%)", NUM_OK, 0, "%" },
		/* no unit */
		{ "2022", NUM_NOT_AMOUNT, 0, "" }, { "1000", NUM_NOT_AMOUNT, 0, "" },
		{ "Aantal", NUM_NOT_AMOUNT, 0, "" },
		{ "Premie 1.500 euro", NUM_OK, 0, "EUR" },
		/* looks like a unit, is not in the table: reported */
		{ "x 10.000", NUM_UNKNOWN_UNIT, 0, "10.000" },
		{ "lakh", NUM_UNKNOWN_UNIT, 0, "lakh" },
		{ "in crore", NUM_UNKNOWN_UNIT, 0, "crore" },
		{ "in SEK", NUM_UNKNOWN_UNIT, 0, "SEK" },
		{ "\xe2\x82\xac 100", NUM_UNKNOWN_UNIT, 0, "100" },
		{ "in tienduizenden euro", NUM_UNKNOWN_UNIT, 0, "tienduizenden" },
	};
	struct num_unit u;
	char got[64];
	size_t i;
	int st;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		st = num_unit_read(cases[i].text, strlen(cases[i].text), &u);
		if (st == NUM_UNKNOWN_UNIT)
			snprintf(got, sizeof got, "%.*s", (int)u.unknown_len,
			    u.unknown);
		else
			snprintf(got, sizeof got, "%s", u.percent ? "%" :
			    u.currency != NULL ? u.currency : "");
		CHECK(st == cases[i].status && (st != NUM_OK ||
		    u.exp10 == cases[i].exp10) && strcmp(got,
		    cases[i].currency) == 0, "unit '%s' -> %s %d '%s', want "
		    "%s %d '%s'", cases[i].text, num_strerror(st), u.exp10, got,
		    num_strerror(cases[i].status), cases[i].exp10,
		    cases[i].currency);
	}
}

static void
test_arithmetic(void)
{
	static const struct {
		char op;
		const char *a, *b, *want;
	} cases[] = {
		{ 's', "0.1", "6", "100000" },
		{ 's', "111.75", "6", "111750000" },
		{ 's', "1", "-3", "0.001" }, { 's', "-15129", "0", "-15129" },
		{ 's', "123456789012345678901234567890", "2",
		    "12345678901234567890123456789000" },
		{ 's', "50", "-2", "0.5" }, { 's', "0", "9", "0" },
		{ 's', "1.5", "-1", "0.15" }, { 's', "000.500", "0", "0.5" },
		{ '+', "0.1", "0.2", "0.3" }, { '+', "999", "1", "1000" },
		{ '+', "-5", "3", "-2" }, { '+', "5", "-5", "0" },
		{ '+', "1.05", "-0.06", "0.99" },
		{ '+', "-1.5", "-2.25", "-3.75" },
		{ '+', "99999999999999999.99", "0.01", "100000000000000000" },
		{ '-', "10", "0.01", "9.99" }, { '-', "3", "5", "-2" },
		{ '-', "-3", "-5", "2" }, { '-', "1000", "1000", "0" },
		{ '-', "0", "7.5", "-7.5" },
	};
	char out[NUM_MAX];
	size_t i;
	enum num_status st = NUM_OK;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (cases[i].op == 's')
			st = num_scale(cases[i].a, atoi(cases[i].b), out,
			    sizeof out);
		else if (cases[i].op == '+')
			st = num_add(cases[i].a, cases[i].b, out, sizeof out);
		else
			st = num_sub(cases[i].a, cases[i].b, out, sizeof out);
		CHECK(st == NUM_OK && strcmp(out, cases[i].want) == 0,
		    "%s %c %s -> %s '%s', want '%s'", cases[i].a, cases[i].op,
		    cases[i].b, num_strerror(st), out, cases[i].want);
	}
	CHECK(num_scale("1", 100, out, sizeof out) == NUM_TOO_LONG,
	    "1e100 fits %d bytes", NUM_MAX);
	CHECK(num_scale("1", 10, out, 5) == NUM_TOO_LONG, "small buffer");
	CHECK(num_add("1.2.3", "1", out, sizeof out) == NUM_NOT_AMOUNT,
	    "bad operand");
}

static void
test_cmp(void)
{
	static const struct { const char *a, *b; int want; } cases[] = {
		{ "1", "2", -1 }, { "2", "1", 1 }, { "1.0", "1", 0 },
		{ "-1", "1", -1 }, { "-2", "-1", -1 }, { "-0", "0", 0 },
		{ "10", "9.99", 1 }, { "0.001", "0.01", -1 }, { "-5", "5", -1 },
		{ "123456789012345678901", "123456789012345678900", 1 },
	};
	size_t i;
	int c;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c = num_cmp(cases[i].a, cases[i].b);
		c = c < 0 ? -1 : c > 0;
		CHECK(c == cases[i].want, "cmp %s %s -> %d, want %d",
		    cases[i].a, cases[i].b, c, cases[i].want);
	}
}

static void
test_canonical_and_messages(void)
{
	char out[NUM_MAX];
	int i;

	CHECK(num_canonical("1.039.200", 9, out, sizeof out) == NUM_OK &&
	    strcmp(out, "1039200") == 0, "canonical -> '%s'", out);
	CHECK(num_canonical("n.v.t.", 6, out, sizeof out) == NUM_MISSING &&
	    *out == '\0', "canonical missing -> '%s'", out);
	CHECK(num_canonical("123456", 6, out, 4) == NUM_TOO_LONG, "short out");
	for (i = 0; i < NUM_STATUS_COUNT; i++)
		CHECK(num_strerror(i) != NULL && *num_strerror(i) != '\0' &&
		    strcmp(num_strerror(i), "unknown status") != 0,
		    "num_strerror(%d) missing", i);
}

static void
test_votes(void)
{
	static const char *const cells[] = { "1,5", "1.234.567", "1.5",
	    "1.234", "14 000", "tekst", "1,234,567", "1,234.5", "0.200" };
	struct num_votes v = { 0, 0 }, none = { 0, 0 }, dutch = { 2, 1 };
	size_t i;

	for (i = 0; i < sizeof cells / sizeof cells[0]; i++)
		num_vote(&v, cells[i], strlen(cells[i]));
	CHECK(v.nl == 2 && v.en == 4, "votes nl %ld en %ld, want 2 and 4",
	    v.nl, v.en);
	CHECK(num_elect(&v, NULL) == NUM_LOCALE_EN, "elect en");
	CHECK(num_elect(&none, &v) == NUM_LOCALE_EN, "no votes: the table");
	CHECK(num_elect(&none, NULL) == NUM_LOCALE_NL, "no votes at all: nl");
	CHECK(num_elect(&dutch, &v) == NUM_LOCALE_NL, "own votes first");
	CHECK(num_elect(&(struct num_votes){ 3, 3 }, NULL) == NUM_LOCALE_NL,
	    "a tie is nl");
}

/* The mark num_parse sets apart is the one num_footnote gives callers
 * to report; a number without one has none. */
static void
test_footnote(void)
{
	static const struct { const char *s; size_t want; } cases[] = {
		{ "18.829\xC2\xB2", 2 }, { "2018\xC2\xB9 ", 2 }, { "12,5*", 1 },
		{ "12,5**", 2 }, { "7\xE2\x80\xA1", 3 }, { "12,5", 0 },
		{ "*", 0 }, { "m\xC2\xB2", 0 }, { "", 0 },
	};
	struct num_amount a;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(num_footnote(cases[i].s, strlen(cases[i].s)) ==
		    cases[i].want, "num_footnote(\"%s\") == %zu", cases[i].s,
		    cases[i].want);
	CHECK(num_parse("18.829\xC2\xB2", 8, NUM_LOCALE_NL, &a) == NUM_OK &&
	    a.footnote == 2, "18.829² sets footnote 2");
	CHECK(num_parse("18.829", 6, NUM_LOCALE_NL, &a) == NUM_OK &&
	    a.footnote == 0, "18.829 sets no footnote");
}

/* One list of marks for no value, for num_parse and every reader. */
static void
test_missing(void)
{
	static const struct { const char *s; bool want; } cases[] = {
		{ "/", true }, { "-", true }, { "\xE2\x80\x93", true },
		{ "n.v.t.", true }, { "nvt", true }, { "N/A", true },
		{ "n/a", true }, { "n.a.", true }, { ":", true }, { "..", true },
		{ "\xE2\x80\xA6", true }, { "x", true }, { "12", false },
		{ "na", false }, { "nvtt", false }, { "Noot", false },
		{ "/ 12", false }, { "", false }, { "n.v.t.x", false },
	};
	struct num_amount a;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(num_is_missing(cases[i].s, strlen(cases[i].s)) ==
		    cases[i].want, "num_is_missing(\"%s\") == %d", cases[i].s,
		    cases[i].want);
	CHECK(num_parse("n/a", 3, NUM_LOCALE_NL, &a) == NUM_MISSING,
	    "n/a parses as no value");
}

/* A caption's percent unit: stated after "(" or "in", closing the
 * bracket or the text; a percent in running text states none. */
static void
test_find_percent(void)
{
	static const struct { const char *s, *unit; } cases[] = {
		{ "Groei (in %)", "%" }, { "Groei (%)", "%" },
		{ "Aandeel in procent", "procent" },
		{ "Aandeel (in percentage) per regio", "percentage" },
		{ "Groei in %.", "%" }, { "(in %) van de uitgaven", "%" },
		{ "Stijgt met 5 procent per jaar", NULL },
		{ "Groei in % t.o.v. 2019", NULL }, { "Winst in procenten", NULL },
		{ "Groei van 5%", NULL }, { "", NULL },
	};
	char got[64];
	size_t i, off, n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *s = cases[i].s;

		if (num_unit_find_percent(s, strlen(s), &off, &n))
			snprintf(got, sizeof got, "%.*s", (int)n, s + off);
		else
			snprintf(got, sizeof got, "(none)");
		CHECK_STR(s, got, cases[i].unit ? cases[i].unit : "(none)");
	}
}

int
main(void)
{
	test_find_percent();
	test_missing();
	test_footnote();
	test_parse();
	test_details();
	test_units();
	test_unit_read();
	test_currencies();
	test_arithmetic();
	test_cmp();
	test_votes();
	test_canonical_and_messages();
	return check_done();
}
