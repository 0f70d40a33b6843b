/* lines: memchr over large chunks, so reading is not the bottleneck. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/sys/lines.h"
#include "common/sys/xalloc.h"

/* Fuzzing builds define a tiny chunk to exercise the buffer juggling. */
#ifndef LINES_CHUNK
#define LINES_CHUNK (256u * 1024)
#endif

static const char *const lines_messages[LINES_STATUS_COUNT] = {
	[LINES_OK] = "ok",
	[LINES_EOF] = "end of file",
	[LINES_EINPUT] = "input error",
	[LINES_ETOOLONG] = "line longer than 16 MiB, skipped",
};

const char *
lines_strerror(const struct lines *l, enum lines_status status)
{
	if (status == LINES_EINPUT && l != NULL && l->why[0] != '\0')
		return l->why;
	if (status == LINES_EINPUT && l != NULL)
		return input_strerror(l->input_status);
	if ((unsigned)status >= LINES_STATUS_COUNT)
		return "unknown lines status";
	return lines_messages[status];
}

long
lines_where(const struct lines *l, enum lines_status status)
{
	if (status == LINES_EINPUT && (l->input_status == INPUT_EOPEN ||
	    l->input_status == INPUT_EISDIR))
		return 0;
	if (status == LINES_EINPUT)
		return l->lineno + 1;
	return l->lineno;
}

void
lines_warn(const struct lines *l, enum lines_status status)
{
	warn_at(l->in.name, lines_where(l, status), "%s",
	    lines_strerror(l, status));
}

/* Say in L->why why the input failed and, after a read error, that the
 * lines before it were read (and used), so a user knows what the output
 * holds. */
static void
explain(struct lines *l)
{
	const char *what = input_strerror(l->input_status);
	char cause[96];

	if (l->input_status == INPUT_EOPEN || l->input_status == INPUT_EREAD)
		snprintf(cause, sizeof cause, "%s: %s", what,
		    strerror(l->in.errnum));
	else
		snprintf(cause, sizeof cause, "%s", what);
	if (l->input_status == INPUT_EOPEN || l->input_status == INPUT_EISDIR)
		snprintf(l->why, sizeof l->why, "%s", cause);
	else
		snprintf(l->why, sizeof l->why, "%s: the %ld line%s before it "
		    "%s read", cause, l->lineno, l->lineno == 1 ? "" : "s",
		    l->lineno == 1 ? "was" : "were");
}

enum lines_status
lines_open(struct lines *l, const char *path)
{
	memset(l, 0, sizeof *l);
	l->input_status = input_open(&l->in, path);
	if (l->input_status != INPUT_OK) {
		explain(l);
		return LINES_EINPUT;
	}
	l->cap = LINES_CHUNK;
	l->buf = xmalloc(l->cap);
	return LINES_OK;
}

/* Move the unread tail to the front and read more after it. The tail
 * never exceeds LINES_MAX (lines_next skips a longer line first), so the
 * buffer stops growing at about twice LINES_MAX. A read error ends the
 * file: what was buffered is dropped, later calls see LINES_EOF. */
static enum lines_status
fill(struct lines *l)
{
	size_t got, tail = l->end - l->start;

	memmove(l->buf, l->buf + l->start, tail);
	l->start = 0;
	l->end = tail;
	if (l->end == l->cap) {
		l->cap *= 2;
		l->buf = xreallocarray(l->buf, l->cap, 1);
	}
	l->input_status = input_read(&l->in, l->buf + l->end,
	    l->cap - l->end, &got);
	if (l->input_status == INPUT_EOF) {
		l->eof = true;
	} else if (l->input_status != INPUT_OK) {
		l->eof = true;
		l->start = l->end = 0;
		explain(l);
		return LINES_EINPUT;
	}
	l->end += got;
	return LINES_OK;
}

/* Count the too-long line and drop it: the part in the buffer now, the
 * rest (when NL is NULL and the file goes on) on the next call. */
static enum lines_status
too_long(struct lines *l, const char *nl)
{
	l->lineno++;
	if (nl != NULL) {
		l->start = (size_t)(nl - l->buf) + 1;
	} else {
		l->start = l->end;
		l->skipping = !l->eof;
	}
	return LINES_ETOOLONG;
}

/* Drop the rest of a too-long line, up to and with its "\n". */
static enum lines_status
skip_rest(struct lines *l)
{
	char *nl;
	enum lines_status st;

	while (l->skipping) {
		nl = memchr(l->buf + l->start, '\n', l->end - l->start);
		if (nl != NULL) {
			l->start = (size_t)(nl - l->buf) + 1;
			l->skipping = false;
		} else if (l->eof) {
			l->start = l->end;
			l->skipping = false;
		} else {
			l->start = l->end;
			if ((st = fill(l)) != LINES_OK)
				return st;
		}
	}
	return LINES_OK;
}

enum lines_status
lines_next(struct lines *l, const char **line, size_t *len)
{
	char *nl;
	size_t scanned = 0, n;
	enum lines_status st;

	if ((st = skip_rest(l)) != LINES_OK)
		return st;
	for (;;) {
		nl = memchr(l->buf + l->start + scanned, '\n',
		    l->end - l->start - scanned);
		if (nl != NULL || l->eof)
			break;
		scanned = l->end - l->start;
		if (scanned > LINES_MAX)
			return too_long(l, NULL);
		if ((st = fill(l)) != LINES_OK)
			return st;
	}
	if (nl == NULL && l->start == l->end)
		return LINES_EOF;
	n = nl != NULL ? (size_t)(nl - (l->buf + l->start)) : l->end - l->start;
	if (n > LINES_MAX)
		return too_long(l, nl);
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
