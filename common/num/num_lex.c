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

	if (s->p == s->end)
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
		if ((w->word[0] == '\xE2' || !num_lex_letter(&t)) &&
		    t.p > best.p)
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

/* The power of ten of a written multiplier "1.000", "1 000", "1000000":
 * a one and groups of zeros; -1 otherwise. */
static int
multiplier_exp10(struct num_span *s)
{
	const char *p = s->p;
	int zeros = 0;

	if (p >= s->end || *p != '1')
		return -1;
	for (p++; p < s->end; p++) {
		if (*p == '0')
			zeros++;
		else if (*p != '.' && *p != ' ' && *p != ',')
			break;
	}
	if (zeros < 3 || zeros % 3 != 0)
		return -1;
	s->p = p;
	return zeros;
}

static bool
word_start(const char *text, const struct num_span *s)
{
	return s->p == text ||
	    !num_lex_letter(&(struct num_span){ s->p - 1, s->end });
}

/* Scan TEXT for a scale word and a currency, each matched as a whole
 * word; "x € 1.000" and "x 1.000 euro" name a multiplier. */
enum num_status
num_unit_exp10(const char *text, size_t len, int *exp10)
{
	struct num_span s = { text, text + len };
	bool money = false, times = false;
	int scale = -1, e;

	while (s.p < s.end) {
		if (word_start(text, &s) && (e = num_lex_scale(&s)) >= 0) {
			scale = e;
			money |= num_lex_currency(&s) != NULL;
		} else if (word_start(text, &s) && num_lex_currency(&s)) {
			money = true;
		} else if (times && (e = multiplier_exp10(&s)) > 0) {
			scale = e;
		} else if (word_start(text, &s) && (*s.p == 'x' ||
		    *s.p == 'X')) {
			s.p++;
			times = !num_lex_letter(&s);
		} else {
			s.p++;
		}
	}
	if (scale < 0 && !money)
		return NUM_NOT_AMOUNT;
	*exp10 = scale < 0 ? 0 : scale;
	return NUM_OK;
}
