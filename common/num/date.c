/* date: Dutch years, dates and periods to ISO 8601 (see date.h). The text
 * is first folded (lower case, dashes to "-", every space to one " "),
 * then tried against each form in turn; a form must take the whole text,
 * so "2 december 2021 om 12:00" or "volgend jaar" is no date. */
#include <stdio.h>
#include <string.h>

#include "common/num/date.h"
#include "common/num/date_lex.h"
#include "common/num/num_lex.h"
#include "common/num/year.h"

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
	struct year year;
	size_t n;
	int y1, y2;

	if (date_lex_lit(&p, "kalenderjaar") || date_lex_lit(&p, "jaar"))
		date_lex_sp(&p);
	/* not date_lex_year(): "2018BA" runs on into letters */
	if ((n = year_read(p, strlen(p), YEAR_AMONG_DATES, &year)) == 0)
		return DATE_NOT_DATE;
	if (p[n] == '\0' || (p[n] == ' ' && p[n + 1] == '\0')) {
		memcpy(v->phase, year.phase, sizeof v->phase);
		snprintf(v->iso, sizeof v->iso, "%04d", year.year);
		v->kind = DATE_YEAR;
		v->year = year.year;
		return DATE_OK;
	}
	y1 = year.year;
	p += 4;
	date_lex_sp(&p);
	if (!date_lex_lit(&p, "-") && !date_lex_lit(&p, "/") &&
	    !date_lex_lit(&p, "tot en met") && !date_lex_lit(&p, "t/m") &&
	    !date_lex_lit(&p, "tot"))
		return DATE_NOT_DATE;
	date_lex_sp(&p);
	if (!date_lex_year(&p, false, &y2) || *p != '\0' || y2 <= y1)
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

	date_lex_weekday(&p);
	if (date_lex_year(&p, true, &a)) {
		if (!date_lex_lit(&p, "-") || !date_lex_number(&p, 1, 2, &b))
			return DATE_NOT_DATE;
		if (*p == '\0')
			return b >= 1 && b <= 12 ? set_span(v, a, b, b) :
			    DATE_INVALID;
		if (!date_lex_lit(&p, "-") || !date_lex_number(&p, 2, 2, &c) ||
		    *p != '\0')
			return DATE_NOT_DATE;
		return set_day(v, a, b, c);
	}
	if (!date_lex_number(&p, 1, 2, &a) ||
	    (*p != '-' && *p != '/' && *p != '.'))
		return DATE_NOT_DATE;
	sep = *p++;
	if (date_lex_year(&p, true, &c) && *p == '\0')	/* 12-2015 */
		return a >= 1 && a <= 12 ? set_span(v, c, a, a) : DATE_INVALID;
	if (!date_lex_number(&p, 1, 2, &b) || *p++ != sep ||
	    !date_lex_year(&p, true, &c) || *p != '\0')
		return DATE_NOT_DATE;
	return set_day(v, c, b, a);
}

/* A separator inside a written date: one of ". - / ," and a space. */
static void
date_sep(const char **p)
{
	if (**p == '.' || **p == '-' || **p == '/' || **p == ',')
		(*p)++;
	date_lex_sp(p);
}

/* The year after a month: "2021", ", 2021", "-2021", "van 2021". */
static bool
month_year(const char **p, int *y)
{
	date_sep(p);
	if (date_lex_lit(p, "van") || date_lex_lit(p, "in"))
		date_lex_sp(p);
	return date_lex_year(p, true, y);
}

/* januari-maart 2022, jan - jun 2022, april tot juni 2022: the months
 * from the first to the last, both included. */
static enum date_status
month_range(const char *p, struct date_value *v)
{
	int first, last, y;

	if ((first = date_lex_month(&p)) == 0)
		return DATE_NOT_DATE;
	date_lex_sp(&p);
	if (!date_lex_lit(&p, "-") && !date_lex_lit(&p, "t/m") &&
	    !date_lex_lit(&p, "tot en met") && !date_lex_lit(&p, "tot"))
		return DATE_NOT_DATE;
	date_lex_sp(&p);
	if ((last = date_lex_month(&p)) <= first || !month_year(&p, &y) ||
	    *p != '\0')
		return DATE_NOT_DATE;
	return set_span(v, y, first, last);
}

/* 2 december 2021, vr 27 juni 1997, 18de juli 2014, 07.jul.2014,
 * 01-aug-2019, april 14, 2015, 4e juli van 1995, 4 augustus 1678
 * zaterdag; december 2021, dec-2018, 2017 april */
static enum date_status
form_month_name(const char *p, struct date_value *v)
{
	const char *q = p;
	int d = 0, m, y;

	if (date_lex_year(&q, true, &y) && date_lex_lit(&q, " ") &&
	    (m = date_lex_month(&q)) > 0 && *q == '\0')
		return set_span(v, y, m, m);
	if (month_range(p, v) == DATE_OK)
		return DATE_OK;
	date_lex_weekday(&p);
	if ((m = date_lex_month(&p)) > 0) {
		date_lex_sp(&p);
		date_lex_number(&p, 1, 2, &d);
	} else {
		if (!date_lex_number(&p, 1, 2, &d))
			return DATE_NOT_DATE;
		if (!date_lex_lit(&p, "ste") && !date_lex_lit(&p, "de"))
			date_lex_lit(&p, "e");
		date_sep(&p);
		if ((m = date_lex_month(&p)) == 0)
			return DATE_NOT_DATE;
	}
	if (!month_year(&p, &y))
		return DATE_NOT_DATE;
	if (*p == ' ') {
		p++;
		date_lex_weekday(&p);
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
	if (date_lex_lit(p, "q") || date_lex_lit(p, "kw"))
		return (*n = date_lex_ordinal(p, 4)) > 0 ? 3 : 0;
	if (date_lex_lit(p, "h"))
		return (*n = date_lex_ordinal(p, 2)) > 0 ? 6 : 0;
	if ((*n = date_lex_ordinal(p, 4)) == 0)
		return 0;
	date_lex_sp(p);
	if (date_lex_lit(p, "kwartaal"))
		return 3;
	if (*n <= 2 && (date_lex_lit(p, "semester") ||
	    date_lex_lit(p, "jaarhelft") || date_lex_lit(p, "helft")))
		return 6;
	return 0;
}

/* Q3 2022, 2022-Q3, 3de kwartaal 2022, H1 2022, 2e semester 2022,
 * eerste helft van 2022, begin/medio/eind 2020, voorjaar/najaar 2012 */
static enum date_status
form_part(const char *p, struct date_value *v)
{
	static const struct { const char *word; int first, last; } vague[] = {
		{ "begin", 1, 3 }, { "start", 1, 3 }, { "medio", 6, 7 },
		{ "midden", 6, 7 }, { "einde", 10, 12 }, { "eind-", 10, 12 },
		{ "eind", 10, 12 }, { "voorjaar", 3, 5 }, { "lente", 3, 5 },
		{ "zomer", 6, 8 }, { "najaar", 9, 11 }, { "herfst", 9, 11 },
	};
	const char *q = p;
	int n = 0, y, size;
	size_t i;

	if (date_lex_year(&q, false, &y) && (date_lex_lit(&q, "-") ||
	    date_lex_lit(&q, " ") || 1) && date_lex_lit(&q, "q") &&
	    (n = date_lex_ordinal(&q, 4)) > 0 && *q == '\0')
		return set_span(v, y, 3 * n - 2, 3 * n);
	if ((size = part_of_year(&p, &n)) == 0) {
		for (i = 0; i < sizeof vague / sizeof vague[0]; i++)
			if (date_lex_lit(&p, vague[i].word))
				break;
		if (i == sizeof vague / sizeof vague[0])
			return DATE_NOT_DATE;
	}
	if (!date_lex_lit(&p, "-"))
		date_lex_sp(&p);
	if (date_lex_lit(&p, "van"))
		date_lex_sp(&p);
	if (!date_lex_year(&p, false, &y) || *p != '\0')
		return DATE_NOT_DATE;
	if (size == 0)
		return set_span(v, y, vague[i].first, vague[i].last);
	return set_span(v, y, size * n - size + 1, size * n);
}

/* One end of a range of dates: a day or a month. */
static enum date_status
range_end(const char *p, struct date_value *v)
{
	enum date_status st;

	memset(v, 0, sizeof *v);
	if ((st = form_numeric(p, v)) != DATE_OK &&
	    (st = form_month_name(p, v)) != DATE_OK)
		return st;
	return v->kind == DATE_DAY || v->kind == DATE_MONTH ? DATE_OK :
	    DATE_NOT_DATE;
}

/* The first end of a range, completed from the last one B when it
 * leaves out what they share: "13" of "13 - 15 juli 2013", "2 februari"
 * of "2 februari tot 11 maart 2022". */
static enum date_status
range_start(const char *p, size_t len, const struct date_value *b,
    struct date_value *a)
{
	char buf[96];
	int y = 0, m = 0;
	bool day = len > 0 && len <= 2 && strspn(p, "0123456789") >= len;

	sscanf(b->iso, "%d-%d", &y, &m);
	if (day)
		snprintf(buf, sizeof buf, "%.*s-%d-%d", (int)len, p, m, y);
	else
		snprintf(buf, sizeof buf, "%.*s", (int)len, p);
	if (range_end(buf, a) == DATE_OK)
		return DATE_OK;
	snprintf(buf, sizeof buf, "%.*s %d", (int)len, p, y);
	return day ? DATE_NOT_DATE : range_end(buf, a);
}

/* 2 februari 2022 tot 11 maart 2022, van 14/10/2013 tot 15/10/2013,
 * 13-15 juli 2013, 14 t/m 15 oktober 2018: from the first day (or
 * month) to the last, both included. */
static enum date_status
form_range(const char *p, struct date_value *v)
{
	static const char *const seps[] = { " tot en met ", " t/m ", " tot ",
	    " - ", "-" };
	struct date_value a, b;
	const char *at;
	size_t i;

	if (date_lex_lit(&p, "van"))
		date_lex_sp(&p);
	for (i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		if ((at = strstr(p, seps[i])) == NULL ||
		    range_end(at + strlen(seps[i]), &b) != DATE_OK ||
		    range_start(p, (size_t)(at - p), &b, &a) != DATE_OK ||
		    a.kind != b.kind || strcmp(a.iso, b.iso) >= 0)
			continue;
		snprintf(v->iso, sizeof v->iso, "%.10s/%.10s", a.iso, b.iso);
		v->kind = a.year == b.year ? DATE_PART : DATE_YEARS;
		v->year = a.year;
		return DATE_OK;
	}
	return DATE_NOT_DATE;
}

enum date_status
date_parse(const char *s, size_t len, struct date_value *out)
{
	static enum date_status (*const forms[])(const char *,
	    struct date_value *) = { form_years, form_numeric,
	    form_month_name, form_part, form_range };
	char buf[96];
	enum date_status st, worst = DATE_NOT_DATE;
	size_t i;

	struct num_span span = { s, s + len };

	memset(out, 0, sizeof *out);
	len -= num_lex_footnote(span);	/* "2020¹": a year with a note */
	if (!date_lex_fold(s, len, buf, sizeof buf) || buf[0] == '\0')
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

/* The one word of S[LEN] that is a year or period ("Beslist in 2022");
 * DATE_NOT_DATE when none or several are. */
static enum date_status
year_word(const char *s, size_t len, struct date_value *d)
{
	struct date_value w;
	const char *end = s + len, *space;
	int found = 0;

	while (s < end) {
		space = memchr(s, ' ', (size_t)(end - s));
		if (date_parse(s, (size_t)((space ? space : end) - s), &w) ==
		    DATE_OK && (w.kind == DATE_YEAR || w.kind == DATE_YEARS) &&
		    found++ == 0)
			*d = w;
		s = space ? space + 1 : end;
	}
	return found == 1 ? DATE_OK : DATE_NOT_DATE;
}

/* The " | " that ends the part of a two-level header at S, or END. */
static const char *
part_end(const char *s, const char *end)
{
	for (; s + 3 <= end; s++)
		if (s[0] == ' ' && s[1] == '|' && s[2] == ' ')
			return s;
	return end;
}

/* The first part of "TOP | SUB" in which FN finds a date. */
static enum date_status
each_part(const char *s, size_t len, enum date_status (*fn)(const char *,
    size_t, struct date_value *), struct date_value *d)
{
	const char *end = s + len, *bar;

	for (;;) {
		bar = part_end(s, end);
		if (fn(s, (size_t)(bar - s), d) == DATE_OK)
			return DATE_OK;
		if (bar == end)
			return DATE_NOT_DATE;
		s = bar + 3;
	}
}

enum date_status
date_header(const char *s, size_t len, struct date_value *out)
{
	if (each_part(s, len, date_parse, out) == DATE_OK)
		return DATE_OK;
	return each_part(s, len, year_word, out);
}
