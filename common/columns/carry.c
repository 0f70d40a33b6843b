/* carry: a table that goes on after a page break. pdftotext ends each
 * page with a form feed; the next page repeats the header, or (as a word
 * processor prints a table by default) has none. The two parts are one
 * table when the header is the same, cell for cell, or the second part
 * has no header and no caption and the same number of columns. */
#include <stdbool.h>
#include <string.h>

#include "common/columns/carry.h"
#include "common/table/tablehold.h"

static bool
no_header(const struct table *t)
{
	size_t c;

	for (c = 0; c < t->ncols; c++)
		if (t->headers[c][0] != '\0')
			return false;
	return t->label_header[0] == '\0';
}

static bool
same_header(const struct table *a, const struct table *b)
{
	size_t c;

	if (strcmp(a->label_header, b->label_header) != 0)
		return false;
	for (c = 0; c < a->ncols; c++)
		if (strcmp(a->headers[c], b->headers[c]) != 0)
			return false;
	return true;
}

bool
carry_goes_on(const struct table *a, const struct table *b)
{
	if (a->ncols != b->ncols || no_header(a))
		return false;
	if (b->number != NULL)	/* a caption of its own, or A's again */
		return a->number != NULL && strcmp(a->number, b->number) == 0 &&
		    same_header(a, b);
	return same_header(a, b) || (no_header(b) && b->caption == NULL);
}

bool
carry_fits(const struct table *h, const struct table *t)
{
	return tablehold_fits(h->nrows + t->nrows, h->ncols + 1);
}

static const char *
copy(struct table *t, const char *s)
{
	return s != NULL ? table_strndup(t, s, strlen(s)) : NULL;
}

void
carry_leave_out(struct table *h, long line)
{
	struct table stub;
	size_t c;

	table_init(&stub, h->source);
	stub.number = copy(&stub, h->number);
	stub.caption = copy(&stub, h->caption);
	stub.caption_unit = copy(&stub, h->caption_unit);
	stub.first_line = h->first_line;
	table_set_columns(&stub, h->ncols);
	stub.label_header = copy(&stub, h->label_header);
	for (c = 0; c < h->ncols; c++)
		stub.headers[c] = copy(&stub, h->headers[c]);
	table_leave_out(&stub, line, tablehold_strerror());
	table_free(h);
	*h = stub;
}

void
carry_append(struct table *h, struct table *t)
{
	size_t r, c, nr;
	const struct table_cell *cell;

	for (r = 0; r < t->nrows; r++) {
		nr = table_add_row(h, t->rows[r].label,
		    strlen(t->rows[r].label), t->rows[r].line);
		for (c = 0; c < t->ncols; c++) {
			cell = &t->cells[r * t->ncols + c];
			if (cell->raw[0] != '\0')
				(void)table_set_cell(h, nr, c, cell->raw,
				    strlen(cell->raw), cell->line);
		}
	}
	table_copy_notes(h, t);
	table_note(h, (size_t)-1, t->first_line, false, no_header(t) ?
	    "table goes on after a page break, its header not repeated" :
	    "table goes on after a page break under the same header");
	h->last_line = t->last_line;
	table_free(t);
}
