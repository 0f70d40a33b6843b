/* rawcols: the columns of a table of pdftotext -raw text, where nothing
 * marks an empty cell: the column count by the mode of the lines' value
 * counts, short rows placed by each column's type signature, header text
 * fitted to the column count. */
#ifndef TABEL_RAWCOLS_H
#define TABEL_RAWCOLS_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/rawline.h"

/* The most columns a raw table may have; more values are label text. */
#define RAWCOLS_MAX 64

/* The value-column count of lines with COUNT[0..N) values: the most
 * common nonzero count, the larger on a tie; 0 when all are 0. */
size_t rawcols_mode(const size_t *count, size_t n);

/* SIG[c * RAWLINE_TYPES + t]: how many full rows have a value of type t
 * in column c. Place the K values of TYPE (K <= NCOLS) in order into
 * columns AT[0..K), those agreeing most with the signatures, the
 * rightmost such placement on a tie. Returns false when another
 * placement fits as well (a judgement call). */
bool rawcols_place(const size_t *sig, size_t ncols,
    const enum rawline_type *type, size_t k, size_t *at);

/* Cut N items of LEN[0..N) (texts one after the other) into G groups of
 * consecutive items (1 <= G <= N): first as few groups as can be starting
 * at an item of GLUE (one that goes on from the item before; GLUE may be
 * NULL), then the longest group (lengths plus one space between items) as
 * short as it can be; the first item of each group into START[0..G).
 * Returns the longest group's length, and the glued starts into *NBAD
 * (0 and nothing set when G is 0 or over N). */
size_t rawcols_fit(const size_t *len, const bool *glue, size_t n, size_t g,
    size_t *start, size_t *nbad);

#endif
