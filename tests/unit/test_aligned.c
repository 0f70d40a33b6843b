/* test_aligned: columns from the blank positions of body lines; a text
 * chunk may cross a gap, numbers may not; cells of a line under them. */
#include <string.h>

#include "common/columns/aligned.h"
#include "tests/unit/check.h"

#define MAXL 12

static const struct {
	const char *name;
	const char *lines[MAXL];
	const char *want;	/* cells of the last line, "|"-joined */
	size_t ncols;
} cases[] = {
	{ "plain", { "North    12    130", "South     9     88",
	    "East     140     7" }, "East|140|7", 3 },
	{ "a number one space from its label", { "Plain      12   30",
	    "Hills      14   31", "Grand total 100 61" },
	    "Grand total|100|61", 3 },
	{ "a group label crosses a gap", { "a           1      2",
	    "b           3      4", "c           5      6",
	    "d           7      8", "e           9     10",
	    "f          11     12", "g          13     14",
	    "h          15     16", "i          17     18",
	    "a much longer group label" }, "a much longer group label||", 3 },
	{ "an empty cell is a gap", { "Alpha     10     20     30",
	    "Beta      11            31", "Gamma     12     22     32" },
	    "Gamma|12|22|32", 4 },
	{ "fused by displaced numbers", { "A   4,151,000   25.0   4,090,000",
	    "B     361,000    2.2     331,000",
	    "C   1,844,000  11.1 1,148,000",
	    "D   4,958,000  29.9 4,512,000",
	    "E     555,000    3.3     497,000" }, "E|555,000|3.3|497,000", 4 },
	{ "a sparse column of its own", { "Alpha     10             30",
	    "Beta      11                            99",
	    "Gamma     12             32" }, "Gamma|12|32|", 4 },
	{ "words one space apart", { "Riders under 18     412",
	    "Riders 18 to 64   1,870", "Riders 65 and over  233" },
	    "Riders 65 and over|233", 2 },
};

int
main(void)
{
	struct aligned a = { 0 };
	struct chunk_line lines[MAXL];
	const struct chunk_line *body[MAXL];
	struct aligned_cell cells[16];
	char got[256];
	size_t i, k, n, used;

	memset(lines, 0, sizeof(lines));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (n = 0; n < MAXL && cases[i].lines[n] != NULL; n++) {
			chunks_read(&lines[n], cases[i].lines[n],
			    strlen(cases[i].lines[n]), (long)n + 1);
			body[n] = &lines[n];
		}
		CHECK_INT(cases[i].name, aligned_find(&a, body, n),
		    cases[i].ncols);
		if (a.n > 16)
			continue;
		(void)aligned_cut(&a, &lines[n - 1], cells);
		for (k = used = 0; k < a.n; k++)
			used += (size_t)snprintf(got + used, sizeof(got) - used,
			    "%s%.*s", k > 0 ? "|" : "", (int)cells[k].len,
			    lines[n - 1].s + cells[k].off);
		CHECK_STR(cases[i].name, got, cases[i].want);
	}
	for (i = 0; i < MAXL; i++)
		chunks_free(&lines[i]);
	aligned_free(&a);
	return check_done();
}
