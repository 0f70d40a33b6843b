/* doubt: the rows of a numeric table whose cells did not match the
 * columns, kept as read until all rows are in; then the table's
 * arithmetic (common/flow/judge) places each, and a note says how. */
#ifndef TABEL_DOUBT_H
#define TABEL_DOUBT_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/layout.h"
#include "common/table/table.h"

/* Doubtful rows judged per table, and cells added up while judging
 * them, at most: time is bounded (each placement of a row adds up the
 * whole table again). */
#define DOUBT_MAX_JUDGED 256
#define DOUBT_MAX_WORK ((size_t)1 << 22)

struct doubt {
	size_t row, n;
	const char **cells;	/* as read, before fitting */
	long line;
};

/* Start zeroed: struct doubt_list dl = { 0 }. */
struct doubt_list {
	struct doubt *v;
	size_t n, cap;
};

/* Keep the cells of L (source line NO; the row T will add next) as read,
 * less an empty label slot; PENDING: a label from earlier lines waits
 * for these values. The strings live in T's arena. */
void doubt_keep(struct doubt_list *dl, struct table *t,
    const struct layout_line *l, bool pending, long no);
/* Forget the row kept last: its fit was certain after all. */
void doubt_forget_last(struct doubt_list *dl);
/* Place every kept row by T's arithmetic, note the verdicts on T (and
 * the rows past the bounds, left at the spacing default), and free DL. */
void doubt_judge(struct doubt_list *dl, struct table *t);

#endif
