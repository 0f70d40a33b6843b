/* num: amounts as exact decimal strings. Parsing of every written form
 * (DESIGN.md §1), scaling by powers of ten and addition, all on digits:
 * never through binary floating point.
 *
 * A canonical decimal is "-"? digits ("." digits)?, no grouping, no
 * leading zeros before a non-zero digit, no trailing fractional zeros
 * unless kept on purpose: "111.75", "20700000", "-15129", "0.2". The
 * functions here write canonical decimals, "0" for zero (never "-0").
 *
 * CONTRACT SHARED BY SEVERAL TOOLS: extend it, but keep these names and
 * meanings (tabel-norm, tabel-xlsx, tabel-check and tabel-amounts use it). */
#ifndef TABEL_NUM_H
#define TABEL_NUM_H

#include <stdbool.h>
#include <stddef.h>

/* Room for a canonical amount: more digits than any source holds. */
#define NUM_MAX 80

enum num_status {
	NUM_OK,
	NUM_MISSING,		/* a missing-value marker: "/", "-", "n.v.t." ... */
	NUM_NOT_AMOUNT,		/* not an amount (text, a date, a code) */
	NUM_TOO_LONG,		/* more digits than NUM_MAX holds */
	NUM_UNKNOWN_UNIT,	/* a unit text with a scale or currency word
				 * the unit table does not hold ("lakh") */
	NUM_STATUS_COUNT
};

enum num_locale {
	NUM_LOCALE_NL,		/* decimal comma, "." groups (the default) */
	NUM_LOCALE_EN,		/* decimal point, "," groups */
	NUM_LOCALE_UNKNOWN	/* evidence only: the notation fits both */
};

/* What one written amount says. */
struct num_amount {
	char value[NUM_MAX];	/* canonical decimal, in-cell unit applied */
	int decimals;		/* fractional digits as written ("7,50": 2) */
	int exp10;		/* power of ten of the in-cell unit (miljoen: 6) */
	bool has_unit;		/* the cell named its own scale or currency */
	const char *currency;	/* ISO 4217 code it named ("EUR") or NULL */
	bool percent;		/* written with "%" (value not divided) */
	bool grouped;		/* written with thousands separators */
	enum num_locale evidence;	/* the locale the separators prove */
	size_t footnote;	/* bytes of a footnote mark set apart at the
				 * end ("18.829²", "12,5*"), 0 for none */
};

/* Parse the LEN bytes at S as one amount in locale LOC. The rules for
 * the ambiguous separator, in the Dutch locale (English mirrors them):
 * "," is the decimal comma ("1,700" is 1.7); a single "." is a thousands
 * separator only when exactly three digits follow it and the number does
 * not start with "0" ("1.234" is 1234, "0.200" and "111.75" are decimals);
 * "1.234.567" and "1.234,5" are grouped; "1,234,567" and "1,234.5" are
 * the other locale's notation and NUM_NOT_AMOUNT (their evidence says
 * so). An integer part with a leading zero ("0033", "08123") is a code,
 * not an amount. Also read: signs (-, U+2212, "(1.234)"), the currency
 * before or after, scale words ("20,7 miljoen euro": 20700000, exp10 6),
 * "%", space groups ("14 000") and Dutch number words ("drieëntwintig").
 * A footnote mark glued on ("18.829²", "12,5*") does not stop the number
 * being read: FOOTNOTE tells the caller, who reports it.
 * NUM_MISSING (an empty cell too) sets value to "". */
enum num_status num_parse(const char *s, size_t len, enum num_locale loc,
    struct num_amount *out);
/* Is S[0..LEN) a mark for no value ("/", "-", "n.v.t.", "n/a", ":",
 * "...")? One list for every reader and num_parse (NUM_MISSING). */
bool num_is_missing(const char *s, size_t len);
/* Is S[0..LEN) a percentage ("50%", "12,5 %", "10 procent", "8 pct"):
 * one amount num_parse reads with a percent sign or word? The one test
 * of tabel-extract --long, whose unit of such a cell is "%". */
bool num_is_percent(const char *s, size_t len);
/* The footnote mark num_parse sets apart at the end of S[0..LEN)
 * ("18.829²", "2018¹", "12,5*"): its length in bytes, 0 for none. */
size_t num_footnote(const char *s, size_t len);
/* Shorthand: the canonical decimal of S (Dutch locale) into OUT[N]. */
enum num_status num_canonical(const char *s, size_t len, char *out,
    size_t n);
/* What a unit text (a caption's unit, a column header, --unit) says. */
struct num_unit {
	int exp10;		/* its scale: "miljoen euro" 6, "euro" 0 */
	const char *currency;	/* ISO 4217 code ("EUR", "USD"), or NULL */
	bool percent;		/* "(%)", "in %", "percentage" */
	const char *unknown;	/* NUM_UNKNOWN_UNIT: the word in S */
	size_t unknown_len;
};

/* Read the unit text S[0..LEN) into U: a scale word or a multiplier
 * ("x 1.000", "in € 1.000", "(x 1000 euro)", "EUR '000": 10^3 and only
 * powers of a thousand), a currency, a percent sign or word. NUM_OK when
 * it names any; NUM_NOT_AMOUNT when it names none; NUM_UNKNOWN_UNIT when
 * it holds a word that looks like a scale or currency but is not in the
 * unit table ("lakh", "SEK", "x 10.000"), U->unknown pointing at it:
 * such a text must never scale silently. */
enum num_status num_unit_read(const char *s, size_t len,
    struct num_unit *u);
/* A percent sign or word stated as a unit in TEXT[0..LEN): right after
 * "(" or "in", closing the bracket or the text ("Groei (in %)", "(%)",
 * "aandeel in procent"; never "stijgt met 5 procent per jaar"); true
 * with *OFF and *N its place. A caption's unit when it names no money
 * (unit_find). */
bool num_unit_find_percent(const char *text, size_t len, size_t *off,
    size_t *n);
/* The unit of a cell under NEAR (its column header's, as read) and FAR
 * (the caption's or --unit): NEAR, with FAR's currency when NEAR states
 * a scale alone ("Bedrag (x 1.000)" under "(in euro)": thousands of
 * euro). A currency is never invented: with none in FAR it stays NULL. */
struct num_unit num_unit_under(const struct num_unit *near,
    const struct num_unit *far);
/* The power of ten of a unit text by num_unit_read ("miljoen euro": 6,
 * "x € 1.000": 3, "euro": 0, "(x 1.000)": 3); NUM_NOT_AMOUNT when it
 * names neither a scale nor a currency, NUM_UNKNOWN_UNIT as there. */
enum num_status num_unit_exp10(const char *s, size_t len, int *exp10);
/* OUT = canonical A times 10^EXP10 (EXP10 may be negative), exactly. */
enum num_status num_scale(const char *a, int exp10, char *out, size_t n);
/* OUT = canonical A + canonical B, exactly. */
enum num_status num_add(const char *a, const char *b, char *out, size_t n);
/* OUT = canonical A - canonical B, exactly. */
enum num_status num_sub(const char *a, const char *b, char *out, size_t n);
/* <0, 0, >0 as canonical A is less than, equal to, greater than B. */
int num_cmp(const char *a, const char *b);
const char *num_strerror(enum num_status status);

/* Votes for the locale of a column: how many of its cells prove Dutch
 * ("1,5", "1.234.567") or English ("1.5", "1,234,567") notation. */
struct num_votes {
	long nl, en;
};

/* Count the vote of cell S[LEN] into V (cells that prove nothing, or
 * are no amount in either locale, do not vote). */
void num_vote(struct num_votes *v, const char *s, size_t len);
/* The locale V elects; without any vote, the one FALLBACK elects (the
 * votes of the whole table; NULL: none); a tie is Dutch. */
enum num_locale num_elect(const struct num_votes *v,
    const struct num_votes *fallback);

#endif
