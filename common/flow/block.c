/* block: a table candidate's lines in one growing buffer, with an index
 * of offsets, so that a candidate costs two allocations however many
 * lines it holds, and none once the largest has been seen. */
#include <stdlib.h>
#include <string.h>

#include "common/flow/block.h"
#include "common/sys/xalloc.h"

void
block_push(struct block *b, const char *line, size_t len, long no)
{
	if (b->used + len > b->cap)
		xgrow(&b->buf, &b->cap, b->used + len, 1);
	if (b->n == b->lines_cap)
		xgrow(&b->lines, &b->lines_cap, b->n + 1, sizeof(*b->lines));
	if (len > 0)
		memcpy(b->buf + b->used, line, len);
	b->lines[b->n].off = b->used;
	b->lines[b->n].len = len;
	b->lines[b->n++].no = no;
	b->used += len;
}

void
block_clear(struct block *b)
{
	b->used = b->n = b->body = b->end = 0;
	b->numeric = false;
}

void
block_free(struct block *b)
{
	free(b->buf);
	free(b->lines);
	memset(b, 0, sizeof(*b));
}

const char *
block_text(const struct block *b, size_t i, size_t *len)
{
	*len = b->lines[i].len;
	return b->buf + b->lines[i].off;
}

bool
block_same_text(const struct block *b, size_t i, const char *s,
    size_t len)
{
	size_t n;
	const char *t = block_text(b, i, &n);

	while (n > 0 && t[n - 1] == ' ')
		n--;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	while (n > 0 && *t == ' ')
		t++, n--;
	while (len > 0 && *s == ' ')
		s++, len--;
	return n == len && memcmp(t, s, n) == 0;
}
