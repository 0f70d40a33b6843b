/* test_utf8: validation edges of RFC 3629 and the Windows-1252 and NUL
 * repairs. */
#include <stdlib.h>
#include <string.h>

#include "common/text/utf8.h"
#include "tests/unit/check.h"

static void
test_fix(void)
{
	static const struct { const char *in; size_t n; const char *want;
	    int status; } cases[] = {
		{ "plain ascii", 11, "plain ascii", UTF8_OK },
		{ "caf\xc3\xa9 \xe2\x82\xac 5", 11, "caf\xc3\xa9 \xe2\x82\xac 5",
		    UTF8_OK },
		{ "", 0, "", UTF8_OK },
		{ "\xf4\x8f\xbf\xbf", 4, "\xf4\x8f\xbf\xbf", UTF8_OK },
		{ "\xef\xbb\xbf" "bom", 6, "\xef\xbb\xbf" "bom", UTF8_OK },
		{ "caf\xe9", 4, "caf\xc3\xa9", UTF8_CP1252 },
		{ "\x80 5", 3, "\xe2\x82\xac 5", UTF8_CP1252 },
		{ "\x93q\x94", 3, "\xe2\x80\x9cq\xe2\x80\x9d", UTF8_CP1252 },
		{ "\x81", 1, "\xc2\x81", UTF8_CP1252 },
		{ "\xff", 1, "\xc3\xbf", UTF8_CP1252 },
		{ "\xc0\xaf", 2, "\xc3\x80\xc2\xaf", UTF8_CP1252 },
		{ "\xed\xa0\x80", 3, "\xc3\xad\xc2\xa0\xe2\x82\xac",
		    UTF8_CP1252 },
		{ "\xf4\x90\x80\x80", 4, "\xc3\xb4\xc2\x90\xe2\x82\xac"
		    "\xe2\x82\xac", UTF8_CP1252 },
		{ "cut \xe2\x82", 6, "cut \xc3\xa2\xe2\x80\x9a", UTF8_CP1252 },
		{ "a\xef\xbf\xbf" "b\xef\xbf\xbe", 8,
		    "a\xef\xbf\xbd" "b\xef\xbf\xbd", UTF8_NONCHAR },
		{ "\xef\xbf\xbd\xef\xbf", 5, "\xef\xbf\xbd\xc3\xaf\xc2\xbf",
		    UTF8_CP1252 },
		{ "\xe9\xef\xbf\xbf\0", 5, "\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd",
		    UTF8_CP1252 },
		{ "\0\xef\xbf\xbe", 4, "\xef\xbf\xbd\xef\xbf\xbd", UTF8_NUL },
		/* valid sequences among invalid bytes are kept */
		{ "caf\xc3\xa9 \xff", 7, "caf\xc3\xa9 \xc3\xbf",
		    UTF8_CP1252 },
		{ "\xe9\xc3\xa9\x80", 4, "\xc3\xa9\xc3\xa9\xe2\x82\xac",
		    UTF8_CP1252 },
		{ "a\0b", 3, "a\xef\xbf\xbd" "b", UTF8_NUL },
		{ "\xe9\0", 2, "\xc3\xa9\xef\xbf\xbd", UTF8_CP1252 },
	};
	struct utf8_fixer f = { NULL, 0 };
	const char *out;
	size_t len;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int st = utf8_fix(&f, cases[i].in, cases[i].n, &out, &len);

		CHECK(len == strlen(cases[i].want) &&
		    memcmp(out, cases[i].want, len) == 0,
		    "case %zu: '%.*s', want '%s'", i, (int)len, out,
		    cases[i].want);
		CHECK_INT(cases[i].want, st, cases[i].status);
		CHECK(utf8_valid(out, len) && memchr(out, 0, len) == NULL,
		    "case %zu: output not clean", i);
		CHECK(st != UTF8_OK || out == cases[i].in,
		    "case %zu: valid text copied", i);
	}
	utf8_fixer_free(&f);
}

static void
test_prefix(void)
{
	static const struct { const char *in; size_t want; } cases[] = {
		{ "abc", 3 }, { "ab\xe9z", 2 }, { "\xc3\xa9\xc3", 2 },
		{ "\xe0\x9f\x80", 0 }, { "\xe0\xa0\x80", 3 },
		{ "\xf0\x8f\xbf\xbf", 0 }, { "\xf0\x90\x80\x80", 4 },
		{ "\xc1\xbf", 0 }, { "\xf5\x80\x80\x80", 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(cases[i].in, utf8_valid_prefix(cases[i].in,
		    strlen(cases[i].in)), cases[i].want);
	for (int s = 0; s < UTF8_STATUS_COUNT; s++)
		CHECK(strcmp(utf8_strerror(s), "unknown utf8 status"),
		    "utf8 status %d has no message", s);
}

int
main(void)
{
	test_fix();
	test_prefix();
	return check_done();
}
