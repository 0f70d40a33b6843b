/* test_rowcopy: a copied row outlives the buffer it came from, fields
 * NUL-terminated (embedded NULs and empty fields kept by length). */
#include <stdio.h>
#include <string.h>

#include "common/sys/rowcopy.h"
#include "tests/unit/check.h"

int
main(void)
{
	char buf[] = "Totaal\0" "1.039,2\0" "a\0b";
	char *fields[] = { buf, buf + 7, buf + 15, buf + 15 };
	size_t lens[] = { 6, 7, 3, 0 };
	struct csvio_row src = { fields, lens, 4, 12 };
	struct rowcopy c = { 0 };

	rowcopy_take(&c, &src);
	memset(buf, 'z', sizeof buf);
	CHECK_INT("n", c.row.n, 4);
	CHECK_INT("line", c.row.line, 12);
	CHECK_STR("field 1", c.row.fields[0], "Totaal");
	CHECK_STR("field 2", c.row.fields[1], "1.039,2");
	CHECK(c.row.lens[2] == 3 && memcmp(c.row.fields[2], "a\0b", 4) == 0,
	    "field 3: embedded NUL lost");
	CHECK(c.row.lens[3] == 0 && c.row.fields[3][0] == '\0',
	    "field 4: empty field not empty");
	rowcopy_free(&c);
	CHECK(c.row.n == 0 && c.bytes == NULL, "free leaves an empty row");
	src.n = 0;
	rowcopy_take(&c, &src);
	CHECK_INT("empty row", c.row.n, 0);
	rowcopy_free(&c);
	rowcopy_free(&c);
	return check_done();
}
