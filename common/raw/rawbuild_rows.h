/* rawbuild_rows: the rows of a table of pdftotext -raw text, a part of
 * rawbuild: text lines wrap the next row's label, or the row before when
 * they start in lower case or with "(", or are a group label's row of
 * their own; short rows are placed by each column's type signature, and
 * a short row of answers goes on in a text cell on the lines after it. */
#ifndef TABEL_RAWBUILD_ROWS_H
#define TABEL_RAWBUILD_ROWS_H

#include <stddef.h>

#include "common/raw/rawbuild.h"

/* Append S[0..LEN) to the label being gathered in RB (*USED bytes). */
void rawbuild_gather(struct rawbuild *rb, size_t *used, const char *s,
    size_t len);
/* The rows of lines [FROM, R->end) of RAW (of KIND) into T, whose
 * columns are set. */
void rawbuild_rows(struct rawbuild *rb, const enum rawregion_kind *kind,
    const struct rawline *raw, size_t from, const struct rawregion *r,
    struct table *t);

#endif
