/* tableread: table CSV in, wide or long (see tableread.h). */
#include <string.h>

#include "common/table/tableread.h"

/* Long input: the columns, found by name wherever they stand. The long
 * form needs table, row, col, row_label and raw; source, caption, unit,
 * col_header and line may be missing. */
static void
find_columns(struct tableread *t)
{
	static const enum longform_col needed[] = { LONGFORM_TABLE,
	    LONGFORM_ROW, LONGFORM_COL, LONGFORM_ROW_LABEL, LONGFORM_RAW };
	const struct csvio_row *h = &t->header.row;
	size_t i;

	for (i = 0; i < LONGFORM_COLS; i++)
		t->col[i] = longform_find(h, i);
	t->is_long = true;
	for (i = 0; i < sizeof needed / sizeof needed[0]; i++)
		if (t->col[needed[i]] < 0)
			t->is_long = false;
	t->in_order = t->is_long && longform_is_header(h);
}

/* The next record, blank ones dropped when asked, made UTF-8, with the
 * line where it starts. */
static enum csvio_status
next_record(struct tableread *t, const struct csvio_row **row)
{
	const struct csvio_row *r;
	enum csvio_status st;

	do
		st = csvio_next(t->csv, &r);
	while (st == CSVIO_OK && (t->flags & TABLEREAD_SKIP_BLANK) &&
	    r->n == 1 && r->lens[0] == 0);
	if (st != CSVIO_OK)
		return st;
	t->row = *r;
	t->row.line = csvio_first_line(t->csv);
	*row = textfix_row(&t->fix, &t->row);
	return CSVIO_OK;
}

enum csvio_status
tableread_open(struct tableread *t, const char *path, int flags)
{
	const struct csvio_row *row;
	enum csvio_status st;

	memset(t, 0, sizeof *t);
	t->name = path == NULL || strcmp(path, "-") == 0 ? "(stdin)" : path;
	t->flags = flags;
	for (size_t i = 0; i < LONGFORM_COLS; i++)
		t->col[i] = -1;
	if ((st = csvio_open(&t->csv, path)) != CSVIO_OK)
		return st;
	textfix_start(&t->fix, t->name, "fields");
	if ((st = next_record(t, &row)) != CSVIO_OK)
		return st;
	rowcopy_take(&t->header, row);
	find_columns(t);
	return CSVIO_OK;
}

enum csvio_status
tableread_next(struct tableread *t, const struct csvio_row **row)
{
	return next_record(t, row);
}

void
tableread_close(struct tableread *t)
{
	if (t->fix.name != NULL)
		textfix_end(&t->fix);
	textfix_free(&t->fix);
	rowcopy_free(&t->header);
	if (t->csv != NULL)
		csvio_close(t->csv);
	t->csv = NULL;
}
