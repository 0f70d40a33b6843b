/* test_tally: small tables given as rows of cells separated
 * by "|" whose findings come back as "row:col stated computed diff kind". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/table/tally.h"
#include "common/table/tally_run.h"
#include "tests/unit/check.h"
#include "tests/unit/tallyrows.h"

/* Cells as the judge of tabel-extract and tabel-check read them. */
static void
test_cells(void)
{
	static const struct {
		const char *raw;
		enum num_status status;
		const char *value;
		int decimals;
	} cases[] = {
		{ "111,75", NUM_OK, "111.75", 2 },
		{ "1.039.200", NUM_OK, "1039200", 0 },
		{ "7.753.744,80", NUM_OK, "7753744.8", 2 },
		{ "0.200", NUM_OK, "0.2", 3 },	/* no group starts with 0 */
		{ "-0.200", NUM_OK, "-0.2", 3 },
		{ "\xe2\x82\xac 8.473.038,00", NUM_OK, "8473038", 2 },
		{ "1.197.922 \xe2\x82\xac", NUM_OK, "1197922", 0 },
		{ "-15.129", NUM_OK, "-15129", 0 },
		{ "0,132", NUM_OK, "0.132", 3 },
		{ "14 000", NUM_OK, "14000", 0 },
		{ "2 500 000 euro", NUM_OK, "2500000", 0 },
		{ "1234567890123456", NUM_OK, "1234567890123456", 0 },
		{ "/", NUM_MISSING, "", 0 }, { "", NUM_MISSING, "", 0 },
		{ "n.v.t.", NUM_MISSING, "", 0 },
		{ "Logistiek", NUM_NOT_AMOUNT, "", 0 },
	};
	struct tally_cell c;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		tally_cell_parse(&c, cases[i].raw, strlen(cases[i].raw));
		CHECK_INT(cases[i].raw, c.status, cases[i].status);
		CHECK_STR(cases[i].raw, c.value, cases[i].value);
		if (c.status == NUM_OK)
			CHECK_INT(cases[i].raw, c.decimals,
			    cases[i].decimals);
		free(c.raw);
	}
}

/* tally_agree: the closing cells without a mismatch, with the row kinds
 * read from the labels or given; a table can be run again after a cell
 * changed (the judge's placements). */
static void
test_agree(void)
{
	static const char *const rows[] = { "|x|y", "a|1|1,5", "b|2|2,5",
	    "Totaal|3|4,1" };
	static const enum rowlabel_kind plain[] = { ROWLABEL_PLAIN, ROWLABEL_PLAIN,
	    ROWLABEL_PLAIN };
	static const enum rowlabel_kind total[] = { ROWLABEL_PLAIN, ROWLABEL_PLAIN,
	    ROWLABEL_TOTAL };
	static const enum rowlabel_kind category[] = { ROWLABEL_NUMBERED,
	    ROWLABEL_PLAIN, ROWLABEL_PLAIN };
	struct tally_table t;

	tallyrows_build(&t, rows, 4);
	CHECK_INT("labels read", tally_agree(&t, NULL), 2);
	CHECK_INT("no closing row", tally_agree(&t, plain), 0);
	CHECK_INT("kinds given", tally_agree(&t, total), 2);
	CHECK_INT("a category of 2 rows", tally_agree(&t, category), 0);
	tally_set(&t, 2, 2, "4,2", 3);	/* 4 off by 0,2: a mismatch */
	CHECK_INT("after tally_set", tally_agree(&t, NULL), 1);
	tally_set(&t, 2, 0, "", 0);	/* label-less: adds up in half */
	CHECK_INT("label-less total", tally_agree(&t, NULL), 1);
	tally_set(&t, 2, 1, "5", 1);
	CHECK_INT("label-less, adds up nowhere", tally_agree(&t, NULL), 0);
	tally_free(&t);
}

static void
test_tables(void)
{
	static const char *const plain[] = { "|n|eur", "A|1|10,5", "B|/|2",
	    "Totaal|2|12,5" };
	static const char *const rounding[] = { "|x", "A|0,132", "B|7,5",
	    "|7,6" };
	static const char *const shares[] = { "|aandeel|n", "A|50%|1",
	    "B|50%|1", "Totaal|90%|3" };
	static const char *const early[] = { "|x", "1. Cat|3,00", "a|1,00",
	    "b|2,00", "Kop|5,01", "c|2,00", "d|3,00", "TOTAAL|8,01" };
	static const char *const point[] = { "|x", "1. Cat|0,45", "a|0.200",
	    "b|0,25", "Totaal|0,45" };
	static const char *const text[] = { "|Domein", "VIL|Logistiek",
	    "Totaal|7" };
	/* a number slip is reported; the column is checked all the same */
	static const char *const slip[] = { "|x|y", "A|1.000|2.0OO",
	    "B|3.000|4.000", "C|1.500|500", "Totaal|5.000|7.000",
	    "D|1|1", "E|2|2", "Totaal|9|3" };
	static const char *const slips[] = { "|x", "A|1.0OO", "B|2.0OO",
	    "Totaal|3" };
	static const char *const note[] = { "|x", "A|1", "B|zie noot 3",
	    "Totaal|9" };
	char out[TALLYROWS_OUT];

	tallyrows_check(slip, 8, out);
	/* adds up neither way: "1.000" and the like read in nl, said */
	CHECK_STR("slip", out, "0:1    notation; 0:2    noamount; "
	    "3:1 5000 5500 -500 mismatch; "
	    "3:2    unchecked; 6:1 9 3 6 mismatch");
	tallyrows_check(slips, 4, out);
	CHECK_STR("more slips than numbers", out, "0:1    noamount; "
	    "1:1    noamount; 2:1    unchecked");
	tallyrows_check(note, 4, out);
	CHECK_STR("a note among numbers", out, "1:1    noamount; "
	    "2:1    unchecked");
	tallyrows_check(plain, 4, out);
	CHECK_STR("plain", out, "2:1 2 1 1 rounding");
	tallyrows_check(rounding, 4, out);
	CHECK_STR("label-less total", out, "2:1 7.6 7.632 -0.032 rounding");
	tallyrows_check(shares, 4, out);
	CHECK_STR("shares", out, "2:2 3 2 1 rounding");
	tallyrows_check(early, 8, out);
	CHECK_STR("early end", out, "3:1 5.01 5.00 0.01 rounding");
	tallyrows_check(point, 5, out);
	CHECK_STR("0.200", out, "");
	tallyrows_check(text, 3, out);
	CHECK_STR("text", out, "");
}

/* Which columns tabel-check adds up when some cells are no amount: a
 * column whose amounts and cells with a digit outnumber its text is
 * checked, each cell of it that is no amount reported; text, years and
 * labels are not. */
static void
test_amount_columns(void)
{
	static const struct {
		const char *name, *rows[10], *want;
	} cases[] = {
		{ "a slip and text", { "|x", "A|2.0OO", "B|abc", "C|1.000",
		    "D|5.000", "Totaal|9.000", "E|1", "F|2", "Totaal|4" },
		    "2:1    notation; 0:1    noamount; 1:1    noamount; "
		    "4:1    unchecked; 7:1 4 3 1 rounding" },
		{ "as many slips as numbers", { "|x", "A|2.0OO", "B|1.5OO",
		    "C|1.000", "Totaal|5.000" }, "2:1    notation; "
		    "0:1    noamount; 1:1    noamount; 3:1    unchecked" },
		{ "text outnumbers numbers", { "|x", "A|nieuw", "B|lopend",
		    "C|zie noot 2", "D|stopgezet", "E|7", "Totaal|9" }, "" },
		{ "years, periods", { "|jaar|n", "A|2018BA|1", "B|2019|2",
		    "C|2019-2024|3", "Totaal|2020|5" }, "3:2 5 6 -1 rounding" },
		{ "years and text", { "|domein|historiek",
		    "A|Chemie|Gestart als pool", "B|Logistiek|2017",
		    "Totaal|Energie|2019" }, "" },
		{ "labels", { "|post|n", "A|1. Personeel|1", "B|2. Werking|2",
		    "Totaal||3" }, "" },
	};
	char out[TALLYROWS_OUT];
	size_t i, n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (n = 0; n < 10 && cases[i].rows[n] != NULL; n++)
			continue;
		tallyrows_check(cases[i].rows, n, out);
		CHECK_STR(cases[i].name, out, cases[i].want);
	}
}

/* Cells that read two ways, a thousand times apart: the notation the
 * table shows decides, else its totals, else Dutch and said; tally_check
 * reads them so (tabel-check, tabel-xlsx's Controle). */
static void
test_notation(void)
{
	static const struct {
		const char *rows[4];
		enum tally_read want;
		size_t ambiguous;
		const char *check;
	} cases[] = {
		{ { "|x", "a|1,125", "b|4,875", "Totaal|6" }, TALLY_READ_DUTCH,
		    2, "" },
		{ { "|x", "a|1.125", "b|4.875", "Totaal|6" }, TALLY_READ_POINT,
		    2, "" },
		{ { "|x", "a|1,125", "b|4,875", "Totaal|6000" },
		    TALLY_READ_POINT, 2, "" },
		{ { "|x", "a|1.125", "b|4.875", "Totaal|6000" },
		    TALLY_READ_DUTCH, 2, "" },
		{ { "|x", "a|1.125", "b|4.875", "Totaal|6.000" },
		    TALLY_READ_UNSETTLED, 3, "0:1    notation" },
		{ { "|x", "a|1,5", "b|4,5", "Totaal|6" }, TALLY_READ_NONE, 0,
		    "" },
		/* "1,5" shows the notation: Dutch, whatever the totals */
		{ { "|x|y", "a|1.125|1,5", "b|4.875|1,5", "Totaal|6|3" },
		    TALLY_READ_SHOWN, 2, "2:1 6 6000 -5994 mismatch" },
		{ { "|x", "a|4.875", "b|0.125", "c|7" }, TALLY_READ_SHOWN, 1,
		    "" },
	};
	struct tally_table t;
	struct tally_reading r;
	char out[TALLYROWS_OUT];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		tallyrows_build(&t, cases[i].rows, 4);
		tally_notation(&t, &r);
		CHECK(r.read == cases[i].want && r.ambiguous ==
		    cases[i].ambiguous && (r.ambiguous == 0 ||
		    (strcmp(r.example, tally_cell_at(&t, 0, 1)->raw) == 0 &&
		    r.line == 1)),
		    "notation case %zu: %d, %zu, want %d, %zu", i, r.read,
		    r.ambiguous, cases[i].want, cases[i].ambiguous);
		CHECK(strncmp(tally_cell_at(&t, 0, 1)->raw, cases[i].rows[1] +
		    2, strlen(tally_cell_at(&t, 0, 1)->raw)) == 0,
		    "notation case %zu: cells left as they were", i);
		tally_free(&t);
		tallyrows_check(cases[i].rows, 4, out);
		CHECK(strcmp(out, cases[i].check) == 0,
		    "notation case %zu: checked '%s', want '%s'", i, out,
		    cases[i].check);
	}
}

/* A label-less last row of a table too long to hold (tally_run, the
 * running sums of tabel-xlsx) is a total exactly when tally_check, with
 * the whole table, makes it one: the same tables through both. */
static void
test_run(void)
{
	static const char *const adds[] = { "|x|y", "A|1|10,5", "B|2|2",
	    "|3|12,5" };
	static const char *const off[] = { "|x|y", "A|1|10,5", "B|2|2",
	    "|5|15" };
	static const char *const half[] = { "|x|y", "A|1|10", "B|2|2",
	    "|3|13" };
	static const char *const one[] = { "|x", "A|1", "|1" };
	static const char *const rounding[] = { "|x", "A|0,132", "B|7,5",
	    "|7,6" };
	static const char *const closed[] = { "|x", "A|1", "B|2",
	    "Totaal|3", "C|4", "D|5", "|9" };
	static const char *const across[] = { "|x", "A|1", "B|2",
	    "Totaal|3", "C|4", "D|5", "|12" };
	static const char *const sub[] = { "|x", "A|1", "B|2",
	    "Subtotaal|3", "C|4", "D|5", "|12" };
	static const char *const cat[] = { "|x", "1. Cat|3", "a|1", "b|2",
	    "2. Cat|4", "c|4", "|7" };
	static const char *const members[] = { "|x", "1. Cat|3", "a|1",
	    "b|2", "2. Cat|4", "c|4", "|10" };
	static const char *const heading[] = { "|x", "1. Cat|", "a|1", "b|2",
	    "|3" };
	static const char *const big[] = { "|x", "A|999999999999999999",
	    "B|999999999999999999", "|1999999999999999998" };
	static const char *const slip[] = { "|x", "A|1.000", "B|2.0OO",
	    "C|3.000", "|6.000" };
	static const char *const shares[] = { "|x|y", "A|50%|1", "B|50%|2",
	    "|100%|3" };
	static const char *const blank[] = { "|x", "A|1", "B|2", "|" };
	static const struct {
		const char *name;
		const char *const *rows;
		size_t n;
		bool total;
	} cases[] = {
		{ "adds up", adds, 4, true },
		{ "does not", off, 4, false },
		{ "half the columns", half, 4, true },
		{ "one row", one, 3, false },
		{ "rounding", rounding, 4, true },
		{ "after a total", closed, 7, true },
		{ "not across a total", across, 7, false },
		{ "a subtotal counts", sub, 7, true },
		{ "categories", cat, 7, true },
		{ "members are closed", members, 7, false },
		{ "a numbered heading without values", heading, 5, true },
		{ "past 64 bits", big, 4, true },
		{ "a slip", slip, 5, false },
		{ "shares", shares, 4, true },
		{ "no values", blank, 4, false },
	};
	char buf[256], *fields[TALLYROWS_CELLS], out[TALLYROWS_OUT];
	size_t lens[TALLYROWS_CELLS], k;

	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		struct tally_table t = { 0 };
		struct tally_run r;
		size_t n = cases[c].n;
		bool whole, run;

		tallyrows_build(&t, cases[c].rows, n);
		out[0] = '\0';
		tally_check(&t, tallyrows_collect, out);	/* as tabel-xlsx */
		whole = t.is_total[n - 2];
		CHECK_INT(cases[c].name, whole, cases[c].total);
		tally_run_start(&r, t.ncols);
		for (size_t i = 1; i + 1 < n; i++) {
			k = tallyrows_split(cases[c].rows[i], buf, sizeof buf,
			    fields, lens);
			tally_run_add(&r, fields, lens, k);
		}
		k = tallyrows_split(cases[c].rows[n - 1], buf, sizeof buf,
		    fields, lens);
		run = tally_run_last_total(&r, fields, lens, k);
		CHECK_INT(cases[c].name, run, whole);
		tally_run_free(&r);
		tally_free(&t);
	}
}

/* Percentages do not add up: a column whose header or unit says "%" is
 * no amount column, whatever its cells. */
static void
test_shares(void)
{
	static const char *const by_header[] = { "|Groei (%)|Bedrag",
	    "A|4,6|10", "B|1,4|20", "Totaal|3,0|30" };
	static const char *const plain[] = { "|Groei|Bedrag",
	    "A|4,6|10", "B|1,4|20", "Totaal|3,0|30" };
	char out[TALLYROWS_OUT];
	struct tally_table t;

	tallyrows_check(by_header, 4, out);
	CHECK_STR("header (%)", out, "");
	tallyrows_check(plain, 4, out);
	CHECK_STR("no unit", out, "2:1 3.0 6.0 -3.0 mismatch");
	tallyrows_build(&t, plain, 4);
	tally_share(&t, (size_t)-1, "%", 1);
	CHECK(t.share[1] && t.share[2], "unit %% of the table: every column");
	tally_free(&t);
	tallyrows_build(&t, plain, 4);
	tally_share(&t, 2, "in procent", 10);
	tally_share(&t, 1, "miljoen euro", 12);
	CHECK(!t.share[1] && t.share[2], "unit of one column");
	tally_free(&t);
}

int
main(void)
{
	size_t i;

	test_cells();
	test_tables();
	test_shares();
	test_amount_columns();
	test_agree();
	test_notation();
	test_run();
	for (i = 0; i < TALLY_STATUS_COUNT; i++)
		CHECK(strcmp(tally_strerror(i), "unknown tally status") != 0,
		    "status %zu has no message", i);
	return check_done();
}
