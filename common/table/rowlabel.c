/* rowlabel: the kind of a row by its label (the rules are in rowlabel.h);
 * the total words and the item numbers are read by totalrow.c. */
#include <stdbool.h>

#include "common/table/rowlabel.h"
#include "common/table/totalrow.h"

enum rowlabel_kind
rowlabel_kind(const char *s, size_t len)
{
	size_t i;

	switch (totalrow_kind(s, len)) {
	case TOTALROW_TOTAL:
		return ROWLABEL_TOTAL;
	case TOTALROW_SUBTOTAL:
		return ROWLABEL_SUBTOTAL;
	case TOTALROW_NONE:
		break;
	}
	i = totalrow_blanks(s, len);
	return totalrow_numbering(s + i, len - i) > 0 ? ROWLABEL_NUMBERED :
	    ROWLABEL_PLAIN;
}

bool
rowlabel_candidate_total(const char *s, size_t len, bool last)
{
	return last && totalrow_blanks(s, len) == len;
}

const char *
rowlabel_name(enum rowlabel_kind kind)
{
	switch (kind) {
	case ROWLABEL_PLAIN:
		return "plain";
	case ROWLABEL_NUMBERED:
		return "numbered";
	case ROWLABEL_SUBTOTAL:
		return "subtotal";
	case ROWLABEL_TOTAL:
		return "total";
	}
	return "unknown";
}
