/* test_table: ids and file names, text helpers, the CSV writers and the
 * quality share of tabel-find's row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/csvio.h"
#include "common/table/table.h"
#include "common/table/tablecsv.h"
#include "tests/unit/check.h"

/* What WRITE prints for T, as a string (owned by the caller). */
static char *
written(const struct table *t, void (*write)(const struct table *,
    struct csvio_writer *))
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct csvio_writer w;

	csvio_writer_init(&w, fp);
	write(t, &w);
	csvio_writer_free(&w);
	fclose(fp);
	return buf;
}

/* The index row as tabel-find and as tabel-extract -o write it. */
static void
index_find(const struct table *t, struct csvio_writer *w)
{
	tablecsv_index(t, w, false);
}

static void
index_extract(const struct table *t, struct csvio_writer *w)
{
	tablecsv_index(t, w, true);
}

static void
sample(struct table *t)
{
	size_t r;

	table_init(t, "doc.txt");
	t->number = "8";
	t->caption = "Uitgaven (in miljoen euro)";
	t->caption_unit = "miljoen euro";
	t->first_line = 10;
	t->last_line = 14;
	table_set_columns(t, 2);
	t->label_header = "Post";
	t->headers[0] = "2022";
	t->headers[1] = "Steun (MEUR)";
	t->units[1] = "MEUR";
	r = table_add_row(t, "  Huur   en\tlasten ", 19, 12);
	table_set_cell(t, r, 0, "1,5", 3, 12);
	table_set_cell(t, r, 1, "2", 1, 12);
	r = table_add_row(t, "Totaal", 6, 14);
	table_set_cell(t, r, 1, "2", 1, 14);
	table_note(t, r, 14, false, "a judgement call");
	table_loose(t, 13, true, "49  Leden ", 10);
	table_sort_notes(t);
}

/* table_squeezes_to agrees with table_squeeze on every pair of texts
 * (a NUL inside too). */
static void
squeezes(void)
{
	static const struct { const char *s; size_t len; } texts[] = {
		{ "", 0 }, { " ", 1 }, { "a", 1 }, { " a", 2 }, { "a ", 2 },
		{ "a  b", 4 }, { "a b", 3 }, { "\ta\r b ", 6 }, { "a b c", 5 },
		{ "ab", 2 }, { "a\0b", 3 }, { "a \0b", 4 }, { "  \0a", 4 },
		{ "a b ", 4 }, { "a bc", 4 },
	};
	size_t n = sizeof(texts) / sizeof(texts[0]), i, j;
	struct table t;
	const char *sq;

	table_init(&t, "doc.txt");
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			sq = table_squeeze(&t, texts[i].s, texts[i].len);
			CHECK_INT(texts[i].s, table_squeezes_to(texts[i].s,
			    texts[i].len, texts[j].s), strcmp(sq,
			    texts[j].s) == 0);
		}
	table_free(&t);
}

/* A title line states the unit when the caption states none, and is
 * kept as a note either way. */
static void
title_lines(void)
{
	struct table t;

	table_init(&t, "doc.txt");
	table_title_line(&t, 4, "Aandeel berekend als A / B", 26);
	CHECK(t.caption_unit == NULL, "a formula states no unit");
	table_title_line(&t, 5, "Bedragen in duizend euro.", 25);
	CHECK(t.caption_unit != NULL &&
	    strcmp(t.caption_unit, "duizend euro") == 0, "unit line: %s",
	    t.caption_unit ? t.caption_unit : "(none)");
	table_title_line(&t, 6, "in miljoen euro", 15);
	CHECK_STR("first unit said wins", t.caption_unit, "duizend euro");
	CHECK_INT("three notes", t.nnotes, 3);
	table_free(&t);
}

int
main(void)
{
	struct table t;
	char buf[64], *out;

	squeezes();
	title_lines();
	sample(&t);
	table_id(&t, buf, sizeof(buf));
	CHECK_STR("id", buf, "8");
	table_file_name(&t, buf, sizeof(buf));
	CHECK_STR("file", buf, "tabel-08.csv");
	t.dup = 2;
	table_id(&t, buf, sizeof(buf));
	CHECK_STR("id dup", buf, "8-2");
	table_file_name(&t, buf, sizeof(buf));
	CHECK_STR("file dup", buf, "tabel-08-2.csv");
	t.dup = 1;
	CHECK_STR("squeezed label", t.rows[0].label, "Huur en lasten");
	CHECK_STR("unit", table_unit(&t), "MEUR");
	out = written(&t, tablecsv_wide);
	CHECK_STR("wide", out, "Post,2022,Steun (MEUR)\n"
	    "Huur en lasten,\"1,5\",2\nTotaal,,2\n");
	free(out);
	out = written(&t, index_find);
	CHECK_STR("index", out, "doc.txt,8,Uitgaven (in miljoen euro),MEUR,"
	    "10,14,2,3,numeric,0.50\n");
	free(out);
	out = written(&t, index_extract);
	CHECK_STR("index, row lines", out, "doc.txt,8,Uitgaven (in miljoen "
	    "euro),MEUR,10,14,2,3,numeric,0.50,\"12,14\"\n");
	free(out);
	t.rows[1].line = 15;	/* a label wrapped onto the next line */
	CHECK_INT("row line: its first cell's", table_row_line(&t, 1), 14);
	t.rows[1].line = 13;	/* a label above its values */
	CHECK_INT("row line: its label's", table_row_line(&t, 1), 13);
	out = written(&t, index_extract);
	CHECK(strstr(out, ",0.50,12-13\n") != NULL, "row lines: %s", out);
	free(out);
	t.rows[1].line = 14;
	out = written(&t, tablecsv_long);
	CHECK(strstr(out, ",miljoen euro,1,1,Huur en lasten,2022,\"1,5\",12\n")
	    != NULL, "long cell 1,1: %s", out);
	CHECK(strstr(out, ",0,0,,,49 Leden,13\n") != NULL &&
	    strstr(out, "49 Leden") < strstr(out, "Totaal"),
	    "long unplaced line before row 2: %s", out);
	free(out);
	table_append(&t, 1, 0, " extra", 6, NULL);
	CHECK_STR("append label", t.rows[1].label, "Totaal extra");
	CHECK_INT("set beyond", table_set_cell(&t, 0, 2, "x", 1, 1), 0);
	table_free(&t);
	table_init(&t, "doc.txt");
	t.first_line = 123;
	table_id(&t, buf, sizeof(buf));
	CHECK_STR("uncaptioned id", buf, "L123");
	table_file_name(&t, buf, sizeof(buf));
	CHECK_STR("uncaptioned file", buf, "L123.csv");
	t.number = "112";
	table_file_name(&t, buf, sizeof(buf));
	CHECK_STR("three digits", buf, "tabel-112.csv");
	table_free(&t);
	return check_done();
}
