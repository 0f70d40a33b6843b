/* sheetname: Excel's rules for worksheet names. A name has 1 to 31
 * characters (UTF-16 units, as Excel counts), none of []:*?/\, does not
 * start or end with an apostrophe, is not "History" (Excel reserves it)
 * and differs from every other name of the workbook, ignoring case
 * (ASCII and Latin-1 letters). */
#ifndef TABEL_SHEETNAME_H
#define TABEL_SHEETNAME_H

#include <stdbool.h>
#include <stddef.h>

#define SHEETNAME_MAX 31	/* UTF-16 units */
#define SHEETNAME_SIZE (SHEETNAME_MAX * 4 + 1)	/* bytes, with the NUL */

/* The names a workbook holds so far. */
struct sheetname_set {
	char **names;
	size_t n, cap;
};

/* Make a valid name from the LEN bytes of UTF-8 at BASE followed by SUFFIX
 * (NULL for none; kept whole, e.g. " (2)"): forbidden characters and
 * control characters become '_', the base is cut at a character boundary
 * so the whole fits, an empty base becomes "Sheet", and a name taken
 * already (or reserved) gets " (2)", " (3)" ... The result goes to
 * OUT[SHEETNAME_SIZE] and into SET. Returns true when the name is BASE
 * and SUFFIX unchanged. */
bool sheetname_make(struct sheetname_set *set, const char *base, size_t len,
    const char *suffix, char *out);
/* Reserve NAME (taken as valid) so no later name equals it. */
void sheetname_reserve(struct sheetname_set *set, const char *name);
/* True when NAME equals a name of SET (or "History"), ignoring case. */
bool sheetname_taken(const struct sheetname_set *set, const char *name);
/* Write NAME as a formula sheet reference, quoted with '' doubled
 * ("'It''s 8'"), into OUT[N]; false when it does not fit. */
bool sheetname_quote(const char *name, char *out, size_t n);
void sheetname_free(struct sheetname_set *set);

#endif
