/* utf8: validation by the table of RFC 3629 section 4, and conversion of
 * Windows-1252 (a superset of Latin-1's printable range) to UTF-8. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/text/utf8.h"
#include "common/sys/xalloc.h"

static const char *const utf8_messages[UTF8_STATUS_COUNT] = {
	[UTF8_OK] = "ok",
	[UTF8_CP1252] = "invalid UTF-8, read as Windows-1252",
	[UTF8_NUL] = "NUL byte replaced by U+FFFD",
	[UTF8_NONCHAR] = "U+FFFE or U+FFFF replaced by U+FFFD",
};

/* Windows-1252 0x80-0x9F; the five holes map to the C1 controls. */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const char *
utf8_strerror(enum utf8_status status)
{
	if ((unsigned)status >= UTF8_STATUS_COUNT)
		return "unknown utf8 status";
	return utf8_messages[status];
}

/* The length of the valid sequence at S (1 to 4), or 0 if none. */
static size_t
sequence(const unsigned char *s, size_t left)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t n;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4;
	else
		return 0;
	if (c == 0xE0)
		lo = 0xA0;		/* overlong */
	else if (c == 0xED)
		hi = 0x9F;		/* surrogates */
	else if (c == 0xF0)
		lo = 0x90;		/* overlong */
	else if (c == 0xF4)
		hi = 0x8F;		/* past U+10FFFF */
	if (left < n || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return n;
}

/* The length of the leading run of the LEN bytes at S that is ASCII
 * without NUL, found sixteen bytes at a time (most text is), a multiple
 * of eight. A byte B is 1 to 0x7F when neither B nor B - 1 has its high
 * bit set; a borrow only leaves a zero byte, which is caught anyway. */
static size_t
plain_run(const unsigned char *s, size_t len)
{
	const uint64_t high = 0x8080808080808080u, ones = 0x0101010101010101u;
	uint64_t v, w;
	size_t i = 0;

	for (; i + 16 <= len; i += 16) {
		memcpy(&v, s + i, 8);
		memcpy(&w, s + i + 8, 8);
		if (((v | (v - ones) | w | (w - ones)) & high) != 0)
			break;
	}
	for (; i + 8 <= len; i += 8) {
		memcpy(&v, s + i, 8);
		if (((v | (v - ones)) & high) != 0)
			break;
	}
	return i;
}

size_t
utf8_plain_len(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = plain_run(u, len);

	while (i < len && u[i] < 0x80 && u[i] != 0)
		i++;
	return i;
}

size_t
utf8_valid_prefix(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = plain_run(u, len), n;

	while (i < len) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = sequence(u + i, len - i)) == 0)
			break;
		i += n;
		i += plain_run(u + i, len - i);	/* "café" is mostly ASCII */
	}
	return i;
}

bool
utf8_valid(const char *s, size_t len)
{
	return utf8_valid_prefix(s, len) == len;
}

/* Append code point CP (below U+10000) to OUT; return the bytes used. */
static size_t
put_bmp(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | cp >> 12);
	out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* True when the LEFT bytes at S start with U+FFFE or U+FFFF: valid
 * UTF-8, but no character, and XML (so a workbook) cannot hold them. */
static bool
is_nonchar(const unsigned char *s, size_t left)
{
	return left >= 3 && s[0] == 0xEF && s[1] == 0xBF &&
	    (s[2] == 0xBE || s[2] == 0xBF);
}

/* One pass: every line of every input is asked. A noncharacter starts
 * with 0xEF, which in valid UTF-8 only ever leads a sequence. */
bool
utf8_clean(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n;

	for (;;) {
		i += utf8_plain_len(s + i, len - i);
		if (i == len)
			return true;
		if (u[i] == 0 || is_nonchar(u + i, len - i) ||
		    (n = sequence(u + i, len - i)) == 0)
			return false;
		i += n;
	}
}

enum utf8_status
utf8_fix(struct utf8_fixer *f, const char *s, size_t len, const char **out,
    size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)s;
	bool valid, nul;
	size_t n = 0;

	*out = s;
	*out_len = len;
	if (utf8_clean(s, len))
		return UTF8_OK;
	valid = utf8_valid(s, len);
	nul = memchr(s, '\0', len) != NULL;
	/* Every byte becomes at most three (U+FFFD, U+20AC: 3 bytes). */
	if (f->cap / 3 < len + 1) {
		f->buf = xreallocarray(f->buf, len + 1, 3);
		f->cap = 3 * (len + 1);
	}
	for (size_t i = 0, seq; i < len; i++) {
		if (u[i] == 0)
			n += put_bmp(f->buf + n, 0xFFFD);
		else if (is_nonchar(u + i, len - i)) {
			n += put_bmp(f->buf + n, 0xFFFD);
			i += 2;
		} else if (valid || u[i] < 0x80)
			f->buf[n++] = (char)u[i];
		else if ((seq = sequence(u + i, len - i)) > 0) {
			/* a valid sequence among invalid bytes stays */
			memcpy(f->buf + n, u + i, seq);
			n += seq;
			i += seq - 1;
		} else if (u[i] < 0xA0)
			n += put_bmp(f->buf + n, cp1252_high[u[i] - 0x80]);
		else
			n += put_bmp(f->buf + n, u[i]);
	}
	f->buf[n] = '\0';
	*out = f->buf;
	*out_len = n;
	return !valid ? UTF8_CP1252 : nul ? UTF8_NUL : UTF8_NONCHAR;
}

void
utf8_fixer_free(struct utf8_fixer *f)
{
	free(f->buf);
	f->buf = NULL;
	f->cap = 0;
}

size_t
utf8_width(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	return n;
}
