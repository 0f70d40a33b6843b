/* num_lex: the words and spaces of written amounts (see num_lex.h), and
 * reading a unit text (num_unit_exp10 of num.h). */
#include <string.h>

#include "common/num/num.h"
#include "common/num/num_lex.h"
#include "common/num/unit.h"

/* The length of a space at P: ASCII space or tab, U+00A0 no-break space,
 * U+2009 thin space, U+202F narrow no-break space, U+2007 figure space. */
size_t
num_lex_space(const char *p, const char *end)
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

void
num_lex_skip(struct num_span *s)
{
	size_t n;

	while ((n = num_lex_space(s->p, s->end)) > 0)
		s->p += n;
}

void
num_lex_trim(struct num_span *s)
{
	size_t n;

	if (s->p < s->end && (unsigned char)*s->p > ' ' &&
	    (unsigned char)*s->p < 0x80 && (unsigned char)s->end[-1] > ' ' &&
	    (unsigned char)s->end[-1] < 0x80)
		return;		/* the common case: nothing to num_lex_trim */
	num_lex_skip(s);
	for (;;) {
		for (n = 1; n <= 3 && n <= (size_t)(s->end - s->p); n++)
			if (num_lex_space(s->end - n, s->end) == n)
				break;
		if (n > 3 || n > (size_t)(s->end - s->p))
			return;
		s->end -= n;
	}
}

/* Case-insensitive: does S start with WORD? Then step over it. (No
 * strlen: most calls fail on the first byte, and this is the hot path.) */
bool
num_lex_eat(struct num_span *s, const char *word)
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

bool
num_lex_letter(const struct num_span *s)
{
	unsigned char c = s->p < s->end ? (unsigned char)*s->p : 0;

	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* A word ends at the end, a space, punctuation or "€". */
bool
num_lex_boundary(const struct num_span *s)
{
	unsigned char c = s->p < s->end ? (unsigned char)*s->p : 0;

	return s->p == s->end || num_lex_space(s->p, s->end) > 0 ||
	    (c < 0x80 && !(c >= '0' && c <= '9') && !num_lex_letter(s)) ||
	    (s->end - s->p >= 3 && memcmp(s->p, "\xE2\x82\xAC", 3) == 0);
}

/* A minus (hyphen, U+2212 or the word "min") or plus at S: set *NEG,
 * step over it. */
/* An en dash glued to a digit is a minus set by a typesetter ("–15");
 * alone it is a missing value, between years a period. */
static bool
en_dash_minus(struct num_span *s)
{
	if (s->end - s->p < 4 || memcmp(s->p, "\xE2\x80\x93", 3) != 0 ||
	    s->p[3] < '0' || s->p[3] > '9')
		return false;
	s->p += 3;
	return true;
}

bool
num_lex_sign(struct num_span *s, bool *neg)
{
	if (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		return false;
	if (num_lex_eat(s, "-") || num_lex_eat(s, "\xE2\x88\x92") ||
	    num_lex_eat(s, "min ") || en_dash_minus(s)) {
		*neg = !*neg;
		return true;
	}
	return num_lex_eat(s, "+");
}

/* Eat word W of the unit table at S, and a "." after an abbreviation
 * when DOT. */
static bool
eat_unit(struct num_span *s, const struct unit_word *w, bool dot)
{
	struct num_span t = *s;

	if (!num_lex_eat(&t, w->word))
		return false;
	if (dot && (!(w->flags & UNIT_DOT) || !num_lex_eat(&t, ".")))
		return false;
	*s = t;
	return true;
}

/* A currency of the unit table (common/num/unit) at S, the longest that
 * no letter follows; a word that joins a scale ("keur") is read by
 * num_lex_scale and then this. */
const char *
num_lex_currency(struct num_span *s)
{
	const struct unit_word *w, *found = NULL;
	struct num_span t, best = *s;

	/* no word of the table starts with a digit (test_unit): most
	 * cells are turned away here */
	if (s->p == s->end || (*s->p >= '0' && *s->p <= '9'))
		return NULL;
	for (w = unit_words(); w->word != NULL; w++) {
		t = *s;
		if (w->currency == NULL || w->exp10 != 0 ||
		    ((unsigned char)w->word[0] | 0x20) !=
		    ((unsigned char)*s->p | 0x20) || !eat_unit(&t, w, false))
			continue;
		/* "€ur" is a euro; "€uro" no word */
		if (w->word[0] == '\xE2' && num_lex_eat(&t, "ur") &&
		    num_lex_letter(&t))
			return NULL;
		/* a sign ("€", "$", "£") needs no word end after it */
		if ((unit_is_sign(w) || !num_lex_letter(&t)) && t.p > best.p)
			best = t, found = w;
	}
	if (found == NULL)
		return NULL;
	*s = best;
	return found->currency;
}

/* A scale word of the unit table at S: its power of ten, or -1. It must
 * end a word or have a currency glued on ("kEUR"); a UNIT_CURRENCY_NEXT
 * word ("M") needs a currency right after it ("MEUR", "M€", "M euro"). */
int
num_lex_scale(struct num_span *s)
{
	const struct unit_word *w;
	struct num_span t, after;
	bool cur;
	int dot;

	for (w = unit_words(); w->word != NULL; w++) {
		if (w->currency != NULL || w->exp10 <= 0)
			continue;
		for (dot = (w->flags & UNIT_DOT) != 0; dot >= 0; dot--) {
			t = *s;
			if (!eat_unit(&t, w, dot))
				continue;
			after = t;
			num_lex_skip(&after);
			cur = num_lex_currency(&after) != NULL;
			if (cur || (!(w->flags & UNIT_CURRENCY_NEXT) &&
			    num_lex_boundary(&t))) {
				*s = t;
				return w->exp10;
			}
		}
	}
	return -1;
}

/* The power of ten of a written multiplier "1.000", "1 000", "1000000",
 * "'000": a one and groups of zeros. 0 with S unmoved when S holds no
 * number; -1 with S past it for a number that is no power of a thousand
 * ("10.000"). */
static int
multiplier_exp10(struct num_span *s)
{
	const char *p = s->p;
	int zeros = 0;
	bool one = false;

	if (p < s->end && (*p == '\'' || (s->end - p >= 3 &&
	    memcmp(p, "\xE2\x80\x99", 3) == 0)))
		p += *p == '\'' ? 1 : 3;	/* "EUR '000" */
	else if (p < s->end && *p == '1')
		one = true, p++;
	else
		return 0;
	if (p >= s->end || (!one && *p != '0'))
		return 0;
	for (; p < s->end; p++) {
		if (*p == '0')
			zeros++;
		else if (*p >= '1' && *p <= '9')
			return 0;	/* "1.500": no multiplier */
		else if (*p != '.' && *p != ' ' && *p != ',')
			break;
	}
	while (p > s->p && p[-1] == ' ')
		p--;
	if (zeros == 0)
		return 0;	/* "1": no multiplier */
	s->p = p;
	return zeros < 3 || zeros % 3 != 0 ? -1 : zeros;
}

static bool
word_start(const char *text, const struct num_span *s)
{
	return s->p == text ||
	    !num_lex_letter(&(struct num_span){ s->p - 1, s->end });
}

/* Does a number start at S (no digit or separator before it)? */
static bool
number_start(const char *text, const struct num_span *s)
{
	char c = s->p > text ? s->p[-1] : ' ';

	return !(c >= '0' && c <= '9') && c != '.' && c != ',';
}

/* Is [P, END) spaces only (P NULL: no)? */
static bool
spaces_only(const char *p, const char *end)
{
	struct num_span g = { p, end };

	if (p == NULL)
		return false;
	num_lex_skip(&g);
	return g.p == end;
}

/* A currency at S after spaces (S unmoved)? */
static bool
currency_next(struct num_span s)
{
	num_lex_skip(&s);
	return num_lex_currency(&s) != NULL;
}

/* A scale letter ("m" of "EUR m", "k") right after a currency at S:
 * its power of ten, S past it; -1 otherwise. */
static int
letter_scale(struct num_span *s)
{
	struct num_span t = *s;
	const struct unit_word *w;
	size_t n;

	num_lex_skip(&t);
	for (n = 0; t.p + n < t.end && ((t.p[n] | 0x20) >= 'a' &&
	    (t.p[n] | 0x20) <= 'z'); n++)
		continue;
	w = unit_word(t.p, n + (t.p + n < t.end && t.p[n] == '.'));
	if (w == NULL)
		w = unit_word(t.p, n);
	if (n == 0 || w == NULL || w->currency != NULL || w->exp10 <= 0)
		return -1;
	s->p = t.p + n + (t.p + n < t.end && t.p[n] == '.');
	return w->exp10;
}

bool
num_lex_percent(struct num_span *s)
{
	static const char *const words[] = { "percentage", "procent",
	    "percent", "pct.", "pct", NULL };
	struct num_span t;

	if (num_lex_eat(s, "%"))
		return true;
	for (const char *const *w = words; *w != NULL; w++) {
		t = *s;
		if (num_lex_eat(&t, *w) && !num_lex_letter(&t)) {
			*s = t;
			return true;
		}
	}
	return false;
}

/* A percent sign, or a percent word that starts a word, at S: step over
 * it. */
static bool
percent_at(const char *text, struct num_span *s)
{
	return ((s->p < s->end && *s->p == '%') || word_start(text, s)) &&
	    num_lex_percent(s);
}

/* The ASCII letters of a word at S; 0 when none starts there. */
static size_t
word_len(const char *text, const struct num_span *s)
{
	size_t n = 0;

	if (!word_start(text, s))
		return 0;
	while (s->p + n < s->end && (((s->p[n] | 0x20) >= 'a' &&
	    (s->p[n] | 0x20) <= 'z')))
		n++;
	return n;
}

/* Scan TEXT for scale words, currencies, multipliers and percent signs,
 * each matched as a whole word. A multiplier counts after "x" or next to
 * a currency ("x 1.000", "in € 1.000", "1000 euro"), never alone: a
 * header "1000" is no unit. */
enum num_status
num_unit_read(const char *text, size_t len, struct num_unit *u)
{
	struct num_span s = { text, text + len }, at;
	const char *cur, *cur_end = NULL;
	bool times = false;
	int scale = -1, e;
	size_t n;

	memset(u, 0, sizeof *u);
	while (s.p < s.end) {
		at = s;
		if (word_start(text, &s) && (e = num_lex_scale(&s)) >= 0) {
			scale = e;
			if ((cur = num_lex_currency(&s)) != NULL)
				u->currency = cur, cur_end = s.p;
		} else if (word_start(text, &s) &&
		    (cur = num_lex_currency(&s)) != NULL) {
			u->currency = cur;
			if ((e = letter_scale(&s)) >= 0)
				scale = e;
			cur_end = s.p;
		} else if (percent_at(text, &s)) {
			u->percent = true;
		} else if (number_start(text, &s) &&
		    (e = multiplier_exp10(&s)) != 0) {
			if (!times && !spaces_only(cur_end, at.p) &&
			    !currency_next(s))
				continue;	/* a number, no multiplier */
			if (e < 0) {
				u->unknown = at.p;
				u->unknown_len = (size_t)(s.p - at.p);
				return NUM_UNKNOWN_UNIT;
			}
			scale = e;
		} else if (word_start(text, &s) && (*s.p == 'x' ||
		    *s.p == 'X')) {
			s.p++;
			times = !num_lex_letter(&s);
		} else if ((n = word_len(text, &s)) > 0) {
			if (unit_lookalike(s.p, n)) {
				u->unknown = s.p, u->unknown_len = n;
				return NUM_UNKNOWN_UNIT;
			}
			s.p += n;
		} else {
			s.p++;
		}
	}
	if (scale < 0 && u->currency == NULL && !u->percent)
		return NUM_NOT_AMOUNT;
	u->exp10 = scale < 0 ? 0 : scale;
	return NUM_OK;
}

bool
num_unit_find_percent(const char *text, size_t len, size_t *off, size_t *n)
{
	struct num_span s = { text, text + len };
	const char *before, *start;

	for (; s.p < s.end; s.p++) {
		start = s.p;
		if (!percent_at(text, &s)) {
			s.p = start;
			continue;
		}
		for (before = start; before > text && before[-1] == ' ';
		    before--)
			continue;
		/* stated: right after "(" or "in", closing "(" or the text */
		if ((before > text && before[-1] == '(') || (before - text >= 2 &&
		    memcmp(before - 2, "in", 2) == 0 && (before - 2 == text ||
		    before[-3] == ' ' || before[-3] == '('))) {
			const char *after = s.p;

			while (after < s.end && strchr(" .:;", *after) != NULL)
				after++;
			if (after == s.end || *after == ')') {
				*off = (size_t)(start - text);
				*n = (size_t)(s.p - start);
				return true;
			}
		}
		s.p--;		/* the loop steps on */
	}
	return false;
}

struct num_unit
num_unit_under(const struct num_unit *near, const struct num_unit *far)
{
	struct num_unit u = *near;

	if (u.currency == NULL && u.exp10 != 0 && !u.percent && !far->percent)
		u.currency = far->currency;
	return u;
}

enum num_status
num_unit_exp10(const char *text, size_t len, int *exp10)
{
	struct num_unit u;
	enum num_status st = num_unit_read(text, len, &u);

	*exp10 = u.exp10;
	return st == NUM_OK && (u.currency != NULL || u.exp10 != 0) ? NUM_OK :
	    st == NUM_OK ? NUM_NOT_AMOUNT : st;
}

/* The length of one footnote mark ending at END, 0 for none. */
static size_t
mark_before(const char *p, const char *end)
{
	const unsigned char *e = (const unsigned char *)end;
	size_t room = (size_t)(end - p);

	if (room >= 1 && e[-1] == '*')
		return 1;
	if (room >= 2 && e[-2] == 0xC2 && (e[-1] == 0xB9 || e[-1] == 0xB2 ||
	    e[-1] == 0xB3))
		return 2;	/* ¹ ² ³ */
	if (room >= 3 && e[-3] == 0xE2 && e[-2] == 0x81 && (e[-1] == 0xB0 ||
	    (e[-1] >= 0xB4 && e[-1] <= 0xB9)))
		return 3;	/* ⁰ ⁴ ... ⁹ */
	if (room >= 3 && e[-3] == 0xE2 && e[-2] == 0x80 && (e[-1] == 0xA0 ||
	    e[-1] == 0xA1))
		return 3;	/* † ‡ */
	return 0;
}

size_t
num_lex_footnote(struct num_span s)
{
	size_t n = 0, k;

	while (n < FOOTNOTE_MAX && (k = mark_before(s.p, s.end - n)) > 0)
		n += k;
	if (n == 0 || n > FOOTNOTE_MAX || s.end - n == s.p)
		return 0;
	k = (size_t)(s.end - n - s.p);
	return (s.p[k - 1] >= '0' && s.p[k - 1] <= '9') || s.p[k - 1] == '%'
	    ? n : 0;
}
