/* carry: join the part of a table on the next page to the part before. */
#ifndef TABEL_CARRY_H
#define TABEL_CARRY_H

#include <stdbool.h>

#include "common/table/table.h"

/* Does B (found at the top of a page) go on with A: the same columns,
 * the same header, not all empty, and no other caption number? */
bool carry_same_header(const struct table *a, const struct table *b);
/* Append the rows, cells and notes of T to H and free T. */
void carry_append(struct table *h, struct table *t);

#endif
