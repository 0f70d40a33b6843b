/* scan: the tables of a text file, read page by page (a page ends at a
 * form feed, or at a blank line before SCAN_PAGE_LINES lines, not inside
 * a run of tab- or pipe-separated rows) with the
 * reader its look calls for: the reader of tab-, pipe- or
 * semicolon-separated rows (common/delim/delimpage) when it finds a table
 * there (under SCAN_AUTO the lines its tables leave then go to one of
 * the others, as below), the column-aligned reader
 * (common/columns/blocks, colbuild), the pdftotext -raw reader
 * (common/raw/rawregion, rawbuild), the reader of
 * one cell a line (common/delim/stacked) when it finds a table, or the
 * one-space flow reader (common/flow/detect). Memory follows the largest
 * page and table, not the file. */
#ifndef TABEL_SCAN_H
#define TABEL_SCAN_H

#include <stdbool.h>

#include "common/flow/detect.h"
#include "common/sys/lines.h"

#define SCAN_PAGE_LINES 400
/* A page grows past SCAN_PAGE_LINES while its lines go on cut apart by
 * tabs or pipes (the rows of one delimited table), up to this many. */
#define SCAN_TABLE_LINES 100000

enum scan_mode {
	SCAN_AUTO,		/* each page by its spacing */
	SCAN_FLOW,		/* one space between cells (the seeds) */
	SCAN_COLUMNS,		/* cells aligned in columns (pdftotext -layout) */
	SCAN_RAW,		/* one space, none for an empty cell (-raw) */
	SCAN_DELIMITED,		/* cells set apart by tabs, pipes or ;
				 * (common/delim) */
	SCAN_LINES		/* one cell a line (a web table copied) */
};

/* "flow", "columns", "raw", "delimited", "lines" or "auto" into *MODE;
 * false for anything else. */
bool scan_mode_parse(const char *s, enum scan_mode *mode);
struct scan;

/* A reader of the lines of SOURCE (kept, not copied) with MODE; EMIT gets
 * each table found, in source order (T is freed after). */
struct scan *scan_open(const char *source, enum scan_mode mode,
    detect_emit_fn *emit, void *ctx);
/* Feed line NO (valid UTF-8, without its newline). */
void scan_line(struct scan *s, const char *line, size_t len, long no);
/* The first source line not yet settled, 0 when all are: every line
 * before it is in a table already emitted or in none. */
long scan_pending(const struct scan *s);
/* End of input: emit what is pending. */
void scan_finish(struct scan *s);
void scan_close(struct scan *s);
/* Like detect_file (common/flow/detect.h), reading with MODE. */
enum lines_status scan_file(const char *path, enum scan_mode mode,
    detect_emit_fn *emit, void *ctx, struct lines *l);

#endif
