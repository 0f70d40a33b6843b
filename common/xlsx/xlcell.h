/* xlcell: what a spreadsheet cell holds for one CSV field. Amounts become
 * numbers (through common/num/num.h, never a second parser) with the decimals
 * the source showed; everything else stays text as written, including
 * codes with leading zeros and text that looks like a formula. This is
 * the one place where an exact amount becomes a double: an amount that
 * the writer's "%.16G" (libxlsxwriter) would not give back exactly, or
 * that has more than 15 significant digits (Excel's precision), stays
 * text. */
#ifndef TABEL_XLCELL_H
#define TABEL_XLCELL_H

#include <stdbool.h>
#include <stddef.h>

#include "common/num/num.h"

#define XLCELL_MAX_CHARS 32767	/* Excel's limit for one cell's text, in
				 * UTF-16 units */
#define XLCELL_MAX_DIGITS 15	/* significant digits Excel keeps */

enum xlcell_kind {
	XLCELL_EMPTY,
	XLCELL_TEXT,
	XLCELL_NUMBER
};

/* What one field says about its file: only a Dutch amount ("1.039.200",
 * "111,75", "20 miljoen euro"), only a canonical one ("111.75", "0.5"),
 * a code with leading zeros ("0123": its column holds codes), or nothing
 * ("4.207" reads either way). */
enum xlcell_hint {
	XLCELL_HINT_NONE,
	XLCELL_HINT_DUTCH,
	XLCELL_HINT_CANONICAL,
	XLCELL_HINT_CODE
};

enum xlcell_status {
	XLCELL_OK,
	XLCELL_EDIGITS,		/* an amount kept as text: too long */
	XLCELL_ETOOLONG,	/* text cut to fit a cell (xlcell_fit) */
	XLCELL_STATUS_COUNT
};

struct xlcell {
	enum xlcell_kind kind;
	double number;		/* XLCELL_NUMBER: the value to write */
	int decimals;		/* fractional digits to show */
	bool percent;		/* show as a percentage (number divided) */
	bool euro;		/* the source wrote euro or €, or its column
				 * is in euro (xlcell_unit) */
	bool own_unit;		/* the field named its own unit or "%" */
	const char *currency;	/* ISO 4217 code of its currency, or NULL */
	size_t len;		/* XLCELL_TEXT: bytes to write */
	size_t width;		/* characters the cell shows, for widths */
	char value[NUM_MAX];	/* the canonical amount, if any */
};

/* The notation hint of the LEN bytes at S. */
enum xlcell_hint xlcell_hint(const char *s, size_t len);
/* Read the LEN bytes at S into C. CANONICAL tells how to read a field
 * that is both a canonical amount and a Dutch one ("4.207"): as 4.207
 * in a normalised file, as 4207 otherwise. A status other than XLCELL_OK
 * is a problem to report; C is usable anyway. */
enum xlcell_status xlcell_read(const char *s, size_t len, bool canonical,
    struct xlcell *c);
/* Apply UNIT to number cell C that named no unit of its own: "%" (or a
 * header's "(%)", "in %") makes it a share, its value divided by 100
 * exactly and shown as a percent (a normalised 50 is 50%); an ISO 4217
 * code or a header's currency ("(USD)", "in euro"; not "MEUR": a scale
 * is no euro) sets its currency,
 * euro shown as euro, another currency never. UNIT NULL or "": none. */
void xlcell_unit(struct xlcell *c, const char *unit);
/* True when the LEN bytes at S are digits only, perhaps after a "-":
 * an integer that a column of codes keeps as text. */
bool xlcell_plain_integer(const char *s, size_t len);
/* The bytes of the LEN bytes of text at S that fit one cell, its
 * characters into *CHARS. Excel counts a cell's length in UTF-16 units
 * (a character past U+FFFF, an emoji, is two) and holds 32767 of them;
 * libxlsxwriter counts characters, after xlbook_text wrote each
 * "_xHHHH_" of the text as "_x005F_xHHHH_": the cut, at a character
 * boundary, keeps both within XLCELL_MAX_CHARS. */
size_t xlcell_fit(const char *s, size_t len, size_t *chars);
/* True when the LEN bytes at S start with "_xHHHH_" (H a hex digit),
 * which a reader of the workbook decodes as one character (OOXML's
 * escape): its "_" is written "_x005F_" to stay text. */
bool xlcell_escaped_at(const char *s, size_t len);
/* Read the LEN bytes at S into C as text, whatever they hold. A text
 * longer than a cell holds (xlcell_fit) is cut: XLCELL_ETOOLONG. */
enum xlcell_status xlcell_text(const char *s, size_t len, struct xlcell *c);
const char *xlcell_strerror(enum xlcell_status status);

struct xlcell_sums;

/* What the first rows of a file say about all of it: its notation and
 * its columns of codes. A file of canonical amounts ("111.75", tabel-norm's
 * output) and no Dutch one is canonical; in any other the cells that read
 * two ways ("1.125": 1125 in Dutch, 1.125 canonical) are read by the rule
 * of tabel-norm and tabel-check (tally_notation, common/table/tally.h):
 * by the notation its cells show, else by its totals (a table in miljoen
 * euro of "1.125", "4.875" under "6" is canonical), else as Dutch, and
 * xlcell_profile_unsettled says so, for the caller to report. Starts
 * zeroed. */
struct xlcell_profile {
	bool dutch, canonical;
	bool *code_col;
	size_t ncols;
	struct xlcell_sums *sums;	/* the rows, for the totals */
	const char **unit_col;		/* per column: "%", a currency, NULL */
	size_t nunits;
	long value_col, currency_col;	/* tabel-norm's long form, or -1 */
};

/* Learn the columns' units from the N fields of the header: a share
 * ("Aandeel (%)") or a currency ("Steun (USD)"), through common/num; and
 * in tabel-norm's long form, which column says the unit of value. */
void xlcell_profile_header(struct xlcell_profile *p, char *const *fields,
    const size_t *lens, size_t n);
/* The unit of field COL of a data row of N FIELDS for xlcell_unit: its
 * column's, or in the long form the row's currency field for value;
 * NULL for none. */
const char *xlcell_profile_unit(const struct xlcell_profile *p,
    char *const *fields, size_t n, size_t col);

/* Learn from the N fields of one data row from LINE (column 0, labels,
 * aside). */
void xlcell_profile_add(struct xlcell_profile *p, char *const *fields,
    const size_t *lens, size_t n, long line);
/* True when the file is normalised: for xlcell_read's CANONICAL. The
 * first call settles it (by the totals when it must); add no rows after. */
bool xlcell_profile_canonical(const struct xlcell_profile *p);
/* The first amount like "1.125" when such amounts are read as thousands
 * for want of any evidence, notation or totals (a reading to report),
 * its row's line into *LINE (may be NULL), else NULL. */
const char *xlcell_profile_unsettled(const struct xlcell_profile *p,
    long *line);
/* True when column COL holds codes: its plain integers stay text. */
bool xlcell_profile_codes(const struct xlcell_profile *p, size_t col);
void xlcell_profile_free(struct xlcell_profile *p);

#endif
