/* rowlines: the run-length list of a table's row lines (rowlines.h). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/table/rowlines.h"

static const char *const rowlines_messages[ROWLINES_STATUS_COUNT] = {
	[ROWLINES_OK] = "ok",
	[ROWLINES_ENUMBER] = "no line number",
	[ROWLINES_EBACKWARDS] = "a range that does not run forward",
	[ROWLINES_ETOOMANY] = "more lines than can be counted",
	[ROWLINES_ECOUNT] = "not one line per row",
};

const char *
rowlines_strerror(enum rowlines_status status)
{
	if ((unsigned)status >= ROWLINES_STATUS_COUNT)
		return "unknown rowlines status";
	return rowlines_messages[status];
}

/* Append ",N" (no comma first) or "-N" to BUF at *LEN. */
static void
put(char **buf, size_t *cap, size_t *len, char sep, long n)
{
	char digits[32];
	int k = snprintf(digits, sizeof digits, "%c%ld", sep, n);
	size_t skip = *len == 0 && sep == ',';

	xgrow(buf, cap, *len + (size_t)k + 1, 1);
	memcpy(*buf + *len, digits + skip, (size_t)k - skip + 1);
	*len += (size_t)k - skip;
}

bool
rowlines_encode(const long *lines, size_t n, char **buf, size_t *cap)
{
	size_t i, run, len = 0;

	xgrow(buf, cap, 1, 1);
	(*buf)[0] = '\0';
	for (i = 0; i < n; i++)
		if (lines[i] <= 0)
			return false;
	for (i = 0; i < n; i += run) {
		for (run = 1; i + run < n && lines[i + run - 1] < LONG_MAX &&
		    lines[i + run] == lines[i + run - 1] + 1; run++)
			;
		put(buf, cap, &len, ',', lines[i]);
		if (run > 1)
			put(buf, cap, &len, '-', lines[i + run - 1]);
	}
	return true;
}

/* Read the line number at *S (digits, 1 to LONG_MAX), past it. */
static bool
number(const char **s, long *n)
{
	unsigned long v = 0;
	const char *p = *s;

	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > ((unsigned long)LONG_MAX - (unsigned long)(*p - '0')) /
		    10)
			return false;
		v = v * 10 + (unsigned long)(*p - '0');
	}
	if (p == *s || v == 0)
		return false;
	*s = p;
	*n = (long)v;
	return true;
}

/* Say ST and the ITEM where it stopped (to its comma, at most 24 bytes)
 * into WHY[LEN]. */
static enum rowlines_status
explain(enum rowlines_status st, const char *item, char *why, size_t len)
{
	int n = (int)strcspn(item, ",");

	if (why != NULL && len > 0)
		snprintf(why, len, "%s: '%.*s%s'", rowlines_strerror(st),
		    n < 24 ? n : 24, item, n > 24 ? "..." : "");
	return st;
}

/* Walk the list S, storing its first CAP lines in LINES (NULL: none);
 * *N counts them all. */
static enum rowlines_status
walk(const char *s, long *lines, size_t cap, size_t *n, char *why,
    size_t len)
{
	const char *p = s, *item;
	unsigned long span, k;
	long a, b;

	*n = 0;
	while (*s != '\0') {
		item = p;
		if (!number(&p, &a))
			return explain(ROWLINES_ENUMBER, item, why, len);
		b = a;
		if (*p == '-') {
			p++;
			if (!number(&p, &b))
				return explain(ROWLINES_ENUMBER, item, why,
				    len);
			if (b <= a)
				return explain(ROWLINES_EBACKWARDS, item, why,
				    len);
		}
		span = (unsigned long)(b - a) + 1;
		if (span > SIZE_MAX - *n)
			return explain(ROWLINES_ETOOMANY, item, why, len);
		for (k = 0; lines != NULL && *n < cap && k < span; k++)
			lines[(*n)++] = a + (long)k;
		*n += span - k;
		if (*p == '\0')
			break;
		if (*p++ != ',')
			return explain(ROWLINES_ENUMBER, item, why, len);
	}
	return ROWLINES_OK;
}

enum rowlines_status
rowlines_count(const char *s, size_t *n, char *why, size_t len)
{
	return walk(s, NULL, 0, n, why, len);
}

enum rowlines_status
rowlines_parse(const char *s, long *lines, size_t n, char *why, size_t len)
{
	size_t got;
	enum rowlines_status st = walk(s, lines, n, &got, why, len);

	if (st == ROWLINES_OK && got != n) {
		if (why != NULL && len > 0)
			snprintf(why, len, "%s: %zu lines for %zu rows",
			    rowlines_strerror(ROWLINES_ECOUNT), got, n);
		return ROWLINES_ECOUNT;
	}
	return st;
}
