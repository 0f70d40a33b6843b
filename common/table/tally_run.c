/* tally_run: running exact sums of a table too long to hold, for the
 * rule of a label-less last row (common/table/tally.h). */
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "common/sys/xalloc.h"
#include "common/table/rowlabel.h"
#include "common/table/tally.h"
#include "common/table/tally_run.h"

void
tally_run_start(struct tally_run *r, size_t ncols)
{
	memset(r, 0, sizeof *r);
	r->ncols = ncols;
	r->column = xcalloc(ncols + 1, sizeof *r->column);
	r->done = xcalloc(ncols + 1, sizeof *r->done);
	r->pending = xcalloc(ncols + 1, sizeof *r->pending);
	for (size_t i = 0; i < ncols; i++) {
		tally_sum_zero(&r->done[i]);
		tally_sum_zero(&r->pending[i]);
	}
}

/* Read the row into CELLS[ncols] (padded or cut), counted into the
 * columns; true when it has values as tally_has_values says: an amount
 * in a checked column (checked by the rows so far). */
static bool
read_row(struct tally_run *r, char *const *fields, const size_t *lens,
    size_t n, struct tally_cell *cells)
{
	bool values = false;

	for (size_t i = 0; i < r->ncols; i++) {
		tally_cell_parse(&cells[i], i < n ? fields[i] : "",
		    i < n ? lens[i] : 0);
		if (i > 0) {
			tally_column_add(&r->column[i], &cells[i]);
			values |= cells[i].status == NUM_OK &&
			    tally_column_numeric(&r->column[i], true);
		}
	}
	return values;
}

static void
free_row(struct tally_run *r, struct tally_cell *cells)
{
	for (size_t i = 0; i < r->ncols; i++)
		free(cells[i].raw);
	free(cells);
}

void
tally_run_add(struct tally_run *r, char *const *fields, const size_t *lens,
    size_t n)
{
	struct tally_cell *cells = xcalloc(r->ncols + 1, sizeof *cells);
	enum rowlabel_kind kind = rowlabel_kind(n > 0 ? fields[0] : "",
	    n > 0 ? lens[0] : 0);
	bool values = read_row(r, fields, lens, n, cells);

	if (kind == ROWLABEL_PLAIN && r->in_category) {
		free_row(r, cells);	/* a member: its category closes it */
		return;
	}
	r->in_category = kind == ROWLABEL_NUMBERED && values;
	if (kind == ROWLABEL_TOTAL) {
		for (size_t i = 1; i < r->ncols; i++) {
			tally_sum_zero(&r->done[i]);
			tally_sum_zero(&r->pending[i]);
		}
		r->ndone = r->npending = 0;
	} else if (kind == ROWLABEL_SUBTOTAL) {
		for (size_t i = 1; i < r->ncols; i++) {
			tally_sum_zero(&r->pending[i]);
			tally_sum_add(&r->done[i], &cells[i]);
		}
		r->npending = 0;
		r->ndone++;
	} else {
		for (size_t i = 1; i < r->ncols; i++)
			tally_sum_add(&r->pending[i], &cells[i]);
		r->npending++;
	}
	free_row(r, cells);
}

bool
tally_run_last_total(struct tally_run *r, char *const *fields,
    const size_t *lens, size_t n)
{
	struct tally_cell *cells;
	bool *numeric, total;

	if (n == 0 || !rowlabel_candidate_total(fields[0], lens[0], true))
		return false;
	cells = xcalloc(r->ncols + 1, sizeof *cells);
	numeric = xcalloc(r->ncols + 1, sizeof *numeric);
	read_row(r, fields, lens, n, cells);
	for (size_t i = 1; i < r->ncols; i++) {
		numeric[i] = tally_column_numeric(&r->column[i], true);
		tally_sum_add(&r->done[i], &r->pending[i]);
	}
	total = tally_unlabelled_closes(cells, r->done, numeric, r->ncols,
	    r->ndone + r->npending);
	free(numeric);
	free_row(r, cells);
	return total;
}

void
tally_run_free(struct tally_run *r)
{
	free(r->column);
	free(r->done);
	free(r->pending);
	memset(r, 0, sizeof *r);
}
