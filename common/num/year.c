/* year: the one test of "is this a year" (see year.h). */
#include <string.h>
#include <strings.h>

#include "common/num/num_lex.h"
#include "common/num/year.h"

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A budget phase at S: "BA" or "BO" that no letter follows; its bytes
 * (2) or 0. */
static size_t
phase_len(const char *s, size_t len)
{
	if (len < 2 || (strncasecmp(s, "ba", 2) != 0 &&
	    strncasecmp(s, "bo", 2) != 0) || (len > 2 && is_letter(s[2])))
		return 0;
	return 2;
}

size_t
year_read(const char *s, size_t len, enum year_where where,
    struct year *out)
{
	bool dates = where == YEAR_AMONG_DATES;
	size_t i, n = 4, p;
	int y = 0;

	if (len < 4 || (len > 4 && is_digit(s[4])))
		return 0;
	for (i = 0; i < 4; i++) {
		if (!is_digit(s[i]))
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	if (y < (dates ? YEAR_DATE_FIRST : YEAR_FIRST) ||
	    y > (dates ? YEAR_DATE_LAST : YEAR_LAST))
		return 0;
	if ((p = phase_len(s + 4, len - 4)) == 0 && len > 5 && s[4] == ' ')
		p = phase_len(s + 5, len - 5) > 0 ? 3 : 0;
	if (out != NULL) {
		out->year = y;
		out->phase[0] = '\0';
		if (p > 0) {
			out->phase[0] = (char)(s[n + p - 2] & ~0x20);
			out->phase[1] = (char)(s[n + p - 1] & ~0x20);
			out->phase[2] = '\0';
		}
	}
	return n + p;
}

bool
year_is(const char *s, size_t len)
{
	struct num_span span = { s, s + len };

	len -= num_lex_footnote(span);	/* "2020¹" */
	return len >= 4 && year_read(s, len, YEAR_AMONG_NUMBERS, NULL) ==
	    len;
}

bool
year_span(const char *s, size_t len)
{
	size_t dash, rest;

	if (len < 7 || year_read(s, 4, YEAR_AMONG_NUMBERS, NULL) != 4)
		return false;
	if (s[4] == '-' || s[4] == '/')
		dash = 1;
	else if (memcmp(s + 4, "\xe2\x80\x93", 3) == 0)
		dash = 3;
	else
		return false;
	rest = len - 4 - dash;
	if (rest == 2)
		return is_digit(s[4 + dash]) && is_digit(s[5 + dash]);
	return rest == 4 && year_is(s + 4 + dash, 4);
}
