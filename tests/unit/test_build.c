/* test_build: building tables from blocks, through the builder choice
 * (common/flow/build): the numeric builder (common/flow/numeric) with its
 * header (common/flow/header), and text tables (common/flow/texttable).
 * Each case is a block given as lines; the result is the table in wide
 * CSV plus its note count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/flow/block.h"
#include "common/flow/build.h"
#include "common/flow/numeric.h"
#include "common/flow/texttable.h"
#include "common/table/table.h"
#include "common/table/tablecsv.h"
#include "tests/unit/check.h"

static struct block blk;

/* Fill the block from TEXT ('\n'-separated); the first CAPTION lines
 * are the caption. */
static void
load(const char *text, size_t caption, bool numeric)
{
	const char *p = text, *nl;
	long no = 0;

	block_clear(&blk);
	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		block_push(&blk, p, (size_t)(nl - p), ++no);
		p = *nl ? nl + 1 : nl;
	}
	blk.body = caption;
	blk.end = blk.n;
	blk.numeric = numeric;
	blk.width = 100;
}

/* The wide CSV of the table built from the block, "" if none. */
static char *
build(size_t *notes)
{
	struct table t;
	struct csvio_writer w;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	table_init(&t, "t");
	csvio_writer_init(&w, fp);
	if (build_table(&blk, &t))
		tablecsv_wide(&t, &w);
	*notes = t.nnotes;
	table_free(&t);
	csvio_writer_free(&w);
	fclose(fp);
	return buf;
}

static const struct {
	const char *name, *text;
	size_t caption;
	bool numeric;
	const char *want;
	size_t notes;
} cases[] = {
	{ "wrapped header cells",
	  "Tabel 1 X\nType premie Aantal\nondernemingen\n\nSteunbedrag\n"
	  "in euro \nA 1 2 \nB 3 4 \n", 1, true,
	  "Type premie,Aantal ondernemingen,Steunbedrag in euro\nA,1,2\n"
	  "B,3,4\n", 0 },
	{ "two levels, label-less total",
	  "Tabel 2 X\n 2021 2022 \n # projecten steun # projecten steun \n"
	  "A 1 2 3 4 \n 1 2 3 4 \n", 1, true,
	  ",2021 | # projecten,2021 | steun,2022 | # projecten,2022 | steun\n"
	  "A,1,2,3,4\n,1,2,3,4\n", 0 },
	{ "values alone after a wrapped label, six empty cells",
	  "Tabel 3 X\nPost 2021 2022 2023 \nEen lange post die\n"
	  "verder gaat \n\n  5 \n", 1, true,
	  "Post,2021,2022,2023\nEen lange post die verder gaat,,,5\n", 0 },
	{ "repeated header and page number skipped",
	  "Tabel 4 X\nPost 2021 2022 \nA 1 1 \nB 2 2 \n\n7 \n\n"
	  "Post 2021 2022 \nC 3 3 \n", 1, true,
	  "Post,2021,2022\nA,1,1\nB,2,2\nC,3,3\n", 3 },
	{ "header that matches no column count",
	  "Tabel 5 X\nEen Twee Drie Vier\nA 1 2 \nB 3 4 \n", 1, true,
	  "Een,Twee,Drie Vier\nA,1,2\nB,3,4\n", 1 },
	{ "text table with a continuation line",
	  "Tabel 6 X\n Domein Historiek \nCatalisti Chemie Gestart in 2012 \n"
	  "en erkend \n", 1, false,
	  ",Domein,Historiek\nCatalisti,Chemie,Gestart in 2012 en erkend\n",
	  1 },
	{ "no rows at all", "Tabel 7 X\n\n", 1, false, "", 0 },
	{ "no caption and no value rows: no builder takes it",
	  " Domein Historiek \nCatalisti Chemie Gestart \n", 0, false, "",
	  0 },
	{ "label header of lower-case words before the years, wrapped row",
	  "Tabel 8 X\nType organisatie 2022 2023 \nAgentschap Innoveren en\n"
	  "Ondernemen 4 5 \nRaden 1 2 \n", 1, true,
	  "Type organisatie,2022,2023\nAgentschap Innoveren en Ondernemen,"
	  "4,5\nRaden,1,2\n", 0 },
	{ "a year after a lower-case word stays in its cell when that fits",
	  "Tabel 9 X\nPost in 2021 2022 2023 \nA 1 2 \nB 3 4 \n", 1, true,
	  "Post in 2021,2022,2023\nA,1,2\nB,3,4\n", 0 },
};

int
main(void)
{
	size_t i, notes;
	char *got;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		load(cases[i].text, cases[i].caption, cases[i].numeric);
		got = build(&notes);
		CHECK_STR(cases[i].name, got, cases[i].want);
		CHECK_INT(cases[i].name, notes, cases[i].notes);
		free(got);
	}
	block_free(&blk);
	return check_done();
}
