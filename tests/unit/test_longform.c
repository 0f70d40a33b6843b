/* test_longform: the long form's header is recognised, and only it; the
 * header tabel-extract writes (tablecsv.h) is that one; a reader finds
 * the columns by name in any order (tabel-check). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/table/longform.h"
#include "common/table/tablecsv.h"
#include "tests/unit/check.h"

/* The header tablecsv_long_header writes, and a reader that finds its
 * columns by name in a header of other order. */
static void
test_writer_reader(void)
{
	char *text = NULL, want[256] = "";
	size_t len = 0, i;
	FILE *fp = open_memstream(&text, &len);
	struct csvio_writer w;
	char *fields[] = { "raw", "x", "table", "row_label" };
	size_t lens[] = { 3, 1, 5, 9 };
	struct csvio_row row = { fields, lens, 4, 1 };

	csvio_writer_init(&w, fp);
	tablecsv_long_header(&w);
	csvio_writer_free(&w);
	fclose(fp);
	for (i = 0; i < LONGFORM_COLS; i++)
		snprintf(want + strlen(want), sizeof want - strlen(want),
		    "%s%s", i > 0 ? "," : "", longform_name(i));
	strcat(want, "\n");
	CHECK_STR("tablecsv_long_header", text, want);
	free(text);
	CHECK_INT("raw", longform_find(&row, LONGFORM_RAW), 0);
	CHECK_INT("table", longform_find(&row, LONGFORM_TABLE), 2);
	CHECK_INT("row_label", longform_find(&row, LONGFORM_ROW_LABEL), 3);
	CHECK_INT("source", longform_find(&row, LONGFORM_SOURCE), -1);
	CHECK_INT("past the end", longform_find(&row, LONGFORM_COLS), -1);
}

int
main(void)
{
	char *names[12], *other[10];
	size_t lens[12], i;
	struct csvio_row row = { names, lens, 10, 1 };

	for (i = 0; i < LONGFORM_COLS; i++) {
		names[i] = (char *)longform_name(i);
		lens[i] = strlen(names[i]);
		other[i] = names[i];
	}
	CHECK_STR("col 0", longform_name(LONGFORM_SOURCE), "source");
	CHECK_STR("col 9", longform_name(LONGFORM_LINE), "line");
	CHECK_STR("past the end", longform_name(LONGFORM_COLS), "");
	CHECK(longform_is_header(&row), "the header itself");
	names[10] = "value";
	lens[10] = 5;
	row.n = 11;
	CHECK(longform_is_header(&row), "with a column added");
	row.n = 9;
	CHECK(!longform_is_header(&row), "a column short");
	other[8] = "Raw";
	row.fields = other;
	row.n = 10;
	CHECK(!longform_is_header(&row), "a name in another case");
	test_writer_reader();
	return check_done();
}
