/* test_peers: the public test vectors of fixtures/peers run through
 * num_parse, date_parse and date_month. Each set has a written scope rule
 * (what kind of text tabel-norm reads: a table cell holding one euro
 * amount in European or Dutch notation, Dutch number words, or an
 * absolute date); docs/tabel-norm.md says why the rest is out of scope.
 * Every in-scope vector is a case; per set it prints
 * "peers SET: N in scope, N passed, N out of scope". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/num/date.h"
#include "common/num/num.h"
#include "tests/unit/check.h"

#define MAX_FIELDS 20
#define GOT_MAX 160		/* what a vector gave, for the message */

/* One TSV row, fields unescaped, looked up by the header's names. */
struct row {
	char *f[MAX_FIELDS];
	size_t n;
	char **names;
	size_t nnames;
};

static const char *
col(const struct row *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nnames && i < r->n; i++)
		if (strcmp(r->names[i], name) == 0)
			return r->f[i];
	return "";
}

static bool
is(const struct row *r, const char *name, const char *value)
{
	return strcmp(col(r, name), value) == 0;
}

/* Split LINE in place at tabs and undo the \\ \t \n \r escapes. */
static size_t
split(char *line, char **f)
{
	size_t n = 0;
	char *p = line, *w = line;

	f[n++] = w;
	for (; *p != '\0' && *p != '\n'; p++) {
		if (*p == '\t' && n < MAX_FIELDS) {
			*w++ = '\0';
			f[n++] = w;
		} else if (*p == '\\' && p[1] != '\0') {
			p++;
			*w++ = *p == 't' ? '\t' : *p == 'n' ? '\n' :
			    *p == 'r' ? '\r' : *p;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return n;
}

static bool
has(const char *s, const char *word)
{
	return strstr(s, word) != NULL;
}

static bool
has_digit(const char *s)
{
	return strpbrk(s, "0123456789") != NULL;
}

static bool
has_letter(const char *s)
{
	for (; *s != '\0'; s++)
		if ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z')
			return true;
	return false;
}

/* "0033", "01,10": an integer part with a leading zero is a code. */
static bool
leading_zero(const char *s)
{
	while (*s == ' ' || *s == '-')
		s++;
	return s[0] == '0' && s[1] >= '0' && s[1] <= '9';
}

/* A word of S ends like an ordinal or a fraction ("vijfde", "achtste",
 * "honderdsten"): cardinals never do. */
static bool
has_ordinal_word(const char *s)
{
	static const char *const ends[] = { "de", "den", "ste", "sten" };
	const char *w = s, *e;
	size_t i, len, k;

	while (*w != '\0') {
		for (e = w; *e != '\0' && *e != ' ' && *e != '-'; e++)
			;
		len = (size_t)(e - w);
		for (i = 0; i < 4; i++) {
			k = strlen(ends[i]);
			if (len >= k && strncmp(e - k, ends[i], k) == 0 &&
			    has_letter(w) && !has_digit(w))
				return true;
		}
		w = *e != '\0' ? e + 1 : e;
	}
	return false;
}

/* The amount S reads as in locale LOC equals WANT (numerically). */
static bool
amount_is(const char *s, enum num_locale loc, const char *want, char *got)
{
	struct num_amount a;
	enum num_status st = num_parse(s, strlen(s), loc, &a);

	snprintf(got, GOT_MAX, "%s", st == NUM_OK ? a.value :
	    num_strerror(st));
	return st == NUM_OK && num_cmp(a.value, want) == 0;
}

static bool
refused(const char *s, enum num_locale loc, char *got)
{
	struct num_amount a;
	enum num_status st = num_parse(s, strlen(s), loc, &a);

	snprintf(got, GOT_MAX, "%s", st == NUM_OK ? a.value :
	    num_strerror(st));
	return st != NUM_OK;
}

/* What one vector says: out of scope, or passed or not with the text
 * read, what came out and what was wanted. */
struct verdict {
	bool in_scope, passed;
	const char *input, *want;
	char got[GOT_MAX];
};

/* One number in TEXT: whatever follows a space starts with a group of
 * exactly three digits ("1 298,00") and comes before any "." or ",". */
static bool
one_number(const char *text)
{
	const char *p;
	bool seen = false, separated = false;

	for (p = text; *p != '\0'; p++) {
		if ((*p == ',' || *p == '.') && p[1] == ' ')
			return false;
		seen |= *p >= '0' && *p <= '9';
		separated |= *p == ',' || *p == '.';
		if (*p != ' ' || !seen || p[1] == '\0' || p[1] == ' ')
			continue;
		if (separated)
			return false;	/* "205,68 205.68": a second number */
		if (strspn(p + 1, "0123456789") != 3 || (p[4] != '\0' &&
		    strchr(" .,", p[4]) == NULL))
			return false;
	}
	return true;
}

/* A lone "," before exactly three digits: the peer reads it as a
 * thousands separator where the written Dutch rule reads a decimal comma
 * ("1,700 miljoen" is 1.7 million). */
static bool
comma_before_three(const char *text, const char *want)
{
	const char *comma = strchr(text, ',');

	return comma != NULL && strchr(comma + 1, ',') == NULL &&
	    strchr(text, '.') == NULL && strspn(comma + 1, "0123456789") == 3 &&
	    strchr(want, '.') == NULL;
}

/* price-parser: a bare euro price cell, one amount and one euro sign or
 * code and nothing else (no prose, no other currency, no second price);
 * the parser's decimal-separator hint is the locale. */
static void
price_parser(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input"), *cur = col(r, "expected_currency");
	const char *hint = col(r, "decimal_separator"), *p;
	char rest[256];
	size_t k = 0;

	v->input = in;
	v->want = col(r, "expected_amount");
	if (strcmp(cur, "\xE2\x82\xAC") != 0 && strcasecmp(cur, "eur") != 0 &&
	    strcasecmp(cur, "euro") != 0)
		return;
	if (*in == '\0' || *v->want == '\0' || strcmp(hint, "\xE2\x82\xAC") ==
	    0 || (p = strstr(in, cur)) == NULL)
		return;
	k = (size_t)(p - in);
	snprintf(rest, sizeof rest, "%.*s%s", (int)k, in, p + strlen(cur));
	if (has_letter(rest) || strpbrk(rest, "*:()$-+") != NULL ||
	    has(rest, cur) || !one_number(rest) ||
	    comma_before_three(rest, v->want))
		return;
	v->in_scope = true;
	v->passed = amount_is(in, strcmp(hint, ".") == 0 ? NUM_LOCALE_EN :
	    NUM_LOCALE_NL, v->want, v->got);
}

/* duckling numerals: digits in Dutch notation or Dutch cardinal words;
 * not fractions ("1/5"), codes with a leading zero, counting nouns and
 * negations (dozijn, gros, geen, niks) or digits joined by "en". */
static void
duckling_numeral(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input");

	v->input = in;
	v->want = col(r, "expected");
	if (has(in, "/") || leading_zero(in) || has(in, "dozijn") ||
	    has(in, "gros") || strcmp(in, "geen") == 0 ||
	    strcmp(in, "niks") == 0 || (has_digit(in) && has(in, " en ")))
		return;
	v->in_scope = true;
	v->passed = amount_is(in, NUM_LOCALE_NL, v->want, v->got);
}

/* duckling money: one euro amount (not ranges or bounds, not other
 * currencies). */
static void
duckling_money(const struct row *r, struct verdict *v)
{
	v->input = col(r, "input");
	v->want = col(r, "expected_amount");
	if (!is(r, "kind", "simple") || !is(r, "expected_currency", "EUR"))
		return;
	v->in_scope = true;
	v->passed = amount_is(v->input, NUM_LOCALE_NL, v->want, v->got);
}

static void
out_of_scope(const struct row *r, struct verdict *v)
{
	(void)r;
	(void)v;
}

/* DATE's ISO form as [start, end) in days: "2022-07/2022-09" is
 * 2022-07-01 to 2022-10-01, "2018-10-14/2018-10-15" 2018-10-14 to
 * 2018-10-16. */
static void
date_range(const struct date_value *d, char *start, char *end)
{
	int y1, m1 = 1, d1 = 1, y2, m2, n;
	const char *slash = strchr(d->iso, '/');
	const char *last = slash ? slash + 1 : d->iso;

	n = sscanf(d->iso, "%d-%d-%d", &y1, &m1, &d1);
	snprintf(start, 40, "%04d-%02d-%02d", y1, n >= 2 ? m1 : 1,
	    n >= 3 ? d1 : 1);
	n = sscanf(last, "%d-%d-%d", &y2, &m2, &d1);
	if (n == 1)
		snprintf(end, 40, "%04d-01-01", y2 + 1);
	else if (n == 2 || !date_valid(y2, m2, d1 + 1))
		snprintf(end, 40, "%04d-%02d-01", y2 + (m2 == 12), m2 % 12 + 1);
	else
		snprintf(end, 40, "%04d-%02d-%02d", y2, m2, d1 + 1);
}

/* The date S starts at WANT, given at WANT's precision, and, when
 * WANT_END is given, ends (exclusive) there. */
static bool
date_is(const char *s, const char *want, const char *want_end, char *got)
{
	struct date_value d;
	enum date_status st = date_parse(s, strlen(s), &d);
	char start[40], end[40];

	if (strcmp(want, "not resolved") == 0) {
		snprintf(got, GOT_MAX, "%s", st == DATE_OK ? d.iso :
		    date_strerror(st));
		return st == DATE_INVALID;
	}
	if (st != DATE_OK) {
		snprintf(got, GOT_MAX, "%s", date_strerror(st));
		return false;
	}
	date_range(&d, start, end);
	snprintf(got, GOT_MAX, "%s (%s..%s)", d.iso, start, end);
	return strncmp(start, want, strlen(want)) == 0 &&
	    (*want_end == '\0' || strcmp(end, want_end) == 0);
}

/* Four digits in a row: the year is written out. */
static bool
has_year(const char *s)
{
	int run = 0;

	for (; *s != '\0'; s++)
		if ((run = *s >= '0' && *s <= '9' ? run + 1 : 0) == 4)
			return true;
	return false;
}

/* duckling times: one absolute date, or a range of them (Duckling ends
 * a range exclusive, one day after the last, as tabel-norm includes
 * it), with its four-digit year, no time of day, no holiday, no day
 * counted within a month ("laatste maandag van maart", "eerste week in
 * oktober"). */
static void
duckling_time(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input");

	v->input = in;
	v->want = col(r, "expected");
	if (!is(r, "year_explicit", "1") || !is(r, "has_time_of_day", "0") ||
	    is(r, "kind", "holiday") || !has_year(in) ||
	    has(in, "laatste") || has(in, "eerste") || has(in, "tweede") ||
	    has(in, "derde") || has(in, " na "))
		return;
	v->in_scope = true;
	v->passed = date_is(in, v->want, col(r, "expected_end_exclusive"),
	    v->got);
}

/* dateparser: absolute dates without a time of day; a search test reads
 * the match it names. */
static void
dateparser_dates(const struct row *r, struct verdict *v)
{
	const char *match = col(r, "expected_match");

	v->input = *match != '\0' ? match : col(r, "input");
	v->want = col(r, "expected");
	if (has(v->want, "T") || has(v->input, ":"))
		return;
	v->in_scope = true;
	v->passed = date_is(v->input, v->want, "", v->got);
}

/* dateparser's lexicon: month names (weekdays are no dates). */
static void
dateparser_months(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input");

	v->input = in;
	v->want = col(r, "expected");
	if (!is(r, "kind", "month"))
		return;
	v->in_scope = true;
	snprintf(v->got, GOT_MAX, "%d", date_month(in, strlen(in)));
	v->passed = strcmp(v->got, v->want) == 0;
}

/* Recognizers-Text numbers: the extracted span as a cell, when it is
 * digits in Dutch notation (a scale word or k may follow) or Dutch
 * cardinal words. Not: fractions and ratios ("3/4", "½", "1 op de 3",
 * "drie vijfde"), halves and quarters in words, decimals in words ("komma"),
 * counting nouns (dozijn, gros), exponents and SI or English suffixes
 * ("1e10", "10g", "1,2b"), codes with a leading zero. */
static void
recognizers_number(const struct row *r, struct verdict *v)
{
	static const char *const out[] = { "/", "^", "half", "halve",
	    "kwart", "komma", "dozijn", "gros", " op ", " uit ", " van " };
	const char *in = col(r, "expected_text"), *p;
	size_t i;

	v->input = in;
	v->want = col(r, "expected");
	if (!is(r, "type", "number") || *in == '\0' || *v->want == '\0' ||
	    leading_zero(in) || has_ordinal_word(in))
		return;
	for (i = 0; i < sizeof out / sizeof out[0]; i++)
		if (has(in, out[i]))
			return;
	if (has(in, "\xC2\xBC") || has(in, "\xC2\xBD") || has(in, "\xC2\xBE") ||
	    has(in, "\xE2\x85"))
		return;		/* vulgar fractions: ½ ⅙ */
	for (p = in; p[0] != '\0' && p[1] != '\0'; p++)
		if (p[0] >= '0' && p[0] <= '9' && (p[1] | 0x20) >= 'a' &&
		    (p[1] | 0x20) <= 'z' && (p[1] | 0x20) != 'k')
			return;
	v->in_scope = true;
	v->passed = amount_is(in, NUM_LOCALE_NL, v->want, v->got);
}

/* Recognizers-Text percentages: "N%" or "N procent", not phrases such
 * as "percentage van 30". */
static void
recognizers_percent(const struct row *r, struct verdict *v)
{
	static char want[NUM_MAX];
	const char *in = col(r, "expected_text");
	struct num_amount a;

	v->input = in;
	snprintf(want, sizeof want, "%.*s", (int)strcspn(col(r, "expected"),
	    "%"), col(r, "expected"));
	v->want = want;
	if (*in == '\0' || has(in, "percentage"))
		return;
	v->in_scope = true;
	v->passed = amount_is(in, NUM_LOCALE_NL, want, v->got) &&
	    num_parse(in, strlen(in), NUM_LOCALE_NL, &a) == NUM_OK &&
	    a.percent;
}

/* Recognizers-Text currency: euro amounts written as one amount with
 * its currency before or after; not euros-and-cents compounds ("5 euro
 * 50", "3 euro en 50 cent"), which are prose, not table cells. */
static void
recognizers_currency(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "expected_text");
	const char *end = in + strlen(in);

	v->input = in;
	v->want = col(r, "expected");
	if (!is(r, "unit", "Euro") || has(in, "cent") || *v->want == '\0')
		return;
	if (!(end - in >= 4 && strcasecmp(end - 4, "euro") == 0) &&
	    !(end - in >= 3 && strcasecmp(end - 3, "eur") == 0) &&
	    strncasecmp(in, "eur", 3) != 0 && strncmp(in, "\xE2\x82\xAC", 3))
		return;
	v->in_scope = true;
	v->passed = amount_is(in, NUM_LOCALE_NL, v->want, v->got);
}

/* A word of S is calendar vocabulary: a number (perhaps with "e", "de",
 * "ste"), a month or weekday, Q1-Q4, H1-H2, kwartaal, jaar, van, in. */
static bool
calendar_words_only(const char *s)
{
	static const char *const words[] = { "van", "in", "kwartaal", "jaar",
	    "kalenderjaar", "maandag", "dinsdag", "woensdag", "donderdag",
	    "vrijdag", "zaterdag", "zondag" };
	char buf[128], *w, *save;
	size_t i, len;
	bool ok;

	snprintf(buf, sizeof buf, "%s", s);
	for (w = strtok_r(buf, " ,-/.", &save); w != NULL;
	    w = strtok_r(NULL, " ,-/.", &save)) {
		len = strlen(w);
		ok = !has_letter(w) || date_month(w, len) != 0 ||
		    ((w[0] | 0x20) == 'q' && len == 2) ||
		    ((w[0] | 0x20) == 'h' && len == 2);
		for (i = 0; !ok && i < sizeof words / sizeof words[0]; i++)
			ok = strcasecmp(w, words[i]) == 0;
		if (!ok && w[0] >= '0' && w[0] <= '9')
			ok = has(w, "e");	/* "1e", "18de", "25ste" */
		if (!ok)
			return false;
	}
	return true;
}

/* How many runs of digits S holds, and how many are four long. */
static void
count_numbers(const char *s, int *runs, int *years)
{
	int run = 0;

	*runs = *years = 0;
	for (;; s++) {
		if (*s >= '0' && *s <= '9') {
			run++;
			continue;
		}
		*runs += run > 0;
		*years += run == 4;
		run = 0;
		if (*s == '\0')
			return;
	}
}

/* Recognizers-Text dates: one calendar unit (a day, month, quarter,
 * half or year) with its year written out, in calendar words only. Not:
 * ranges between two dates or years ("2014-2018": the peer ends them
 * exclusive, tabel-norm inclusive), holidays, vague parts of a year,
 * days in words, school or fiscal years, comparisons. */
static void
recognizers_date(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "expected_text");
	int runs, years, months = 0;
	char buf[128], *w, *save;

	v->input = in;
	v->want = col(r, "expected");
	if (!is(r, "year_explicit", "1") || *v->want == '\0' ||
	    strpbrk(in, "~<>=") != NULL || !calendar_words_only(in))
		return;
	count_numbers(in, &runs, &years);
	snprintf(buf, sizeof buf, "%s", in);
	for (w = strtok_r(buf, " ,-/.", &save); w != NULL;
	    w = strtok_r(NULL, " ,-/.", &save))
		months += date_month(w, strlen(w)) != 0;
	if (years != 1 || runs > 3 || months > 1)
		return;
	v->in_scope = true;
	v->passed = date_is(in, v->want, col(r, "expected_end_exclusive"),
	    v->got);
}

/* Babel: the European (de, fr) and English (en_US) notations. Not other
 * locales' digits and separators (ar, fi), not parse_number's refusal of
 * decimals (an integer-only function), not strict mode's refusal of a
 * single separator that tabel-norm's written rule reads as a decimal
 * separator ("11.11", "0.00": DESIGN.md's "0.200"). */
static void
babel(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input"), *loc = col(r, "locale"), *sep;
	bool en = strcmp(loc, "en_US") == 0;

	v->input = in;
	v->want = col(r, "expected");
	if (!en && strcmp(loc, "de") != 0 && strcmp(loc, "de_DE") != 0 &&
	    strcmp(loc, "fr") != 0)
		return;
	if (is(r, "expect_error", "1")) {
		if (is(r, "function", "parse_number"))
			return;
		sep = strpbrk(in, ".,");
		if (sep != NULL && strpbrk(sep + 1, ".,") == NULL &&
		    strlen(sep + 1) != 3)
			return;
		v->want = "(refused)";
		v->in_scope = true;
		v->passed = refused(in, en ? NUM_LOCALE_EN : NUM_LOCALE_NL,
		    v->got);
		return;
	}
	v->in_scope = true;
	v->passed = amount_is(in, en ? NUM_LOCALE_EN : NUM_LOCALE_NL, v->want,
	    v->got);
}

/* num2words, read backwards: cardinals, years, and euro amounts in
 * words; not ordinals, decimals in words ("komma") or cents. */
static void
num2words(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input");

	v->input = in;
	v->want = col(r, "expected");
	if (!is(r, "kind", "cardinal") && !is(r, "kind", "year") &&
	    !(is(r, "kind", "currency") && is(r, "currency", "EUR") &&
	    !has(in, "cent")))
		return;
	v->in_scope = true;
	v->passed = amount_is(in, NUM_LOCALE_NL, v->want, v->got);
}

/* text2num: whole-text numbers (text2digits), valid and invalid; not
 * ordinals ("achtste": 8e), digit-by-digit reading with leading zeros
 * ("nul acht": 08), or numbers replaced inside running text. */
static void
text2num(const struct row *r, struct verdict *v)
{
	const char *in = col(r, "input"), *want = col(r, "expected");

	v->input = in;
	v->want = want;
	if (!is(r, "function", "text2digits") || has_ordinal_word(in))
		return;
	if (is(r, "expect_error", "1")) {
		v->want = "(refused)";
		v->in_scope = true;
		v->passed = refused(in, NUM_LOCALE_NL, v->got);
		return;
	}
	if (strspn(want, "0123456789") != strlen(want) || leading_zero(want))
		return;
	v->in_scope = true;
	v->passed = amount_is(in, NUM_LOCALE_NL, want, v->got);
}

static const struct set {
	const char *name, *path;
	void (*judge)(const struct row *, struct verdict *);
} sets[] = {
	{ "price-parser", "price-parser/price_parser_cases.tsv", price_parser },
	{ "duckling numeral", "duckling/numeral_nl.tsv", duckling_numeral },
	{ "duckling money", "duckling/amount_of_money_nl.tsv", duckling_money },
	{ "duckling ordinal", "duckling/ordinal_nl.tsv", out_of_scope },
	{ "duckling time", "duckling/time_nl_dates.tsv", duckling_time },
	{ "dateparser dates", "dateparser/dateparser_nl_dates.tsv",
	    dateparser_dates },
	{ "dateparser lexicon", "dateparser/nl_month_weekday_lexicon.tsv",
	    dateparser_months },
	{ "recognizers number", "recognizers-text/number_model_nl.tsv",
	    recognizers_number },
	{ "recognizers percent", "recognizers-text/percent_model_nl.tsv",
	    recognizers_percent },
	{ "recognizers currency", "recognizers-text/currency_model_nl.tsv",
	    recognizers_currency },
	{ "recognizers ordinal", "recognizers-text/ordinal_model_nl.tsv",
	    out_of_scope },
	{ "recognizers range", "recognizers-text/number_range_model_nl.tsv",
	    out_of_scope },
	{ "recognizers date", "recognizers-text/datetime_model_nl_dates.tsv",
	    recognizers_date },
	{ "babel", "babel/babel_parse_numbers.tsv", babel },
	{ "num2words", "num2words/num2words_nl.tsv", num2words },
	{ "text2num", "text2num-rs/text2num_nl.tsv", text2num },
};

static void
run_set(const struct set *s)
{
	char path[256], *line = NULL, *header = NULL;
	size_t cap = 0, hcap = 0;
	int in = 0, passed = 0, out = 0;
	struct row r;
	struct verdict v;
	FILE *fp;

	snprintf(path, sizeof path, "fixtures/peers/%s", s->path);
	if ((fp = fopen(path, "r")) == NULL) {
		CHECK(0, "cannot open %s", path);
		return;
	}
	CHECK(getline(&header, &hcap, fp) > 0, "%s: no header", path);
	r.names = calloc(MAX_FIELDS, sizeof *r.names);
	r.nnames = header ? split(header, r.names) : 0;
	while (getline(&line, &cap, fp) > 0) {
		r.n = split(line, r.f);
		memset(&v, 0, sizeof v);
		s->judge(&r, &v);
		if (!v.in_scope) {
			out++;
			continue;
		}
		in++;
		passed += v.passed;
		CHECK(v.passed, "peers %s: '%s' -> '%s', want '%s'", s->name,
		    v.input, v.got, v.want);
	}
	printf("peers %s: %d in scope, %d passed, %d out of scope\n",
	    s->name, in, passed, out);
	free(line);
	free(header);
	free(r.names);
	fclose(fp);
}

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof sets / sizeof sets[0]; i++)
		run_set(&sets[i]);
	return check_done();
}
