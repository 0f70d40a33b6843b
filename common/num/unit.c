/* unit: the unit a caption or a header cell states, as text. */
#include <stdbool.h>
#include <string.h>

#include "common/num/unit.h"

static bool
is_unit_word(const char *s, size_t len)
{
	static const char *const words[] = { "euro", "EUR", "EURO", "Euro",
		"MEUR", "kEUR", "k\xe2\x82\xac", "\xe2\x82\xac", NULL };
	const char *const *w;

	for (w = words; *w != NULL; w++)
		if (strlen(*w) == len && memcmp(s, *w, len) == 0)
			return true;
	return false;
}

static bool
is_scale_word(const char *s, size_t len)
{
	static const char *const words[] = { "miljoen", "miljard", "duizend",
		"1000", "1.000", "x", NULL };
	const char *const *w;

	for (w = words; *w != NULL; w++)
		if (strlen(*w) == len && memcmp(s, *w, len) == 0)
			return true;
	return false;
}

/* The unit is a money word inside "(...)", after "in", or the whole text,
 * with the scale words right before it: "(in miljoen euro)" gives
 * "miljoen euro", "steun (MEUR)" gives "MEUR". */
bool
unit_find(const char *s, size_t len, size_t *off, size_t *n)
{
	size_t i = 0, j, k, start, end, from, depth = 0;
	size_t prev_s = 0, prev_e = 0, scale = (size_t)-1;
	bool in;

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
		    scale != (size_t)-1)) {
			*off = from;
			*n = end - from;
			return true;
		}
		if (end > start && is_scale_word(s + start, end - start)) {
			if (scale == (size_t)-1 && (depth > 0 || in))
				scale = start;
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
