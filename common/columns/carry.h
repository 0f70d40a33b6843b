/* carry: join the part of a table on the next page to the part before. */
#ifndef TABEL_CARRY_H
#define TABEL_CARRY_H

#include <stdbool.h>

#include "common/table/table.h"

/* Does B (found at the top of a page) go on with A: the same columns,
 * no other caption number, and the same header (not all empty) or none
 * at all (a header that is not repeated on the next page)? */
bool carry_goes_on(const struct table *a, const struct table *b);
/* Append the rows, cells and notes of T to H and free T. */
void carry_append(struct table *h, struct table *t);
/* Do H and T joined stay within the limits of a table held
 * (common/table/tablehold.h)? */
bool carry_fits(const struct table *h, const struct table *t);
/* H passed those limits at LINE: it becomes its caption and header
 * alone, left out (table_leave_out), so the pages it goes on over are
 * known and skipped and memory stays within the limits. */
void carry_leave_out(struct table *h, long line);

#endif
