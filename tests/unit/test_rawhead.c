/* test_rawhead: header lines of a raw table fitted to its columns: the
 * shortest longest cell, capitalised phrases when too few lines, the last
 * columns when still too few. */
#include <string.h>

#include "common/raw/rawhead.h"
#include "tests/unit/check.h"

#define MAXH 8

static const struct {
	const char *name;
	const char *lines[MAXH];
	size_t ncols;
	const char *want;	/* the label header, then the headers, by '|' */
} cases[] = {
	{ "one a line", { "Boats", "Crew", "Share" }, 3, "|Boats|Crew|Share" },
	{ "wrapped cells", { "Number of", "moored boats", "Crew", "Share of",
	    "all crews" }, 3, "|Number of moored boats|Crew|Share of all crews" },
	{ "phrases", { "Boats Crew Share of all" }, 3, "|Boats|Crew|Share of all" },
	{ "too few: last columns", { "boats crew" }, 3, "|||boats crew" },
	{ "none", { NULL }, 2, "||" },
	{ "a label header", { "Quay", "Barges", "Share of", "barges", "Ferries",
	    "Share of", "ferries" }, 4,
	    "Quay|Barges|Share of barges|Ferries|Share of ferries" },
	{ "an open ending goes on", { "Quays next to Bruges Ghent Antwerp" },
	    2, "Quays next to Bruges|Ghent|Antwerp" },
	{ "a label header of phrases",
	    { "Boat Class/Kind 3-Berth Moorings 4-Berth Moorings" }, 2,
	    "Boat Class/Kind|3-Berth Moorings|4-Berth Moorings" },
	{ "a label header first on a line", { "Quays Share of", "barges",
	    "Share of", "ferries" }, 2, "Quays|Share of barges|Share of ferries" },
	{ "a number alone goes on", { "Quay", "Boats of", "the top", "10",
	    "Crews" }, 2, "Quay|Boats of the top 10|Crews" },
	{ "a year alone does not", { "Quay", "Boats", "2021" }, 2,
	    "Quay|Boats|2021" },
	{ "signs open cells", { "$000's % $000's %" }, 4,
	    "|$000's|%|$000's|%" },
	{ "no room for a label header", { "Number of", "boats", "Share" }, 2,
	    "|Number of boats|Share" },
};

int
main(void)
{
	struct rawhead h = { 0 };
	struct table t;
	char got[256];
	size_t i, k, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		table_init(&t, "test");
		table_set_columns(&t, cases[i].ncols);
		rawhead_clear(&h);
		for (k = 0; k < MAXH && cases[i].lines[k] != NULL; k++)
			rawhead_add(&h, cases[i].lines[k],
			    strlen(cases[i].lines[k]));
		rawhead_fit(&h, &t);
		n = (size_t)snprintf(got, sizeof(got), "%s", t.label_header);
		for (k = 0; k < t.ncols; k++)
			n += (size_t)snprintf(got + n, sizeof(got) - n, "|%s",
			    t.headers[k]);
		CHECK_STR(cases[i].name, got, cases[i].want);
		table_free(&t);
	}
	rawhead_free(&h);
	return check_done();
}
