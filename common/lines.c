/* lines: memchr over large chunks, so reading is not the bottleneck. */
#include <stdlib.h>
#include <string.h>

#include "common/lines.h"
#include "common/xalloc.h"

#define CHUNK (256u * 1024)

static const char *const lines_messages[LINES_STATUS_COUNT] = {
	[LINES_OK] = "ok",
	[LINES_EOF] = "end of file",
	[LINES_EINPUT] = "input error",
	[LINES_ETOOLONG] = "line longer than 16 MiB",
};

const char *
lines_strerror(const struct lines *l, enum lines_status status)
{
	if (status == LINES_EINPUT && l != NULL)
		return input_strerror(l->input_status);
	if ((unsigned)status >= LINES_STATUS_COUNT)
		return "unknown lines status";
	return lines_messages[status];
}

enum lines_status
lines_open(struct lines *l, const char *path)
{
	memset(l, 0, sizeof *l);
	l->input_status = input_open(&l->in, path);
	if (l->input_status != INPUT_OK)
		return LINES_EINPUT;
	l->cap = CHUNK;
	l->buf = xmalloc(l->cap);
	return LINES_OK;
}

/* Move the unread tail to the front and read more after it. */
static enum lines_status
fill(struct lines *l)
{
	size_t got, tail = l->end - l->start;

	memmove(l->buf, l->buf + l->start, tail);
	l->start = 0;
	l->end = tail;
	if (l->end == l->cap) {
		if (l->cap >= LINES_MAX + 2)
			return LINES_ETOOLONG;
		l->cap *= 2;
		l->buf = xreallocarray(l->buf, l->cap, 1);
	}
	l->input_status = input_read(&l->in, l->buf + l->end,
	    l->cap - l->end, &got);
	if (l->input_status == INPUT_EOF)
		l->eof = true;
	else if (l->input_status != INPUT_OK)
		return LINES_EINPUT;
	l->end += got;
	return LINES_OK;
}

enum lines_status
lines_next(struct lines *l, const char **line, size_t *len)
{
	char *nl;
	size_t scanned = 0, n;
	enum lines_status st;

	for (;;) {
		nl = memchr(l->buf + l->start + scanned, '\n',
		    l->end - l->start - scanned);
		if (nl != NULL || l->eof)
			break;
		scanned = l->end - l->start;
		if ((st = fill(l)) != LINES_OK)
			return st;
	}
	if (nl == NULL && l->start == l->end)
		return LINES_EOF;
	n = nl != NULL ? (size_t)(nl - (l->buf + l->start)) : l->end - l->start;
	if (n > LINES_MAX)
		return LINES_ETOOLONG;
	*line = l->buf + l->start;
	l->start += n + (nl != NULL);
	l->had_cr = n > 0 && (*line)[n - 1] == '\r';
	*len = n - l->had_cr;
	l->lineno++;
	return LINES_OK;
}

void
lines_close(struct lines *l)
{
	input_close(&l->in);
	free(l->buf);
	l->buf = NULL;
}
