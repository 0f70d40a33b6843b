/* test_tabregion: every line comes out once, in order, and a line is "in
 * a table" exactly when it lies between the first and last line of a
 * table that the readers of tabel-find and tabel-extract report
 * (common/scan/scan): the one table-region rule of tabel-amounts and
 * tabel-extract, for flow and column-aligned text alike. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/scan/scan.h"
#include "common/scan/tabregion.h"
#include "tests/unit/check.h"

#define MAX_LINES 64

struct seen {
	char flags[MAX_LINES + 1];	/* per line: 't' in a table, '.' not */
	long last;			/* the last line number handed on */
	int out_of_order;
};

static void
on_line(const char *line, size_t len, long no, bool in_table, void *ctx)
{
	struct seen *s = ctx;

	(void)line;
	(void)len;
	if (no != s->last + 1)
		s->out_of_order++;
	s->last = no;
	if (no >= 1 && no <= MAX_LINES)
		s->flags[no - 1] = in_table ? 't' : '.';
}

static void
on_table(struct table *t, void *ctx)
{
	char *flags = ctx;
	long i;

	for (i = t->first_line; i <= t->last_line && i <= MAX_LINES; i++)
		flags[i - 1] = 't';
}

/* Feed TEXT ("\n"-separated lines) through tabregion or, with DETECT,
 * tabel-extract's readers; the flags of each line into OUT. */
static void
run(const char *text, char *out, bool detect)
{
	struct seen s = { .last = 0 };
	struct tabregion *tr = NULL;
	struct scan *d = NULL;
	const char *p = text, *nl;
	long no = 0;

	memset(out, '.', MAX_LINES);
	memset(s.flags, 0, sizeof s.flags);
	if (detect)
		d = scan_open("t", SCAN_AUTO, on_table, out);
	else
		tr = tabregion_open("t", on_line, &s);
	for (; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (detect)
			scan_line(d, p, (size_t)(nl - p), ++no);
		else
			tabregion_line(tr, p, (size_t)(nl - p), ++no);
	}
	if (detect) {
		scan_finish(d);
		scan_close(d);
		out[no] = '\0';
		return;
	}
	tabregion_finish(tr);
	tabregion_close(tr);
	CHECK_INT("lines in order", s.out_of_order, 0);
	CHECK_INT("every line", s.last, no);
	memcpy(out, s.flags, (size_t)no);
	out[no] = '\0';
}

int
main(void)
{
	static const struct { const char *text, *want; } cases[] = {
		{ "Inleiding met 3 woorden. \n"
		    "Tabel 2 Steun (in euro) \n"
		    "Regio 2021 2022 \nNoord 1 2 \nZuid 3 4 \nTotaal 4 6 \n"
		    " \nDe tekst gaat verder. \n", ".ttttt.." },
		{ "Geen tabel hier, \nalleen tekst van 2022. \n", ".." },
		{ "Post 2022 2023 \nA 1 2 \nB 3 4 \n \nEinde. \n",
		    "ttt.." },
		{ "Tabel 5 Lijst \nMax 10j, \nmax 500 k€/j steun \n\n"
		    "Daarna tekst. \n", "....." },
		/* column-aligned (pdftotext -layout) */
		{ "Table 1: Results by region\n\n"
		    "Region            2021        2022\n"
		    "North                1           2\n"
		    "South                3           4\n"
		    "Total                4           6\n\n"
		    "The text goes on here with many more words than a row.\n",
		    "..tttt.." },
	};
	char got[MAX_LINES + 1], want[MAX_LINES + 1];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		run(cases[i].text, got, false);
		CHECK_STR(cases[i].text, got, cases[i].want);
		run(cases[i].text, want, true);
		CHECK_STR(cases[i].text, got, want);
	}
	return check_done();
}
