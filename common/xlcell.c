/* xlcell: a CSV field as a spreadsheet cell. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/xlcell.h"

static const char *const xlcell_messages[XLCELL_STATUS_COUNT] = {
	[XLCELL_OK] = "ok",
	[XLCELL_EDIGITS] = "more digits than a spreadsheet number holds",
	[XLCELL_ETOOLONG] = "text longer than 32767 characters",
};

const char *
xlcell_strerror(enum xlcell_status status)
{
	if ((unsigned)status >= XLCELL_STATUS_COUNT)
		return "unknown xlcell status";
	return xlcell_messages[status];
}

/* True for "-"? digits ("." digits)?: the form tabel-norm writes. Sets
 * *FRACTION to the digits after the point. */
static bool
canonical_form(const char *s, size_t len, size_t *fraction)
{
	size_t i = s[0] == '-', start = i, point = 0;

	for (; i < len; i++) {
		if (s[i] == '.' && point == 0 && i > start && i + 1 < len)
			point = i;
		else if (!isdigit((unsigned char)s[i]))
			return false;
	}
	*fraction = point != 0 ? len - point - 1 : 0;
	return len > start;
}

enum xlcell_hint
xlcell_hint(const char *s, size_t len)
{
	struct num_amount a;
	size_t fraction;

	if (len == 0)
		return XLCELL_HINT_NONE;
	if (canonical_form(s, len, &fraction))
		return fraction != 0 && fraction != 3 ? XLCELL_HINT_CANONICAL :
		    XLCELL_HINT_NONE;
	if (num_parse(s, len, NUM_LOCALE_NL, &a) == NUM_OK &&
	    (a.grouped || a.has_unit || memchr(s, ',', len) != NULL))
		return XLCELL_HINT_DUTCH;
	return XLCELL_HINT_NONE;
}

/* The significant digits of canonical VALUE: from the first non-zero
 * digit to the last. */
static size_t
significant(const char *value)
{
	size_t first = strcspn(value, "123456789"), last = first;

	for (size_t i = first; value[i] != '\0'; i++)
		if (value[i] >= '1' && value[i] <= '9')
			last = i;
	if (value[first] == '\0')
		return 0;
	return last - first + 1 - (strchr(value + first, '.') != NULL &&
	    strchr(value + first, '.') < value + last);
}

/* Set *OUT to VALUE as a double when a reader gets that same double back
 * from the "%.16G" libxlsxwriter writes, and Excel, which keeps 15
 * significant digits, shows VALUE exactly. */
static bool
fits_double(const char *value, double *out)
{
	char printed[40];

	if (significant(value) > XLCELL_MAX_DIGITS)
		return false;
	*out = strtod(value, NULL);	/* the C locale: no setlocale */
	snprintf(printed, sizeof printed, "%.16G", *out);
	return strtod(printed, NULL) == *out;
}

/* Characters of UTF-8 text; *CUT is set to the bytes of the first
 * XLCELL_MAX_CHARS characters. */
static size_t
utf8_chars(const char *s, size_t len, size_t *cut)
{
	size_t chars = 0;

	*cut = len;
	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xc0) == 0x80)
			continue;
		if (chars == XLCELL_MAX_CHARS)
			*cut = i;
		chars++;
	}
	return chars;
}

/* True when S holds "€" or "eur" in any case. */
static bool
names_euro(const char *s, size_t len)
{
	for (size_t i = 0; i + 3 <= len; i++)
		if (memcmp(s + i, "\xe2\x82\xac", 3) == 0 ||
		    strncasecmp(s + i, "eur", 3) == 0)
			return true;
	return false;
}

/* Digits before the point of canonical VALUE, for the width. */
static size_t
int_digits(const char *value)
{
	return strcspn(value + (value[0] == '-'), ".");
}

enum xlcell_status
xlcell_text(const char *s, size_t len, struct xlcell *c)
{
	size_t cut;

	memset(c, 0, sizeof *c);
	if (len == 0)
		return XLCELL_OK;

	c->kind = XLCELL_TEXT;
	c->width = utf8_chars(s, len, &cut);
	c->len = cut;
	return cut < len ? XLCELL_ETOOLONG : XLCELL_OK;
}

/* The amount A (parsed from S) as a number, or as text when a double
 * cannot hold it. */
static enum xlcell_status
read_amount(const char *s, size_t len, const struct num_amount *a,
    struct xlcell *c)
{
	char shown[NUM_MAX];
	const char *point;
	size_t digits = int_digits(a->value);

	memcpy(c->value, a->value, sizeof c->value);
	if (a->percent && num_scale(a->value, -2, shown, sizeof shown) ==
	    NUM_OK)
		c->percent = true;
	else
		memcpy(shown, a->value, sizeof shown);
	if (!fits_double(shown, &c->number)) {
		xlcell_text(s, len, c);
		memcpy(c->value, a->value, sizeof c->value);
		return XLCELL_EDIGITS;
	}
	c->kind = XLCELL_NUMBER;
	point = strchr(a->value, '.');
	c->decimals = a->exp10 == 0 || a->percent ? a->decimals :
	    point != NULL ? (int)strlen(point + 1) : 0;
	c->euro = a->has_unit && names_euro(s, len);
	c->width = (a->value[0] == '-') + digits + (digits - 1) / 3 +
	    (c->decimals > 0 ? (size_t)c->decimals + 1 : 0) + c->percent +
	    (c->euro ? 2 : 0);
	return XLCELL_OK;
}

enum xlcell_status
xlcell_read(const char *s, size_t len, bool canonical, struct xlcell *c)
{
	struct num_amount a;
	size_t fraction, sign;
	enum num_locale loc = NUM_LOCALE_NL;

	memset(c, 0, sizeof *c);
	if (len == 0)
		return XLCELL_OK;
	sign = s[0] == '-';
	if (len > sign + 1 && s[sign] == '0' && isdigit((unsigned char)
	    s[sign + 1]))
		return xlcell_text(s, len, c);	/* a code: "0123", "007" */
	if (canonical && canonical_form(s, len, &fraction))
		loc = NUM_LOCALE_EN;
	if (num_parse(s, len, loc, &a) != NUM_OK)
		return xlcell_text(s, len, c);
	return read_amount(s, len, &a, c);
}
