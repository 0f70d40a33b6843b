/* test_rawsub: rows cycling through sub-labels under group labels get a
 * column of sub-labels; rows that do not cycle, or too few times, stay
 * as they are. */
#include <string.h>

#include "common/raw/rawsub.h"
#include "tests/unit/check.h"

#define MAXR 10

static const struct {
	const char *name;
	const char *labels[MAXR];	/* "=" before a label: no values */
	const char *want;		/* labels, then col 1, by '|' */
} cases[] = {
	{ "a cycle of two", { "Count", "=Upper", "Percentage", "Count",
	    "=Lower", "Percentage", "Count", "Weir Percentage" },
	    "Upper:Count|:Percentage|Lower:Count|:Percentage|Weir:Count|"
	    ":Percentage" },
	{ "too few cycles", { "Count", "=Upper", "Percentage", "Count",
	    "Percentage" }, "Count|Upper|Percentage|Count|Percentage" },
	{ "no cycle", { "North", "South", "Dock", "Weir" },
	    "North|South|Dock|Weir" },
	{ "a row out of turn", { "Count", "Percentage", "Count", "Percentage",
	    "Count", "Count" }, "Count|Percentage|Count|Percentage|Count|"
	    "Count" },
};

int
main(void)
{
	struct table t;
	char got[256];
	size_t i, k, n, row;
	const char *l;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		table_init(&t, "test");
		table_set_columns(&t, 1);
		for (k = 0; k < MAXR && cases[i].labels[k] != NULL; k++) {
			l = cases[i].labels[k];
			row = table_add_row(&t, l + (l[0] == '='), strlen(l) -
			    (l[0] == '='), (long)k + 1);
			if (l[0] != '=')
				table_set_cell(&t, row, 0, "5", 1, (long)k + 1);
		}
		rawsub_apply(&t);
		for (n = 0, k = 0; k < t.nrows; k++)
			n += (size_t)snprintf(got + n, sizeof(got) - n, "%s%s%s%s",
			    k ? "|" : "", t.rows[k].label, t.ncols == 2 ? ":" : "",
			    t.ncols == 2 ? t.cells[k * 2].raw : "");
		CHECK_STR(cases[i].name, got, cases[i].want);
		table_free(&t);
	}
	return check_done();
}
