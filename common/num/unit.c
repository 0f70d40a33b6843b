/* unit: the table of unit and scale words, and the unit a caption or a
 * header cell states, as text. */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "common/num/unit.h"

/* One line per word. A word joining a scale and a currency ("keur") is
 * listed whole for the readers that take a word at a time; the amount
 * reader (num_lex) reads it as its scale and its currency, and
 * tests/unit/test_unit.c checks that both readings agree. */
static const struct unit_word words[] = {
	{ "\xe2\x82\xac",	"EUR",	0,	0 },
	{ "euro",		"EUR",	0,	0 },
	{ "euros",		"EUR",	0,	0 },
	{ "euro's",		"EUR",	0,	0 },
	{ "euro\xe2\x80\x99s",	"EUR",	0,	0 },
	{ "eur",		"EUR",	0,	0 },
	{ "k\xe2\x82\xac",	"EUR",	3,	0 },
	{ "keur",		"EUR",	3,	0 },
	{ "m\xe2\x82\xac",	"EUR",	6,	0 },
	{ "meur",		"EUR",	6,	0 },
	{ "usd",		"USD",	0,	0 },
	{ "$",			"USD",	0,	0 },
	{ "us$",		"USD",	0,	0 },
	{ "dollar",		"USD",	0,	0 },
	{ "dollars",		"USD",	0,	0 },
	{ "gbp",		"GBP",	0,	0 },
	{ "\xc2\xa3",		"GBP",	0,	0 },
	{ "pond",		"GBP",	0,	0 },
	{ "ponden",		"GBP",	0,	0 },
	{ "pound",		"GBP",	0,	0 },
	{ "pounds",		"GBP",	0,	0 },
	{ "chf",		"CHF",	0,	0 },
	{ "jpy",		"JPY",	0,	0 },
	{ "\xc2\xa5",		"JPY",	0,	0 },
	{ "yen",		"JPY",	0,	0 },
	{ "honderd",		NULL,	2,	0 },
	{ "duizend",		NULL,	3,	0 },
	{ "duizenden",		NULL,	3,	0 },
	{ "thousand",		NULL,	3,	0 },
	{ "thousands",		NULL,	3,	0 },
	{ "milliers",		NULL,	3,	0 },
	{ "k",			NULL,	3,	UNIT_LETTER },
	{ "miljoen",		NULL,	6,	0 },
	{ "miljoenen",		NULL,	6,	0 },
	{ "million",		NULL,	6,	0 },
	{ "millions",		NULL,	6,	0 },
	{ "mln",		NULL,	6,	UNIT_DOT },
	{ "mio",		NULL,	6,	UNIT_DOT },
	{ "m",			NULL,	6,	UNIT_LETTER |
						UNIT_CURRENCY_NEXT },
	{ "miljard",		NULL,	9,	0 },
	{ "mld",		NULL,	9,	UNIT_DOT },
	{ "mrd",		NULL,	9,	UNIT_DOT },
	{ "mia",		NULL,	9,	0 },
	{ "billion",		NULL,	9,	0 },
	{ "billions",		NULL,	9,	0 },
	{ "milliard",		NULL,	9,	0 },
	{ "milliards",		NULL,	9,	0 },
	{ "biljoen",		NULL,	12,	0 },
	{ NULL,			NULL,	0,	0 },
};

const struct unit_word *
unit_words(void)
{
	return words;
}

/* Every token of a table row is asked, so most must be turned away at
 * once, by first byte (ORed with 0x20, as the loop compares them) and
 * length: bit N of lengths[B] is set when a word of N bytes ("." of a
 * UNIT_DOT word included) starts with B. test_unit looks up every word
 * of the table, so these cannot fall out of step with it. */
static const unsigned short lengths[256] = {
	['$'] = 1 << 1,
	[0xe2] = 1 << 2 | 1 << 3,	/* "£" and "¥" (0xc2), "€" */
	['b'] = 1 << 7 | 1 << 8,
	['c'] = 1 << 3,
	['d'] = 1 << 6 | 1 << 7 | 1 << 9,
	['e'] = 1 << 3 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 8,
	['g'] = 1 << 3,
	['h'] = 1 << 7,
	['j'] = 1 << 3,
	['k'] = 1 << 1 | 1 << 4,
	['m'] = 1 << 1 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 8 | 1 << 9,
	['p'] = 1 << 4 | 1 << 5 | 1 << 6,
	['t'] = 1 << 8 | 1 << 9,
	['u'] = 1 << 3,
	['y'] = 1 << 3,
};

const struct unit_word *
unit_word(const char *s, size_t len)
{
	const struct unit_word *w;
	size_t n;

	if (len == 0 || len >= 16 ||
	    !(lengths[(unsigned char)(s[0] | 0x20)] >> len & 1))
		return NULL;
	for (w = words; w->word != NULL; w++) {
		if ((w->word[0] | 0x20) != (s[0] | 0x20))
			continue;	/* most words fail here, cheaply */
		n = strlen(w->word);
		if (len != n && !(len == n + 1 && s[n] == '.' &&
		    (w->flags & UNIT_DOT)))
			continue;
		if (strncasecmp(s, w->word, n) == 0)
			return w;
	}
	return NULL;
}

const struct unit_word *
unit_word_alone(const char *s, size_t len)
{
	const struct unit_word *w = unit_word(s, len);

	return w != NULL && !(w->flags & UNIT_LETTER) ? w : NULL;
}

const struct unit_word *
unit_currency_alone(const char *s, size_t len)
{
	const struct unit_word *w;

	if (len == 0 || len > 6)
		return NULL;	/* most words of a line are longer */
	w = unit_word_alone(s, len);
	return w != NULL && w->currency != NULL && w->exp10 == 0 ? w : NULL;
}

bool
unit_is_sign(const struct unit_word *w)
{
	unsigned char c = (unsigned char)w->word[0];

	return !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z');
}

/* Scale and currency words of other languages and places that the table
 * does not hold, matched ignoring case, and currency codes, matched in
 * capitals only ("SEK"; "try" is a word): each is reported, never
 * scaled or taken for euro. */
static const char *const lookalikes[] = {
	"lakh", "lakhs", "lac", "lacs", "crore", "crores", "tienduizend",
	"tienduizenden", "honderdduizend", "honderdduizenden", "triljoen",
	"trillion", "trillions", "roepie", "roepies", "rupee", "rupees",
	"yuan", "renminbi", "roebel", "roebels", "kroon", "kronen", "kronor",
	"frank", "franken", "zloty", "forint", "lira", "pesos", NULL
};
static const char *const codes[] = {
	"AUD", "BEF", "BGN", "CAD", "CNY", "CZK", "DEM", "DKK", "FRF", "HKD",
	"HUF", "INR", "NLG", "NOK", "NZD", "PLN", "RON", "RUB", "SEK", "TRY",
	"ZAR", NULL
};

bool
unit_lookalike(const char *s, size_t len)
{
	const char *const *w;

	for (w = lookalikes; len > 0 && *w != NULL; w++)
		if ((s[0] | 0x20) == (*w)[0] && strlen(*w) == len &&
		    strncasecmp(s, *w, len) == 0)	/* first letters first */
			return true;
	for (w = codes; len == 3 && *w != NULL; w++)
		if (memcmp(s, *w, 3) == 0)
			return true;
	return false;
}

/* A currency of the table, or a word that looks like one or like a
 * scale but is not in it: unit_find finds "(in lakh)" too, so the unit
 * column carries it and the reader that scales reports it (num_unit_read)
 * instead of leaving the values unscaled without a word. */
static bool
is_unit_word(const char *s, size_t len)
{
	const struct unit_word *w = unit_word(s, len);

	return (w != NULL && w->currency != NULL) || unit_lookalike(s, len);
}

/* Is S[0..LEN) a number that reads as a multiplier after "x" or "in"
 * ("10.000", "100", "1.000.000"; with MORE, once a scale has begun, also
 * the "1" and "000" of "x 1 000 000"): a 1 and zeros, grouped or not?
 * It is then part of the unit text, so that num_unit_read reads its
 * value, or reports it when it is no power of a thousand: "(x 10.000
 * euro)" is never plain "euro". */
static bool
is_multiplier_number(const char *s, size_t len, bool more)
{
	size_t i, digits = 0;
	bool zeros = true;

	for (i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (digits > 0 && s[i] != '0')
				return false;
			zeros = zeros && s[i] == '0';
			digits++;
		} else if (!((s[i] == '.' || s[i] == ',') && i > 0 &&
		    i + 1 < len))
			return false;
	}
	if (digits == 0)
		return false;
	if (s[0] == '1')
		return digits >= 2 || more;
	return more && zeros && digits == 3;	/* "000" */
}

/* A scale word, or the "x 1.000" of a multiplier (num_unit_exp10 reads
 * its value). */
static bool
is_scale_word(const char *s, size_t len)
{
	static const char *const multiplier[] = { "1000", "1.000", "x", NULL };
	const struct unit_word *w = unit_word(s, len);
	const char *const *m;

	if (w != NULL && w->currency == NULL && w->exp10 > 0)
		return true;
	for (m = multiplier; *m != NULL; m++)
		if (strlen(*m) == len && memcmp(s, *m, len) == 0)
			return true;
	return false;
}

/* The end of a multiplier or scale right after a currency ending at J
 * ("€ 1.000", "EUR '000", "EUR m"), or 0 when none follows. */
static size_t
scale_after(const char *s, size_t len, size_t j)
{
	size_t i = j, k, end;

	while (i < len && s[i] == ' ')
		i++;
	for (k = i; k < len && s[k] != ' '; k++)
		continue;
	end = k;
	while (end > i && strchr("),.:;", s[end - 1]) != NULL)
		end--;
	if (end > i && s[i] == '\'')
		i++;		/* "'000" */
	if (end > i && !(end - i == 1 && (s[i] | 0x20) == 'x') &&
	    (is_scale_word(s + i, end - i) || (end - i >= 3 &&
	    strspn(s + i, "0") == end - i)))
		return end;
	return 0;
}

/* A run of scale words, and the first scale stated alone it gave: a run
 * that opened a bracket, followed "in" or began the text ("(in
 * miljoen)", "(x 1.000)", "(mln)", "in thousands" at the end), and closes
 * its bracket or ends the text. A scale word in running text ("projecten
 * boven 1 miljoen", "(boven 1 miljoen)", "in duizenden gezinnen") states
 * none. */
struct scale_run {
	size_t from;		/* where the run began, (size_t)-1 for none */
	bool stated;		/* it began where a unit is stated */
	bool word;		/* it holds a scale word ("miljoen", "mln") */
	bool times;		/* it began with "x" */
	bool number;		/* a multiplier number followed the "x" */
	size_t off, n;		/* the first scale alone, n 0 for none */
};

/* Token S[START..END) of LEN, which runs on to J (its ")" too), goes on
 * the run R; STATED: a run that begins here is where a unit is stated. */
static void
run_token(struct scale_run *r, const char *s, size_t len, size_t start,
    size_t end, size_t j, bool stated)
{
	const struct unit_word *w = unit_word(s + start, end - start);

	if (r->from == (size_t)-1) {
		r->from = start, r->stated = stated;
		r->word = r->times = r->number = false;
	}
	if (w != NULL && w->currency == NULL && w->exp10 > 0 &&
	    !(w->flags & UNIT_LETTER))	/* "(m)" may be metres */
		r->word = true;
	else if (end - start == 1 && (s[start] | 0x20) == 'x')
		r->times |= r->from == start;
	else
		r->number = true;	/* "1.000" of "x 1.000" */
	if (r->n == 0 && r->stated && (r->word || (r->times && r->number)) &&
	    (j >= len || memchr(s + end, ')', j - end) != NULL))
		r->off = r->from, r->n = end - r->from;
}

/* The unit is a money word inside "(...)", after "in", or the whole text,
 * with the scale words right before it: "(in miljoen euro)" gives
 * "miljoen euro", "steun (MEUR)" gives "MEUR", "duizend euro" itself.
 * Failing a money word, a scale stated alone (struct scale_run): "(in
 * miljoen)" gives "miljoen", "(x 10.000)" "x 10.000" (which
 * num_unit_read reports). */
static bool
find(const char *s, size_t len, size_t *off, size_t *n, bool alone)
{
	size_t i = 0, j, k, start, end, from, depth = 0;
	size_t prev_s = 0, prev_e = 0, scale = (size_t)-1;
	struct scale_run run = { .from = (size_t)-1 };
	bool in, lead = false, opened;

	while (i < len) {
		for (; i < len && s[i] == ' '; i++)
			continue;
		for (j = i; j < len && s[j] != ' '; j++)
			continue;
		start = i, end = j;
		for (k = start; k < end && s[k] == '('; k++)
			depth++;
		opened = k > start;
		start = k;
		while (end > start && strchr("),.:;", s[end - 1]) != NULL)
			end--;
		/* "millions d'euros": the article is the currency's */
		if (end - start > 2 && (s[start] | 0x20) == 'd' &&
		    s[start + 1] == '\'' && scale != (size_t)-1)
			start += 2;
		from = scale != (size_t)-1 ? scale : start;
		in = prev_e - prev_s == 2 && memcmp(s + prev_s, "in", 2) == 0;
		if (end > start && is_unit_word(s + start, end - start) &&
		    (depth > 0 || (i == 0 && j >= len) || in ||
		    (scale != (size_t)-1 && (!lead || j >= len)))) {
			*off = from;
			*n = (scale_after(s, len, j) > 0 ? scale_after(s, len,
			    j) : end) - from;
			return true;
		}
		if (end > start && (is_scale_word(s + start, end - start) ||
		    ((scale != (size_t)-1 || in) && is_multiplier_number(s +
		    start, end - start, scale != (size_t)-1)))) {
			if (scale == (size_t)-1 && (depth > 0 || in ||
			    i == 0)) {
				scale = start;
				/* "duizend euro": only as the whole text */
				lead = i == 0 && depth == 0 && !in;
			}
			run_token(&run, s, len, start, end, j, opened || in ||
			    i == 0);
		} else if (!(scale != (size_t)-1 && end - start == 2 &&
		    memcmp(s + start, "of", 2) == 0)) {	/* "thousands of" */
			scale = (size_t)-1;
			run.from = (size_t)-1;
			prev_s = start, prev_e = end;
		}
		for (k = i; k < j; k++)
			if (s[k] == ')' && depth > 0)
				depth--;
		i = j;
	}
	*off = run.off, *n = run.n;
	return alone && run.n > 0;
}

bool
unit_find(const char *s, size_t len, size_t *off, size_t *n)
{
	return find(s, len, off, n, true);
}

bool
unit_find_money(const char *s, size_t len, size_t *off, size_t *n)
{
	return find(s, len, off, n, false);
}

bool
unit_is_count(const char *s, size_t len)
{
	static const char *const words[] = { "#", "Aantal", "aantal",
		"Number", "number", "Nr.", "Aant.", "N", NULL };
	const char *const *w;
	size_t i, n;

	for (i = len; i > 0; i--)	/* the lowest level of "TOP | SUB" */
		if (s[i - 1] == '|')
			break;
	s += i, len -= i;
	while (len > 0 && *s == ' ')
		s++, len--;
	for (n = 0; n < len && s[n] != ' '; n++)
		continue;
	for (w = words; *w != NULL; w++)
		if (strlen(*w) == n && memcmp(s, *w, n) == 0)
			return true;
	return false;
}
