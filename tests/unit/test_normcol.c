/* test_normcol: which columns are amounts or dates, their unit, and the
 * locale each column elects. */
#include <stdio.h>
#include <string.h>

#include "common/num/normcol.h"
#include "tests/unit/check.h"

/* Cells to canonical text under the unit, --keep-scale and --percent. */
static void
test_cells(void)
{
	static const struct {
		const char *in;
		int exp10;
		bool keep_scale, fraction;
		int status;
		const char *want;
	} cases[] = {
		{ "1.039,2", 3, false, false, NUM_OK, "1039200" },
		{ "1.039,2", 3, true, false, NUM_OK, "1039.2" },
		{ "20,7 miljoen euro", 3, false, false, NUM_OK, "20700000" },
		{ "20,7 miljoen euro", 3, true, false, NUM_OK, "20700" },
		{ "50%", 0, false, false, NUM_OK, "50" },
		{ "50%", 6, false, true, NUM_OK, "0.5" },
		{ "/", 3, false, false, NUM_MISSING, "" },
		{ "Vlaanderen", 3, false, false, NUM_NOT_AMOUNT, "" },
	};
	struct normcol c = { .amount = true, .locale = NUM_LOCALE_NL };
	struct normcol_output o;
	char out[NUM_MAX], iso[DATE_MAX + 4];
	size_t i;
	int st;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c.exp10 = cases[i].exp10;
		o = (struct normcol_output){ cases[i].keep_scale,
		    cases[i].fraction, NULL };
		st = normcol_amount(&c, &o, cases[i].in, strlen(cases[i].in),
		    out, NULL);
		CHECK(st == cases[i].status && strcmp(out, cases[i].want) == 0,
		    "case %zu '%s': %d '%s', want %d '%s'", i, cases[i].in, st,
		    out, cases[i].status, cases[i].want);
	}
	CHECK(normcol_date("2018BA", 6, iso) == DATE_OK &&
	    strcmp(iso, "2018BA") == 0, "budget year keeps its phase: %s", iso);
	CHECK(normcol_date("31/12/2023", 10, iso) == DATE_OK &&
	    strcmp(iso, "2023-12-31") == 0, "date: %s", iso);
	CHECK(normcol_date("31-4-2023", 9, iso) == DATE_INVALID,
	    "no such day");
}

/* What each value is in: a share, its own currency or its column's. */
static void
test_units(void)
{
	static const struct {
		const char *in, *col_currency;
		int exp10;
		bool col_percent, fraction;
		const char *want, *unit;
	} cases[] = {
		{ "4,602", "EUR", 3, false, false, "4602", "EUR" },
		{ "4.602", "EUR", 3, false, false, "4602000", "EUR" },
		{ "4.602", "USD", 6, false, false, "4602000000", "USD" },
		{ "$ 5", "EUR", 3, false, false, "5", "USD" },
		{ "5 pond", NULL, 0, false, false, "5", "GBP" },
		{ "12", NULL, 0, false, false, "12", "" },
		{ "50%", "EUR", 6, false, false, "50", "%" },
		{ "50", NULL, 6, true, false, "50", "%" },
		{ "12,5", NULL, 6, true, true, "0.125", "%" },
		{ "4.977-", "EUR", 3, false, false, "-4977000", "EUR" },
	};
	struct normcol c = { .amount = true, .locale = NUM_LOCALE_NL };
	struct normcol_output o = { false, false, NULL };
	const char *unit;
	char out[NUM_MAX];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c.exp10 = cases[i].exp10;
		c.currency = cases[i].col_currency;
		c.percent = cases[i].col_percent;
		o.fraction = cases[i].fraction;
		normcol_amount(&c, &o, cases[i].in, strlen(cases[i].in), out,
		    &unit);
		CHECK(strcmp(out, cases[i].want) == 0 && strcmp(unit,
		    cases[i].unit) == 0, "'%s' -> '%s' in '%s', want '%s' in "
		    "'%s'", cases[i].in, out, unit, cases[i].want,
		    cases[i].unit);
	}
}

/* The votes of the cells read, from their one reading: "1,234.5" and
 * "0.200" English, "1.234,5" and "1,5" Dutch, "12" none, also when the
 * cell is no amount in the column's locale. */
static void
test_votes(void)
{
	static const char *const cells[] = { "1,234.5", "0.200", "1.234,5",
	    "1,5", "12", "abc" };
	struct num_votes v = { 0, 0 };
	struct normcol c = { .amount = true, .locale = NUM_LOCALE_NL };
	struct normcol_output o = { false, false, &v };
	char out[NUM_MAX];

	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		(void)normcol_amount(&c, &o, cells[i], strlen(cells[i]), out,
		    NULL);
	CHECK(v.en == 2 && v.nl == 2, "votes: %ld en, %ld nl", v.en, v.nl);
}

int
main(void)
{
	char *names[] = { "Maatregel", "2019 (miljoen euro)", "Datum", "x",
	    "Aandeel (%)", "Steun (in lakh)", "Bedrag (USD)" };
	size_t lens[7], i;
	struct csvio_row header = { names, lens, 7, 1 };
	struct normcol_rule all = { NULL, NULL, { .exp10 = 3 },
	    NUM_LOCALE_NL };
	struct normcol_rule picked = { "4", "3", { 0 }, NUM_LOCALE_EN };
	struct normcol_set s = { 0 };
	struct normcol *c;

	for (i = 0; i < 7; i++)
		lens[i] = strlen(names[i]);
	c = normcol_get(&s, 8, &all, &header, true);
	CHECK(c->amount && !c->date && c->exp10 == 3, "past the header");
	CHECK(!s.cols[0].amount, "the label column is no amount");
	CHECK_INT("header unit", s.cols[1].exp10, 6);
	CHECK(s.cols[2].amount && s.cols[2].exp10 == 3, "no header unit");
	CHECK_INT("locale", s.cols[4].locale, NUM_LOCALE_NL);
	normcol_get(&s, 6, &all, &header, true);
	CHECK(s.cols[4].percent && s.cols[4].exp10 == 0, "header (%%)");
	CHECK(s.cols[5].unknown_unit && s.cols[5].exp10 == 0,
	    "header with a unit word not in the table: unscaled");
	CHECK(s.cols[6].exp10 == 0 && s.cols[6].currency != NULL &&
	    strcmp(s.cols[6].currency, "USD") == 0, "header (USD)");
	normcol_free(&s);
	CHECK_INT("long input", normcol_get(&s, 1, &all, &header,
	    false)->exp10, 3);
	normcol_free(&s);
	normcol_get(&s, 3, &picked, &header, true);
	CHECK(s.cols[2].date && !s.cols[2].amount, "--dates 3");
	CHECK(s.cols[3].amount && !s.cols[1].amount, "-c 4");
	CHECK_INT("--locale en", s.cols[3].locale, NUM_LOCALE_EN);
	s.cols[1].votes.en = 2;
	s.cols[2].votes.nl = 1;
	normcol_elect(&s);
	CHECK_INT("own votes en", s.cols[1].locale, NUM_LOCALE_EN);
	CHECK_INT("own votes nl", s.cols[2].locale, NUM_LOCALE_NL);
	CHECK_INT("table's votes", s.cols[3].locale, NUM_LOCALE_EN);
	CHECK(s.cols[1].votes.en == 0, "votes cleared");
	normcol_free(&s);
	test_cells();
	test_units();
	test_votes();
	return check_done();
}
