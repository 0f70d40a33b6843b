/* num: reading every written form of an amount (DESIGN.md §1) into a
 * canonical decimal. A cell is read left to right as
 *   [sign] [currency] [sign] NUMBER [scale] [currency] [rate] [%]
 * where NUMBER is digits with separators or Dutch words, and the whole may
 * stand in parentheses (negative). The arithmetic is in num_dec.c, the
 * Dutch number words in num_words.c, signs, currencies, scale words and
 * unit texts in num_lex.c. */
#include <string.h>

#include "common/num.h"
#include "common/num_dec.h"
#include "common/num_lex.h"
#include "common/num_words.h"

static const char *const num_messages[NUM_STATUS_COUNT] = {
	[NUM_OK] = "ok",
	[NUM_MISSING] = "missing-value marker",
	[NUM_NOT_AMOUNT] = "not an amount",
	[NUM_TOO_LONG] = "too many digits",
};

const char *
num_strerror(enum num_status status)
{
	if ((unsigned)status >= NUM_STATUS_COUNT)
		return "unknown status";
	return num_messages[status];
}

static bool
is_missing_marker(const struct num_span *s)
{
	static const char *const markers[] = { "/", "-", "\xE2\x80\x93",
	    "\xE2\x80\x94", "n.v.t.", "n.v.t", "nvt", "x", "\xE2\x80\xA6",
	    "...", "--", "n.b.", "nb" };
	size_t i;

	if (s->end - s->p > 6 || (*s->p >= '0' && *s->p <= '9'))
		return false;
	for (i = 0; i < sizeof markers / sizeof markers[0]; i++) {
		struct num_span t = *s;

		if (num_lex_eat(&t, markers[i]) && t.p == t.end)
			return true;
	}
	return false;
}

/* The suffix after a number: [scale] [currency] [rate] or "%". */
static bool
read_suffix(struct num_span s, struct num_amount *a)
{
	int exp10;

	num_lex_skip(&s);
	if (s.p == s.end)
		return true;
	if (num_lex_eat(&s, "%") || num_lex_eat(&s, "procent") || num_lex_eat(&s, "percent") ||
	    num_lex_eat(&s, "pct.") || num_lex_eat(&s, "pct")) {
		num_lex_skip(&s);
		a->percent = true;
		return s.p == s.end;
	}
	if ((exp10 = num_lex_scale(&s)) >= 0) {
		a->exp10 += exp10;
		a->has_unit = true;
		num_lex_skip(&s);
	}
	if (num_lex_currency(&s)) {
		a->has_unit = true;
		num_lex_skip(&s);
	}
	/* a rate per year ("500 k€/j") is still that amount */
	if (num_lex_eat(&s, "/jaar") || num_lex_eat(&s, "/jr") || num_lex_eat(&s, "/j") ||
	    num_lex_eat(&s, "per jaar"))
		num_lex_skip(&s);
	return s.p == s.end;
}

/* The separators of a digit run, copied with every space as ' ' and
 * every apostrophe as '\''. */
struct core {
	char text[2 * NUM_DEC_DIGITS];
	size_t len;
	size_t digits, dots, commas;
	const char *last_dot, *last_comma;	/* in text */
};

/* A space or apostrophe that may group digits at P: its length, and
 * CH set to ' ' or '\''. */
static size_t
group_space(const char *p, const char *end, char *ch)
{
	size_t n;

	if ((n = num_lex_space(p, end)) > 0) {
		*ch = ' ';
		return n;
	}
	*ch = '\'';
	if (*p == '\'')
		return 1;
	if (end - p >= 3 && memcmp(p, "\xE2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

/* The length of ",-" or ",--" at P when it ends the number. */
static size_t
whole_dash(const char *p, const char *end)
{
	size_t n = 1;

	while (p + n < end && p[n] == '-' && n < 3)
		n++;
	if (n == 1 || (p + n < end && p[n] != ' '))
		return 0;
	return n;
}

/* Step over the digits and separators at S into C. A space belongs to the
 * number only between digits ("14 000"); ",-" ends a whole amount. */
static enum num_status
scan_core(struct num_span *s, struct core *c)
{
	size_t n;
	char ch;

	c->len = c->digits = c->dots = c->commas = 0;
	c->last_dot = c->last_comma = NULL;
	while (s->p < s->end) {
		ch = *s->p;
		n = 1;
		if (ch >= '0' && ch <= '9') {
			c->digits++;
		} else if (ch == ',' && whole_dash(s->p, s->end) > 0) {
			s->p += whole_dash(s->p, s->end);  /* "12,-", "12,--" */
			break;
		} else if (ch == '.') {
			c->dots++;
			c->last_dot = c->text + c->len;
		} else if (ch == ',') {
			c->commas++;
			c->last_comma = c->text + c->len;
		} else if ((n = group_space(s->p, s->end, &ch)) > 0) {
			if (c->len == 0 || s->p + n >= s->end ||
			    s->p[n] < '0' || s->p[n] > '9')
				break;
		} else {
			break;
		}
		if (c->len + 1 >= sizeof c->text)
			return NUM_TOO_LONG;
		c->text[c->len++] = ch;
		s->p += n;
	}
	c->text[c->len] = '\0';
	return NUM_OK;
}

/* The decimal separator of C in locale LOC ('\0': none; 'X': the
 * notation of the other locale, "1,234,567" or "1,234.5" in Dutch), and
 * what the separators prove about the locale. */
static char
decimal_char(const struct core *c, enum num_locale loc,
    enum num_locale *evidence)
{
	size_t dots = c->dots, commas = c->commas, after;
	char dec = loc == NUM_LOCALE_EN ? '.' : ',', sep;
	const char *at;

	*evidence = NUM_LOCALE_UNKNOWN;
	if (dots > 0 && commas > 0) {
		sep = c->last_dot > c->last_comma ? '.' : ',';
		*evidence = sep == ',' ? NUM_LOCALE_NL : NUM_LOCALE_EN;
		return sep == dec ? sep : 'X';
	}
	if (dots + commas == 0)
		return '\0';
	sep = dots > 0 ? '.' : ',';
	if (dots + commas > 1) {
		*evidence = sep == '.' ? NUM_LOCALE_NL : NUM_LOCALE_EN;
		return sep == dec ? 'X' : '\0';
	}
	at = sep == '.' ? c->last_dot : c->last_comma;
	after = c->len - (size_t)(at - c->text) - 1;
	/* a thousands group never starts a number with 0 */
	if (after != 3 || at == c->text || (at == c->text + 1 &&
	    c->text[0] == '0')) {
		*evidence = sep == ',' ? NUM_LOCALE_NL : NUM_LOCALE_EN;
		return sep;
	}
	return sep == dec ? sep : '\0';
}

/* Check the grouping of the integer part TEXT[LEN] and append its digits
 * to D: groups of three after a first group of one to three digits. */
static bool
read_integer(const char *text, size_t len, struct num_dec *d, bool *grouped)
{
	char group = '\0';
	size_t i, run = 0;

	if (len > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9')
		return false;	/* "0033": a code */
	for (i = 0; i < len; i++) {
		if (text[i] >= '0' && text[i] <= '9') {
			d->digits[d->len++] = text[i];
			run++;
			continue;
		}
		if ((group != '\0' && text[i] != group) || run == 0 ||
		    run > 3 || (group != '\0' && run != 3) ||
		    (group == '\0' && d->len == 1 && text[0] == '0'))
			return false;
		group = text[i];
		run = 0;
	}
	*grouped = group != '\0';
	return group == '\0' || run == 3;
}

/* Dutch words, then a suffix: the longest run of words that reads as a
 * number wins ("drie miljard euro"). */
static enum num_status
read_words(struct num_span s, struct num_amount *a, struct num_dec *d)
{
	char digits[NUM_MAX];
	const char *end = s.end;
	struct num_amount tried;

	while (end > s.p) {
		tried = *a;
		if (num_words_parse(s.p, (size_t)(end - s.p), digits,
		    sizeof digits) == NUM_OK &&
		    read_suffix((struct num_span){ end, s.end }, &tried) &&
		    tried.exp10 == 0) {	/* "duizend duizend" is no number */
			*a = tried;
			return num_dec_read(digits, d);
		}
		while (end > s.p && num_lex_space(end - 1, s.end) != 1)
			end--;		/* back to the previous space */
		while (end > s.p && num_lex_space(end - 1, s.end) == 1)
			end--;
	}
	return NUM_NOT_AMOUNT;
}

static enum num_status
read_number(struct num_span s, enum num_locale loc, struct num_amount *a,
    struct num_dec *d)
{
	struct core c;
	enum num_status st;
	const char *at;
	char dec;

	if ((st = scan_core(&s, &c)) != NUM_OK)
		return st;
	if (c.len == 0 && num_lex_letter(&s))
		return read_words(s, a, d);
	if (c.digits == 0)
		return NUM_NOT_AMOUNT;
	if (c.digits > NUM_DEC_DIGITS)
		return NUM_TOO_LONG;
	dec = decimal_char(&c, loc, &a->evidence);
	if (dec == 'X')
		return NUM_NOT_AMOUNT;
	at = dec == '.' ? c.last_dot : dec == ',' ? c.last_comma :
	    c.text + c.len;
	if (!read_integer(c.text, (size_t)(at - c.text), d, &a->grouped))
		return NUM_NOT_AMOUNT;
	d->point = d->len;
	for (at += dec != '\0'; *at != '\0'; at++, a->decimals++) {
		if (*at < '0' || *at > '9')
			return NUM_NOT_AMOUNT;
		d->digits[d->len++] = *at;
	}
	/* on failure num_parse clears what was set in *A */
	return read_suffix(s, a) ? NUM_OK : NUM_NOT_AMOUNT;
}

enum num_status
num_parse(const char *str, size_t len, enum num_locale loc,
    struct num_amount *out)
{
	struct num_span s = { str, str + len };
	struct num_dec d;
	enum num_status st;
	bool neg = false, sign;

	/* no memset of the digit buffers: this runs for every cell */
	out->value[0] = '\0';
	out->decimals = out->exp10 = 0;
	out->has_unit = out->percent = out->grouped = false;
	out->evidence = NUM_LOCALE_UNKNOWN;
	d.neg = false;
	d.point = d.len = 0;
	num_lex_trim(&s);
	if (s.p == s.end || is_missing_marker(&s))
		return NUM_MISSING;
	if (*s.p == '(' && s.end[-1] == ')' && s.end - s.p > 2) {
		neg = true;
		s.p++;
		s.end--;
		num_lex_trim(&s);
	}
	sign = num_lex_sign(&s, &neg);
	num_lex_skip(&s);
	if (num_lex_currency(&s)) {
		out->has_unit = true;
		num_lex_skip(&s);
		if (!sign && num_lex_sign(&s, &neg))
			num_lex_skip(&s);
	}
	if ((st = read_number(s, loc, out, &d)) != NUM_OK) {
		out->decimals = out->exp10 = 0;	/* evidence stays for auto */
		out->has_unit = out->percent = out->grouped = false;
		return st;
	}
	d.neg = neg;
	d.point += out->exp10;
	return num_dec_format(&d, out->value, sizeof out->value);
}

enum num_status
num_canonical(const char *s, size_t len, char *out, size_t n)
{
	struct num_amount a;
	enum num_status st = num_parse(s, len, NUM_LOCALE_NL, &a);

	if (st != NUM_OK && st != NUM_MISSING)
		return st;
	if (strlen(a.value) >= n)
		return NUM_TOO_LONG;
	memcpy(out, a.value, strlen(a.value) + 1);
	return st;
}

