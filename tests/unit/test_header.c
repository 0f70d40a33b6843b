/* test_header: a numeric table's header read from a block: where the
 * rows start, and a header line repeated after a page break known as
 * such, its spacing aside. */
#include <string.h>

#include "common/flow/block.h"
#include "common/flow/header.h"
#include "common/table/table.h"
#include "tests/unit/check.h"

int
main(void)
{
	struct block b = { 0 };
	struct header h;
	struct table t;
	size_t body;

	block_push(&b, "Post 2021 2022", 14, 1);
	block_push(&b, "A 1 2", 5, 2);
	table_init(&t, "t");
	table_set_columns(&t, 2);
	CHECK_INT("header_read", header_read(&h, &t, &b, 0, 1, &body), 1);
	CHECK_INT("body", body, 1);
	CHECK_INT("repeat", header_is_repeat(&h, "Post  2021 2022 ", 16), 1);
	CHECK_INT("no repeat", header_is_repeat(&h, "Post 2021", 9), 0);
	header_free(&h);
	table_free(&t);
	block_free(&b);
	return check_done();
}
