/* build: turn a table candidate (common/flow/block) into a table: the
 * steps every table shares (its first line, the caption and the unit it
 * states, the notes in line order) around one builder, chosen in one
 * place: numeric tables (common/flow/numeric), text tables
 * (common/flow/texttable). A reader for another layout is one more
 * builder there. */
#ifndef TABEL_BUILD_H
#define TABEL_BUILD_H

#include "common/flow/block.h"
#include "common/table/table.h"

/* Build table T (initialised by the caller) from B. False: B holds no
 * table after all; T is then left for the caller to free. */
bool build_table(const struct block *b, struct table *t);
/* T (initialised) for B's table left out at LINE, where it passed a
 * limit of what is held (WHY: "row has more than ..."): its caption and
 * lines so far, a warning, no rows (T->left_out). */
void build_left_out(const struct block *b, struct table *t, long line,
    const char *why);

#endif
