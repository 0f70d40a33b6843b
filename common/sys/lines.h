/* lines: a stream of text lines over input, one reused buffer.
 * A line ends at "\n", "\r\n" or a lone "\r", and is returned without
 * it; it may hold NUL bytes. */
#ifndef TABEL_LINES_H
#define TABEL_LINES_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/input.h"

/* The longest line accepted (docs/limits.md). A longer line is skipped:
 * lines_next returns LINES_ETOOLONG for it, with lineno set to its number,
 * and the next call goes on with the line after it. Fuzzing builds define
 * a small value to reach this path. */
#ifndef LINES_MAX
#define LINES_MAX (16u * 1024 * 1024)
#endif

enum lines_status {
	LINES_OK,
	LINES_EOF,
	LINES_EINPUT,		/* see input_status in the reader */
	LINES_ETOOLONG,		/* a line longer than LINES_MAX */
	LINES_STATUS_COUNT
};

struct lines {
	struct input in;
	enum input_status input_status;	/* the cause of LINES_EINPUT */
	long lineno;		/* number of the line last returned, from 1 */
	bool had_cr;		/* the last line ended in "\r\n" */
	bool lone_cr;		/* ... in a lone "\r" */
	char *buf;		/* chunk buffer: [start, end) not yet returned */
	size_t cap, start, end;
	bool eof;
	bool skipping;		/* inside a too-long line: drop to its end */
	size_t lf, cr;		/* the next "\n" and "\r" found, or end */
	bool ends_known;	/* lf and cr hold for the buffer as it is */
	char why[160];		/* the message for LINES_EINPUT */
};

/* Open PATH (NULL or "-": stdin). LINES_EINPUT: see l->input_status. */
enum lines_status lines_open(struct lines *l, const char *path);
/* Next line as a view valid until the next call; the last line of a
 * file need not end in "\n". After LINES_EINPUT (a read error, truncated
 * gzip data) the file is over: later calls return LINES_EOF, so a loop
 * that reports and goes on cannot spin. */
enum lines_status lines_next(struct lines *l, const char **line, size_t *len);
void lines_close(struct lines *l);
/* Text for STATUS, valid while L is: for LINES_EINPUT the whole input
 * cause ("cannot open: No such file or directory", "gzip data ends early:
 * the 3 lines before it were read"). */
const char *lines_strerror(const struct lines *l, enum lines_status status);
/* The line a message about STATUS names: 0 when the file could not be
 * opened, the line where reading broke off after a read error, the line
 * skipped for LINES_ETOOLONG. */
long lines_where(const struct lines *l, enum lines_status status);
/* Report STATUS (not LINES_OK or LINES_EOF) as an input problem,
 * "FILE:LINE: why" through warn_at (exit status 1; err.h says why). */
void lines_warn(const struct lines *l, enum lines_status status);

#endif
