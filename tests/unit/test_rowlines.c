/* test_rowlines: the run-length list of a table's row lines, written and
 * read back, and every bad list refused with its reason. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/table/rowlines.h"
#include "tests/unit/check.h"

static const struct {
	long lines[24];
	size_t n;
	const char *want;
} encoded[] = {
	{ { 0 }, 0, "" },
	{ { 5 }, 1, "5" },
	{ { 1, 2 }, 2, "1-2" },
	{ { 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423,
	    424, 425, 426, 427, 428, 429, 430, 433, 435, 436, 437, 438 }, 24,
	    "412-430,433,435-438" },
	{ { 5, 5, 6 }, 3, "5,5-6" },		/* two rows on one line */
	{ { 7, 6, 8, 9 }, 4, "7,6,8-9" },	/* out of order: as is */
	{ { 10, 12, 14 }, 3, "10,12,14" },
	{ { LONG_MAX - 1, LONG_MAX }, 2,
	    "9223372036854775806-9223372036854775807" },
	{ { 3, 0, 4 }, 3, "" },			/* a line unknown: none */
	{ { -1 }, 1, "" },
};

static void
test_encode(void)
{
	char *buf = NULL, why[96];
	size_t cap = 0, n;
	long back[24];
	bool ok;

	for (size_t i = 0; i < sizeof encoded / sizeof encoded[0]; i++) {
		ok = rowlines_encode(encoded[i].lines, encoded[i].n, &buf,
		    &cap);
		CHECK_STR(encoded[i].want, buf, encoded[i].want);
		CHECK(ok == (encoded[i].want[0] != '\0' || encoded[i].n == 0),
		    "'%s': encode said %d", encoded[i].want, ok);
		if (!ok)
			continue;
		CHECK_INT(buf, rowlines_count(buf, &n, why, sizeof why),
		    ROWLINES_OK);
		CHECK_INT(buf, n, encoded[i].n);
		CHECK_INT(buf, rowlines_parse(buf, back, encoded[i].n, why,
		    sizeof why), ROWLINES_OK);
		CHECK(memcmp(back, encoded[i].lines, encoded[i].n *
		    sizeof *back) == 0, "'%s' reads back otherwise", buf);
	}
	free(buf);
}

static const struct {
	const char *list;
	size_t rows;
	enum rowlines_status want;
	const char *why;
} bad[] = {
	{ "x", 1, ROWLINES_ENUMBER, "no line number: 'x'" },
	{ "12x", 1, ROWLINES_ENUMBER, "no line number: '12x'" },
	{ "1,,2", 2, ROWLINES_ENUMBER, "no line number: ''" },
	{ "1,", 1, ROWLINES_ENUMBER, "no line number: ''" },
	{ ",1", 1, ROWLINES_ENUMBER, "no line number: ''" },
	{ "1;2", 2, ROWLINES_ENUMBER, "no line number: '1;2'" },
	{ "1, 2", 2, ROWLINES_ENUMBER, "no line number: ' 2'" },
	{ "0", 1, ROWLINES_ENUMBER, "no line number: '0'" },
	{ "-3", 1, ROWLINES_ENUMBER, "no line number: '-3'" },
	{ "4-", 1, ROWLINES_ENUMBER, "no line number: '4-'" },
	{ "4-5-6", 3, ROWLINES_ENUMBER, "no line number: '4-5-6'" },
	{ "9223372036854775808", 1, ROWLINES_ENUMBER,
	    "no line number: '9223372036854775808'" },
	{ "1,Tabel 8 staat op pagina 12,3", 3, ROWLINES_ENUMBER,
	    "no line number: 'Tabel 8 staat op pagina ...'" },
	{ "1,2,430-412", 21, ROWLINES_EBACKWARDS,
	    "a range that does not run forward: '430-412'" },
	{ "5-5", 1, ROWLINES_EBACKWARDS,
	    "a range that does not run forward: '5-5'" },
	{ "1-3", 2, ROWLINES_ECOUNT, "not one line per row: 3 lines for "
	    "2 rows" },
	{ "1-3", 4, ROWLINES_ECOUNT, "not one line per row: 3 lines for "
	    "4 rows" },
	{ "", 1, ROWLINES_ECOUNT, "not one line per row: 0 lines for 1 rows" },
	/* a hostile range costs no memory and no time */
	{ "1-9223372036854775807", 2, ROWLINES_ECOUNT, "not one line per "
	    "row: 9223372036854775807 lines for 2 rows" },
	{ "1-9223372036854775807,1-9223372036854775807,1-9", 2,
	    ROWLINES_ETOOMANY, "more lines than can be counted: '1-9'" },
};

static void
test_bad(void)
{
	long lines[32];
	char why[96];
	size_t n;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		strcpy(why, "(none)");
		CHECK_INT(bad[i].list, rowlines_parse(bad[i].list, lines,
		    bad[i].rows, why, sizeof why), bad[i].want);
		CHECK_STR(bad[i].list, why, bad[i].why);
		if (bad[i].want != ROWLINES_ECOUNT)
			CHECK(rowlines_count(bad[i].list, &n, NULL, 0) ==
			    bad[i].want, "'%s': counted", bad[i].list);
	}
	CHECK_INT("short why", rowlines_parse("x", lines, 1, why, 4),
	    ROWLINES_ENUMBER);
	CHECK_STR("short why", why, "no ");
	for (int s = 0; s < ROWLINES_STATUS_COUNT; s++)
		CHECK(strcmp(rowlines_strerror(s), "unknown rowlines status"),
		    "status %d has no message", s);
}

int
main(void)
{
	test_encode();
	test_bad();
	return check_done();
}
