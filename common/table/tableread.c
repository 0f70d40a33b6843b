/* tableread: table CSV in, wide or long (see tableread.h). */
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/table/tableread.h"

/* Long input: the columns, found by name wherever they stand. The long
 * form needs table, row, col, row_label and raw; source, caption, unit,
 * col_header and line may be missing. The other fields follow them. */
static const enum longform_col needed[] = { LONGFORM_TABLE, LONGFORM_ROW,
    LONGFORM_COL, LONGFORM_ROW_LABEL, LONGFORM_RAW };

static void
find_columns(struct tableread *t)
{
	const struct csvio_row *h = &t->header.row;
	size_t i, c;

	for (i = 0; i < LONGFORM_COLS; i++)
		t->col[i] = longform_find(h, i);
	t->is_long = true;
	for (i = 0; i < sizeof needed / sizeof needed[0]; i++)
		if (t->col[needed[i]] < 0)
			t->is_long = false;
	if (!t->is_long)
		return;
	t->width = h->n;
	t->extra = xreallocarray(NULL, h->n + 1, sizeof *t->extra);
	for (i = 0; i < h->n; i++) {
		for (c = 0; c < LONGFORM_COLS && t->col[c] != (long)i; c++)
			continue;
		if (c == LONGFORM_COLS)
			t->extra[t->nextra++] = i;
	}
	t->fields = xreallocarray(NULL, LONGFORM_COLS + t->nextra,
	    sizeof *t->fields);
	t->lens = xreallocarray(NULL, LONGFORM_COLS + t->nextra,
	    sizeof *t->lens);
}

/* Field AT of ROW into field I of T's long row ("" when ROW has none). */
static void
long_field(struct tableread *t, const struct csvio_row *row, size_t i,
    long at)
{
	bool has = at >= 0 && (size_t)at < row->n;

	t->fields[i] = has ? row->fields[at] : "";
	t->lens[i] = has ? row->lens[at] : 0;
}

/* ROW of long input in the long form's order, into T->row. */
static void
long_order(struct tableread *t, const struct csvio_row *row)
{
	size_t i;

	t->short_row = false;
	for (i = 0; i < sizeof needed / sizeof needed[0]; i++)
		t->short_row |= (size_t)t->col[needed[i]] >= row->n;
	for (i = 0; i < LONGFORM_COLS; i++)
		long_field(t, row, i, t->col[i]);
	for (i = 0; i < t->nextra; i++)
		long_field(t, row, LONGFORM_COLS + i, (long)t->extra[i]);
	t->row.fields = t->fields;
	t->row.lens = t->lens;
	t->row.n = LONGFORM_COLS + t->nextra;
	t->row.line = row->line;
}

/* The header of long input in the long form's order. */
static void
long_header(struct tableread *t)
{
	struct rowcopy file = t->header;
	const char *name;

	long_order(t, &file.row);
	for (size_t i = 0; i < LONGFORM_COLS; i++)
		if (t->col[i] < 0) {
			name = longform_name(i);
			t->fields[i] = (char *)name;
			t->lens[i] = strlen(name);
		}
	memset(&t->header, 0, sizeof t->header);
	rowcopy_take(&t->header, &t->row);
	rowcopy_free(&file);
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
	if (t->is_long)
		long_header(t);
	return CSVIO_OK;
}

enum csvio_status
tableread_next(struct tableread *t, const struct csvio_row **row)
{
	const struct csvio_row *r;
	enum csvio_status st;

	if ((st = next_record(t, &r)) != CSVIO_OK || !t->is_long) {
		*row = r;
		return st;
	}
	if (r->n != t->width)
		warn_at(t->name, r->line, "long row has %zu field%s, header "
		    "has %zu", r->n, r->n == 1 ? "" : "s", t->width);
	long_order(t, r);
	*row = &t->row;
	return CSVIO_OK;
}

void
tableread_close(struct tableread *t)
{
	if (t->fix.name != NULL)
		textfix_end(&t->fix);
	textfix_free(&t->fix);
	rowcopy_free(&t->header);
	free(t->extra);
	free(t->fields);
	free(t->lens);
	if (t->csv != NULL)
		csvio_close(t->csv);
	t->csv = NULL;
}
