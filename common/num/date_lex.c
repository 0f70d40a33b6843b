/* date_lex: the words and numbers of written dates (see date_lex.h),
 * and the public date_month and date_valid. */
#include <string.h>

#include "common/num/date.h"
#include "common/num/date_lex.h"
#include "common/num/year.h"

static const char *const months[] = {
	"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december",
};

static const struct { const char *abbr; int month; } month_abbrs[] = {
	{ "sept", 9 }, { "jan", 1 }, { "feb", 2 }, { "mrt", 3 }, { "maa", 3 },
	{ "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "sep", 9 },
	{ "okt", 10 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
};

static const char *const weekdays[] = {
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
	"zondag", "vrij", "ma", "di", "wo", "do", "vr", "za", "zo",
};

static bool
is_alpha(char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Fold S[LEN] into OUT[CAP]; false when it does not fit. */
bool
date_lex_fold(const char *s, size_t len, char *out, size_t cap)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k = 0;
	char c;

	for (i = 0; i < len; i++) {
		c = (char)u[i];
		if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0x93 || u[i + 2] == 0x94 || u[i + 2] == 0x89 ||
		    u[i + 2] == 0xAF)) {
			c = u[i + 2] >= 0x93 && u[i + 2] <= 0x94 ? '-' : ' ';
			i += 2;
		} else if (u[i] == 0xC2 && i + 1 < len && u[i + 1] == 0xA0) {
			c = ' ';
			i++;
		} else if (c >= 'A' && c <= 'Z') {
			c = (char)(c - 'A' + 'a');
		} else if (c == '\t') {
			c = ' ';
		}
		if (c == ' ' && (k == 0 || out[k - 1] == ' '))
			continue;
		if (k + 1 >= cap)
			return false;
		out[k++] = c;
	}
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
	return true;
}

/* Step over the literal WORD at *P. A word that ends in a letter must not
 * run on into another letter. */
bool
date_lex_lit(const char **p, const char *word)
{
	size_t n;

	if (**p != word[0])
		return false;	/* most words tried are not there */
	n = strlen(word);
	if (strncmp(*p, word, n) != 0 ||
	    (is_alpha(word[n - 1]) && is_alpha((*p)[n])))
		return false;
	*p += n;
	return true;
}

void
date_lex_sp(const char **p)
{
	if (**p == ' ')
		(*p)++;
}

/* MIN to MAX digits at *P, not followed by another digit. */
bool
date_lex_number(const char **p, int min, int max, int *value)
{
	int n = 0, v = 0;

	while (is_digit((*p)[n]) && n < max)
		v = v * 10 + ((*p)[n++] - '0');
	if (n < min || is_digit((*p)[n]))
		return false;
	*p += n;
	*value = v;
	return true;
}

bool
date_lex_year(const char **p, bool day, int *y)
{
	const char *q = *p;
	struct year bare;

	if (day ? !date_lex_number(&q, 4, 4, y) || *y < DAY_YEAR_MIN ||
	    *y > YEAR_DATE_LAST : year_read(q, strlen(q),
	    YEAR_AMONG_DATES, &bare) == 0)
		return false;
	if (!day) {
		*y = bare.year;
		q += 4;
	}
	if (is_alpha(*q))
		return false;
	*p = q;
	return true;
}

/* A month name or abbreviation at *P, with an optional "." after an
 * abbreviation; 0 for none. */
int
date_lex_month(const char **p)
{
	size_t i;

	for (i = 0; i < 12; i++)
		if (date_lex_lit(p, months[i]))
			return (int)i + 1;
	for (i = 0; i < sizeof month_abbrs / sizeof month_abbrs[0]; i++) {
		if (date_lex_lit(p, month_abbrs[i].abbr)) {
			if (**p == '.')
				(*p)++;
			return month_abbrs[i].month;
		}
	}
	return 0;
}

int
date_month(const char *s, size_t len)
{
	char buf[32];
	const char *p = buf;
	int m;

	if (!date_lex_fold(s, len, buf, sizeof buf))
		return 0;
	m = date_lex_month(&p);
	return *p == '\0' ? m : 0;
}

bool
date_valid(int y, int m, int d)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12 || d < 1)
		return false;
	return d <= days[m - 1] + (m == 2 && leap);
}

/* "maandag", "vr.", "Vrij.," before a date: read and ignored. */
void
date_lex_weekday(const char **p)
{
	size_t i;

	for (i = 0; i < sizeof weekdays / sizeof weekdays[0]; i++) {
		if (date_lex_lit(p, weekdays[i])) {
			if (**p == '.')
				(*p)++;
			if (**p == ',')
				(*p)++;
			date_lex_sp(p);
			return;
		}
	}
}

/* An ordinal "3", "3e", "3de", "3ste" or "derde" (1 to MAX). */
int
date_lex_ordinal(const char **p, int max)
{
	static const char *const words[] = { "eerste", "tweede", "derde",
	    "vierde" };
	int n, i;

	for (i = 0; i < max && i < 4; i++)
		if (date_lex_lit(p, words[i]))
			return i + 1;
	if (!date_lex_number(p, 1, 1, &n) || n < 1 || n > max)
		return 0;
	if (!date_lex_lit(p, "ste") && !date_lex_lit(p, "de"))
		date_lex_lit(p, "e");
	return n;
}

