/* rowbuf: CSV records held back, all in one growing buffer (no
 * allocation per field), and replayed as csvio rows; for a tool that must
 * see a whole table before it writes any of it. Memory follows the
 * records held. */
#ifndef TABEL_ROWBUF_H
#define TABEL_ROWBUF_H

#include <stddef.h>

#include "common/sys/csvio.h"

struct rowbuf {
	char *bytes;		/* per record: field count, line, then per
				 * field its length, bytes and a NUL */
	size_t len, cap, rows;
	char **fields;		/* the replayed record's view */
	size_t *lens, fields_cap;
};

/* Copy ROW to the end of B (B starts zeroed). */
void rowbuf_add(struct rowbuf *b, const struct csvio_row *row);
/* Call FN for each record held, in order; B keeps them. A row is valid
 * during its call. */
void rowbuf_each(struct rowbuf *b,
    void (*fn)(const struct csvio_row *row, void *ctx), void *ctx);
/* Call FN for each record held, in order, then empty B. A replayed row
 * is valid during its call. */
void rowbuf_replay(struct rowbuf *b,
    void (*fn)(const struct csvio_row *row, void *ctx), void *ctx);
void rowbuf_free(struct rowbuf *b);

#endif
