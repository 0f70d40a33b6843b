/* test_tableid: table ids and file names both ways, and every tool that
 * names a table agreeing: tabel-extract's ids, file names and index.csv
 * (table.h, tablecsv.h), the file names tabel-check and tabel-xlsx read
 * back, and the index entry tabel-xlsx looks up; e2e: labels-agree.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/sys/csvio.h"
#include "common/table/tabindex.h"
#include "common/table/table.h"
#include "common/table/tablecsv.h"
#include "common/table/tableid.h"
#include "tests/unit/check.h"

/* A file name read back: its id, and whether tabel-extract gives it. */
static const struct {
	const char *path, *id;
	int extract;
} files[] = {
	{ "tabel-08.csv", "8", 1 }, { "tabel-08-2.csv", "8-2", 1 },
	{ "L12.csv", "L12", 1 }, { "other.csv", "other", 0 },
	{ "out/tabel-08.csv", "8", 1 }, { "tabel-10.csv.gz", "10", 1 },
	{ "tabel-00.csv", "0", 1 }, { "dir/L1234.csv", "L1234", 1 },
	{ "tabel-3.1.csv", "3.1", 1 }, { "tabel-3.1-2.csv", "3.1-2", 1 },
	{ "tabel-123.csv", "123", 1 }, { "tabel-008.csv", "008", 1 },
	{ "report.csv", "report", 0 }, { "tabel-8b.csv", "tabel-8b", 0 },
	{ "tabel-.csv", "tabel-", 0 }, { "tabel-08-.csv", "tabel-08-", 0 },
	{ "L12x.csv", "L12x", 0 }, { "L.csv", "L", 0 },
	{ "data-3.csv", "data-3", 0 }, { "latin1.csv", "latin1", 0 },
	{ "a.b.csv", "a.b", 0 }, { "x.txt", "x.txt", 0 },
	{ "tabel-A.2.csv", "A.2", 1 }, { "tabel-III.csv", "III", 1 },
	{ "tabel-III-2.csv", "III-2", 1 }, { "tabel-Ab.csv", "tabel-Ab", 0 },
};

/* Tables as tabel-extract reads them: caption number, dup, first line. */
static const struct {
	const char *number;
	int dup;
	long first_line;
	const char *id, *file;
} tables[] = {
	{ "8", 1, 10, "8", "tabel-08.csv" },
	{ "8", 2, 90, "8-2", "tabel-08-2.csv" },
	{ NULL, 1, 12, "L12", "L12.csv" },
	{ "12", 1, 5, "12", "tabel-12.csv" },
	{ "3.1", 3, 5, "3.1-3", "tabel-3.1-3.csv" },
	{ "0", 1, 5, "0", "tabel-00.csv" },
	{ "A.2", 1, 7, "A.2", "tabel-A.2.csv" },
	{ "IV", 2, 7, "IV-2", "tabel-IV-2.csv" },
};

static void
test_files(void)
{
	char id[64], stem[64];
	size_t i;
	int got;

	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		got = tableid_of_file(files[i].path, id, sizeof id);
		CHECK_STR(files[i].path, id, files[i].id);
		CHECK_INT(files[i].path, got, files[i].extract);
	}
	tableid_stem("dir/tabel-10.csv.gz", stem, sizeof stem);
	CHECK_STR("stem", stem, "tabel-10");
}

/* The index tabel-extract would write for the tables, into PATH. */
static void
write_index(const char *path)
{
	struct csvio_writer w;
	struct table t;
	FILE *fp = fopen(path, "w");
	size_t i;

	csvio_writer_init(&w, fp);
	tablecsv_index_header(&w, true);
	for (i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		table_init(&t, "bron.txt");
		t.number = tables[i].number;
		t.dup = tables[i].dup;
		t.first_line = tables[i].first_line;
		tablecsv_index(&t, &w, true);
		table_free(&t);
	}
	csvio_writer_free(&w);
	fclose(fp);
}

/* tabel-extract names each table and its file; reading the file name
 * back (tabel-check, tabel-xlsx) gives the same id, and the index holds
 * an entry under it (tabel-xlsx --index). */
static void
test_tables(void)
{
	char path[] = "/tmp/tabel-tableid-XXXXXX";
	char id[64], file[64], back[64];
	struct tabindex ix;
	struct table t;
	size_t i;
	int fd = mkstemp(path);

	if (fd >= 0)
		close(fd);
	write_index(path);
	CHECK_INT("index", tabindex_read(&ix, path), TABINDEX_OK);
	for (i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		table_init(&t, "bron.txt");
		t.number = tables[i].number;
		t.dup = tables[i].dup;
		t.first_line = tables[i].first_line;
		table_id(&t, id, sizeof id);
		table_file_name(&t, file, sizeof file);
		table_free(&t);
		CHECK_STR("id", id, tables[i].id);
		CHECK_STR(id, file, tables[i].file);
		CHECK(tableid_of_file(file, back, sizeof back), "'%s' not read "
		    "as a table of tabel-extract", file);
		CHECK_STR(file, back, id);
		CHECK(tabindex_find(&ix, back) != NULL, "'%s' not in the "
		    "index", back);
	}
	tabindex_free(&ix);
	unlink(path);
}

/* The dup of each caption number met in a document, as every reader
 * counts it: "8", "8", "3", "8" are 8, 8-2, 3 and 8-3. */
static void
test_occurrence(void)
{
	static const struct { const char *num; int want; } cases[] = {
		{ "8", 1 }, { "8", 2 }, { "3", 1 }, { "8", 3 }, { "3.1", 1 },
	};
	struct tableid_seen seen = { 0 };
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(cases[i].num, tableid_occurrence(&seen,
		    cases[i].num), cases[i].want);
	tableid_seen_free(&seen);
	CHECK_INT("freed", seen.n, 0);
}

int
main(void)
{
	test_occurrence();
	test_files();
	test_tables();
	return check_done();
}
