/* rowkind: total and subtotal rows recognised by their label's form. */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "common/rowkind.h"

/* True when the LEN bytes at S start with WORD (any case) followed by
 * the end or a character that is not a letter. */
static bool
starts_word(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);

	return len >= n && strncasecmp(s, word, n) == 0 &&
	    (len == n || !isalpha((unsigned char)s[n]));
}

/* "1. Label", "12) Label": a numbered category, one level deep. */
static bool
numbered(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && i < 3 && isdigit((unsigned char)s[i]))
		i++;
	return i > 0 && i + 2 < len && (s[i] == '.' || s[i] == ')') &&
	    s[i + 1] == ' ';
}

enum rowkind
rowkind_of_label(const char *s, size_t len)
{
	static const char *const totals[] = {
		"totaal", "total", "totalen", "eindtotaal", "algemeen totaal",
		"grand total", "totaal generaal",
	};
	static const char *const subtotals[] = {
		"subtotaal", "sub-totaal", "subtotal", "sub-total",
		"deeltotaal",
	};

	while (len > 0 && isspace((unsigned char)*s))
		s++, len--;
	for (size_t i = 0; i < sizeof subtotals / sizeof *subtotals; i++)
		if (starts_word(s, len, subtotals[i]))
			return ROWKIND_SUBTOTAL;
	for (size_t i = 0; i < sizeof totals / sizeof *totals; i++)
		if (starts_word(s, len, totals[i]))
			return ROWKIND_TOTAL;
	return numbered(s, len) ? ROWKIND_SUBTOTAL : ROWKIND_DATA;
}
