/* delimpage: the tables of one page of delimited text (tabs, pipes,
 * semicolons): its runs (common/delim/delimregion) made into tables
 * (common/delim/delimbuild), in page order, and the lines each table
 * took: scan asks it first whether a page holds any, then for them, and
 * gives the lines they leave to the reader the rest calls for. */
#ifndef TABEL_DELIMPAGE_H
#define TABEL_DELIMPAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/pagelines.h"
#include "common/delim/delimbuild.h"
#include "common/delim/delimline.h"
#include "common/delim/delimregion.h"
#include "common/table/table.h"

/* Where a reader of common/delim hands each table it made (T is freed
 * by the reader after). */
typedef void delimpage_emit_fn(struct table *t, void *ctx);

/* The lines a table took: [first, end), its caption to its last row. */
struct delimpage_span {
	size_t first, end;
};

struct delimpage {
	struct delimline *dl;
	size_t dl_cap;
	struct delimregion *regions;
	size_t regions_cap;
	struct delimbuild build;
	struct delimpage_span *used;	/* the last read's tables' lines, */
	size_t nused, used_cap;		/* in page order */
};

/* Could the lines of P hold a delimited table at all: two lines in a
 * row (or around a border line) with a tab, a pipe or a semicolon in
 * both? (A cheap test before delimpage_read.) */
bool delimpage_may(const struct pagelines *p);
/* The tables of the lines of P, of SOURCE (kept, not copied), each to
 * EMIT (NULL: only counted); their count, and the lines each took in
 * DP->used. */
size_t delimpage_read(struct delimpage *dp, const char *source,
    const struct pagelines *p, delimpage_emit_fn *emit, void *ctx);
void delimpage_free(struct delimpage *dp);

#endif
