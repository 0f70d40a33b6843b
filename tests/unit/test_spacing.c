/* test_spacing: a page is column-aligned when runs of spaces inside its
 * lines line up, and flow text (a space at each line's end) never is; it
 * is raw (pdftotext -raw) when its lines have no space at the end and
 * several end in a run of values. */
#include <string.h>

#include "common/cells/spacing.h"
#include "tests/unit/check.h"

#define MAXL 6

static const struct {
	const char *name;
	const char *lines[MAXL];
	int want;
} cases[] = {
	{ "columns", { "Region        2021      2022", "North          12        14",
	    "South           9        11" }, 1 },
	{ "two lines, wide gaps", { "Years          1990      1992",
	    "Coffee         0.323     0.272" }, 1 },
	{ "two lines, narrow gaps", { "Years  1990  1992",
	    "Coffee  0.323  0.272" }, 0 },
	{ "flow: one space, trailing space", { "Regio 2021 2022 ",
	    "Noord 12 14 ", "Zuid  9 11 ", "Oost  8  10 " }, 0 },
	{ "flow with empty cells lined up", { "Post  1,5 2,0 ",
	    "Post  1,6 2,1 ", "Post  1,7 2,2 " }, 0 },
	{ "columns padded to a width", { "Region        2021      2022      ",
	    "North          12        14        ",
	    "South           9        11        " }, 1 },
	{ "prose", { "This is a line of running text that goes on.",
	    "And another one, with one space between words.",
	    "A third.  Two spaces after a full stop." }, 0 },
	{ "indentation is no gap", { "      indented line one",
	    "      indented line two", "      indented line three" }, 0 },
};

static const struct {
	const char *name;
	const char *lines[MAXL];
	int want;
} raw_cases[] = {
	{ "raw: runs of values", { "Harbour dues", "Quay 12 14.5",
	    "Dock 9 11.0", "Total 21 25.5" }, 1 },
	{ "flow: a space at each end", { "Regio 2021 2022 ", "Noord 12 14 ",
	    "Zuid  9 11 ", "Oost  8  10 " }, 0 },
	{ "prose", { "Running text without numbers at the end",
	    "goes on here, one space apart." }, 0 },
	{ "one line of values is no table", { "Quay 12 14", "text",
	    "more text" }, 0 },
	{ "single values only", { "Quay 12", "Dock 9", "Total 21" }, 1 },
	{ "a blank line between rows", { "Quay 12 14", "", "Dock 9 11", "",
	    "Total 21 25" }, 0 },
};

/* The lines into P, one after another in BUF (pagelines asks it). */
static void
page(struct pagelines *p, const char *const *lines, char *buf)
{
	size_t n, used = 0;

	for (n = 0; n < MAXL && lines[n] != NULL; n++)
		continue;
	pagelines_size(p, n);
	for (n = 0; n < p->n; n++) {
		p->len[n] = strlen(lines[n]);
		memcpy(buf + used, lines[n], p->len[n]);
		p->line[n] = buf + used;
		p->no[n] = (long)n + 1;
		used += p->len[n];
	}
	pagelines_facts(p);
}

int
main(void)
{
	struct pagelines p = { 0 };
	char buf[MAXL * 64];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		page(&p, cases[i].lines, buf);
		CHECK_INT(cases[i].name, spacing_is_columns(&p),
		    cases[i].want);
	}
	for (i = 0; i < sizeof(raw_cases) / sizeof(raw_cases[0]); i++) {
		page(&p, raw_cases[i].lines, buf);
		CHECK_INT(raw_cases[i].name, spacing_is_raw(&p),
		    raw_cases[i].want);
	}
	pagelines_free(&p);
	return check_done();
}
