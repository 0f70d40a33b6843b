/* rawregion_stack: a table that pdftotext -raw read column by column: a
 * header line, the row labels one a line (a few of them wrapped), then
 * the values of the first column one a line, top to bottom, then those of
 * the next. The counts tell the shape: values = rows x columns, and the
 * rows as many as the label lines or a few fewer. */
#ifndef TABEL_RAWREGION_STACK_H
#define TABEL_RAWREGION_STACK_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/rawline.h"
#include "common/raw/rawregion.h"

struct rawregion_stack {
	size_t head;		/* the header line (== labels: none) */
	size_t labels;		/* the first label line */
	size_t values;		/* the first value line */
	size_t end;		/* one past the last value line */
	size_t nrows, ncols;
};

/* Does a stack start at line I of the N lines of a page (KIND, RAW)?
 * Its lines into *ST when so. */
bool rawregion_stack_at(const enum rawregion_kind *kind,
    const struct rawline *raw, size_t n, size_t i,
    struct rawregion_stack *st);

#endif
