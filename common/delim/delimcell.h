/* delimcell: what one cell of delimited text, or one line holding one
 * cell, says: text, a number (an amount, a percentage), a year, a date,
 * a mark for no value, or nothing. The readers of common/delim ask it
 * which columns hold values and which rows are headers. */
#ifndef TABEL_DELIMCELL_H
#define TABEL_DELIMCELL_H

#include <stdbool.h>
#include <stddef.h>

enum delimcell_kind {
	DELIMCELL_EMPTY,	/* nothing but spaces */
	DELIMCELL_TEXT,		/* anything else */
	DELIMCELL_NUMBER,	/* 1.234,5  € 8.473.038,00  -1.200  12,5 % */
	DELIMCELL_YEAR,		/* 2022  2018BA  2019-2024 */
	DELIMCELL_DATE,		/* 31/12/2023  december 2021 */
	DELIMCELL_MISSING	/* a dash, "/", "n.v.t.": no value */
};

/* The kind of the cell S[0..LEN); spaces around it are ignored. */
enum delimcell_kind delimcell_kind(const char *s, size_t len);
/* Is KIND a value: a number, year, date or a mark for none? */
bool delimcell_is_value(enum delimcell_kind kind);
/* The page number S[0..LEN) is: an integer 1 to 999 alone (spaces
 * around it ignored), else 0. A column of them that never falls, under
 * no header, is a table of contents. */
int delimcell_page_number(const char *s, size_t len);
/* Is C a space, a tab or a CR (one compare for most bytes)? */
static inline bool
delimcell_space(char c)
{
	return (unsigned char)c <= ' ' && (c == ' ' || c == '\t' || c == '\r');
}

/* S[0..LEN) without the spaces (and tabs, CRs) around it, and a
 * no-break space first, in place. Inline: the quick tests of a page trim
 * every line. */
static inline void
delimcell_trim(const char **s, size_t *len)
{
	while (*len > 0 && delimcell_space(**s))
		(*s)++, (*len)--;
	while (*len > 0 && delimcell_space((*s)[*len - 1]))
		(*len)--;
	if (*len >= 2 && (*s)[0] == '\xc2' && (*s)[1] == '\xa0')
		*s += 2, *len -= 2;
}

#endif
