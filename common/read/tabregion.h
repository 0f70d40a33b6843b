/* tabregion: the lines of a text in order, each with whether it lies in
 * a table as the detector (common/read/detect) finds it, for a reader of
 * the rest (tabel-amounts: amounts in prose, not in tables). A line is
 * handed on once the detector has settled it: lines of the candidate in
 * progress wait, so memory follows the largest table, not the file. */
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
