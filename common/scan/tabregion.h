/* tabregion: the lines of a text in order, each with whether it lies in
 * a table as the readers find it (common/scan/scan: the flow detector or
 * the column reader, page by page, as tabel-extract reads), for a reader of
 * the rest (tabel-amounts: amounts in prose, not in tables). A line is
 * handed on once the readers have settled it: lines of the page or the
 * table in progress wait, so memory follows the largest page and table,
 * not the file. */
#ifndef TABEL_TABREGION_H
#define TABEL_TABREGION_H

#include <stdbool.h>
#include <stddef.h>

struct tabregion;

/* Called with each line (LEN bytes, no newline), in source order. */
typedef void tabregion_line_fn(const char *line, size_t len, long no,
    bool in_table, void *ctx);

/* A splitter for the lines of SOURCE (kept, not copied). */
struct tabregion *tabregion_open(const char *source, tabregion_line_fn *fn,
    void *ctx);
/* Feed line NO; FN gets every line this one settles. */
void tabregion_line(struct tabregion *r, const char *line, size_t len,
    long no);
/* End of input: FN gets the lines still waiting. */
void tabregion_finish(struct tabregion *r);
void tabregion_close(struct tabregion *r);

#endif
