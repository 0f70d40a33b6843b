/* test_delim: what a delimited cell holds, a line cut at its separator
 * (tabs, pipes with their outer pipes and borders, semicolons with
 * quotes), and which stacks of one cell a line are tables. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimcell.h"
#include "common/delim/delimline.h"
#include "common/delim/stackfind.h"
#include "tests/unit/check.h"

static void
test_kinds(void)
{
	static const struct {
		const char *cell;
		char want;	/* e t n y d m */
	} cases[] = {
		{ "", 'e' }, { "  ", 'e' }, { "Omgeving", 't' },
		{ "1.234,5", 'n' }, { "\xe2\x82\xac 8.473.038,00", 'n' },
		{ "-1.200", 'n' }, { "12,5 %", 'n' }, { "(1.200)", 'n' },
		{ "31455210.40", 'n' }, { "**156**", 'n' }, { "2022", 'y' },
		{ "2018BA", 'y' }, { "31/12/2023", 'd' }, { "2023-12-31", 'd' },
		{ "-", 'm' }, { "n.v.t.", 'm' }, { "21 8", 't' },
		{ "een", 't' }, { "Q1", 't' }, { "12.345 euro", 'n' },
		{ "Hoofdstuk 3", 't' },
	};
	static const char letters[] = "etnydm";
	size_t i;
	enum delimcell_kind k;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		k = delimcell_kind(cases[i].cell, strlen(cases[i].cell));
		CHECK(letters[k] == cases[i].want, "'%s' -> %c, want %c",
		    cases[i].cell, letters[k], cases[i].want);
	}
	CHECK_INT("12", delimcell_page_number(" 12 ", 4), 12);
	CHECK_INT("1.234", delimcell_page_number("1.234", 5), 0);
}

/* The cells of LINE cut at SEP, joined by '|' ("#" for a border). */
static void
cut(const char *line, char sep, char *out, size_t n)
{
	struct delimline l;
	size_t k, used = 0;
	char cell[64];

	memset(&l, 0, sizeof(l));
	delimline_read(&l, line, strlen(line), 1, sep);
	out[0] = '\0';
	if (l.border)
		snprintf(out, n, "#");
	for (k = 0; k < l.n && used + 1 < n; k++) {
		delimline_text(&l, k, cell, sizeof(cell));
		used += (size_t)snprintf(out + used, n - used, "%s%s",
		    k > 0 ? "|" : "", cell);
	}
	delimline_free(&l);
}

static char
sep(const char *line)
{
	size_t len = strlen(line);

	return delimline_sep(line, len, delimline_seps(line, len));
}

static void
test_lines(void)
{
	static const struct {
		const char *line, *want;
	} cases[] = {
		{ "\t2022\t2023\t", "|2022|2023|" },
		{ "Omgeving\t-1.200\t\t100", "Omgeving|-1.200||100" },
		{ "| Aalst | 1.204 |  |", "Aalst|1.204|" },
		{ " Aarschot | 2022 |  31455210.40",
		    "Aarschot|2022|31455210.40" },
		{ "|:---|---:|", "#" },
		{ "--------------+------+-----", "#" },
		{ "+-----------+--------+", "#" },
		{ "\"Zuid; haven\";2.005,9;\"a \"\"b\"\"\"",
		    "Zuid; haven|2.005,9|a \"b\"" },
	};
	char got[256];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cut(cases[i].line, sep(cases[i].line), got, sizeof(got));
		CHECK_STR(cases[i].line, got, cases[i].want);
	}
	CHECK_INT("a;\"b;c\"", sep("a \"b;c\""), 0);
	CHECK_INT("tab first", sep("a|b\tc"), '\t');
}

/* Tables of one cell a line found in TEXT (lines split at '\n'):
 * "head-body-end/period" each ("?" after: the period unsure), joined
 * by ' '. */
static void
stacks(const char *text, char *out, size_t n)
{
	struct pagelines lines;
	size_t nl = 0, i, nt, used = 0, cap = 0;
	const char *p = text, *e;
	struct stackfind f;
	struct stackfind_table *t = NULL;

	memset(&lines, 0, sizeof(lines));
	while (*p != '\0' && nl < 64) {
		e = strchr(p, '\n');
		pagelines_size(&lines, nl + 1);
		lines.line[nl] = p;
		lines.len[nl] = (size_t)(e - p);
		lines.no[nl] = (long)nl + 1;
		nl++;
		p = e + 1;
	}
	pagelines_facts(&lines);
	memset(&f, 0, sizeof(f));
	nt = stackfind_tables(&f, &lines, &t, &cap);
	out[0] = '\0';
	for (i = 0; i < nt; i++)
		used += (size_t)snprintf(out + used, n - used,
		    "%s%zu-%zu-%zu/%zu%s", i > 0 ? " " : "", t[i].head,
		    t[i].body, t[i].end, t[i].period,
		    t[i].unsure != STACKFIND_NONE ? "?" : "");
	free(t);
	stackfind_free(&f);
	pagelines_free(&lines);
}

static void
test_stacks(void)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		/* a header of three cells, then rows of three */
		{ "Rubriek\n2022\n2023\nActiva\n1.204,5\n1.250\nSchulden\n"
		    "611\n640,2\n", "0-3-9/3" },
		/* label then values, no header: three rows needed */
		{ "Burgerzaken\n14,6\n15,2\nFinanci\xc3\xabn\n9,0\n9,4\n"
		    "Vrije tijd\n31,5\n33,0\n", "0-0-9/3" },
		{ "Burgerzaken\n14,6\n15,2\nVrije tijd\n31,5\n33,0\n", "" },
		/* blocks of a label and its values, a blank line between,
		 * under a header block */
		{ "Dienst\n2022\n2023\n\nBurgerzaken\n14,6\n15,2\n\n"
		    "Vrije tijd\n31,5\n33,0\n", "0-4-11/3" },
		{ "Voorwoord\n3\n\nInleiding\n7\n\nBijlagen\n31\n", "" },
		/* a table of contents: page numbers under no header */
		{ "Voorwoord\n3\nInleiding\n7\nBijlagen\n31\n", "" },
		/* prose, bullets */
		{ "De raad keurt ze goed.\n12\nHet college beslist.\n14\n"
		    "Zo gaat het.\n9\n", "" },
		{ "- mobiliteit\n2025\n- klimaat\n2026\n- wonen\n2027\n", "" },
		/* more columns of text than of numbers: a chart's labels */
		{ "Noord\nhaven\nkaai\n12\nZuid\nsluis\ndok\n14\nOost\nmeer\n"
		    "brug\n9\n", "" },
		/* a blank line inside a row: an empty cell */
		{ "Dienst\n2022\n2023\nA\n1\n\nB\n\n3\nC\n4\n5\n",
		    "0-3-12/3" },
		/* the last row's empty cell, then the end */
		{ "A\n1,5\n2\nB\n3,5\n4\nC\n5,5\n\nDe cijfers zijn "
		    "voorlopig.\n", "0-0-9/3" },
		/* the last row ends at a blank line, a title after it */
		{ "Dienst\n2022\n2023\n2024\nA\n1\n2\n3\nB\n4\n5\n6\nC\n7\n"
		    "\nOverzicht\n", "0-4-14/4" },
		/* a blank line at a label's place, two blank lines: the end */
		{ "Dienst\n2022\n2023\nA\n1\n2\nB\n3\n4\n\nC\n5\n6\n",
		    "0-3-9/3" },
		{ "Dienst\n2022\n2023\nA\n1\n2\nB\n3\n4\nC\n\n\n5\nD\n6\n"
		    "7\n", "0-3-9/3" },
		/* the header above a blank line */
		{ "Zaal\nA\nB\n\nFeest\n150\n450\nKeuken\n25\n\n", "0-4-10/3" },
		/* no header, one row without a blank line, and the lines fit
		 * rows of three without them: unsure */
		{ "Feest\n180\n450\n\nVergader\n\n25\n40\nKeuken\n90\n250\n"
		    "\nCafe\n60\n\n80\n", "0-0-16/4?" },
		/* numbered items, a blank line between: a column of blank
		 * lines alone is none */
		{ "Agenda\n1.\nOpening\n\n2.\nVerslag\n\n3.\nBegroting\n\n"
		    "4.\nVaria\n", "" },
		{ "A\n1\n\n2\nB\n3\n\n4\nC\n5\n\n6\n", "" },
		/* half the cells blank lines: spacing as likely */
		{ "A\n1\n\nB\n\n2\nC\n3\n\nD\n\n4\n", "" },
	};
	char got[256];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		stacks(cases[i].text, got, sizeof(got));
		CHECK(strcmp(got, cases[i].want) == 0, "case %zu -> '%s', "
		    "want '%s'", i, got, cases[i].want);
	}
}

int
main(void)
{
	test_kinds();
	test_lines();
	test_stacks();
	return check_done();
}
