/* test_longform: the long form's header is recognised, and only it. */
#include <string.h>

#include "common/table/longform.h"
#include "tests/unit/check.h"

int
main(void)
{
	char *names[12], *other[10];
	size_t lens[12], i;
	struct csvio_row row = { names, lens, 10, 1 };

	for (i = 0; i < LONGFORM_COLS; i++) {
		names[i] = (char *)longform_name(i);
		lens[i] = strlen(names[i]);
		other[i] = names[i];
	}
	CHECK_STR("col 0", longform_name(LONGFORM_SOURCE), "source");
	CHECK_STR("col 9", longform_name(LONGFORM_LINE), "line");
	CHECK_STR("past the end", longform_name(LONGFORM_COLS), "");
	CHECK(longform_is_header(&row), "the header itself");
	names[10] = "value";
	lens[10] = 5;
	row.n = 11;
	CHECK(longform_is_header(&row), "with a column added");
	row.n = 9;
	CHECK(!longform_is_header(&row), "a column short");
	other[8] = "Raw";
	row.fields = other;
	row.n = 10;
	CHECK(!longform_is_header(&row), "a name in another case");
	return check_done();
}
