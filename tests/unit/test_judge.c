/* test_judge: exact amounts, sums that add up, placement by arithmetic. */
#include <string.h>

#include "common/read/judge.h"
#include "common/table/table.h"
#include "tests/unit/check.h"

static const struct {
	const char *raw;
	int status;
	long long want;		/* millionths */
} amounts[] = {
	{ "111,75", JUDGE_OK, 111750000 },
	{ "1.039.200", JUDGE_OK, 1039200000000LL },
	{ "7.753.744,80", JUDGE_OK, 7753744800000LL },
	{ "0.200", JUDGE_OK, 200000 },
	{ "\xe2\x82\xac 8.473.038,00", JUDGE_OK, 8473038000000LL },
	{ "1.197.922 \xe2\x82\xac", JUDGE_OK, 1197922000000LL },
	{ "-15.129", JUDGE_OK, -15129000000LL },
	{ "0,132", JUDGE_OK, 132000 },
	{ "14 000", JUDGE_OK, 14000000000LL },
	{ "2 500 000 euro", JUDGE_OK, 2500000000000LL },
	{ "/", JUDGE_OK, 0 },
	{ "n.v.t.", JUDGE_NOT_AMOUNT, 0 },
	{ "1234567890123456", JUDGE_TOO_BIG, 0 },
};

/* A 2-column table from rows "label|a|b". */
static void
fill(struct table *t, const char *const *rows, size_t n)
{
	size_t i, r;
	char a[32], b[32], label[64];

	table_init(t, "test");
	table_set_columns(t, 2);
	for (i = 0; i < n; i++) {
		a[0] = b[0] = label[0] = '\0';
		sscanf(rows[i], "%63[^|]|%31[^|]|%31s", label, a, b);
		if (strcmp(label, "-") == 0)
			label[0] = '\0';
		r = table_add_row(t, label, strlen(label), (long)i + 1);
		table_set_cell(t, r, 0, a, strlen(a), (long)i + 1);
		table_set_cell(t, r, 1, b, strlen(b), (long)i + 1);
	}
}

int
main(void)
{
	static const char *const flat[] = { "A|1,5|2", "B|2,5|3",
		"Totaal|4,0|5" };
	static const char *const cats[] = { "1. X|3|4", "a|1|2", "b|2|2",
		"2. Y|5|5", "c|5|5", "TOTAAL|8|9" };
	static const char *const bare[] = { "a|1|1", "b|2|2", "-|3|4" };
	static const char *const rounded[] = { "a|7,5|1", "b|0,132|1",
		"Totaal|7,6|3" };
	static const char *const subs[] = { "a|1|1", "b|2|2", "Subtotaal|3|3",
		"c|4|4", "Deeltotaal:|4|4", "Som|7|7" };
	const char *cells[] = { "", "7" };
	struct table t;
	long long v;
	size_t i, agree, tries;
	bool decided;
	int st;

	for (i = 0; i < sizeof(amounts) / sizeof(amounts[0]); i++) {
		v = 0;
		st = judge_amount(amounts[i].raw, &v);
		CHECK_INT(amounts[i].raw, st, amounts[i].status);
		if (st == JUDGE_OK)
			CHECK(v == amounts[i].want, "'%s' -> %lld, want %lld",
			    amounts[i].raw, v, amounts[i].want);
	}
	fill(&t, flat, 3);
	CHECK_INT("flat totals", judge_score(&t), 2);
	table_free(&t);
	fill(&t, cats, 6);
	CHECK_INT("categories and total", judge_score(&t), 6);
	table_free(&t);
	fill(&t, bare, 3);
	CHECK_INT("unlabelled last row", judge_score(&t), 1);
	table_free(&t);
	fill(&t, subs, 6);	/* the total adds the rows, not the subtotals */
	CHECK_INT("subtotals and total", judge_score(&t), 6);
	table_free(&t);
	fill(&t, rounded, 3);
	CHECK_INT("rounded terms", judge_score(&t), 1);
	table_free(&t);
	/* "B 7" with one cell: the total says it belongs in column 2 */
	static const char *const short_row[] = { "A|1|2", "B|7|",
		"Totaal|1|9" };
	fill(&t, short_row, 3);
	tries = judge_place(&t, 1, cells + 1, 1, 2, &agree, &decided);
	CHECK_INT("tries", tries, 2);
	CHECK(decided && agree == 2 && strcmp(t.cells[2].raw, "") == 0 &&
	    strcmp(t.cells[3].raw, "7") == 0, "short row placed at %s|%s",
	    t.cells[2].raw, t.cells[3].raw);
	table_free(&t);
	for (i = 0; i < JUDGE_STATUS_COUNT; i++)
		CHECK(strcmp(judge_strerror(i), "unknown judge status") != 0,
		    "status %zu has no message", i);
	return check_done();
}
