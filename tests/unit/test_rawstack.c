/* test_rawstack: a table that raw text prints column by column (labels,
 * then each column's values one a line) is found, with its rows and
 * columns; a chart's axis, a figure's numbers and a list of numbers are
 * not. */
#include <stdlib.h>
#include <string.h>

#include "common/cells/chunks.h"
#include "common/raw/rawregion.h"
#include "tests/unit/check.h"

#define MAXL 24

static const struct {
	const char *name;
	const char *lines[MAXL];
	size_t rows, cols;	/* of the first region; cols 0: no stack */
} cases[] = {
	{ "two columns", { "Quay Barges 2009 2010", "North", "South", "Dock",
	    "12", "14", "3", "13", "15", "4" }, 3, 2 },
	{ "a label wrapped", { "Lock Ferries Barges", "Upper lock", "Lower",
	    "lock gate", "Weir", "5", "6", "7", "8", "9", "10" }, 3, 2 },
	{ "an axis: values under one label", { "Visitors", "140", "120",
	    "100", "80", "60" }, 0, 0 },
	{ "under a figure caption", { "Figure 2 Crossings", "North", "South",
	    "Dock", "12", "14", "3", "13", "15", "4" }, 0, 0 },
	{ "a chart's title over its axis", { "Crossings by month,",
	    "in thousands", "0", "10", "20", "30" }, 0, 0 },
	{ "values do not divide", { "Quay", "North", "South", "Dock", "12",
	    "14", "3", "13" }, 0, 0 },
};

int
main(void)
{
	struct chunk_line cl[MAXL];
	struct rawline raw[MAXL];
	enum rawregion_kind kind[MAXL];
	struct rawregion *r = NULL;
	size_t i, n, k, cap = 0, nr;

	memset(cl, 0, sizeof(cl));
	memset(raw, 0, sizeof(raw));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (n = 0; n < MAXL && cases[i].lines[n] != NULL; n++) {
			k = strlen(cases[i].lines[n]);
			chunks_read(&cl[n], cases[i].lines[n], k, (long)n + 1);
			rawline_read(&raw[n], cases[i].lines[n], k, (long)n + 1);
		}
		nr = rawregion_find(cl, raw, n, kind, &r, &cap);
		k = nr > 0 ? r[0].stack_cols : 0;
		CHECK_INT(cases[i].name, k, cases[i].cols);
		if (k > 0)
			CHECK_INT(cases[i].name, r[0].stack_rows, cases[i].rows);
	}
	for (n = 0; n < MAXL; n++) {
		chunks_free(&cl[n]);
		rawline_free(&raw[n]);
	}
	free(r);
	return check_done();
}
