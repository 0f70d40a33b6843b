/* judge: a table's own arithmetic as the judge where spacing alone is
 * ambiguous. A row that spacing cannot place for sure is tried in every
 * placement; the one under which most totals and subtotals add up wins.
 * Amounts are read as exact fixed-point integers, never as floats. */
#ifndef TABEL_JUDGE_H
#define TABEL_JUDGE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/table/table.h"

enum judge_status {
	JUDGE_OK,
	JUDGE_NOT_AMOUNT,	/* the cell holds no amount */
	JUDGE_TOO_BIG,		/* more digits than fit */
	JUDGE_STATUS_COUNT
};

/* The most placements tried for one row, and the widest row judged. */
#define JUDGE_MAX_TRIES 256
#define JUDGE_MAX_CELLS 64

/* Read RAW ("1.039.200", "111,75", "€ 12", "/") as ten-thousandths into
 * *V; "/" and "-" read as 0. Dutch notation: "," decimals, "." groups. */
enum judge_status judge_amount(const char *raw, long long *v);
/* How many subtotals and totals of T add up, column by column: a total
 * row ("Totaal ...": common/table/rowlabel.h, or a last row without label)
 * against the category rows ("1. ...") or all rows above it, a subtotal
 * row against the rows since the previous subtotal, a category row
 * against the rows below it up to the next category. */
size_t judge_score(const struct table *t);
/* Row ROW of T holds the spacing default for its N cells CELLS (read
 * from LINE, copied to T's arena). Try every way to drop surplus empty
 * cells or to add missing ones, and keep the one placement under which
 * most totals add up; when several tie the default stays. Returns the
 * placements tried (0: nothing to judge), *AGREE the best score,
 * *DECIDED whether one placement won (else the default is put back). */
size_t judge_place(struct table *t, size_t row, const char **cells,
    size_t n, long line, size_t *agree, bool *decided);
const char *judge_strerror(enum judge_status status);

#endif
