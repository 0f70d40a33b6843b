/* stacked: the tables of one page whose cells stand one a line
 * (common/delim/stackfind), made into tables: the header lines as the
 * column headers (the first the label header when there is one more
 * than the values), each row's first line its label, every cell with its
 * own source line. */
#ifndef TABEL_STACKED_H
#define TABEL_STACKED_H

#include <stddef.h>

#include "common/delim/delimpage.h"
#include "common/delim/stackfind.h"

struct stacked {
	struct stackfind find;
	struct stackfind_table *tables;
	size_t tables_cap;
};

/* The tables of the lines of P, of SOURCE (kept, not copied), each to
 * EMIT (NULL: only counted); their count. */
size_t stacked_read(struct stacked *st, const char *source,
    const struct pagelines *p, delimpage_emit_fn *emit, void *ctx);
void stacked_free(struct stacked *st);

#endif
