/* test_tabindex: reading index.csv (file names: test_tableid), its
 * row_lines checked on reading and handed out per table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/sys/err.h"
#include "common/table/tabindex.h"
#include "tests/unit/capture.h"
#include "tests/unit/check.h"

/* Write TEXT to PATH. */
static void
put_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

static void
test_read(void)
{
	char path[] = "/tmp/tabel-index-XXXXXX";
	FILE *fp = fdopen(mkstemp(path), "w");
	struct tabindex ix;
	const struct tabindex_entry *e;

	fputs("table,source,caption,extra\n8,a.txt,\"Tabel, acht\",x\n"
	    "L12,a.txt,,\n", fp);
	fclose(fp);
	CHECK_INT("read", tabindex_read(&ix, path), TABINDEX_OK);
	CHECK_INT("entries", ix.n, 2);
	e = tabindex_find(&ix, "8");
	CHECK(e != NULL, "table 8 not found");
	if (e != NULL) {
		CHECK_STR("caption", e->field[TABINDEX_CAPTION], "Tabel, acht");
		CHECK_STR("unit (absent)", e->field[TABINDEX_UNIT], "");
		CHECK_INT("line", e->line, 2);
	}
	CHECK(tabindex_find(&ix, "9") == NULL, "table 9 found");
	tabindex_free(&ix);
	fp = fopen(path, "w");
	fputs("source,caption\na,b\n", fp);
	fclose(fp);
	CHECK_INT("no table column", tabindex_read(&ix, path),
	    TABINDEX_ENOTABLE);
	unlink(path);
	CHECK_INT("missing", tabindex_read(&ix, path), TABINDEX_EREAD);
	for (int s = 0; s < TABINDEX_STATUS_COUNT; s++)
		CHECK(strcmp(tabindex_strerror(NULL, s),
		    "unknown tabindex status"), "status %d has no message", s);
}

/* An index of tabel-extract -o: row_lines kept when it lists a line per
 * row, reported and dropped when not; an index without it (tabel-find's,
 * or one of before) reads as row lines unknown. */
static void
test_row_lines(void)
{
	char path[] = "/tmp/tabel-index-XXXXXX";
	struct tabindex ix;
	const struct tabindex_entry *e;
	long *lines;

	close(mkstemp(path));
	put_file(path, "source,table,rows,row_lines\n"
	    "a.txt,8,4,\"12-14,16\"\n"	/* good */
	    "a.txt,9,2,\"20,x\"\n"		/* no number */
	    "a.txt,10,2,30-29\n"		/* backwards */
	    "a.txt,11,3,\"40,42\"\n"		/* fewer than its rows */
	    "a.txt,12,,50-52\n"		/* rows not said: kept */
	    "a.txt,13,0,\n"			/* no rows */
	    "a.txt,14,3,\n");			/* lines not known */
	capture();
	CHECK_INT("read", tabindex_read(&ix, path), TABINDEX_OK);
	release();
	CHECK(strstr(captured, ":3: table 9: row_lines: no line number: "
	    "'x'; the lines of its rows unknown\n") != NULL, "%s", captured);
	CHECK(strstr(captured, ":4: table 10: row_lines: a range that does "
	    "not run forward: '30-29'; the lines") != NULL, "%s", captured);
	CHECK(strstr(captured, ":5: table 11: row_lines: not one line per "
	    "row: 2 lines for 3 rows; the lines") != NULL, "%s", captured);
	CHECK(strstr(captured, "table 12") == NULL &&
	    strstr(captured, "table 14") == NULL, "%s", captured);
	CHECK_INT("status", err_status(), EXIT_DATA);
	e = tabindex_find(&ix, "8");
	CHECK_STR("kept", e->field[TABINDEX_ROW_LINES], "12-14,16");
	lines = tabindex_row_lines(e, 4, "tabel-08.csv");
	CHECK(lines != NULL && lines[0] == 12 && lines[2] == 14 &&
	    lines[3] == 16, "table 8: its row lines");
	free(lines);
	capture();
	CHECK(tabindex_row_lines(e, 5, "tabel-08.csv") == NULL,
	    "table 8 of 5 rows: lines");
	release();
	CHECK_STR("changed table", captured, "tabel-test: tabel-08.csv: "
	    "table 8: the index's row_lines: not one line per row: 4 lines "
	    "for 5 rows; the lines of its rows unknown\n");
	for (const char *id = "9"; id != NULL; id = strcmp(id, "9") == 0 ?
	    "10" : strcmp(id, "10") == 0 ? "11" : NULL) {
		e = tabindex_find(&ix, id);
		CHECK_STR(id, e->field[TABINDEX_ROW_LINES], "");
		CHECK(tabindex_row_lines(e, 2, "t.csv") == NULL,
		    "table %s: lines", id);
	}
	lines = tabindex_row_lines(tabindex_find(&ix, "12"), 3, "t.csv");
	CHECK(lines != NULL && lines[2] == 52, "table 12: its row lines");
	free(lines);
	CHECK(tabindex_row_lines(tabindex_find(&ix, "13"), 0, "t.csv") ==
	    NULL, "no rows: no lines");
	CHECK(tabindex_row_lines(NULL, 3, "t.csv") == NULL, "no entry");
	tabindex_free(&ix);
	put_file(path, "source,table,rows\na.txt,8,2\n");	/* of before */
	CHECK_INT("old index", tabindex_read(&ix, path), TABINDEX_OK);
	CHECK(tabindex_row_lines(tabindex_find(&ix, "8"), 2, "t.csv") ==
	    NULL, "old index: lines");
	tabindex_free(&ix);
	unlink(path);
}

int
main(void)
{
	err_init("tabel-test");
	test_read();
	test_row_lines();
	return check_done();
}
