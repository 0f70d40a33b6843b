/* test_tabindex: reading index.csv (file names: test_tableid). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/table/tabindex.h"
#include "tests/unit/check.h"

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

int
main(void)
{
	test_read();
	return check_done();
}
