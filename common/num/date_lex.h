/* date_lex: the words and numbers of written dates (part of date):
 * folding, literals, numbers, years, Dutch month and weekday names,
 * ordinals. Each reader steps *P over what it read, and only on success.
 * Internal to date; tools use date.h. */
#ifndef TABEL_DATE_LEX_H
#define TABEL_DATE_LEX_H

#include <stdbool.h>
#include <stddef.h>

/* The year of a day or month may be older than a bare year
 * (common/num/year): the day or month proves it a date. */
enum { DAY_YEAR_MIN = 1000 };

/* Fold S[LEN] into OUT[CAP]: lower case, dashes to "-", every space to
 * one " ", trimmed; false when it does not fit. */
bool date_lex_fold(const char *s, size_t len, char *out, size_t cap);
/* Step over the literal WORD at *P; a word ending in a letter must not
 * run on into another letter. */
bool date_lex_lit(const char **p, const char *word);
/* Step over one space. */
void date_lex_sp(const char **p);
/* MIN to MAX digits at *P, not followed by another digit. */
bool date_lex_number(const char **p, int min, int max, int *value);
/* Four digits at *P not followed by a letter: a year as common/num/year
 * reads it among dates, or when DAY the year of a day or month, from
 * DAY_YEAR_MIN to YEAR_DATE_LAST. */
bool date_lex_year(const char **p, bool day, int *y);
/* A month name or abbreviation at *P: 1-12, or 0. */
int date_lex_month(const char **p);
/* Step over a weekday name before a date ("maandag", "vr.,"). */
void date_lex_weekday(const char **p);
/* An ordinal "3", "3e", "3de", "3ste" or "derde" from 1 to MAX; 0 for
 * none. */
int date_lex_ordinal(const char **p, int max);

#endif
