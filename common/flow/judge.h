/* judge: a table's own arithmetic as the judge where spacing alone is
 * ambiguous. A row that spacing cannot place for sure is tried in every
 * placement; the one under which most totals and subtotals add up wins.
 * The arithmetic is tabel-check's (common/table/tally.h): the same rows
 * close the same rows, amounts are exact decimals, and a difference of
 * one unit in the last printed decimal is rounding. */
#ifndef TABEL_JUDGE_H
#define TABEL_JUDGE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/table/table.h"
#include "common/table/tally.h"

/* The most placements tried for one row, and the widest row judged. */
#define JUDGE_MAX_TRIES 256
#define JUDGE_MAX_CELLS 64

/* How many cells of T's subtotals and totals agree with the rows they
 * close, exactly or by rounding: tally_agree (common/table/tally.h) with
 * what each row label says (common/table/rowlabel.h). */
size_t judge_score(const struct table *t);
/* How many placements judge_place would try for the N cells CELLS of a
 * row of T: 0 when there is nothing to judge or too much. */
size_t judge_placements(const struct table *t, const char **cells,
    size_t n);
/* Row ROW of T holds the spacing default for its N cells CELLS (read
 * from LINE, copied to T's arena). Try every way to drop surplus empty
 * cells or to add missing ones, and keep the one placement under which
 * most totals add up; when several tie the default stays. Returns the
 * placements tried (0: nothing to judge), *AGREE the best score,
 * *DECIDED whether one placement won (else the default is put back). */
size_t judge_place(struct table *t, size_t row, const char **cells,
    size_t n, long line, size_t *agree, bool *decided);

/* judge_place for many rows of one table: the table's cells are read
 * into its sums once (judge_open), not once a row. */
struct judge {
	struct table *t;
	struct tally_table tt;
	enum rowlabel_kind *kinds;
};

/* Read T into J; T's rows change only through judge_row till
 * judge_close. */
void judge_open(struct judge *j, struct table *t);
/* judge_place on J's table. */
size_t judge_row(struct judge *j, size_t row, const char **cells,
    size_t n, long line, size_t *agree, bool *decided);
void judge_close(struct judge *j);

#endif
