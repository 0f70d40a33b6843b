/* spacing: tell column-aligned text from flow text by its spaces. */
#ifndef TABEL_SPACING_H
#define TABEL_SPACING_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/pagelines.h"

/* Does the page of lines P look column-aligned: runs of two or more
 * spaces inside lines at positions three lines share (two, when both
 * have a run of four), and not one space at the end of most lines (flow
 * text ends each line with one; padding is no sign)? */
bool spacing_is_columns(const struct pagelines *p);
/* Does the page of lines P look like pdftotext -raw text: few lines
 * ending in a space (flow text ends each line with one), few blank lines
 * (under a quarter of the others), and two or more
 * ending in a run of two or more values or three in a label and a value?
 * (Ask spacing_is_columns first.) */
bool spacing_is_raw(const struct pagelines *p);

#endif
