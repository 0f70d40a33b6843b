/* test_doubt: a row kept as read, forgotten, or placed by the totals. */
#include <string.h>

#include "common/flow/doubt.h"
#include "common/cells/layout.h"
#include "common/table/table.h"
#include "tests/unit/check.h"

/* Add a row to T from LINE with its cells from the left, keeping it as
 * a doubt first when it has fewer cells than columns. */
static void
add(struct table *t, struct doubt_list *dl, struct layout_reader *rd,
    const char *line, long no)
{
	struct layout_line l;
	size_t row, c;

	layout_read(rd, line, strlen(line), &l);
	if (l.ncells != t->ncols)
		doubt_keep(dl, t, &l, false, no);
	row = table_add_row(t, l.label.s, l.label.len, no);
	for (c = 0; c < l.ncells && c < t->ncols; c++)
		table_set_cell(t, row, c, l.cells[c].s, l.cells[c].len, no);
}

int
main(void)
{
	struct layout_reader rd = { 0 };
	struct doubt_list dl = { 0 };
	struct layout_line l;
	struct table t;

	table_init(&t, "t.txt");
	table_set_columns(&t, 2);
	add(&t, &dl, &rd, "A 1 2 ", 1);
	add(&t, &dl, &rd, "B 7 ", 2);	/* the total says column 2 */
	add(&t, &dl, &rd, "Totaal 1 9 ", 3);
	CHECK_INT("kept", dl.n, 1);
	CHECK_INT("row", dl.v[0].row, 1);
	CHECK_STR("cell", dl.v[0].cells[0], "7");
	doubt_judge(&dl, &t);
	CHECK_INT("freed", dl.n, 0);
	CHECK(strcmp(t.cells[2].raw, "") == 0 && strcmp(t.cells[3].raw, "7") ==
	    0, "B placed at '%s'|'%s'", t.cells[2].raw, t.cells[3].raw);
	CHECK_INT("one note", t.nnotes, 1);
	CHECK(t.nnotes == 1 && strstr(t.notes[0].text, "arithmetic chose") !=
	    NULL, "note '%s'", t.nnotes ? t.notes[0].text : "");
	table_free(&t);

	/* A leading empty label slot is not kept as a cell. */
	table_init(&t, "t.txt");
	table_set_columns(&t, 3);
	layout_read(&rd, "  5 6 ", 6, &l);
	doubt_keep(&dl, &t, &l, false, 7);
	CHECK_INT("cells", dl.v[0].n, l.ncells - 1);
	doubt_forget_last(&dl);
	CHECK_INT("forgotten", dl.n, 0);
	doubt_forget_last(&dl);
	doubt_judge(&dl, &t);
	CHECK_INT("no note", t.nnotes, 0);
	table_free(&t);

	/* Too large to judge in the time a table may take: the row keeps
	 * its spacing default, and a note says so. */
	table_init(&t, "t.txt");
	table_set_columns(&t, 20);
	while (t.nrows < DOUBT_MAX_WORK / (190 * 21) + 1)
		table_add_row(&t, "r", 1, (long)t.nrows + 1);
	add(&t, &dl, &rd, "Rij 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 ",
	    (long)t.nrows + 1);	/* 18 cells for 20 columns: 190 ways */
	CHECK_INT("kept", dl.n, 1);
	doubt_judge(&dl, &t);
	CHECK(t.nnotes == 1 && strstr(t.notes[0].text, "too large") != NULL,
	    "note '%s'", t.nnotes ? t.notes[0].text : "");
	table_free(&t);
	layout_free(&rd);
	return check_done();
}
