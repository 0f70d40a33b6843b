/* rowcopy: one CSV record kept past the next read (csvio reuses its rows),
 * e.g. a table's header; the fields in one block, NUL-terminated. */
#ifndef TABEL_ROWCOPY_H
#define TABEL_ROWCOPY_H

#include "common/sys/csvio.h"

struct rowcopy {
	struct csvio_row row;	/* fields point into bytes */
	char *bytes;
};

/* Copy SRC into DST (zeroed or freed before); free with rowcopy_free. */
void rowcopy_take(struct rowcopy *dst, const struct csvio_row *src);
/* Free what C holds and zero it (an empty row); C may be zeroed. */
void rowcopy_free(struct rowcopy *c);

#endif
