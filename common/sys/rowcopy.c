/* rowcopy: a CSV record copied into one block. */
#include <stdlib.h>
#include <string.h>

#include "common/sys/rowcopy.h"
#include "common/sys/xalloc.h"

void
rowcopy_take(struct rowcopy *dst, const struct csvio_row *src)
{
	size_t size = 0;
	char *p;

	for (size_t i = 0; i < src->n; i++)
		size += src->lens[i] + 1;
	dst->bytes = p = xmalloc(size > 0 ? size : 1);
	dst->row.fields = xreallocarray(NULL, src->n, sizeof *dst->row.fields);
	dst->row.lens = xreallocarray(NULL, src->n, sizeof *dst->row.lens);
	for (size_t i = 0; i < src->n; i++) {
		memcpy(p, src->fields[i], src->lens[i]);
		p[src->lens[i]] = '\0';
		dst->row.fields[i] = p;
		dst->row.lens[i] = src->lens[i];
		p += src->lens[i] + 1;
	}
	dst->row.n = src->n;
	dst->row.line = src->line;
}

void
rowcopy_free(struct rowcopy *c)
{
	free(c->bytes);
	free(c->row.fields);
	free(c->row.lens);
	memset(c, 0, sizeof *c);
}
