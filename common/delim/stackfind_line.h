/* stackfind_line: the line-level tests of stackfind, a part of it. */
#ifndef TABEL_STACKFIND_LINE_H
#define TABEL_STACKFIND_LINE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/pagelines.h"

struct stackfind;

/* Is line S[0..LEN), trimmed, a short value alone: a digit, sign or
 * bracket first, one space at most ("12,5 %", "€ 1.234")? */
bool stackfind_lone_value(const char *s, size_t len);
/* Has S[0..LEN) a letter (any byte past ASCII counted as one)? */
bool stackfind_has_letter(const char *s, size_t len);
/* Each line of P's kind into F: TEXT for a line that could be a cell,
 * else EMPTY. */
void stackfind_cell_lines(struct stackfind *f, const struct pagelines *p);
/* Has a stretch of P two values alone, as any table of one cell a line
 * holds? Most pages have none: the cheap test before the kinds. */
bool stackfind_may_hold(const struct pagelines *p);

#endif
