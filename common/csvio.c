/* csvio: libcsv fed one physical line at a time, so every record knows
 * its line number and blank lines are seen (libcsv would skip them). */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "common/csvio.h"
#include "common/xalloc.h"

/* libcsv's parser states (libcsv.c): before a record, inside a field. */
#define LIBCSV_ROW_NOT_BEGUN 0
#define LIBCSV_FIELD_BEGUN 2

struct csvio_reader {
	struct lines lines;
	enum lines_status lines_status;
	struct csv_parser parser;
	struct csvio_row *queue;	/* finished records not yet returned */
	size_t queued, taken, queue_cap;
	struct csvio_row building;	/* the record being parsed */
	size_t fields_cap, record_bytes;
	long record_line;	/* where the record being parsed began */
	long report_line;	/* csvio_line() after an error */
	enum csvio_status pending;	/* to return once the queue is empty */
	bool bom, done, too_wide;
};

static const char *const csvio_messages[CSVIO_STATUS_COUNT] = {
	[CSVIO_OK] = "ok",
	[CSVIO_EOF] = "end of file",
	[CSVIO_EINPUT] = "input error",
	[CSVIO_EQUOTE] = "quoted field not closed at end of file",
	[CSVIO_ETOOBIG] = "record larger than 64 MiB",
	[CSVIO_EPARSE] = "malformed CSV",
	[CSVIO_ETOOWIDE] = "record has more than 16384 fields",
};

const char *
csvio_strerror(const struct csvio_reader *r, enum csvio_status status)
{
	if (status == CSVIO_EINPUT && r != NULL &&
	    r->lines_status == LINES_ETOOLONG)
		return "line longer than 16 MiB, rest of file not read";
	if (status == CSVIO_EINPUT && r != NULL)
		return lines_strerror(&r->lines, r->lines_status);
	if ((unsigned)status >= CSVIO_STATUS_COUNT)
		return "unknown csvio status";
	return csvio_messages[status];
}

/* Keep every space: "cells exactly as written". */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
free_row(struct csvio_row *row)
{
	for (size_t i = 0; i < row->n; i++)
		free(row->fields[i]);
	free(row->fields);
	free(row->lens);
	memset(row, 0, sizeof *row);
}

static void
on_field(void *data, size_t len, void *ctx)
{
	struct csvio_reader *r = ctx;
	struct csvio_row *b = &r->building;
	size_t cap = r->fields_cap;

	if (b->n >= CSVIO_MAX_FIELDS) {
		r->too_wide = true;
		return;
	}
	xgrow(&b->fields, &cap, b->n + 1, sizeof *b->fields);
	xgrow(&b->lens, &r->fields_cap, b->n + 1, sizeof *b->lens);
	b->fields[b->n] = xstrndup(data != NULL ? data : "", len);
	b->lens[b->n] = len;
	b->n++;
}

static void
on_record(int term, void *ctx)
{
	struct csvio_reader *r = ctx;

	(void)term;
	if (r->too_wide) {	/* cut short: never hand it out */
		free_row(&r->building);
		r->fields_cap = 0;
		return;
	}
	xgrow(&r->queue, &r->queue_cap, r->queued + 1, sizeof *r->queue);
	r->building.line = r->lines.lineno;
	r->queue[r->queued++] = r->building;
	memset(&r->building, 0, sizeof r->building);
	r->fields_cap = 0;
	r->record_bytes = 0;
}

enum csvio_status
csvio_open(struct csvio_reader **rp, const char *path)
{
	struct csvio_reader *r = xcalloc(1, sizeof *r);

	*rp = r;
	if (csv_init(&r->parser, CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return CSVIO_EPARSE;
	csv_set_space_func(&r->parser, no_space);
	r->lines_status = lines_open(&r->lines, path);
	if (r->lines_status != LINES_OK)
		return CSVIO_EINPUT;
	return CSVIO_OK;
}

/* libcsv grows its field buffer by a fixed step (128 bytes), which is
 * quadratic for a long field; a step of at least the line's length and
 * the buffer's size keeps the growth geometric. */
static void
grow_step(struct csvio_reader *r, size_t len)
{
	size_t step = csv_get_buffer_size(&r->parser);

	if (step < len + 2)
		step = len + 2;
	if (step < 128)
		step = 128;
	csv_set_blk_size(&r->parser, step);
}

/* Feed one physical line (with its line end) to libcsv. */
static enum csvio_status
feed_line(struct csvio_reader *r, const char *line, size_t len)
{
	static const char crlf[] = "\r\n";

	if (r->lines.lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF",
	    3) == 0) {
		r->bom = true;
		line += 3;
		len -= 3;
	}
	if (len == 0 && r->parser.pstate == LIBCSV_ROW_NOT_BEGUN) {
		on_field("", 0, r);	/* a blank line: one empty field */
		on_record(0, r);
		return CSVIO_OK;
	}
	if (r->parser.pstate == LIBCSV_ROW_NOT_BEGUN)
		r->record_line = r->lines.lineno;
	r->record_bytes += len + 2;
	if (r->record_bytes > CSVIO_MAX_RECORD)
		return CSVIO_ETOOBIG;
	grow_step(r, len);
	if (csv_parse(&r->parser, line, len, on_field, on_record, r) != len ||
	    csv_parse(&r->parser, r->lines.had_cr ? crlf : crlf + 1,
	    r->lines.had_cr ? 2 : 1, on_field, on_record, r) == 0)
		return CSVIO_EPARSE;
	return r->too_wide ? CSVIO_ETOOWIDE : CSVIO_OK;
}

/* Parse lines until a record is queued. */
static enum csvio_status
fill_queue(struct csvio_reader *r)
{
	const char *line;
	size_t len;
	enum csvio_status st;

	while (r->taken == r->queued) {
		if (r->done)
			return CSVIO_EOF;
		r->lines_status = lines_next(&r->lines, &line, &len);
		r->report_line = r->lines.lineno;
		if (r->lines_status == LINES_EOF) {
			r->done = true;
			/* CSV_STRICT_FINI alone does not catch this. */
			if ((r->parser.pstate == LIBCSV_FIELD_BEGUN &&
			    r->parser.quoted) ||
			    csv_fini(&r->parser, on_field, on_record, r) != 0) {
				r->report_line = r->record_line;
				return CSVIO_EQUOTE;
			}
			continue;
		}
		if (r->lines_status != LINES_OK)
			return CSVIO_EINPUT;
		if ((st = feed_line(r, line, len)) != CSVIO_OK)
			return st;
	}
	return CSVIO_OK;
}

enum csvio_status
csvio_next(struct csvio_reader *r, const struct csvio_row **row)
{
	enum csvio_status st;

	if (r->taken > 0 && r->taken == r->queued) {
		for (size_t i = 0; i < r->queued; i++)
			free_row(&r->queue[i]);
		r->taken = r->queued = 0;
	}
	if (r->taken == r->queued && r->pending == CSVIO_OK)
		r->pending = fill_queue(r);
	if (r->taken < r->queued) {
		*row = &r->queue[r->taken++];
		return CSVIO_OK;
	}
	/* Records parsed before an error come first; after it, EOF, so a
	 * caller that reports and goes on cannot spin. */
	st = r->pending;
	r->pending = CSVIO_EOF;
	r->done = true;
	return st;
}

long
csvio_line(const struct csvio_reader *r)
{
	return r->report_line;
}

bool
csvio_had_bom(const struct csvio_reader *r)
{
	return r->bom;
}

void
csvio_close(struct csvio_reader *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->queued; i++)
		free_row(&r->queue[i]);
	free(r->queue);
	free_row(&r->building);
	csv_free(&r->parser);
	lines_close(&r->lines);
	free(r);
}

void
csvio_writer_init(struct csvio_writer *w, FILE *fp)
{
	w->fp = fp;
	w->col = 0;
	w->sep = ',';
}

void
csvio_put(struct csvio_writer *w, const char *s, size_t len)
{
	bool quote = false;

	if (w->col++ > 0)
		putc(w->sep, w->fp);
	for (size_t i = 0; i < len && !quote; i++)
		quote = s[i] == w->sep || s[i] == '"' || s[i] == '\n' ||
		    s[i] == '\r';
	if (!quote) {
		fwrite(s, 1, len, w->fp);
		return;
	}
	putc('"', w->fp);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			putc('"', w->fp);
		putc(s[i], w->fp);
	}
	putc('"', w->fp);
}

void
csvio_puts(struct csvio_writer *w, const char *s)
{
	csvio_put(w, s != NULL ? s : "", s != NULL ? strlen(s) : 0);
}

void
csvio_end(struct csvio_writer *w)
{
	putc('\n', w->fp);
	w->col = 0;
}
