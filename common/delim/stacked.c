/* stacked: tables of one cell a line, built. A blank line is an empty
 * cell; when the period rests on the blank lines alone (stackfind's
 * unsure), the rows that have one are a judgement call, reported. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/stacked.h"

static bool
blank(const char *s, size_t len)
{
	delimcell_trim(&s, &len);
	return len == 0;
}

/* Row ROW of T reads a blank line as an empty cell, and only the blank
 * lines make the table NCOLS columns: a judgement call, said once (at
 * the first blank line LINE; *NOTED after). */
static void
unsure_cell(struct table *t, size_t row, size_t ncols, long line,
    bool *noted)
{
	if (*noted)
		t->rows[row].judged = true;
	else
		table_note(t, row, line, false, "blank lines read as empty "
		    "cells, rows of a label and %zu cells: no header or full "
		    "row confirms it", ncols);
	*noted = true;
}

static void
build(const struct stackfind_table *f, const char *const *line,
    const size_t *len, const long *no, struct table *t)
{
	size_t i, j, row, h = f->headers, shift = f->period - h;
	size_t cell_len;
	const char *cell;
	bool noted = false;	/* the unsure period said */

	if (f->caption != STACKFIND_NONE)
		delimregion_caption(t, line[f->caption], len[f->caption]);
	table_set_columns(t, f->period - 1);
	t->first_line = no[f->caption != STACKFIND_NONE ? f->caption :
	    f->head];
	for (i = f->end; i > f->body + 1 && blank(line[i - 1], len[i - 1]);
	    i--)
		continue;	/* the last row's empty cells */
	t->last_line = no[i - 1];
	for (j = 0; j < h; j++) {
		i = f->head + j;
		if (j + shift == 0)
			t->label_header = table_squeeze(t, line[i], len[i]);
		else
			t->headers[j + shift - 1] = table_squeeze(t, line[i],
			    len[i]);
	}
	for (j = 0; j + 1 < f->period; j++)
		t->units[j] = table_header_unit_text(t, t->headers[j],
		    strlen(t->headers[j]));
	for (i = f->body; i < f->end; i += f->stride) {
		row = table_add_row(t, line[i], len[i], no[i]);
		for (j = 1; j < f->period && i + j < f->end; j++) {
			cell = line[i + j];
			cell_len = len[i + j];
			delimcell_trim(&cell, &cell_len);
			if (cell_len > 0)
				table_set_cell(t, row, j - 1, cell, cell_len,
				    no[i + j]);
			else if (f->unsure != STACKFIND_NONE)
				unsure_cell(t, row, f->period - 1,
				    no[f->unsure], &noted);
		}
	}
}

size_t
stacked_read(struct stacked *st, const char *source,
    const struct pagelines *p, delimpage_emit_fn *emit, void *ctx)
{
	size_t nt, i;
	struct table t;

	nt = stackfind_tables(&st->find, p, &st->tables, &st->tables_cap);
	for (i = 0; i < nt && emit != NULL; i++) {
		table_init(&t, source);
		build(&st->tables[i], p->line, p->len, p->no, &t);
		emit(&t, ctx);
		table_free(&t);
	}
	return nt;
}

void
stacked_free(struct stacked *st)
{
	stackfind_free(&st->find);
	free(st->tables);
	memset(st, 0, sizeof(*st));
}
