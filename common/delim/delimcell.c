/* delimcell: a cell's kind. A cell may hold several words ("€ 1.234",
 * "12,5 %", "12.345 euro"): each word is asked as the column reader asks
 * one (common/cells/chunks), the whole as an amount (common/num/num) and
 * as a date (common/num/date). */
#include <string.h>

#include "common/cells/chunks.h"
#include "common/delim/delimcell.h"
#include "common/num/date.h"
#include "common/num/num.h"

#define MAX_MISSING 16	/* bytes of the longest mark for none */
#define MAX_WORDS 4	/* "€ 1.234,5 mln"; a sentence is text */

static bool
has_digit(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

/* A sign that joins a number as a word of its own: € $ £ %. */
static bool
glue(const char *s, size_t len)
{
	return (len == 1 && (*s == '%' || *s == '$')) || (len == 3 &&
	    memcmp(s, "\xe2\x82\xac", 3) == 0) || (len == 2 &&
	    memcmp(s, "\xc2\xa3", 2) == 0);
}

/* Each word a number or a sign that joins one, a number among them. */
static enum delimcell_kind
by_words(const char *s, size_t len)
{
	size_t i = 0, start, words = 0, nums = 0;
	bool year = false, y;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		for (start = i; i < len && s[i] != ' '; i++)
			continue;
		if (i == start)
			break;
		if (++words > MAX_WORDS)
			return DELIMCELL_TEXT;
		if (chunks_is_number(s + start, i - start, &y))
			nums++, year = y;
		else if (!glue(s + start, i - start))
			return DELIMCELL_TEXT;
	}
	if (nums != 1)	/* "21 8": two values, no cell */
		return DELIMCELL_TEXT;
	return words == 1 && year ? DELIMCELL_YEAR : DELIMCELL_NUMBER;
}

enum delimcell_kind
delimcell_kind(const char *s, size_t len)
{
	struct num_amount a;
	struct date_value d;
	enum delimcell_kind k;

	delimcell_trim(&s, &len);
	if (len == 0)
		return DELIMCELL_EMPTY;
	while (len >= 2 && (s[0] == '*' || s[0] == '_') && s[len - 1] == s[0])
		s++, len -= 2;	/* markdown's **bold**, _italic_ */
	if (!has_digit(s, len))	/* "-", "n.v.t.": short, or text */
		return len <= MAX_MISSING && num_parse(s, len, NUM_LOCALE_NL,
		    &a) == NUM_MISSING ? DELIMCELL_MISSING : DELIMCELL_TEXT;
	if (date_parse(s, len, &d) == DATE_OK && d.kind != DATE_YEAR &&
	    d.kind != DATE_YEARS)
		return DELIMCELL_DATE;
	if ((k = by_words(s, len)) != DELIMCELL_TEXT)
		return k;
	if (num_parse(s, len, NUM_LOCALE_NL, &a) == NUM_OK ||
	    num_parse(s, len, NUM_LOCALE_EN, &a) == NUM_OK)
		return DELIMCELL_NUMBER;
	return DELIMCELL_TEXT;
}

int
delimcell_page_number(const char *s, size_t len)
{
	size_t k;
	int v = 0;

	delimcell_trim(&s, &len);
	if (len == 0 || len > 3)
		return 0;
	for (k = 0; k < len; k++) {
		if (s[k] < '0' || s[k] > '9')
			return 0;
		v = v * 10 + (s[k] - '0');
	}
	return v;
}

bool
delimcell_is_value(enum delimcell_kind kind)
{
	return kind != DELIMCELL_EMPTY && kind != DELIMCELL_TEXT;
}
