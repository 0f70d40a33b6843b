/* totalrow: total and subtotal rows recognised by the head of their
 * label, the same way in every tool (the rules are in totalrow.h). */
#include <stdbool.h>
#include <string.h>

#include "common/table/totalrow.h"

/* A total word is a stem with an optional prefix: "Eind" + "totaal",
 * "Sub-" + "total", "Algemeen " + "totaal". A blank in a prefix stands
 * for one or more blanks of the label. */
static const char *const stems[] = { "totaal", "totalen", "total", "totals",
	"totaux", "summe", "gesamt", "insgesamt" };
static const char *const sub_prefixes[] = { "sub-", "sub ", "sub", "deel",
	"tussen", "sous-", "sous ", "zwischen" };
static const char *const total_prefixes[] = { "", "eind", "algemeen ",
	"generaal ", "grand " };

/* The bytes of the blank at S[0, LEN): a space, a tab or a no-break
 * space (U+00A0); 0 when S does not start with one. */
static size_t
blank_at(const char *s, size_t len)
{
	if (len > 0 && (s[0] == ' ' || s[0] == '\t'))
		return 1;
	if (len > 1 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xa0)
		return 2;
	return 0;
}

size_t
totalrow_blanks(const char *s, size_t len)
{
	size_t i = 0, n;

	while ((n = blank_at(s + i, len - i)) > 0)
		i += n;
	return i;
}

/* A letter, so that a total word going on with it is another word:
 * ASCII, or a two-byte UTF-8 letter (Latin-1 "é" up to Cyrillic; the
 * lead byte 0xc2 holds signs such as "¹" and the no-break space). */
static bool
is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc3 && c <= 0xdf);
}

/* Does the word that runs up to S[N] end there ("Totaal:", "Totaal1",
 * "Totaal¹"), rather than go on ("Totaalbedrag", "Totalité")? */
static bool
ends_word(const char *s, size_t len, size_t n)
{
	return n == len || !is_letter((unsigned char)s[n]);
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The bytes of S[0, LEN) that PATTERN (lower case) matches, in any case;
 * 0 when it does not. */
static size_t
match(const char *s, size_t len, const char *pattern)
{
	size_t i = 0, n;

	for (; *pattern != '\0'; pattern++) {
		if (*pattern == ' ') {
			if ((n = totalrow_blanks(s + i, len - i)) == 0)
				return 0;
			i += n;
		} else if (i < len && lower(s[i]) == *pattern) {
			i++;
		} else {
			return 0;
		}
	}
	return i;
}

/* Does S[0, LEN) start with one of the N PREFIXES and a stem, the word
 * ending there? */
static bool
starts_total_word(const char *s, size_t len, const char *const *prefixes,
    size_t n)
{
	size_t p, k, a, b;

	for (p = 0; p < n; p++) {
		a = match(s, len, prefixes[p]);
		if (a == 0 && *prefixes[p] != '\0')
			continue;
		for (k = 0; k < sizeof stems / sizeof stems[0]; k++) {
			b = match(s + a, len - a, stems[k]);
			if (b > 0 && ends_word(s, len, a + b))
				return true;
		}
	}
	return false;
}

/* The bytes of a Roman numeral, digits (up to three) or one letter at
 * S[0, LEN), the body of an item number. */
static size_t
item_body(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && i < 3 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i > 0)
		return i;
	while (i < len && i < 5 && s[i] != '\0' &&
	    strchr("IVXLCivxlc", s[i]) != NULL)
		i++;
	if (i > 0)
		return i;
	return len > 0 && ((s[0] >= 'a' && s[0] <= 'z') ||
	    (s[0] >= 'A' && s[0] <= 'Z')) ? 1 : 0;
}

size_t
totalrow_numbering(const char *s, size_t len)
{
	bool open = len > 0 && s[0] == '(';
	size_t i = open ? 1 : 0, n, k, levels = 0;

	if ((n = item_body(s + i, len - i)) == 0)
		return 0;
	i += n;
	/* "2.1", "2.1.3", "2.10": more levels, each of one or two digits
	 * (three are a thousands group: "1.000 euro" is no item 1.000) */
	while (!open && i + 1 < len && s[i] == '.' && s[i + 1] >= '0' &&
	    s[i + 1] <= '9' && s[i - 1] >= '0' && s[i - 1] <= '9') {
		for (k = i + 1; k < len && s[k] >= '0' && s[k] <= '9'; k++)
			;
		if (k - i - 1 > 2)
			break;
		i = k;
		levels++;
	}
	if (i < len && (s[i] == ')' || (!open && s[i] == '.')))
		i++;
	else if (open || levels == 0)
		return 0;
	/* "1.Overige": a number of digits may touch its word; a letter
	 * may not ("e.g." is no item a, "S.A." no item S) */
	if ((n = totalrow_blanks(s + i, len - i)) == 0 && !open &&
	    s[0] >= '0' && s[0] <= '9' && i < len &&
	    is_letter((unsigned char)s[i]))
		return i;
	if (n == 0)
		return 0;
	return i + n;
}

enum totalrow_kind
totalrow_kind(const char *s, size_t len)
{
	size_t i = totalrow_blanks(s, len);

	i += totalrow_numbering(s + i, len - i);
	s += i;
	len -= i;
	if (starts_total_word(s, len, sub_prefixes,
	    sizeof sub_prefixes / sizeof sub_prefixes[0]))
		return TOTALROW_SUBTOTAL;
	if (starts_total_word(s, len, total_prefixes,
	    sizeof total_prefixes / sizeof total_prefixes[0]))
		return TOTALROW_TOTAL;
	i = match(s, len, "som");
	if (i > 0 && ends_word(s, len, i))
		return TOTALROW_TOTAL;
	return TOTALROW_NONE;
}

const char *
totalrow_name(enum totalrow_kind kind)
{
	switch (kind) {
	case TOTALROW_NONE:
		return "none";
	case TOTALROW_SUBTOTAL:
		return "subtotal";
	case TOTALROW_TOTAL:
		return "total";
	}
	return "unknown";
}
