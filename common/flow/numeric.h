/* numeric: build a numeric table from a block: the column count from
 * the rows, the header (wrapped cells, two levels), the rows (wrapped
 * labels, values alone on a line, group rows, page furniture). */
#ifndef TABEL_NUMERIC_H
#define TABEL_NUMERIC_H

#include "common/flow/block.h"
#include "common/table/table.h"

/* Fill T (caption already read) from the body of R. False: no rows
 * that make a table. */
bool numeric_build(const struct block *r, struct table *t);

#endif
