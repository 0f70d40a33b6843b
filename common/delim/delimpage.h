/* delimpage: the tables of one page of delimited text (tabs, pipes,
 * semicolons): its runs (common/delim/delimregion) made into tables
 * (common/delim/delimbuild), in page order. scan asks it first whether a
 * page holds any, and then for them. */
#ifndef TABEL_DELIMPAGE_H
#define TABEL_DELIMPAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/delim/delimbuild.h"
#include "common/delim/delimline.h"
#include "common/delim/delimregion.h"
#include "common/cells/pagelines.h"
#include "common/table/table.h"

/* Where a reader of common/delim hands each table it made (T is freed
 * by the reader after). */
typedef void delimpage_emit_fn(struct table *t, void *ctx);

struct delimpage {
	struct delimline *dl;
	size_t dl_cap;
	struct delimregion *regions;
	size_t regions_cap;
	struct delimbuild build;
};

/* Could the lines of P hold a delimited table at all: two lines in a
 * row (or around a border line) with a tab, a pipe or a semicolon in
 * both? (A cheap test before delimpage_read.) */
bool delimpage_may(const struct pagelines *p);
/* The tables of the lines of P, of SOURCE (kept, not copied), each to
 * EMIT (NULL: only counted); their count. */
size_t delimpage_read(struct delimpage *dp, const char *source,
    const struct pagelines *p, delimpage_emit_fn *emit, void *ctx);
void delimpage_free(struct delimpage *dp);

#endif
