/* formula: would a spreadsheet run a text cell as a formula? The one
 * rule behind tabel-norm --excel's guard (a leading "'") and tabel-xlsx's
 * (Excel's quote prefix and the text format, so editing keeps it text). */
#ifndef TABEL_FORMULA_H
#define TABEL_FORMULA_H

#include <stdbool.h>
#include <stddef.h>

/* True when the LEN bytes at S start with "=", "+", "-" or "@", after
 * any tabs and carriage returns (a spreadsheet skips them: "\t=1+2" is
 * a formula too), and are not a number ("-15,5", read as one). */
bool formula_like(const char *s, size_t len);

#endif
