/* test_judge: the judge of ambiguous spacing and tabel-check read the
 * same small tables alike: the judge's score counts exactly the cells of
 * closing rows that tabel-check finds no mismatch in. Tables are rows
 * "label|a|b" under a header row (tests/unit/tallyrows.h). */
#include <string.h>

#include "common/flow/judge.h"
#include "common/table/table.h"
#include "common/table/tally.h"
#include "tests/unit/check.h"
#include "tests/unit/tallyrows.h"

#define MAX_ROWS 8

/* tabel-extract's model of the N rows at ROWS, header first. */
static void
fill(struct table *t, const char *const *rows, size_t n)
{
	char buf[256], *fields[TALLYROWS_CELLS];
	size_t lens[TALLYROWS_CELLS], i, c, k, r;

	table_init(t, "test");
	for (i = 0; i < n; i++) {
		k = tallyrows_split(rows[i], buf, sizeof buf, fields, lens);
		if (i == 0) {
			table_set_columns(t, k - 1);
			continue;
		}
		r = table_add_row(t, fields[0], lens[0], (long)i);
		for (c = 1; c < k && c <= t->ncols; c++)
			table_set_cell(t, r, c - 1, fields[c], lens[c],
			    (long)i);
	}
}

static size_t
count_rows(const char *const *rows)
{
	size_t n = 0;

	while (n < MAX_ROWS && rows[n] != NULL)
		n++;
	return n;
}

/* CLOSING: the values closing rows state; SCORE: those that agree. */
static const struct {
	const char *name;
	const char *rows[MAX_ROWS];
	size_t closing, score;
	const char *findings;
} tables[] = {
	{ "exact", { "|x|y", "A|1|2", "B|2|3", "Totaal|3|5" }, 2, 2, "" },
	{ "within rounding", { "|x|y", "a|7,5|1,25", "b|0,132|1,25",
	    "Totaal|7,6|2,5" }, 2, 2, "2:1 7.6 7.632 -0.032 rounding" },
	{ "one unit of a whole number", { "|x|y", "a|1|10", "b|2|20",
	    "Totaal|4|30" }, 2, 2, "2:1 4 3 1 rounding" },
	{ "off by more", { "|x|y", "a|1|10", "b|2|20", "Totaal|5|31,5" }, 2,
	    0, "2:1 5 3 2 mismatch; 2:2 31.5 30 1.5 mismatch" },
	{ "numbered categories", { "|x|y", "1. X|3|4", "a|1|2", "b|2|2",
	    "2. Y|5|5", "c|5|5", "TOTAAL|8|9" }, 6, 6, "" },
	{ "a category off", { "|x|y", "1. X|3|9", "a|1|2", "b|2|2",
	    "2. Y|5|5", "c|5|5", "TOTAAL|8|14" }, 6, 5,
	    "0:2 9 4 5 mismatch" },
	{ "subtotals", { "|x|y", "a|1|1", "b|2|2", "Subtotaal|3|3", "c|4|4",
	    "Deeltotaal:|4|4", "Som|7|7" }, 6, 6, "" },
	/* adds up in one of its two columns: half, so a total */
	{ "label-less total", { "|x|y", "a|1|1", "b|2|2", "|3|7" }, 2, 1,
	    "2:2 7 3 4 mismatch" },
	/* adds up in one of three: a row like the others */
	{ "label-less row", { "|x|y|z", "a|1|1|1", "b|2|2|2", "|3|7|9" }, 0,
	    0, "" },
	{ "1,5 rounds 1,55", { "|x", "A|1,25", "B|0,3", "Totaal|1,5" }, 1, 1,
	    "2:1 1.5 1.55 -0.05 rounding" },
	{ "1,50 does not", { "|x", "A|1,25", "B|0,3", "Totaal|1,50" }, 1, 0,
	    "2:1 1.50 1.55 -0.05 mismatch" },
	{ "1,5 and 1,50 alike", { "|x", "A|1,5", "B|1,50", "Totaal|3" }, 1, 1,
	    "" },
	{ "shares not added", { "|x|y", "A|50%|1", "B|50%|1", "Totaal|90%|2" },
	    1, 1, "" },
};

/* Both callers on every table: the judge's score is the closing values
 * less tabel-check's mismatches. */
static void
test_agree(void)
{
	struct table t;
	char found[TALLYROWS_OUT];
	const char *s;
	size_t i, n, bad, score;

	for (i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		n = count_rows(tables[i].rows);
		tallyrows_check(tables[i].rows, n, found);
		CHECK_STR(tables[i].name, found, tables[i].findings);
		for (bad = 0, s = found; (s = strstr(s, "mismatch")) != NULL;
		    s++)
			bad++;
		fill(&t, tables[i].rows, n);
		score = judge_score(&t);
		table_free(&t);
		CHECK_INT(tables[i].name, score, tables[i].score);
		CHECK(score + bad == tables[i].closing, "%s: judge %zu + check "
		    "%zu mismatches, want %zu closing values", tables[i].name,
		    score, bad, tables[i].closing);
	}
}

/* A doubtful row placed by the judge is one tabel-check finds adding up:
 * "B 0,3" (one cell for two columns) belongs under 1,5 by rounding. */
static void
test_place(void)
{
	static const char *const rounded[] = { "|x|y", "A|1,25|2", "B||0,3",
		"Totaal|1,5|2" };
	static const char *const short_row[] = { "|x|y", "A|1|2", "B|7|",
		"Totaal|1|9" };
	const char *cells[] = { "0,3", "7" };
	struct tally_table tt;
	struct table t;
	char found[TALLYROWS_OUT] = "";
	size_t agree, tries;
	bool decided;

	fill(&t, rounded, 4);
	tries = judge_place(&t, 1, cells, 1, 2, &agree, &decided);
	CHECK_INT("rounded tries", tries, 2);
	CHECK(decided && agree == 2 && strcmp(t.cells[2].raw, "0,3") == 0,
	    "rounded row placed at '%s'|'%s', %zu agree", t.cells[2].raw,
	    t.cells[3].raw, agree);
	tally_load(&tt, &t);
	tally_check(&tt, tallyrows_collect, found);
	tally_free(&tt);
	CHECK_STR("check of the placed row", found,
	    "2:1 1.5 1.55 -0.05 rounding");
	table_free(&t);

	fill(&t, short_row, 4);	/* "B 7": the total says column 2 */
	tries = judge_place(&t, 1, cells + 1, 1, 2, &agree, &decided);
	CHECK_INT("tries", tries, 2);
	CHECK(decided && agree == 2 && strcmp(t.cells[2].raw, "") == 0 &&
	    strcmp(t.cells[3].raw, "7") == 0, "short row placed at %s|%s",
	    t.cells[2].raw, t.cells[3].raw);
	table_free(&t);
}

int
main(void)
{
	test_agree();
	test_place();
	return check_done();
}
