/* rawbuild: one candidate region of pdftotext -raw text
 * (common/raw/rawregion) made into a table: the column count by the mode
 * of the lines' value counts (extra values go back to the label), the
 * caption, the header fitted to the columns (common/raw/rawhead), rows
 * with their wrapped labels (the values follow a label's last line), and
 * short rows placed by each column's type signature (common/raw/rawcols).
 * Rejects a chart's loose numbers and too few rows without a caption. */
#ifndef TABEL_RAWBUILD_H
#define TABEL_RAWBUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "common/raw/rawhead.h"
#include "common/cells/rawline.h"
#include "common/raw/rawregion.h"
#include "common/table/table.h"

struct rawbuild {
	struct rawhead head;
	size_t *count;		/* scratch: value counts */
	size_t count_cap;
	size_t *sig;		/* column signatures (rawcols_place) */
	size_t sig_cap;
	char *label;		/* scratch: a row's label */
	size_t label_cap;
};

/* Fill T (initialised, empty) from region R of a page read as RAW (whose
 * value runs it may shorten), its lines of KIND. Returns false when R is
 * no table (T is then to be freed unused). */
bool rawbuild_table(struct rawbuild *rb, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r, struct table *t);
void rawbuild_free(struct rawbuild *rb);

#endif
