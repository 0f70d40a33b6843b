/* date: Dutch years, dates and periods to ISO 8601 (see date.h). The text
 * is first folded (lower case, dashes to "-", every space to one " "),
 * then tried against each form in turn; a form must take the whole text,
 * so "2 december 2021 om 12:00" or "volgend jaar" is no date. */
#include <stdio.h>
#include <string.h>

#include "common/date.h"

static const char *const date_messages[DATE_STATUS_COUNT] = {
	[DATE_OK] = "ok",
	[DATE_NOT_DATE] = "not a date",
	[DATE_INVALID] = "no such day",
};

const char *
date_strerror(enum date_status status)
{
	if ((unsigned)status >= DATE_STATUS_COUNT)
		return "unknown status";
	return date_messages[status];
}

/* Bare years and periods: a wider range would read counts as years. */
enum { YEAR_MIN = 1800, YEAR_MAX = 2199, DAY_YEAR_MIN = 1000 };

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
static bool
fold(const char *s, size_t len, char *out, size_t cap)
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
static bool
lit(const char **p, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(*p, word, n) != 0 ||
	    (is_alpha(word[n - 1]) && is_alpha((*p)[n])))
		return false;
	*p += n;
	return true;
}

static void
sp(const char **p)
{
	if (**p == ' ')
		(*p)++;
}

/* MIN to MAX digits at *P, not followed by another digit. */
static bool
number(const char **p, int min, int max, int *value)
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

static bool
year(const char **p, int min, int *y)
{
	const char *q = *p;

	if (!number(&q, 4, 4, y) || *y < min || *y > YEAR_MAX || is_alpha(*q))
		return false;
	*p = q;
	return true;
}

/* A month name or abbreviation at *P, with an optional "." after an
 * abbreviation; 0 for none. */
static int
month_word(const char **p)
{
	size_t i;

	for (i = 0; i < 12; i++)
		if (lit(p, months[i]))
			return (int)i + 1;
	for (i = 0; i < sizeof month_abbrs / sizeof month_abbrs[0]; i++) {
		if (lit(p, month_abbrs[i].abbr)) {
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

	if (!fold(s, len, buf, sizeof buf))
		return 0;
	m = month_word(&p);
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
static void
skip_weekday(const char **p)
{
	size_t i;

	for (i = 0; i < sizeof weekdays / sizeof weekdays[0]; i++) {
		if (lit(p, weekdays[i])) {
			if (**p == '.')
				(*p)++;
			if (**p == ',')
				(*p)++;
			sp(p);
			return;
		}
	}
}

/* An ordinal "3", "3e", "3de", "3ste" or "derde" (1 to MAX). */
static int
ordinal(const char **p, int max)
{
	static const char *const words[] = { "eerste", "tweede", "derde",
	    "vierde" };
	int n, i;

	for (i = 0; i < max && i < 4; i++)
		if (lit(p, words[i]))
			return i + 1;
	if (!number(p, 1, 1, &n) || n < 1 || n > max)
		return 0;
	if (!lit(p, "ste") && !lit(p, "de"))
		lit(p, "e");
	return n;
}

static enum date_status
set_day(struct date_value *v, int y, int m, int d)
{
	if (!date_valid(y, m, d))
		return DATE_INVALID;
	snprintf(v->iso, sizeof v->iso, "%04d-%02d-%02d", y, m, d);
	v->kind = DATE_DAY;
	v->year = y;
	return DATE_OK;
}

static enum date_status
set_span(struct date_value *v, int y, int first, int last)
{
	if (first == last)
		snprintf(v->iso, sizeof v->iso, "%04d-%02d", y, first);
	else
		snprintf(v->iso, sizeof v->iso, "%04d-%02d/%04d-%02d", y, first,
		    y, last);
	v->kind = first == last ? DATE_MONTH : DATE_PART;
	v->year = y;
	return DATE_OK;
}

/* 2022, 2018BA, 2019 BO, 2019-2024, 2008 – 2022, 2014 t/m 2018 */
static enum date_status
form_years(const char *p, struct date_value *v)
{
	int y1, y2;

	if (lit(&p, "kalenderjaar") || lit(&p, "jaar"))
		sp(&p);
	/* not year(): "2018BA" runs on into letters */
	if (!number(&p, 4, 4, &y1) || y1 < YEAR_MIN || y1 > YEAR_MAX)
		return DATE_NOT_DATE;
	sp(&p);
	if (*p == '\0' || ((lit(&p, "ba") || lit(&p, "bo")) && *p == '\0')) {
		if (*p == '\0' && p[-1] >= 'a') {
			v->phase[0] = (char)(p[-2] - 'a' + 'A');
			v->phase[1] = (char)(p[-1] - 'a' + 'A');
		}
		snprintf(v->iso, sizeof v->iso, "%04d", y1);
		v->kind = DATE_YEAR;
		v->year = y1;
		return DATE_OK;
	}
	if (!lit(&p, "-") && !lit(&p, "/") && !lit(&p, "tot en met") &&
	    !lit(&p, "t/m") && !lit(&p, "tot"))
		return DATE_NOT_DATE;
	sp(&p);
	if (!year(&p, YEAR_MIN, &y2) || *p != '\0' || y2 <= y1)
		return DATE_NOT_DATE;
	snprintf(v->iso, sizeof v->iso, "%04d/%04d", y1, y2);
	v->kind = DATE_YEARS;
	v->year = y1;
	return DATE_OK;
}

/* 1-1-2023, 02/12/2021, 31.10.1974, 12-2015, and ISO 2021-12-02,
 * 2021-12 or 2015-3 */
static enum date_status
form_numeric(const char *p, struct date_value *v)
{
	int a, b, c;
	char sep;

	skip_weekday(&p);
	if (year(&p, DAY_YEAR_MIN, &a)) {
		if (!lit(&p, "-") || !number(&p, 1, 2, &b))
			return DATE_NOT_DATE;
		if (*p == '\0')
			return b >= 1 && b <= 12 ? set_span(v, a, b, b) :
			    DATE_INVALID;
		if (!lit(&p, "-") || !number(&p, 2, 2, &c) || *p != '\0')
			return DATE_NOT_DATE;
		return set_day(v, a, b, c);
	}
	if (!number(&p, 1, 2, &a) || (*p != '-' && *p != '/' && *p != '.'))
		return DATE_NOT_DATE;
	sep = *p++;
	if (year(&p, DAY_YEAR_MIN, &c) && *p == '\0')	/* 12-2015 */
		return a >= 1 && a <= 12 ? set_span(v, c, a, a) : DATE_INVALID;
	if (!number(&p, 1, 2, &b) || *p++ != sep ||
	    !year(&p, DAY_YEAR_MIN, &c) || *p != '\0')
		return DATE_NOT_DATE;
	return set_day(v, c, b, a);
}

/* A separator inside a written date: one of ". - / ," and a space. */
static void
date_sep(const char **p)
{
	if (**p == '.' || **p == '-' || **p == '/' || **p == ',')
		(*p)++;
	sp(p);
}

/* The year after a month: "2021", ", 2021", "-2021", "van 2021". */
static bool
month_year(const char **p, int *y)
{
	date_sep(p);
	if (lit(p, "van") || lit(p, "in"))
		sp(p);
	return year(p, DAY_YEAR_MIN, y);
}

/* 2 december 2021, vr 27 juni 1997, 18de juli 2014, 07.jul.2014,
 * 01-aug-2019, april 14, 2015, 4e juli van 1995, 4 augustus 1678
 * zaterdag; december 2021, dec-2018, 2017 april */
static enum date_status
form_month_name(const char *p, struct date_value *v)
{
	const char *q = p;
	int d = 0, m, y;

	if (year(&q, DAY_YEAR_MIN, &y) && lit(&q, " ") &&
	    (m = month_word(&q)) > 0 && *q == '\0')
		return set_span(v, y, m, m);
	skip_weekday(&p);
	if ((m = month_word(&p)) > 0) {
		sp(&p);
		number(&p, 1, 2, &d);
	} else {
		if (!number(&p, 1, 2, &d))
			return DATE_NOT_DATE;
		if (!lit(&p, "ste") && !lit(&p, "de"))
			lit(&p, "e");
		date_sep(&p);
		if ((m = month_word(&p)) == 0)
			return DATE_NOT_DATE;
	}
	if (!month_year(&p, &y))
		return DATE_NOT_DATE;
	if (*p == ' ') {
		p++;
		skip_weekday(&p);
	}
	if (*p != '\0')
		return DATE_NOT_DATE;
	return d > 0 ? set_day(v, y, m, d) : set_span(v, y, m, m);
}

/* The size in months of the part of a year named at *P ("Q3", "3de
 * kwartaal", "H1", "2e semester", "eerste helft") and its number *N; 0
 * for none. */
static int
part_of_year(const char **p, int *n)
{
	if (lit(p, "q") || lit(p, "kw"))
		return (*n = ordinal(p, 4)) > 0 ? 3 : 0;
	if (lit(p, "h"))
		return (*n = ordinal(p, 2)) > 0 ? 6 : 0;
	if ((*n = ordinal(p, 4)) == 0)
		return 0;
	sp(p);
	if (lit(p, "kwartaal"))
		return 3;
	if (*n <= 2 && (lit(p, "semester") || lit(p, "jaarhelft") ||
	    lit(p, "helft")))
		return 6;
	return 0;
}

/* Q3 2022, 2022-Q3, 3de kwartaal 2022, H1 2022, 2e semester 2022,
 * eerste helft van 2022, begin/medio/eind 2020 */
static enum date_status
form_part(const char *p, struct date_value *v)
{
	static const struct { const char *word; int first, last; } vague[] = {
		{ "begin", 1, 3 }, { "start", 1, 3 }, { "medio", 6, 7 },
		{ "midden", 6, 7 }, { "einde", 10, 12 }, { "eind-", 10, 12 },
		{ "eind", 10, 12 },
	};
	const char *q = p;
	int n = 0, y, size;
	size_t i;

	if (year(&q, YEAR_MIN, &y) && (lit(&q, "-") || lit(&q, " ") || 1) &&
	    lit(&q, "q") && (n = ordinal(&q, 4)) > 0 && *q == '\0')
		return set_span(v, y, 3 * n - 2, 3 * n);
	if ((size = part_of_year(&p, &n)) == 0) {
		for (i = 0; i < sizeof vague / sizeof vague[0]; i++)
			if (lit(&p, vague[i].word))
				break;
		if (i == sizeof vague / sizeof vague[0])
			return DATE_NOT_DATE;
	}
	if (!lit(&p, "-"))
		sp(&p);
	if (lit(&p, "van"))
		sp(&p);
	if (!year(&p, YEAR_MIN, &y) || *p != '\0')
		return DATE_NOT_DATE;
	if (size == 0)
		return set_span(v, y, vague[i].first, vague[i].last);
	return set_span(v, y, size * n - size + 1, size * n);
}

enum date_status
date_parse(const char *s, size_t len, struct date_value *out)
{
	static enum date_status (*const forms[])(const char *,
	    struct date_value *) = { form_years, form_numeric,
	    form_month_name, form_part };
	char buf[96];
	enum date_status st, worst = DATE_NOT_DATE;
	size_t i;

	memset(out, 0, sizeof *out);
	if (!fold(s, len, buf, sizeof buf) || buf[0] == '\0')
		return DATE_NOT_DATE;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		if ((st = forms[i](buf, out)) == DATE_OK)
			return DATE_OK;
		if (st == DATE_INVALID)
			worst = st;
		memset(out, 0, sizeof *out);
	}
	return worst;
}
