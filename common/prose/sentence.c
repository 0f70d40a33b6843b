/* sentence: sentence ends in folded running text, abbreviations kept
 * inside their sentence (the rules are in sentence.h). */
#include <stdbool.h>
#include <string.h>

#include "common/prose/sentence.h"

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Does S start with one of the 26 ASCII letters from FIRST, or with a
 * Latin-1 letter in UTF-8 (0xc3 and a byte in [LO, HI])? */
static bool
starts_with(const char *s, size_t len, char first, unsigned char lo,
    unsigned char hi)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len == 0)
		return false;
	if (u[0] >= (unsigned char)first && u[0] < (unsigned char)first + 26)
		return true;
	return len >= 2 && u[0] == 0xc3 && u[1] >= lo && u[1] <= hi;
}

bool
sentence_is_lower(const char *s, size_t len)
{
	return starts_with(s, len, 'a', 0x9f, 0xbf);
}

bool
sentence_is_upper(const char *s, size_t len)
{
	return starts_with(s, len, 'A', 0x80, 0x9e);
}

/* Is the word that ends just before the period at DOT an abbreviation
 * ("ca.", "o.a.", "bijv.") rather than the end of a sentence? */
static bool
is_abbreviation(const char *text, size_t start, size_t dot)
{
	static const char *const abbr[] = { "ca", "bv", "bijv", "vb", "Vb",
	    "nl", "resp", "max", "min", "incl", "excl", "art", "nr", "zgn",
	    "evt", "cf", "vs", "dhr", "mevr", "enz", "e.a", "o.a", "i.e" };
	size_t b = dot, i;
	bool digit = false, inner_dot = false;

	while (b > start && text[b - 1] != ' ' && text[b - 1] != '(')
		b--;
	for (i = b; i < dot; i++) {
		digit |= is_digit(text[i]);
		inner_dot |= text[i] == '.';
	}
	if (digit)
		return false;
	if (inner_dot || dot - b == 1)
		return true;	/* "t.e.m.", an initial "J." */
	for (i = 0; i < sizeof abbr / sizeof abbr[0]; i++)
		if (strlen(abbr[i]) == dot - b &&
		    memcmp(text + b, abbr[i], dot - b) == 0)
			return true;
	return false;
}

size_t
sentence_end(const char *text, size_t len, size_t start)
{
	size_t i;

	for (i = start; i + 2 < len; i++) {
		if ((text[i] != '.' && text[i] != '!' && text[i] != '?') ||
		    text[i + 1] != ' ')
			continue;
		if (!sentence_is_upper(text + i + 2, len - i - 2) &&
		    !is_digit(text[i + 2]) &&
		    !(len - i - 2 >= 3 && memcmp(text + i + 2, "\xe2\x80", 2) ==
		    0 && (unsigned char)text[i + 4] >= 0x98 &&
		    (unsigned char)text[i + 4] <= 0x9f))
			continue;	/* quotes open a sentence too */
		if (text[i] == '.' && is_abbreviation(text, start, i))
			continue;
		return i + 1;
	}
	return len;
}
