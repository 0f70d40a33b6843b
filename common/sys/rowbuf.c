/* rowbuf: records held back in one buffer (see rowbuf.h). Sizes are
 * stored with memcpy, so the buffer needs no alignment. */
#include <stdlib.h>
#include <string.h>

#include "common/sys/rowbuf.h"
#include "common/sys/xalloc.h"

static void
put(struct rowbuf *b, const void *p, size_t n)
{
	xgrow(&b->bytes, &b->cap, b->len + n, 1);
	memcpy(b->bytes + b->len, p, n);
	b->len += n;
}

void
rowbuf_add(struct rowbuf *b, const struct csvio_row *row)
{
	size_t i;

	put(b, &row->n, sizeof row->n);
	put(b, &row->line, sizeof row->line);
	for (i = 0; i < row->n; i++) {
		put(b, &row->lens[i], sizeof row->lens[i]);
		put(b, row->fields[i], row->lens[i]);
		put(b, "", 1);
	}
	b->rows++;
}

void
rowbuf_each(struct rowbuf *b,
    void (*fn)(const struct csvio_row *row, void *ctx), void *ctx)
{
	struct csvio_row row;
	size_t pos = 0, r, i;

	for (r = 0; r < b->rows; r++) {
		memcpy(&row.n, b->bytes + pos, sizeof row.n);
		memcpy(&row.line, b->bytes + pos + sizeof row.n,
		    sizeof row.line);
		pos += sizeof row.n + sizeof row.line;
		xgrow(&b->fields, &b->fields_cap, row.n, sizeof *b->fields);
		b->lens = xreallocarray(b->lens, b->fields_cap,
		    sizeof *b->lens);
		for (i = 0; i < row.n; i++) {
			memcpy(&b->lens[i], b->bytes + pos, sizeof *b->lens);
			b->fields[i] = b->bytes + pos + sizeof *b->lens;
			pos += sizeof *b->lens + b->lens[i] + 1;
		}
		row.fields = b->fields;
		row.lens = b->lens;
		fn(&row, ctx);
	}
}

void
rowbuf_replay(struct rowbuf *b,
    void (*fn)(const struct csvio_row *row, void *ctx), void *ctx)
{
	rowbuf_each(b, fn, ctx);
	b->len = b->rows = 0;
}

void
rowbuf_free(struct rowbuf *b)
{
	free(b->bytes);
	free(b->fields);
	free(b->lens);
	memset(b, 0, sizeof *b);
}
