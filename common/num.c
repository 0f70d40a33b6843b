/* num: reading every written form of an amount (DESIGN.md §1) into a
 * canonical decimal. A cell is read left to right as
 *   [sign] [currency] [sign] NUMBER [scale] [currency] [rate] [%]
 * where NUMBER is digits with separators or Dutch words, and the whole may
 * stand in parentheses (negative). The arithmetic is in num_dec.c, the
 * words in num_words.c. */
#include <string.h>

#include "common/num.h"
#include "common/num_dec.h"
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

/* A view of the text still to read. */
struct span {
	const char *p, *end;
};

/* The length of a space at P: ASCII space or tab, U+00A0 no-break space,
 * U+2009 thin space, U+202F narrow no-break space, U+2007 figure space. */
static size_t
space_len(const char *p, const char *end)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t left = (size_t)(end - p);

	if (left >= 1 && (u[0] == ' ' || u[0] == '\t'))
		return 1;
	if (left >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] == 0x89 || u[2] == 0xAF || u[2] == 0x87))
		return 3;
	return 0;
}

static void
skip_spaces(struct span *s)
{
	size_t n;

	while ((n = space_len(s->p, s->end)) > 0)
		s->p += n;
}

static void
trim(struct span *s)
{
	size_t n;

	if (s->p < s->end && (unsigned char)*s->p > ' ' &&
	    (unsigned char)*s->p < 0x80 && (unsigned char)s->end[-1] > ' ' &&
	    (unsigned char)s->end[-1] < 0x80)
		return;		/* the common case: nothing to trim */
	skip_spaces(s);
	for (;;) {
		for (n = 1; n <= 3 && n <= (size_t)(s->end - s->p); n++)
			if (space_len(s->end - n, s->end) == n)
				break;
		if (n > 3 || n > (size_t)(s->end - s->p))
			return;
		s->end -= n;
	}
}

/* Case-insensitive: does S start with WORD? Then step over it. (No
 * strlen: most calls fail on the first byte, and this is the hot path.) */
static bool
eat(struct span *s, const char *word)
{
	size_t i;
	char c;

	for (i = 0; word[i] != '\0'; i++) {
		if (s->p + i >= s->end)
			return false;
		c = s->p[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	s->p += i;
	return true;
}

static bool
at_letter(const struct span *s)
{
	unsigned char c = s->p < s->end ? (unsigned char)*s->p : 0;

	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* A word ends at the end, a space, punctuation or "€". */
static bool
at_boundary(const struct span *s)
{
	unsigned char c = s->p < s->end ? (unsigned char)*s->p : 0;

	return s->p == s->end || space_len(s->p, s->end) > 0 ||
	    (c < 0x80 && !(c >= '0' && c <= '9') && !at_letter(s)) ||
	    (s->end - s->p >= 3 && memcmp(s->p, "\xE2\x82\xAC", 3) == 0);
}

static bool
is_missing_marker(const struct span *s)
{
	static const char *const markers[] = { "/", "-", "\xE2\x80\x93",
	    "\xE2\x80\x94", "n.v.t.", "n.v.t", "nvt", "x", "\xE2\x80\xA6",
	    "...", "--", "n.b.", "nb" };
	size_t i;

	if (s->end - s->p > 6 || (*s->p >= '0' && *s->p <= '9'))
		return false;
	for (i = 0; i < sizeof markers / sizeof markers[0]; i++) {
		struct span t = *s;

		if (eat(&t, markers[i]) && t.p == t.end)
			return true;
	}
	return false;
}

/* A minus (hyphen, U+2212 or the word "min") or plus at S: set *NEG,
 * step over it. */
static bool
eat_sign(struct span *s, bool *neg)
{
	if (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		return false;
	if (eat(s, "-") || eat(s, "\xE2\x88\x92") || eat(s, "min ")) {
		*neg = !*neg;
		return true;
	}
	return eat(s, "+");
}

static bool
eat_currency(struct span *s)
{
	struct span t = *s;

	if (t.p == t.end || (*t.p != '\xE2' && (*t.p | 0x20) != 'e'))
		return false;
	if (eat(&t, "\xE2\x82\xAC")) {
		if (eat(&t, "ur") && at_letter(&t))	/* "€ur" */
			return false;
		*s = t;
		return true;
	}
	if (((eat(&t, "euros") || eat(&t, "euro") ||
	    eat(&t, "eur")) && !at_letter(&t))) {
		*s = t;
		return true;
	}
	return false;
}

/* A scale word at S: its power of ten, or -1. "M" alone counts only
 * when a currency follows at once ("MEUR", "M€"). */
static int
eat_scale(struct span *s)
{
	static const struct { const char *word; int exp10; } scales[] = {
		{ "duizend", 3 }, { "miljoen", 6 }, { "miljard", 9 },
		{ "biljoen", 12 },
		{ "honderd", 2 }, { "mln.", 6 }, { "mln", 6 }, { "mio", 6 },
		{ "mld.", 9 }, { "mld", 9 }, { "mrd", 9 }, { "mia", 9 },
		{ "k", 3 },
	};
	struct span t;
	size_t i;

	for (i = 0; i < sizeof scales / sizeof scales[0]; i++) {
		t = *s;
		if (eat(&t, scales[i].word) && (at_boundary(&t) ||
		    eat_currency(&(struct span){ t.p, t.end }))) {
			*s = t;
			return scales[i].exp10;
		}
	}
	t = *s;
	if (t.p < t.end && *t.p == 'M') {
		t.p++;
		if (eat_currency(&(struct span){ t.p, t.end })) {
			*s = t;
			return 6;
		}
	}
	return -1;
}

/* The suffix after a number: [scale] [currency] [rate] or "%". */
static bool
read_suffix(struct span s, struct num_amount *a)
{
	int exp10;

	skip_spaces(&s);
	if (s.p == s.end)
		return true;
	if (eat(&s, "%") || eat(&s, "procent") || eat(&s, "percent") ||
	    eat(&s, "pct.") || eat(&s, "pct")) {
		skip_spaces(&s);
		a->percent = true;
		return s.p == s.end;
	}
	if ((exp10 = eat_scale(&s)) >= 0) {
		a->exp10 += exp10;
		a->has_unit = true;
		skip_spaces(&s);
	}
	if (eat_currency(&s)) {
		a->has_unit = true;
		skip_spaces(&s);
	}
	/* a rate per year ("500 k€/j") is still that amount */
	if (eat(&s, "/jaar") || eat(&s, "/jr") || eat(&s, "/j") ||
	    eat(&s, "per jaar"))
		skip_spaces(&s);
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

	if ((n = space_len(p, end)) > 0) {
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

/* Step over the digits and separators at S into C. A space belongs to the
 * number only between digits ("14 000"); ",-" ends a whole amount. */
static enum num_status
scan_core(struct span *s, struct core *c)
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
		} else if (ch == ',' && (s->end - s->p == 2 ||
		    (s->end - s->p > 2 && s->p[2] == ' ')) && s->p[1] == '-') {
			s->p += 2;		/* "12,-" */
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
read_words(struct span s, struct num_amount *a, struct num_dec *d)
{
	char digits[NUM_MAX];
	const char *end = s.end;
	struct num_amount tried;

	while (end > s.p) {
		tried = *a;
		if (num_words_parse(s.p, (size_t)(end - s.p), digits,
		    sizeof digits) == NUM_OK &&
		    read_suffix((struct span){ end, s.end }, &tried) &&
		    tried.exp10 == 0) {	/* "duizend duizend" is no number */
			*a = tried;
			return num_dec_read(digits, d);
		}
		while (end > s.p && space_len(end - 1, s.end) != 1)
			end--;		/* back to the previous space */
		while (end > s.p && space_len(end - 1, s.end) == 1)
			end--;
	}
	return NUM_NOT_AMOUNT;
}

static enum num_status
read_number(struct span s, enum num_locale loc, struct num_amount *a,
    struct num_dec *d)
{
	struct core c;
	enum num_status st;
	const char *at;
	char dec;

	if ((st = scan_core(&s, &c)) != NUM_OK)
		return st;
	if (c.len == 0 && at_letter(&s))
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
	struct span s = { str, str + len };
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
	trim(&s);
	if (s.p == s.end || is_missing_marker(&s))
		return NUM_MISSING;
	if (*s.p == '(' && s.end[-1] == ')' && s.end - s.p > 2) {
		neg = true;
		s.p++;
		s.end--;
		trim(&s);
	}
	sign = eat_sign(&s, &neg);
	skip_spaces(&s);
	if (eat_currency(&s)) {
		out->has_unit = true;
		skip_spaces(&s);
		if (!sign && eat_sign(&s, &neg))
			skip_spaces(&s);
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

/* The power of ten of a written multiplier "1.000", "1 000", "1000000":
 * a one and groups of zeros; -1 otherwise. */
static int
multiplier_exp10(struct span *s)
{
	int zeros = 0;

	if (s->p >= s->end || *s->p != '1')
		return -1;
	for (s->p++; s->p < s->end; s->p++) {
		if (*s->p == '0')
			zeros++;
		else if (*s->p != '.' && *s->p != ' ' && *s->p != ',')
			break;
	}
	return zeros >= 3 && zeros % 3 == 0 ? zeros : -1;
}

static bool
word_start(const char *text, const struct span *s)
{
	return s->p == text || !at_letter(&(struct span){ s->p - 1, s->end });
}

/* Scan TEXT for a scale word and a currency, each matched as a whole
 * word; "x € 1.000" and "x 1.000 euro" name a multiplier. */
enum num_status
num_unit_exp10(const char *text, size_t len, int *exp10)
{
	struct span s = { text, text + len };
	bool money = false, times = false;
	int scale = -1, e;

	while (s.p < s.end) {
		if (word_start(text, &s) && (e = eat_scale(&s)) >= 0) {
			scale = e;
			money |= eat_currency(&s);
		} else if (word_start(text, &s) && eat_currency(&s)) {
			money = true;
		} else if (times && (e = multiplier_exp10(&s)) > 0) {
			scale = e;
		} else if (word_start(text, &s) && (*s.p == 'x' ||
		    *s.p == 'X')) {
			s.p++;
			times = !at_letter(&s);
		} else {
			s.p++;
		}
	}
	if (scale < 0 && !money)
		return NUM_NOT_AMOUNT;
	*exp10 = scale < 0 ? 0 : scale;
	return NUM_OK;
}
