/* detect: find tables in a stream of lines. A table starts at a caption
 * ("Tabel 8 Overzicht ...", not "Tabel 8 geeft ...") or, without one, at
 * a header of years followed by rows of label and numbers; it ends where
 * neither rows nor page furniture follow. Lines are fed one at a time;
 * only the current candidate is kept. */
#ifndef TABEL_DETECT_H
#define TABEL_DETECT_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/lines.h"
#include "common/table/table.h"

struct detect;

/* Called with each table found, in source order; T is freed after. */
typedef void detect_emit_fn(struct table *t, void *ctx);

/* A detector for the lines of SOURCE (kept, not copied). */
struct detect *detect_open(const char *source, detect_emit_fn *emit,
    void *ctx);
/* Feed line NO (without its newline). */
void detect_line(struct detect *d, const char *line, size_t len, long no);
/* The first source line of the table candidate in progress, 0 when
 * there is none: every line before it is settled, in a table already
 * emitted or in none. */
long detect_pending(const struct detect *d);
/* End of input: emit what is pending. */
void detect_finish(struct detect *d);
void detect_close(struct detect *d);
/* Run a detector over every line of PATH (NULL or "-": standard input),
 * calling EMIT for each table. A line that is not UTF-8 is converted
 * and reported (common/text/textfix.h). Returns LINES_EOF when all was
 * read, else the failure: L (closed by then) still names it for
 * lines_strerror. */
enum lines_status detect_file(const char *path, detect_emit_fn *emit,
    void *ctx, struct lines *l);

#endif
