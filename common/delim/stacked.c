/* stacked: tables of one cell a line, built. */
#include <stdlib.h>
#include <string.h>

#include "common/delim/stacked.h"

static void
build(const struct stackfind_table *f, const char *const *line,
    const size_t *len, const long *no, struct table *t)
{
	size_t i, j, row, h = f->headers, shift = f->period - h;
	size_t cell_len;
	const char *cell;

	if (f->caption != STACKFIND_NONE)
		delimregion_caption(t, line[f->caption], len[f->caption]);
	table_set_columns(t, f->period - 1);
	t->first_line = no[f->caption != STACKFIND_NONE ? f->caption :
	    f->head];
	t->last_line = no[f->end - 1];
	for (j = 0; j < h; j++) {
		i = f->head + j;
		if (j + shift == 0)
			t->label_header = table_squeeze(t, line[i], len[i]);
		else
			t->headers[j + shift - 1] = table_squeeze(t, line[i],
			    len[i]);
	}
	for (j = 0; j + 1 < f->period; j++)
		t->units[j] = table_unit_text(t, t->headers[j],
		    strlen(t->headers[j]));
	for (i = f->body; i < f->end; i += f->stride) {
		row = table_add_row(t, line[i], len[i], no[i]);
		for (j = 1; j < f->period; j++) {
			cell = line[i + j];
			cell_len = len[i + j];
			delimcell_trim(&cell, &cell_len);
			table_set_cell(t, row, j - 1, cell, cell_len,
			    no[i + j]);
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
