/* test_tablehold: a table is held up to 262144 cells and 16 MiB of text,
 * and once past either it stays past; a grid of any size is judged
 * without overflow. */
#include <stdint.h>

#include "common/table/tablehold.h"
#include "tests/unit/check.h"

int
main(void)
{
	struct tablehold h = { 0 };
	size_t r;

	for (r = 0; r < TABLEHOLD_CELLS / 4; r++)
		if (!tablehold_add(&h, 4, 10))
			break;
	CHECK_INT("cells to the limit", r, TABLEHOLD_CELLS / 4);
	CHECK(!tablehold_add(&h, 1, 0), "one cell more");
	CHECK(!tablehold_add(&h, 0, 0) && h.over, "past stays past");
	h = (struct tablehold){ 0 };
	CHECK(tablehold_add(&h, 1, TABLEHOLD_BYTES), "bytes to the limit");
	CHECK(!tablehold_add(&h, 1, 1), "one byte more");
	CHECK_INT("rows held", h.rows, 1);
	CHECK(tablehold_fits(TABLEHOLD_CELLS / 16, 16), "grid at the limit");
	CHECK(!tablehold_fits(TABLEHOLD_CELLS / 16 + 1, 16),
	    "grid one row past");
	CHECK(!tablehold_fits(SIZE_MAX, SIZE_MAX / 2), "no overflow");
	CHECK(tablehold_fits(SIZE_MAX, 0), "no columns");
	return check_done();
}
