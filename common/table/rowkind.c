/* rowkind: total and subtotal rows recognised by their label's form
 * (common/table/totalrow.h), and numbered categories. */
#include <ctype.h>
#include <stdbool.h>

#include "common/table/rowkind.h"
#include "common/table/totalrow.h"

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
	switch (totalrow_kind(s, len)) {
	case TOTALROW_TOTAL:
		return ROWKIND_TOTAL;
	case TOTALROW_SUBTOTAL:
		return ROWKIND_SUBTOTAL;
	case TOTALROW_NONE:
		break;
	}
	while (len > 0 && isspace((unsigned char)*s))
		s++, len--;
	return numbered(s, len) ? ROWKIND_SUBTOTAL : ROWKIND_DATA;
}
