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
	l->ends_known = false;	/* the kept finds moved */
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

/* The first "\n" or "\r" at or after FROM, NULL when none is buffered.
 * The last find of each is kept, so a file of lone CRs is not searched
 * to its chunk's end for a "\n" once a line. */
static const char *
line_end(struct lines *l, size_t from)
{
	const char *p;
	size_t at;

	if (!l->ends_known || l->lf < from) {
		p = memchr(l->buf + from, '\n', l->end - from);
		l->lf = p != NULL ? (size_t)(p - l->buf) : l->end;
	}
	if (!l->ends_known || l->cr < from) {
		p = memchr(l->buf + from, '\r', l->end - from);
		l->cr = p != NULL ? (size_t)(p - l->buf) : l->end;
	}
	l->ends_known = true;
	at = l->lf < l->cr ? l->lf : l->cr;
	return at < l->end ? l->buf + at : NULL;
}

/* Is E, a line end line_end found, settled: a "\n", or a "\r" that is
 * not the last byte buffered while more may come (its "\n" may follow)? */
static bool
settled(const struct lines *l, const char *e)
{
	return *e == '\n' || e + 1 < l->buf + l->end || l->eof;
}

/* Bytes of the line end at E: 2 for "\r\n", else 1. */
static size_t
end_len(const struct lines *l, const char *e)
{
	return *e == '\r' && e + 1 < l->buf + l->end && e[1] == '\n' ? 2 : 1;
}

/* Count the too-long line and drop it: the part in the buffer now, the
 * rest (when E is NULL and the file goes on) on the next call. */
static enum lines_status
too_long(struct lines *l, const char *e)
{
	l->lineno++;
	if (e != NULL) {
		l->start = (size_t)(e - l->buf) + end_len(l, e);
	} else {
		l->start = l->end;
		l->skipping = !l->eof;
	}
	return LINES_ETOOLONG;
}

/* Drop the rest of a too-long line, up to and with its line end. */
static enum lines_status
skip_rest(struct lines *l)
{
	const char *e;
	enum lines_status st;

	while (l->skipping) {
		e = line_end(l, l->start);
		if (e != NULL && settled(l, e)) {
			l->start = (size_t)(e - l->buf) + end_len(l, e);
			l->skipping = false;
		} else if (l->eof) {
			l->start = l->end;
			l->skipping = false;
		} else {
			l->start = e != NULL ? (size_t)(e - l->buf) : l->end;
			if ((st = fill(l)) != LINES_OK)
				return st;
		}
	}
	return LINES_OK;
}

/* The length of the line at l->start when a "\n" in the buffer ends it
 * before the next "\r" line_end knows of, as most lines: found with one
 * memchr, kept for line_end. Else more than LINES_MAX. */
static size_t
plain_line(struct lines *l)
{
	const char *e;

	if (l->skipping || !l->ends_known || l->cr < l->start)
		return LINES_MAX + 1;
	e = memchr(l->buf + l->start, '\n', l->end - l->start);
	l->lf = e != NULL ? (size_t)(e - l->buf) : l->end;
	return l->lf < l->cr ? l->lf - l->start : LINES_MAX + 1;
}

/* A line ends at "\n", "\r\n" or a lone "\r" (old Mac text, some
 * exports): every program reads each ending alike. */
enum lines_status
lines_next(struct lines *l, const char **line, size_t *len)
{
	const char *e;
	size_t scanned = 0, n;
	enum lines_status st;

	if ((n = plain_line(l)) <= LINES_MAX) {
		*line = l->buf + l->start;
		*len = n;
		l->had_cr = l->lone_cr = false;
		l->start += n + 1;
		l->lineno++;
		return LINES_OK;
	}
	if ((st = skip_rest(l)) != LINES_OK)
		return st;
	for (;;) {
		e = line_end(l, l->start + scanned);
		if ((e != NULL && settled(l, e)) || l->eof)
			break;
		scanned = (e != NULL ? (size_t)(e - l->buf) : l->end) -
		    l->start;
		if (scanned > LINES_MAX)
			return too_long(l, NULL);
		if ((st = fill(l)) != LINES_OK)
			return st;
	}
	if (e == NULL && l->start == l->end)
		return LINES_EOF;
	n = e != NULL ? (size_t)(e - (l->buf + l->start)) : l->end - l->start;
	if (n > LINES_MAX)
		return too_long(l, e);
	*line = l->buf + l->start;
	l->had_cr = e != NULL && end_len(l, e) == 2;
	l->lone_cr = e != NULL && *e == '\r' && !l->had_cr;
	l->start += n + (e != NULL ? end_len(l, e) : 0);
	*len = n;
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
