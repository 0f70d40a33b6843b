/* spacing: tell column-aligned text from flow text by its spaces. */
#ifndef TABEL_SPACING_H
#define TABEL_SPACING_H

#include <stdbool.h>
#include <stddef.h>

/* Does the page of N lines LINE[i], LEN[i] look column-aligned: runs of
 * two or more spaces inside lines at positions three lines share (two,
 * when both have a run of four), and not one space at the end of most
 * lines (flow text ends each line with one; padding is no sign)? */
bool spacing_is_columns(const char *const *line, const size_t *len, size_t n);
/* Does the page of N lines look like pdftotext -raw text: few lines
 * ending in a space (flow text ends each line with one), few blank lines
 * (under a quarter of the others), and two or more
 * ending in a run of two or more values or three in a label and a value?
 * (Ask spacing_is_columns first.) */
bool spacing_is_raw(const char *const *line, const size_t *len, size_t n);

#endif
