/* csvio: libcsv fed one physical line at a time, so every record knows
 * its line number and blank lines are seen (libcsv would skip them). */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/sys/xalloc.h"

/* libcsv's parser states (libcsv.c): before a record, inside a field. */
#define LIBCSV_ROW_NOT_BEGUN 0
#define LIBCSV_FIELD_BEGUN 2

/* A finished record: a run of fields in the reader's field table. */
struct record {
	size_t first, n;
	long line, first_line;
};

/* Field bytes live in one arena (each NUL-terminated), found by offset:
 * no allocation per field, and memory follows the largest record. */
struct csvio_reader {
	struct lines lines;
	enum lines_status lines_status;
	struct csv_parser parser;
	char *arena;
	size_t arena_len, arena_cap;
	size_t *offs, *lens;	/* per field: offset in arena, length */
	size_t nfields, offs_cap, lens_cap;
	size_t building_first;	/* first field of the record being parsed */
	size_t building_bytes;	/* where its bytes start in the arena */
	struct record *queue;	/* finished records not yet returned */
	size_t queued, taken, queue_cap;
	char **ptrs;		/* the returned row's field pointers */
	size_t ptrs_cap;
	struct csvio_row out;
	long out_first_line;	/* where the row in out starts */
	size_t record_bytes;
	long record_line;	/* where the record being parsed began */
	long report_line;	/* csvio_line() after an error */
	enum csvio_status pending;	/* to return once the queue is empty */
	bool bom, done, too_wide;
	bool sniff;		/* choose the separator on line 1 */
	char sep;
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
on_field(void *data, size_t len, void *ctx)
{
	struct csvio_reader *r = ctx;

	if (r->nfields - r->building_first >= CSVIO_MAX_FIELDS) {
		r->too_wide = true;
		return;
	}
	xgrow(&r->arena, &r->arena_cap, r->arena_len + len + 1, 1);
	if (len > 0)
		memcpy(r->arena + r->arena_len, data, len);
	r->arena[r->arena_len + len] = '\0';
	xgrow(&r->offs, &r->offs_cap, r->nfields + 1, sizeof *r->offs);
	xgrow(&r->lens, &r->lens_cap, r->nfields + 1, sizeof *r->lens);
	r->offs[r->nfields] = r->arena_len;
	r->lens[r->nfields++] = len;
	r->arena_len += len + 1;
}

static void
on_record(int term, void *ctx)
{
	struct csvio_reader *r = ctx;

	(void)term;
	if (r->too_wide) {	/* cut short: never hand it out */
		r->nfields = r->building_first;
		r->arena_len = r->building_bytes;
		return;
	}
	xgrow(&r->queue, &r->queue_cap, r->queued + 1, sizeof *r->queue);
	r->queue[r->queued++] = (struct record){ r->building_first,
	    r->nfields - r->building_first, r->lines.lineno, r->record_line };
	r->building_first = r->nfields;
	r->building_bytes = r->arena_len;
	r->record_bytes = 0;
}

/* All queued records were handed out: drop them, keeping the fields of a
 * record still being parsed (a quoted field can span lines). */
static void
reset_queue(struct csvio_reader *r)
{
	size_t keep = r->nfields - r->building_first;

	memmove(r->arena, r->arena + r->building_bytes,
	    r->arena_len - r->building_bytes);
	for (size_t i = 0; i < keep; i++) {
		r->offs[i] = r->offs[r->building_first + i] - r->building_bytes;
		r->lens[i] = r->lens[r->building_first + i];
	}
	r->arena_len -= r->building_bytes;
	r->nfields = keep;
	r->building_first = r->building_bytes = 0;
	r->taken = r->queued = 0;
}

/* The next queued record as a row, valid until the next call. */
static const struct csvio_row *
take_row(struct csvio_reader *r)
{
	const struct record *rec = &r->queue[r->taken++];

	xgrow(&r->ptrs, &r->ptrs_cap, rec->n + 1, sizeof *r->ptrs);
	for (size_t i = 0; i < rec->n; i++)
		r->ptrs[i] = r->arena + r->offs[rec->first + i];
	r->out.fields = r->ptrs;
	r->out.lens = r->lens + rec->first;
	r->out.n = rec->n;
	r->out.line = rec->line;
	r->out_first_line = rec->first_line;
	return &r->out;
}

enum csvio_status
csvio_open(struct csvio_reader **rp, const char *path)
{
	struct csvio_reader *r = xcalloc(1, sizeof *r);

	*rp = r;
	if (csv_init(&r->parser, CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		die("libcsv: out of memory");	/* a system failure */
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

/* Choose ';' for a first line with more ';' than ',' outside quotes. */
static void
sniff_sep(struct csvio_reader *r, const char *line, size_t len)
{
	size_t semi = 0, comma = 0;
	bool quoted = false;

	for (size_t i = 0; i < len; i++) {
		if (line[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			semi += line[i] == ';', comma += line[i] == ',';
	}
	if (semi > comma)
		csvio_set_sep(r, ';');
}

void
csvio_set_sep(struct csvio_reader *r, char sep)
{
	r->sniff = sep == '\0';
	r->sep = sep != '\0' ? sep : ',';
	csv_set_delim(&r->parser, (unsigned char)r->sep);
}

char
csvio_sep(const struct csvio_reader *r)
{
	return r->sep != '\0' ? r->sep : ',';
}

/* Feed one physical line (with its line end) to libcsv. */
static enum csvio_status
feed_line(struct csvio_reader *r, const char *line, size_t len)
{
	static const char crlf[] = "\r\n";
	const char *end = r->lines.had_cr ? crlf : r->lines.lone_cr ? "\r" :
	    "\n";

	if (r->lines.lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF",
	    3) == 0) {
		r->bom = true;
		line += 3;
		len -= 3;
	}
	if (r->lines.lineno == 1 && r->sniff)
		sniff_sep(r, line, len);
	if (len == 0 && r->parser.pstate == LIBCSV_ROW_NOT_BEGUN) {
		r->record_line = r->lines.lineno;
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
	    csv_parse(&r->parser, end, strlen(end), on_field, on_record,
	    r) == 0) {
		if (csv_error(&r->parser) == CSV_ENOMEM)
			die("libcsv: out of memory");	/* not the input's */
		return CSVIO_EPARSE;
	}
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
		if (r->lines_status != LINES_OK) {
			r->report_line = lines_where(&r->lines,
			    r->lines_status);
			return CSVIO_EINPUT;
		}
		if ((st = feed_line(r, line, len)) != CSVIO_OK)
			return st;
	}
	return CSVIO_OK;
}

enum csvio_status
csvio_next(struct csvio_reader *r, const struct csvio_row **row)
{
	enum csvio_status st;

	if (r->taken > 0 && r->taken == r->queued)
		reset_queue(r);
	if (r->taken == r->queued && r->pending == CSVIO_OK)
		r->pending = fill_queue(r);
	if (r->taken < r->queued) {
		*row = take_row(r);
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

void
csvio_warn(const struct csvio_reader *r, enum csvio_status status)
{
	warn_at(r->lines.in.name, r->report_line, "%s",
	    csvio_strerror(r, status));
}

long
csvio_first_line(const struct csvio_reader *r)
{
	return r->out_first_line;
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
	free(r->arena);
	free(r->offs);
	free(r->lens);
	free(r->queue);
	free(r->ptrs);
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
	w->row = NULL;
	w->len = w->cap = 0;
}

void
csvio_writer_free(struct csvio_writer *w)
{
	free(w->row);
	w->row = NULL;
	w->len = w->cap = 0;
}

char *
csvio_room(struct csvio_writer *w, size_t n)
{
	xgrow(&w->row, &w->cap, w->len + n + 1, 1);
	return w->row + w->len;
}

void
csvio_append(struct csvio_writer *w, const char *s, size_t len)
{
	memcpy(csvio_room(w, len), s, len);
	w->len += len;
}

void
csvio_put(struct csvio_writer *w, const char *s, size_t len)
{
	bool quote = false;
	size_t i;
	char *o;

	for (i = 0; i < len && !quote; i++)
		quote = s[i] == w->sep || s[i] == '"' || s[i] == '\n' ||
		    s[i] == '\r';
	/* room for a separator, quotes, and each byte doubled */
	xgrow(&w->row, &w->cap, w->len + 3 + (quote ? 2 * len : len), 1);
	o = w->row + w->len;
	if (w->col++ > 0)
		*o++ = w->sep;
	if (!quote) {
		memcpy(o, s, len);
		o += len;
	} else {
		*o++ = '"';
		for (i = 0; i < len; i++) {
			if (s[i] == '"')
				*o++ = '"';
			*o++ = s[i];
		}
		*o++ = '"';
	}
	w->len = (size_t)(o - w->row);
}

void
csvio_puts(struct csvio_writer *w, const char *s)
{
	csvio_put(w, s != NULL ? s : "", s != NULL ? strlen(s) : 0);
}

void
csvio_put_row(struct csvio_writer *w, const char *const *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		csvio_puts(w, s[i]);
	csvio_end(w);
}

void
csvio_end(struct csvio_writer *w)
{
	csvio_append(w, "\n", 1);
	if (w->fp != NULL) {
		fwrite(w->row, 1, w->len, w->fp);
		w->len = 0;
	}
	w->col = 0;
}
