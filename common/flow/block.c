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
	b->lines[b->n].read = false;
	b->lines[b->n++].no = no;
	b->used += len;
}

void
block_keep_read(struct block *b, const char *line,
    const struct layout_line *l)
{
	struct block_line *bl = &b->lines[b->n - 1];
	size_t k;

	xgrow(&b->cells, &b->cells_cap, b->ncells + l->ncells,
	    sizeof(*b->cells));
	bl->read = true;
	bl->l = *l;
	bl->label_off = (size_t)(l->label.s - line);
	bl->first = b->ncells;
	for (k = 0; k < l->ncells; k++) {
		b->cells[b->ncells].off = (size_t)(l->cells[k].s - line);
		b->cells[b->ncells++].len = l->cells[k].len;
	}
}

bool
block_read(const struct block *b, size_t i, struct layout_reader *r,
    struct layout_line *l)
{
	const struct block_line *bl = &b->lines[i];
	const char *s = b->buf + bl->off;
	size_t k;

	if (!bl->read)
		return false;
	*l = bl->l;
	l->label.s = s + bl->label_off;
	xgrow(&r->toks, &r->cap, l->ncells + 1, sizeof(*r->toks));
	for (k = 0; k < l->ncells; k++) {
		r->toks[k].s = s + b->cells[bl->first + k].off;
		r->toks[k].len = b->cells[bl->first + k].len;
	}
	l->cells = r->toks;
	return true;
}

void
block_clear(struct block *b)
{
	b->used = b->n = b->body = b->end = b->ncells = 0;
	b->numeric = false;
}

void
block_free(struct block *b)
{
	free(b->buf);
	free(b->lines);
	free(b->cells);
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
