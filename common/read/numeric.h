/* numeric: build a numeric table from a block: the column count from
 * the rows, the header (wrapped cells, two levels), the rows (wrapped
 * labels, values alone on a line, group rows, page furniture). */
#ifndef TABEL_NUMERIC_H
#define TABEL_NUMERIC_H

#include "common/read/block.h"
#include "common/table/table.h"

enum numeric_status {
	NUMERIC_OK,
	NUMERIC_ENOROWS,	/* no rows that make a table */
	NUMERIC_STATUS_COUNT
};

/* Fill T (caption already read) from the body of R. */
enum numeric_status numeric_build(const struct block *r, struct table *t);
const char *numeric_strerror(enum numeric_status status);

#endif
