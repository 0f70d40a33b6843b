/* xlstyles: the quote prefix written into styles XML (see xlstyles.h).
 * The XML is libxlsxwriter's, so a scan of its tags will do: <cellXfs>
 * holds one <xf ...> or <xf ...>...</xf> per cell format, in order, and
 * no attribute value of an xf holds a '>'. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/xlsx/xlstyles.h"

#define QUOTE " quotePrefix=\"1\""

static const char *const messages[XLSTYLES_STATUS_COUNT] = {
	[XLSTYLES_OK] = "ok",
	[XLSTYLES_ENOLIST] = "no list of cell formats (cellXfs)",
	[XLSTYLES_ERANGE] = "a cell format past the list (cellXfs)",
};

const char *
xlstyles_strerror(enum xlstyles_status status)
{
	if ((unsigned)status >= XLSTYLES_STATUS_COUNT)
		return "unknown xlstyles status";
	return messages[status];
}

/* The first S in [P, END), or NULL. */
static const char *
find_in(const char *p, const char *end, const char *s)
{
	size_t n = strlen(s);

	for (; (size_t)(end - p) >= n; p++) {
		if ((p = memchr(p, s[0], (size_t)(end - p) - n + 1)) == NULL)
			return NULL;
		if (memcmp(p, s, n) == 0)
			return p;
	}
	return NULL;
}

/* The first tag NAME ("<xf") in [P, END): not a longer name ("<xfoo"). */
static const char *
find_tag(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);

	while ((p = find_in(p, end, name)) != NULL) {
		if (p + n < end && p[n] != '\0' && strchr(" \t\r\n/>", p[n]))
			return p;
		p += n;
	}
	return NULL;
}

/* The list of cell formats in [XML, END): from the '>' of <cellXfs ...>
 * into *FROM to its end tag (or that '>' itself when it is empty:
 * <cellXfs count="0"/>) into *TO. */
static bool
find_list(const char *xml, const char *end, const char **from,
    const char **to)
{
	const char *p = find_tag(xml, end, "<cellXfs");

	if (p == NULL || (*from = memchr(p, '>', (size_t)(end - p))) == NULL)
		return false;
	*to = (*from)[-1] == '/' ? *from : find_in(*from, end, "</cellXfs>");
	return *to != NULL;
}

static bool
listed(size_t i, const size_t *xf, size_t n)
{
	while (n-- > 0)
		if (xf[n] == i)
			return true;
	return false;
}

/* Where the quote prefix goes in the tag at TAG, up to END (its '>'):
 * after its xfId, else after its name. */
static const char *
quote_at(const char *tag, const char *end)
{
	const char *p = find_in(tag, end, " xfId=\"");

	if (p != NULL && (p = memchr(p + 7, '"', (size_t)(end - p - 7))) !=
	    NULL)
		return p + 1;
	return tag + 3;
}

enum xlstyles_status
xlstyles_quote(const char *xml, size_t len, const size_t *xf, size_t n,
    char **out, size_t *out_len)
{
	const char *end = xml + len, *from = xml, *p, *list_end, *tag_end;
	const char *at;
	enum xlstyles_status st = XLSTYLES_OK;
	size_t count = 0, k = 0;
	char *o;

	*out = NULL;
	*out_len = 0;
	if (!find_list(xml, end, &p, &list_end))
		return XLSTYLES_ENOLIST;
	o = xmalloc(len + n * (sizeof QUOTE - 1) + 1);
	for (; (p = find_tag(p, list_end, "<xf")) != NULL; p = tag_end,
	    count++) {
		if ((tag_end = memchr(p, '>', (size_t)(list_end - p))) ==
		    NULL) {
			st = XLSTYLES_ENOLIST;
			break;
		}
		if (!listed(count, xf, n) || find_in(p, tag_end,
		    " quotePrefix=") != NULL)
			continue;
		at = quote_at(p, tag_end);
		memcpy(o + k, from, (size_t)(at - from));
		k += (size_t)(at - from);
		memcpy(o + k, QUOTE, sizeof QUOTE - 1);
		k += sizeof QUOTE - 1;
		from = at;
	}
	for (size_t i = 0; i < n && st == XLSTYLES_OK; i++)
		if (xf[i] >= count)
			st = XLSTYLES_ERANGE;
	if (st != XLSTYLES_OK) {
		free(o);
		return st;
	}
	memcpy(o + k, from, (size_t)(end - from));
	k += (size_t)(end - from);
	o[k] = '\0';
	*out = o;
	*out_len = k;
	return XLSTYLES_OK;
}
