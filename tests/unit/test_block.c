/* test_block: a table candidate's lines: copies kept in order with their
 * line numbers, compared with spaces around them aside, and forgotten
 * by block_clear with the storage kept. */
#include <string.h>

#include "common/flow/block.h"
#include "tests/unit/check.h"

static const struct {
	const char *name, *s;
	bool want;
} same[] = {
	{ "same text", " A 1 2  ", true },
	{ "same text, no spaces", "A 1 2", true },
	{ "other text", "A 1 3", false },
	{ "a prefix", "A 1", false },
	{ "inner spaces count", "A  1 2", false },
};

int
main(void)
{
	struct block b = { 0 };
	char line[] = "A 1 2";
	const char *s;
	size_t i, len, cap;

	block_push(&b, "Post 2021 2022", 14, 7);
	block_push(&b, line, 5, 8);
	block_push(&b, "", 0, 9);
	memset(line, 'x', 5);		/* the block keeps its own copy */
	s = block_text(&b, 1, &len);
	CHECK(len == 5 && memcmp(s, "A 1 2", 5) == 0, "block_text");
	CHECK_INT("line number", b.lines[1].no, 8);
	s = block_text(&b, 2, &len);
	CHECK_INT("empty line", len, 0);
	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		CHECK_INT(same[i].name, block_same_text(&b, 1, same[i].s,
		    strlen(same[i].s)), same[i].want);
	b.numeric = true;
	b.body = 1;
	b.end = 3;
	cap = b.cap;
	block_clear(&b);
	CHECK(b.n == 0 && b.body == 0 && b.end == 0 && !b.numeric,
	    "block_clear forgets the lines");
	CHECK_INT("block_clear keeps the storage", b.cap, cap);
	block_free(&b);
	CHECK(b.buf == NULL && b.n == 0, "block_free");
	return check_done();
}
