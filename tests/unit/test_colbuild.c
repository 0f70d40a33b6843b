/* test_colbuild: a page of column-aligned lines made into tables: wrapped
 * labels and continuation lines, values that wait for their label, the
 * header band, rule lines, and what is no table. */
#include <stdlib.h>
#include <string.h>

#include "common/columns/blocks.h"
#include "common/columns/colbuild.h"
#include "common/table/table.h"
#include "tests/unit/check.h"

#define MAXL 12

static const struct {
	const char *name;
	const char *lines[MAXL];
	const char *want;	/* the first table: rows "|"-joined, ";" apart */
} cases[] = {
	{ "continuation in lower case", {
	    "                          2022      2023",
	    "Grants to schools and       410       455",
	    "libraries",
	    "Loans                        88        91" },
	    "|2022|2023;Grants to schools and libraries|410|455;Loans|88|91" },
	{ "open ending, comma", {
	    "                          2022      2023",
	    "Roads, bridges,             12        14",
	    "Tunnels",
	    "Ports                         3         4" },
	    "|2022|2023;Roads, bridges, Tunnels|12|14;Ports|3|4" },
	{ "a bracket goes on", {
	    "Brand                    Share",
	    "Good Morning              14.9%",
	    "(Sunrise Foods)",
	    "Other brands               3.3%" },
	    "Brand|Share;Good Morning (Sunrise Foods)|14.9%;Other brands|3.3%" },
	{ "a group label stays a row", {
	    "                          2022      2023",
	    "Transport",
	    "  Rail                       12        14",
	    "  Road                        3         4" },
	    "|2022|2023;Transport||;Rail|12|14;Road|3|4" },
	{ "values waiting for a label", {
	    "                          2022      2023",
	    "Energy",
	    "                             12        14",
	    "Water                         3         4" },
	    "|2022|2023;Energy|12|14;Water|3|4" },
	{ "values on a wrapped label's last line", {
	    "                          2022      2023",
	    "Grants to schools and",
	    "libraries                   410       455",
	    "Loans                        88        91" },
	    "|2022|2023;Grants to schools and libraries|410|455;Loans|88|91" },
	{ "rule lines are skipped", {
	    "Item                     Count",
	    "------------------------------",
	    "Chairs                      12",
	    "Tables                       4",
	    "==============================" },
	    "Item|Count;Chairs|12;Tables|4" },
	{ "stacked header cells", {
	    "                  Number of     Share of",
	    "                  members       members",
	    "Clubs                   40         12%",
	    "Teams                  290         88%" },
	    "|Number of members|Share of members;Clubs|40|12%;Teams|290|88%" },
	{ "a table of contents", {
	    "1 Introduction ................ 3",
	    "2 Method ...................... 7",
	    "3 Results ..................... 12" }, "" },
	{ "a chart's axis is none", {
	    "    Visitors            Members",
	    "0        1000        2000        3000        4000" }, "" },
	{ "years down two rows are a column of numbers", {
	    "Founded by          Year",
	    "Town council        1921",
	    "Parish              1934" },
	    "Founded by|Year;Town council|1921;Parish|1934" },
	{ "years down the rows in even steps are a series", {
	    "Jaar                Leden",
	    "2019                   40",
	    "2020                   44",
	    "2021                   51",
	    "2022                   57" },
	    "Jaar|Leden;2019|40;2020|44;2021|51;2022|57" },
	{ "numbers in even steps that are no year (num/year) are an axis", {
	    "Schaal              Leden",
	    "1850                   40",
	    "1860                   44",
	    "1870                   51",
	    "1880                   57" }, "" },
	{ "prose with one number is none", {
	    "The report was published in   2021",
	    "and reprinted twice." }, "" },
};

static void
show(const struct table *t, char *buf, size_t n)
{
	size_t r, c, used;

	used = (size_t)snprintf(buf, n, "%s", t->label_header);
	for (c = 0; c < t->ncols; c++)
		used += (size_t)snprintf(buf + used, n - used, "|%s",
		    t->headers[c]);
	for (r = 0; r < t->nrows && used < n; r++) {
		used += (size_t)snprintf(buf + used, n - used, ";%s",
		    t->rows[r].label);
		for (c = 0; c < t->ncols && used < n; c++)
			used += (size_t)snprintf(buf + used, n - used, "|%s",
			    t->cells[r * t->ncols + c].raw);
	}
}

int
main(void)
{
	struct chunk_line lines[MAXL];
	struct colbuild cb = { 0 };
	struct block *blocks = NULL;
	size_t blocks_cap = 0, i, n, nb, k;
	struct table t;
	char got[512];

	memset(lines, 0, sizeof(lines));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (n = 0; n < MAXL && cases[i].lines[n] != NULL; n++)
			chunks_read(&lines[n], cases[i].lines[n],
			    strlen(cases[i].lines[n]), (long)n + 1);
		nb = blocks_find(lines, n, &blocks, &blocks_cap);
		got[0] = '\0';
		for (k = 0; k < nb && got[0] == '\0'; k++) {
			table_init(&t, "test");
			if (colbuild_table(&cb, lines, &blocks[k], &t))
				show(&t, got, sizeof(got));
			table_free(&t);
		}
		CHECK_STR(cases[i].name, got, cases[i].want);
	}
	for (i = 0; i < MAXL; i++)
		chunks_free(&lines[i]);
	colbuild_free(&cb);
	free(blocks);
	return check_done();
}
