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
	{ "honderd",		NULL,	2,	0 },
	{ "duizend",		NULL,	3,	0 },
	{ "k",			NULL,	3,	UNIT_LETTER },
	{ "miljoen",		NULL,	6,	0 },
	{ "mln",		NULL,	6,	UNIT_DOT },
	{ "mio",		NULL,	6,	UNIT_DOT },
	{ "m",			NULL,	6,	UNIT_LETTER |
						UNIT_CURRENCY_NEXT },
	{ "miljard",		NULL,	9,	0 },
	{ "mld",		NULL,	9,	UNIT_DOT },
	{ "mrd",		NULL,	9,	UNIT_DOT },
	{ "mia",		NULL,	9,	0 },
	{ "biljoen",		NULL,	12,	0 },
	{ NULL,			NULL,	0,	0 },
};

const struct unit_word *
unit_words(void)
{
	return words;
}

const struct unit_word *
unit_word(const char *s, size_t len)
{
	const struct unit_word *w;
	size_t n;

	if (len == 0)
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

static bool
is_unit_word(const char *s, size_t len)
{
	const struct unit_word *w = unit_word(s, len);

	return w != NULL && w->currency != NULL;
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

/* The unit is a money word inside "(...)", after "in", or the whole text,
 * with the scale words right before it: "(in miljoen euro)" gives
 * "miljoen euro", "steun (MEUR)" gives "MEUR", "duizend euro" itself. */
bool
unit_find(const char *s, size_t len, size_t *off, size_t *n)
{
	size_t i = 0, j, k, start, end, from, depth = 0;
	size_t prev_s = 0, prev_e = 0, scale = (size_t)-1;
	bool in, lead = false;

	while (i < len) {
		for (; i < len && s[i] == ' '; i++)
			continue;
		for (j = i; j < len && s[j] != ' '; j++)
			continue;
		start = i, end = j;
		for (k = start; k < end && s[k] == '('; k++)
			depth++;
		start = k;
		while (end > start && strchr("),.:;", s[end - 1]) != NULL)
			end--;
		from = scale != (size_t)-1 ? scale : start;
		in = prev_e - prev_s == 2 && memcmp(s + prev_s, "in", 2) == 0;
		if (end > start && is_unit_word(s + start, end - start) &&
		    (depth > 0 || (i == 0 && j >= len) || in ||
		    (scale != (size_t)-1 && (!lead || j >= len)))) {
			*off = from;
			*n = end - from;
			return true;
		}
		if (end > start && is_scale_word(s + start, end - start)) {
			if (scale == (size_t)-1 && (depth > 0 || in ||
			    i == 0)) {
				scale = start;
				/* "duizend euro": only as the whole text */
				lead = i == 0 && depth == 0 && !in;
			}
		} else {
			scale = (size_t)-1;
			prev_s = start, prev_e = end;
		}
		for (k = i; k < j; k++)
			if (s[k] == ')' && depth > 0)
				depth--;
		i = j;
	}
	return false;
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
