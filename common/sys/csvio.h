/* csvio: RFC 4180 CSV in and out. Reading goes through libcsv with no
 * trimming and with blank lines kept as one-empty-field records; writing
 * quotes a field only when it needs it. */
#ifndef TABEL_CSVIO_H
#define TABEL_CSVIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "common/sys/lines.h"

/* The largest record accepted, so an unclosed quote cannot eat memory,
 * and the most fields in one record (XLSX's column limit), so a long line
 * of commas cannot either (docs/limits.md). Fuzzing builds make them
 * small. */
#ifndef CSVIO_MAX_RECORD
#define CSVIO_MAX_RECORD (64u * 1024 * 1024)
#endif
#ifndef CSVIO_MAX_FIELDS
#define CSVIO_MAX_FIELDS 16384u
#endif

enum csvio_status {
	CSVIO_OK,
	CSVIO_EOF,
	CSVIO_EINPUT,		/* reading failed: see lines_strerror */
	CSVIO_EQUOTE,		/* a quoted field is not closed at the end */
	CSVIO_ETOOBIG,		/* a record larger than CSVIO_MAX_RECORD */
	CSVIO_EPARSE,		/* libcsv refused the input */
	CSVIO_ETOOWIDE,		/* a record with more than CSVIO_MAX_FIELDS */
	CSVIO_STATUS_COUNT
};

/* One record: fields are NUL-terminated (they may hold NULs: use lens). */
struct csvio_row {
	char **fields;
	size_t *lens;
	size_t n;
	long line;		/* source line where the record ends */
};

struct csvio_reader;

/* Open PATH (NULL or "-": stdin) for reading; *R is set on CSVIO_OK and on
 * CSVIO_EINPUT (so csvio_strerror can name the cause; close it then). */
enum csvio_status csvio_open(struct csvio_reader **r, const char *path);
/* The next record, valid until the next call. Any status but CSVIO_OK
 * ends the file: the next call returns CSVIO_EOF. */
enum csvio_status csvio_next(struct csvio_reader *r,
    const struct csvio_row **row);
/* The line for a message about the last status: the line reached, or
 * for CSVIO_EQUOTE the line where the unclosed record began. */
long csvio_line(const struct csvio_reader *r);
/* Report STATUS from csvio_open or csvio_next (not CSVIO_OK or
 * CSVIO_EOF) as an input problem, "FILE:LINE: why" through warn_at:
 * exit status 1 (err.h says why). */
void csvio_warn(const struct csvio_reader *r, enum csvio_status status);
/* The line where the record last returned by csvio_next starts (a
 * quoted field can hold line ends, so it may lie before row->line). */
long csvio_first_line(const struct csvio_reader *r);
/* Read fields separated by SEP (default ','); '\0': choose on the first
 * line, ';' when it holds more of them than ',' outside quotes (a Dutch
 * Excel's CSV). Call before the first csvio_next. */
void csvio_set_sep(struct csvio_reader *r, char sep);
/* The separator in use (after the first record when chosen). */
char csvio_sep(const struct csvio_reader *r);
/* True when the input had a UTF-8 byte order mark (it is dropped). */
bool csvio_had_bom(const struct csvio_reader *r);
void csvio_close(struct csvio_reader *r);
const char *csvio_strerror(const struct csvio_reader *r,
    enum csvio_status status);

/* Writing: one writer per output stream. A row is made in memory and
 * goes to the stream whole, in one write, when it ends. */
struct csvio_writer {
	FILE *fp;		/* NULL: rows stay in memory, in row */
	size_t col;		/* fields written in the current row */
	char sep;		/* ',' unless set otherwise */
	char *row;		/* the row being written, owned */
	size_t len, cap;
};

void csvio_writer_init(struct csvio_writer *w, FILE *fp);
/* Free W's row (W can be initialised again). */
void csvio_writer_free(struct csvio_writer *w);
/* Append a field of LEN bytes, quoted only when it holds the separator,
 * a quote, CR or LF. */
void csvio_put(struct csvio_writer *w, const char *s, size_t len);
/* csvio_put of a NUL-terminated string (NULL writes an empty field). */
void csvio_puts(struct csvio_writer *w, const char *s);
/* Append S[0..LEN) to the row as it is: fields already written as CSV,
 * with their separators (the caller sets w->col to the fields it
 * holds then). */
void csvio_append(struct csvio_writer *w, const char *s, size_t len);
/* Room for N more bytes at the end of the row, to append there as
 * csvio_append would, adding to w->len the bytes written. */
char *csvio_room(struct csvio_writer *w, size_t n);
/* End the row with "\n" and write it out (to w->fp when not NULL). */
void csvio_end(struct csvio_writer *w);
/* A whole row of N strings, e.g. a program's fixed header. */
void csvio_put_row(struct csvio_writer *w, const char *const *s, size_t n);

#endif
