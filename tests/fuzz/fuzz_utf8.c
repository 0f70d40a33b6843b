/* fuzz_utf8: the validator and the repair (common/text/utf8). Whatever comes
 * in, what goes out is valid UTF-8 without NUL, U+FFFE or U+FFFF (XML
 * cannot hold them); clean text is passed
 * through untouched; the valid prefix is valid and cannot be extended;
 * the validator agrees with a decoder written from the code-point ranges
 * rather than from RFC 3629's byte table. */
#include "common/text/utf8.h"

#define FUZZ_NAME "utf8"
#include "tests/fuzz/fuzz.h"

/* Decode one sequence the long way; its length, or 0 when invalid. */
static size_t
decode(const uint8_t *s, size_t left)
{
	static const unsigned long min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t n = s[0] < 0x80 ? 1 : s[0] >> 5 == 6 ? 2 : s[0] >> 4 == 14 ?
	    3 : s[0] >> 3 == 30 ? 4 : 0;
	unsigned long cp;

	if (n == 0 || n > left)
		return 0;
	cp = n == 1 ? s[0] : s[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if (s[i] >> 6 != 2)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

/* True when S, LEN holds U+FFFE or U+FFFF. */
static bool
has_nonchar(const char *s, size_t len)
{
	const uint8_t *u = (const uint8_t *)s;

	for (size_t i = 0; i + 2 < len; i++)
		if (u[i] == 0xEF && u[i + 1] == 0xBF && (u[i + 2] & 0xFE) == 0xBE)
			return true;
	return false;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct utf8_fixer fix;
	const char *s = (const char *)data, *out;
	size_t prefix = utf8_valid_prefix(s, size), len, i = 0, n;
	int st;

	while (i < size && (n = decode(data + i, size - i)) > 0)
		i += n;
	FUZZ_ASSERT(prefix == i, "valid prefix %zu, decoder says %zu",
	    prefix, i);
	st = utf8_fix(&fix, s, size, &out, &len);
	FUZZ_ASSERT(utf8_valid(out, len), "output not UTF-8");
	FUZZ_ASSERT(memchr(out, '\0', len) == NULL, "output holds NUL");
	FUZZ_ASSERT(!has_nonchar(out, len), "output holds U+FFFE or U+FFFF");
	FUZZ_ASSERT((st == UTF8_OK) == (prefix == size &&
	    memchr(s, '\0', size) == NULL && !has_nonchar(s, size)),
	    "status %d", st);
	FUZZ_ASSERT(st != UTF8_OK || (out == s && len == size),
	    "clean text changed");
	FUZZ_ASSERT(len >= size && len <= 3 * size, "%zu bytes from %zu",
	    len, size);
	return 0;
}
