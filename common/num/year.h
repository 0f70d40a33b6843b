/* year: is this a year? One answer for every program: the column headers
 * and row cells of tabel-extract, the dates of tabel-norm, the years of
 * tabel-amounts' prose, the period headers of tabel-xlsx's charts. A
 * year is four digits from YEAR_FIRST to YEAR_LAST that no other digit
 * follows; a budget year carries its phase: "2018BA" (begrotings-
 * aanpassing, the budget adjusted) or "2019BO" (begrotingsopmaak, the
 * budget drawn up), glued on or after one space, in either case. */
#ifndef TABEL_YEAR_H
#define TABEL_YEAR_H

#include <stdbool.h>
#include <stddef.h>

/* Where the number stands decides how far back and ahead a year may
 * go. Among numbers (a table row or header, a sentence) a four-digit
 * number outside YEAR_FIRST..YEAR_LAST is a count, an amount or a code;
 * where dates are expected (a date column, a column header read as a
 * date) "1865" is a year too. */
enum year_where { YEAR_AMONG_NUMBERS, YEAR_AMONG_DATES };
enum { YEAR_FIRST = 1900, YEAR_LAST = 2099 };
enum { YEAR_DATE_FIRST = 1800, YEAR_DATE_LAST = 2199 };

struct year {
	int year;
	char phase[3];		/* "BA", "BO" or "" */
};

/* The year at the start of S[0..LEN) as read WHERE, with its phase
 * when one follows ("2018BA", "2019 BO") and no letter runs on after it:
 * the bytes read into *OUT (may be NULL), 0 for none. What follows is
 * the caller's: "2022a" reads 4 bytes. */
size_t year_read(const char *s, size_t len, enum year_where where,
    struct year *out);
/* Is S[0..LEN), among numbers, as a whole one year ("2022", "2018BA";
 * not "1899", "20222", "2022X")? */
bool year_is(const char *s, size_t len);
/* Is S[0..LEN) as a whole a span of years: a year (among numbers), a
 * dash ("-", "–") or a slash, and the last year in four digits, a
 * year too, or its last two ("2019-2024", "1996–97", "2019/20")?
 * One answer for the flow and the raw readers (common/cells). */
bool year_span(const char *s, size_t len);

#endif
