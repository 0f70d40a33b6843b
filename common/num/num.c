/* num: reading every written form of an amount (DESIGN.md §1) into a
 * canonical decimal. A cell is read left to right as
 *   [sign] [currency] [sign] NUMBER [scale] [currency] [rate] [%]
 * where NUMBER is digits with separators or Dutch words, and the whole may
 * stand in parentheses (negative). The arithmetic is in num_dec.c, the
 * Dutch number words in num_words.c, signs, currencies, scale words and
 * unit texts in num_lex.c. */
#include <string.h>

#include "common/num/num.h"
#include "common/num/num_dec.h"
#include "common/num/num_lex.h"
#include "common/num/num_words.h"

static const char *const num_messages[NUM_STATUS_COUNT] = {
	[NUM_OK] = "ok",
	[NUM_MISSING] = "missing-value marker",
	[NUM_NOT_AMOUNT] = "not an amount",
	[NUM_TOO_LONG] = "too many digits",
	[NUM_UNKNOWN_UNIT] = "a unit word not in the unit table",
};

const char *
num_strerror(enum num_status status)
{
	if ((unsigned)status >= NUM_STATUS_COUNT)
		return "unknown status";
	return num_messages[status];
}

bool
num_is_missing(const char *p, size_t len)
{
	static const char *const markers[] = { "/", "-", "\xE2\x80\x93",
	    "\xE2\x80\x94", "n.v.t.", "n.v.t", "nvt", "x", "\xE2\x80\xA6",
	    "...", "..", "--", "n.b.", "nb", "n/a", "n.a.", ":" };
	size_t i;

	/* most cells are turned away here: a digit, a letter other than
	 * the markers' first, or too long */
	if (len == 0 || len > 6 || (*p >= '0' && *p <= '9') ||
	    (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') &&
	    (*p | 0x20) != 'n' && (*p | 0x20) != 'x'))
		return false;
	for (i = 0; i < sizeof markers / sizeof markers[0]; i++) {
		struct num_span t = { p, p + len };

		if (num_lex_eat(&t, markers[i]) && t.p == t.end)
			return true;
	}
	return false;
}

bool
num_is_percent(const char *s, size_t len)
{
	struct num_amount a;
	size_t i;
	bool sign = false, digit = false;

	/* a digit and a sign or word: text cells ("projecten") at once */
	for (i = 0; i < len; i++) {	/* "%", "procent", "percent", "pct" */
		sign |= s[i] == '%' || (s[i] | 0x20) == 'p';
		digit |= s[i] >= '0' && s[i] <= '9';
	}
	if (!sign || !digit)
		return false;
	if (num_parse(s, len, NUM_LOCALE_NL, &a) != NUM_OK)
		return num_parse(s, len, NUM_LOCALE_EN, &a) == NUM_OK &&
		    a.percent;
	return a.percent;
}

/* a rate per year ("500 k€/j") is still that amount */
static const char *const rate_words[] = { "/jaar", "/jr", "/j", "per jaar",
    NULL };

/* Step over the first of WORDS (NULL-terminated) that S starts with. */
static bool
eat_any(struct num_span *s, const char *const *words)
{
	for (; *words != NULL; words++)
		if (num_lex_eat(s, *words))
			return true;
	return false;
}

/* The suffix after a number: [scale] [currency] [rate] or "%". */
static bool
read_suffix(struct num_span s, struct num_amount *a)
{
	const char *currency;
	int exp10;

	num_lex_skip(&s);
	if (s.p == s.end)
		return true;
	if (num_lex_percent(&s)) {
		num_lex_skip(&s);
		a->percent = true;
		return s.p == s.end;
	}
	if ((exp10 = num_lex_scale(&s)) >= 0) {
		a->exp10 += exp10;
		a->has_unit = true;
		num_lex_skip(&s);
	}
	if ((currency = num_lex_currency(&s)) != NULL) {
		a->currency = currency;
		a->has_unit = true;
		num_lex_skip(&s);
	}
	if (eat_any(&s, rate_words))
		num_lex_skip(&s);
	return s.p == s.end;
}

/* A digit run as read: its digits go straight into the num_dec, and
 * each separator is kept with the number of digits before it. */
struct core {
	struct sep {
		char kind;		/* '.', ',', ' ' or '\'' */
		size_t at;		/* digits before it */
	} seps[NUM_MAX];
	size_t nseps, digits, dots, commas;
	int last_dot, last_comma;	/* index in seps, -1 for none */
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

/* Step over the digits and separators at S, the digits into D and the
 * separators into C. A space belongs to the number only between digits
 * ("14 000"); ",-" ends a whole amount. One pass: this is the hot path. */
static enum num_status
scan_core(struct num_span *s, struct core *c, struct num_dec *d)
{
	size_t n;
	char ch;

	c->nseps = c->digits = c->dots = c->commas = 0;
	c->last_dot = c->last_comma = -1;
	for (; s->p < s->end; s->p += n) {
		ch = *s->p;
		n = 1;
		if (ch >= '0' && ch <= '9') {
			if (c->digits >= NUM_DEC_DIGITS)
				return NUM_TOO_LONG;
			d->digits[c->digits++] = ch;
			continue;
		}
		if (ch == ',' && whole_dash(s->p, s->end) > 0) {
			s->p += whole_dash(s->p, s->end);  /* "12,-", "12,--" */
			break;
		}
		if (ch == '.' || ch == ',') {
			*(ch == '.' ? &c->last_dot : &c->last_comma) =
			    (int)c->nseps;
			*(ch == '.' ? &c->dots : &c->commas) += 1;
		} else if ((n = group_space(s->p, s->end, &ch)) == 0 ||
		    c->digits == 0 || s->p + n >= s->end ||
		    s->p[n] < '0' || s->p[n] > '9') {
			break;
		}
		if (c->nseps >= NUM_MAX)
			return NUM_TOO_LONG;
		c->seps[c->nseps].kind = ch;
		c->seps[c->nseps++].at = c->digits;
	}
	d->len = (int)c->digits;
	return NUM_OK;
}

/* The index of the decimal separator of C in locale LOC in C->seps (-1:
 * none; -2: the notation of the other locale, "1,234,567" or "1,234.5"
 * in Dutch), and what the separators prove about the locale. */
static int
decimal_sep(const struct core *c, const struct num_dec *d,
    enum num_locale loc, enum num_locale *evidence)
{
	char dec = loc == NUM_LOCALE_EN ? '.' : ',', kind;
	int last;

	*evidence = NUM_LOCALE_UNKNOWN;
	if (c->dots + c->commas == 0)
		return -1;
	kind = c->dots > 0 && (c->commas == 0 || c->last_dot > c->last_comma) ?
	    '.' : ',';
	last = kind == '.' ? c->last_dot : c->last_comma;
	if (c->dots > 0 && c->commas > 0) {
		*evidence = kind == ',' ? NUM_LOCALE_NL : NUM_LOCALE_EN;
		return kind == dec ? last : -2;
	}
	if (c->dots + c->commas > 1) {
		*evidence = kind == '.' ? NUM_LOCALE_NL : NUM_LOCALE_EN;
		return kind == dec ? -2 : -1;
	}
	/* one separator: a thousands group never starts a number with 0 */
	if (c->digits - c->seps[last].at != 3 || c->seps[last].at == 0 ||
	    (c->seps[last].at == 1 && d->digits[0] == '0')) {
		*evidence = kind == ',' ? NUM_LOCALE_NL : NUM_LOCALE_EN;
		return last;
	}
	return kind == dec ? last : -1;
}

/* Check the separators before the decimal one (index DEC, or all when
 * -1): one kind, a first group of one to three digits, then groups of
 * three; none after the decimal separator. Sets D's point. */
static bool
check_groups(const struct core *c, int dec, struct num_dec *d,
    bool *grouped)
{
	size_t ngroups = dec >= 0 ? (size_t)dec : c->nseps, i, prev = 0;
	size_t point = dec >= 0 ? c->seps[dec].at : c->digits;

	if (dec >= 0 && (size_t)dec + 1 != c->nseps)
		return false;		/* a separator in the fraction */
	if (point > 1 && d->digits[0] == '0')
		return false;		/* "0033": a code */
	for (i = 0; i < ngroups; i++) {
		if (c->seps[i].kind != c->seps[0].kind || c->seps[i].at -
		    prev != (i == 0 ? c->seps[0].at : 3) || c->seps[0].at > 3 ||
		    c->seps[0].at == 0 || (i == 0 && d->digits[0] == '0'))
			return false;
		prev = c->seps[i].at;
	}
	if (ngroups > 0 && point - prev != 3)
		return false;
	*grouped = ngroups > 0;
	d->point = (int)point;
	return true;
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
	int dec;
	bool suffix;

	if ((st = scan_core(&s, &c, d)) != NUM_OK)
		return st;
	if (c.nseps == 0 && c.digits == 0 && num_lex_letter(&s))
		return read_words(s, a, d);
	if (c.digits == 0)
		return NUM_NOT_AMOUNT;
	/* on failure num_parse clears what was set in *A but the evidence,
	 * which only an amount in the other locale's notation keeps */
	dec = decimal_sep(&c, d, loc, &a->evidence);
	suffix = read_suffix(s, a);
	if (dec == -2 && suffix)
		return NUM_NOT_AMOUNT;
	if (dec == -2 || !suffix || !check_groups(&c, dec, d, &a->grouped)) {
		a->evidence = NUM_LOCALE_UNKNOWN;
		return NUM_NOT_AMOUNT;
	}
	a->decimals = d->len - d->point;
	return NUM_OK;
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
	out->currency = NULL;
	out->evidence = NUM_LOCALE_UNKNOWN;
	d.neg = false;
	d.point = d.len = 0;
	num_lex_trim(&s);
	out->footnote = num_lex_footnote(s);
	s.end -= out->footnote;
	if (s.p == s.end || num_is_missing(s.p, (size_t)(s.end - s.p)))
		return NUM_MISSING;
	if (*s.p == '(' && s.end[-1] == ')' && s.end - s.p > 2) {
		neg = true;
		s.p++;
		s.end--;
		num_lex_trim(&s);
	}
	sign = num_lex_sign(&s, &neg);
	num_lex_skip(&s);
	/* the trailing minus of accounting exports: "4.977-" */
	if (s.end - s.p >= 2 && s.end[-1] == '-' && s.end[-2] >= '0' &&
	    s.end[-2] <= '9') {
		if (sign || neg)
			return NUM_NOT_AMOUNT;
		neg = true;
		s.end--;
	}
	if ((out->currency = num_lex_currency(&s)) != NULL) {
		out->has_unit = true;
		num_lex_skip(&s);
		if (!sign && num_lex_sign(&s, &neg))
			num_lex_skip(&s);
	}
	if ((st = read_number(s, loc, out, &d)) != NUM_OK) {
		out->decimals = out->exp10 = 0;	/* evidence stays for auto */
		out->has_unit = out->percent = out->grouped = false;
		out->currency = NULL;
		out->footnote = 0;
		return st;
	}
	d.neg = neg;
	d.point += out->exp10;
	return num_dec_format(&d, out->value, sizeof out->value);
}

size_t
num_footnote(const char *s, size_t len)
{
	struct num_span span = { s, s + len };

	num_lex_trim(&span);
	return num_lex_footnote(span);
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


void
num_vote(struct num_votes *v, const char *s, size_t len)
{
	struct num_amount a;

	num_parse(s, len, NUM_LOCALE_NL, &a);	/* evidence even on failure */
	v->nl += a.evidence == NUM_LOCALE_NL;
	v->en += a.evidence == NUM_LOCALE_EN;
}

enum num_locale
num_elect(const struct num_votes *v, const struct num_votes *fallback)
{
	if (v->nl + v->en == 0 && fallback != NULL)
		v = fallback;
	return v->en > v->nl ? NUM_LOCALE_EN : NUM_LOCALE_NL;
}
