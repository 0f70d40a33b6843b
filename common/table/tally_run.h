/* tally_run: the totals arithmetic of common/table/tally.h over a table
 * too long to hold (docs/limits.md), row by row in bounded memory: exact
 * running sums per column of the rows a label-less last row would close,
 * so that row is judged by tally's own rule (tally_unlabelled_closes)
 * and not by its label. Which rows it would close follows tally_check:
 * a total closes the rows since the previous total, a subtotal those
 * since the previous subtotal, a numbered row with values the plain rows
 * below it (values: an amount in a column checked by the rows so far);
 * a category is not ended early (tally_early needs its rows). The labels
 * are read by common/table/rowlabel.h. */
#ifndef TABEL_TALLY_RUN_H
#define TABEL_TALLY_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "common/table/tally.h"

struct tally_run {
	size_t ncols;			/* the header's, label included */
	struct tally_column *column;	/* per column: checked? */
	struct tally_cell *done;	/* sums of the open rows up to the
					 * last subtotal (itself counted) */
	struct tally_cell *pending;	/* and of those since */
	size_t ndone, npending;		/* how many rows each holds */
	bool in_category;		/* rows below a numbered row with
					 * values: closed by it */
};

/* Start R for rows of NCOLS cells (the header's width, label first). */
void tally_run_start(struct tally_run *r, size_t ncols);
/* Add a row of N cells at FIELDS, LENS (padded or cut to NCOLS) that is
 * not the table's last. */
void tally_run_add(struct tally_run *r, char *const *fields,
    const size_t *lens, size_t n);
/* Is the table's last row, of N cells at FIELDS, LENS, a total: a
 * candidate for want of a label (rowlabel_candidate_total) that adds up
 * by tally_unlabelled_closes over the rows added before it? */
bool tally_run_last_total(struct tally_run *r, char *const *fields,
    const size_t *lens, size_t n);
void tally_run_free(struct tally_run *r);

#endif
