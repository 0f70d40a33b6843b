/* test_textfix: lines and rows made UTF-8, the first reported with its
 * line, the rest counted at the end of the file; valid rows not copied. */
#include <stdio.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/text/textfix.h"
#include "tests/unit/capture.h"
#include "tests/unit/check.h"

static void
test_lines(struct textfix *t)
{
	const char *s;
	size_t len;

	capture();
	textfix_start(t, "a.txt", "lines");
	s = "Caf\xc3\xa9";
	len = strlen(s);
	textfix_text(t, 1, &s, &len);
	CHECK_STR("valid line", s, "Caf\xc3\xa9");
	s = "Caf\xe9 \x80 5";
	len = strlen(s);
	textfix_text(t, 2, &s, &len);
	CHECK(len == 11 && memcmp(s, "Caf\xc3\xa9 \xe2\x82\xac 5", 11) == 0,
	    "cp1252 line: got '%.*s'", (int)len, s);
	s = "a\0b";
	len = 3;
	textfix_text(t, 3, &s, &len);
	CHECK(len == 5 && memcmp(s, "a\xef\xbf\xbd" "b", 5) == 0,
	    "NUL line: got '%.*s'", (int)len, s);
	textfix_end(t);
	release();
	CHECK_STR("line messages", captured, "tabel-test: a.txt:2: invalid "
	    "UTF-8, read as Windows-1252\ntabel-test: a.txt: 2 lines with "
	    "invalid UTF-8, NUL bytes or U+FFFE/U+FFFF in all\n");
}

static void
test_rows(struct textfix *t)
{
	char buf[] = "Rij\0" "1,5\0" "Caf\xe9\0" "\xef\xbf\xbf";
	char *fields[] = { buf, buf + 4, buf + 8, buf + 13 };
	size_t lens[] = { 3, 3, 4, 3 };
	struct csvio_row row = { fields, lens, 2, 7 };
	const struct csvio_row *got;

	capture();
	textfix_start(t, "b.csv", "fields");
	got = textfix_row(t, &row);
	CHECK(got == &row, "a valid row is returned as it is");
	row.n = 4;
	got = textfix_row(t, &row);
	CHECK(got != &row && got->n == 4 && got->line == 7, "fixed row");
	CHECK_STR("field 1 kept", got->fields[0], "Rij");
	CHECK_STR("field 3 fixed", got->fields[2], "Caf\xc3\xa9");
	CHECK(got->lens[2] == 5, "field 3 length %zu", got->lens[2]);
	CHECK_STR("field 4 fixed", got->fields[3], "\xef\xbf\xbd");
	textfix_end(t);
	release();
	CHECK_STR("row messages", captured, "tabel-test: b.csv:7: invalid "
	    "UTF-8, read as Windows-1252\ntabel-test: b.csv: 2 fields with "
	    "invalid UTF-8, NUL bytes or U+FFFE/U+FFFF in all\n");
}

int
main(void)
{
	struct textfix t = { 0 };

	err_init("tabel-test");
	test_lines(&t);
	test_rows(&t);
	textfix_free(&t);
	test_rows(&t);		/* usable again after free */
	textfix_free(&t);
	return check_done();
}
