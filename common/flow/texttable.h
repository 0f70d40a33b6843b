/* texttable: build a text table from a block: the first body line is the
 * header, every other line a row split by double spaces and capitals or
 * the continuation of the row before; every word lands in some cell. */
#ifndef TABEL_TEXTTABLE_H
#define TABEL_TEXTTABLE_H

#include <stdbool.h>

#include "common/flow/block.h"
#include "common/table/table.h"

/* Fill T (caption already read) from the body of B. False: B holds no
 * header and rows, or holds prose (T may be half filled). */
bool texttable_build(const struct block *b, struct table *t);

#endif
