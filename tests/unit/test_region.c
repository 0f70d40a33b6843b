/* test_region: region storage, and building tables from regions: the
 * numeric builder (common/read/numeric) with its header (common/read/header), and
 * text tables. Each case is a region given as lines; the result is the
 * table in wide CSV plus its note count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/read/header.h"
#include "common/read/region.h"
#include "common/table/table.h"
#include "common/table/tablecsv.h"
#include "tests/unit/check.h"

static struct region reg;

/* Fill the region from TEXT ('\n'-separated); the first CAPTION lines
 * are the caption. */
static void
load(const char *text, size_t caption, bool numeric)
{
	const char *p = text, *nl;
	long no = 0;

	region_clear(&reg);
	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		region_push(&reg, p, (size_t)(nl - p), ++no);
		p = *nl ? nl + 1 : nl;
	}
	reg.body = caption;
	reg.end = reg.n;
	reg.numeric = numeric;
	reg.width = 100;
}

/* The wide CSV of the table built from the region, "" if none. */
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
	if (region_build(&reg, &t) == REGION_OK)
		tablecsv_wide(&t, &w);
	*notes = t.nnotes;
	table_free(&t);
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
	struct header h;
	struct table t;
	size_t i, notes, body, len;
	char *got;
	const char *s;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		load(cases[i].text, cases[i].caption, cases[i].numeric);
		got = build(&notes);
		CHECK_STR(cases[i].name, got, cases[i].want);
		CHECK_INT(cases[i].name, notes, cases[i].notes);
		free(got);
	}
	load("Post 2021 2022\nA 1 2\n", 0, true);
	s = region_text(&reg, 1, &len);
	CHECK(len == 5 && memcmp(s, "A 1 2", 5) == 0, "region_text");
	CHECK(region_same_text(&reg, 1, " A 1 2  ", 8), "same text");
	CHECK(!region_same_text(&reg, 1, "A 1 3", 5), "other text");
	table_init(&t, "t");
	table_set_columns(&t, 2);
	CHECK_INT("header_read", header_read(&h, &t, &reg, 0, 1, &body),
	    HEADER_OK);
	CHECK_INT("body", body, 1);
	CHECK_INT("repeat", header_is_repeat(&h, "Post  2021 2022 ", 16), 1);
	CHECK_INT("no repeat", header_is_repeat(&h, "Post 2021", 9), 0);
	header_free(&h);
	table_free(&t);
	region_free(&reg);
	CHECK(strcmp(region_strerror(REGION_EMPTY), "unknown region status")
	    != 0, "status has no message");
	CHECK(strcmp(header_strerror(HEADER_EMISMATCH),
	    "unknown header status") != 0, "status has no message");
	return check_done();
}
