/* sheetname: valid and unique Excel worksheet names. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/xlsx/sheetname.h"
#include "common/sys/xalloc.h"

/* Bytes of the UTF-8 sequence led by C (1 for a stray byte), and how many
 * UTF-16 units it takes: characters beyond U+FFFF take two. */
static size_t
char_bytes(unsigned char c, size_t *units)
{
	*units = c >= 0xf0 ? 2 : 1;
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/* Copy BASE into OUT cleaned and cut to at most MAXUNITS UTF-16 units;
 * the result's byte length is returned. */
static size_t
clean_base(const char *base, size_t len, size_t maxunits, char *out)
{
	size_t i = 0, o = 0, units = 0, u, k;

	while (i < len) {
		k = char_bytes((unsigned char)base[i], &u);
		if (i + k > len || units + u > maxunits)
			break;
		if (k == 1 && (strchr("[]:*?/\\", base[i]) != NULL ||
		    (unsigned char)base[i] < 0x20 || base[i] == 0x7f))
			out[o++] = '_';
		else
			memcpy(out + o, base + i, k), o += k;
		units += u;
		i += k;
	}
	while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\''))
		o--;		/* Excel refuses a final apostrophe */
	out[o] = '\0';
	k = strspn(out, "' ");	/* and a leading one */
	memmove(out, out + k, o - k + 1);
	return o - k;
}

/* The byte at S[I] with case folded: ASCII, and the capitals of Latin-1
 * (U+00C0-U+00DE but U+00D7, "\xc3\x80"-"\xc3\x9e"), which Dutch names
 * use ("Één"), since Excel ignores case beyond ASCII too. */
static unsigned char
fold(const unsigned char *s, size_t i)
{
	if (i > 0 && s[i - 1] == 0xc3 && s[i] >= 0x80 && s[i] <= 0x9e &&
	    s[i] != 0x97)
		return s[i] + 0x20;
	return (unsigned char)tolower(s[i]);
}

static bool
same_name(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a;
	const unsigned char *y = (const unsigned char *)b;
	size_t i = 0;

	for (; x[i] != '\0' && y[i] != '\0'; i++)
		if (fold(x, i) != fold(y, i))
			return false;
	return x[i] == y[i];
}

bool
sheetname_taken(const struct sheetname_set *set, const char *name)
{
	if (same_name(name, "History"))
		return true;
	for (size_t i = 0; i < set->n; i++)
		if (same_name(set->names[i], name))
			return true;
	return false;
}

void
sheetname_reserve(struct sheetname_set *set, const char *name)
{
	xgrow(&set->names, &set->cap, set->n + 1, sizeof *set->names);
	set->names[set->n++] = xstrdup(name);
}

/* UTF-16 units of the UTF-8 string S. */
static size_t
count_units(const char *s)
{
	size_t units = 0, u;

	while (*s != '\0') {
		s += char_bytes((unsigned char)*s, &u);
		units += u;
	}
	return units;
}

/* OUT = BASE cleaned and cut so that BASE SUFFIX fits; true if unchanged. */
static bool
compose(const char *base, size_t len, const char *suffix, char *out)
{
	size_t n = clean_base(base, len, SHEETNAME_MAX - count_units(suffix),
	    out);
	bool same = n == len && memcmp(out, base, len) == 0;

	if (n == 0)
		n = (size_t)sprintf(out, "Sheet");
	strcpy(out + n, suffix);
	return same;
}

bool
sheetname_make(struct sheetname_set *set, const char *base, size_t len,
    const char *suffix, char *out)
{
	char more[SHEETNAME_SIZE];
	bool same = compose(base, len, suffix != NULL ? suffix : "", out);

	for (int k = 2; sheetname_taken(set, out); k++) {
		snprintf(more, sizeof more, "%s (%d)",
		    suffix != NULL ? suffix : "", k);
		compose(base, len, more, out);
		same = false;
	}
	sheetname_reserve(set, out);
	return same;
}

bool
sheetname_quote(const char *name, char *out, size_t n)
{
	size_t o = 0;

	if (n < 3)
		return false;
	out[o++] = '\'';
	for (; *name != '\0'; name++) {
		if (o + 4 > n)
			return false;
		if (*name == '\'')
			out[o++] = '\'';
		out[o++] = *name;
	}
	out[o++] = '\'';
	out[o] = '\0';
	return true;
}

void
sheetname_free(struct sheetname_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		free(set->names[i]);
	free(set->names);
	memset(set, 0, sizeof *set);
}
