/* test_rawcols: the column count by mode, short rows placed by column
 * type (ties to the right), header items fitted to the column count. */
#include <string.h>

#include "common/raw/rawcols.h"
#include "tests/unit/check.h"

#define T RAWLINE_TYPES

static void
test_mode(void)
{
	static const struct {
		const char *name;
		size_t count[8];
		size_t n, want;
	} cases[] = {
		{ "mode", { 4, 4, 2, 4, 3 }, 5, 4 },
		{ "zeros left out", { 0, 0, 0, 2, 2 }, 5, 2 },
		{ "tie: the larger", { 2, 3, 2, 3 }, 4, 3 },
		{ "none", { 0, 0 }, 2, 0 },
		{ "too many: left out", { 99, 99, 1 }, 3, 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_INT(cases[i].name, rawcols_mode(cases[i].count,
		    cases[i].n), cases[i].want);
}

/* Columns: count, percent, count, percent (a "Total 100 22" table). */
static void
test_place(void)
{
	size_t sig[4 * T] = { 0 }, at[4];
	enum rawline_type two_int[] = { RAWLINE_INT, RAWLINE_INT };
	enum rawline_type pct[] = { RAWLINE_PCT };
	enum rawline_type ints[] = { RAWLINE_INT };
	bool unique;

	sig[0 * T + RAWLINE_INT] = 5;
	sig[1 * T + RAWLINE_PCT] = 5;
	sig[2 * T + RAWLINE_INT] = 5;
	sig[3 * T + RAWLINE_PCT] = 5;
	unique = rawcols_place(sig, 4, two_int, 2, at);
	CHECK(at[0] == 0 && at[1] == 2 && unique,
	    "counts: %zu %zu (%d), want 0 2", at[0], at[1], unique);
	unique = rawcols_place(sig, 4, pct, 1, at);
	CHECK(at[0] == 3 && !unique, "one percent: %zu (%d), want 3, a tie",
	    at[0], unique);
	unique = rawcols_place(sig, 4, ints, 1, at);
	CHECK(at[0] == 2 && !unique, "one count: %zu (%d), want 2, a tie",
	    at[0], unique);
	memset(sig, 0, sizeof(sig));
	unique = rawcols_place(sig, 3, two_int, 2, at);
	CHECK(at[0] == 1 && at[1] == 2, "no signature: %zu %zu, want 1 2",
	    at[0], at[1]);
}

static void
test_fit(void)
{
	size_t len1[] = { 10, 10, 3, 3, 3, 12 }, start[4];
	size_t len2[] = { 5, 5, 5 }, bad;

	CHECK_INT("fit: longest", rawcols_fit(len1, NULL, 6, 3, start, &bad),
	    18);
	CHECK(start[0] == 0 && start[1] == 1 && start[2] == 4,
	    "fit: %zu %zu %zu, want 0 1 4", start[0], start[1], start[2]);
	rawcols_fit(len2, NULL, 3, 3, start, &bad);
	CHECK(start[0] == 0 && start[1] == 1 && start[2] == 2,
	    "one a group: %zu %zu %zu", start[0], start[1], start[2]);
	rawcols_fit(len2, NULL, 3, 1, start, &bad);
	CHECK_INT("one group", start[0], 0);
	{
		/* "Number of" "moored boats" "Crew" "Share of" "all crews" */
		size_t len3[] = { 9, 12, 4, 8, 9 };
		bool glue[] = { false, true, false, false, true };

		rawcols_fit(len3, NULL, 5, 3, start, &bad);
		CHECK(start[1] == 1 && start[2] == 3, "shortest: %zu %zu, "
		    "want 1 3", start[1], start[2]);
		CHECK_INT("glued: longest", rawcols_fit(len3, glue, 5, 3, start,
		    &bad), 22);
		CHECK_INT("glued: none bad", bad, 0);
		CHECK(start[1] == 2 && start[2] == 3, "glued: %zu %zu, "
		    "want 2 3", start[1], start[2]);
	}
}

int
main(void)
{
	test_mode();
	test_place();
	test_fit();
	return check_done();
}
