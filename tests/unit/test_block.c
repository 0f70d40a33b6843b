/* test_block: a table candidate's lines: copies kept in order with their
 * line numbers, compared with spaces around them aside, the cells read of
 * a line given back as a new read of the copy would give them, and
 * forgotten by block_clear with the storage kept. */
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

/* The cells kept with a line are the cells of the block's copy. */
static void
read_kept(struct block *b)
{
	char line[] = "Regio  1.204,5 / 7 ";
	struct layout_reader r = { 0 }, fresh = { 0 };
	struct layout_line kept, want;
	const char *s;
	size_t k, len;

	CHECK(!block_read(b, 1, &r, &kept), "no cells kept: none given");
	block_push(b, line, strlen(line), 10);
	layout_read(&r, line, strlen(line), &kept);
	block_keep_read(b, line, &kept);
	memset(line, 'x', strlen(line));
	s = block_text(b, b->n - 1, &len);
	layout_read(&fresh, s, len, &want);
	CHECK(block_read(b, b->n - 1, &r, &kept), "cells kept");
	CHECK(kept.label.s == want.label.s && kept.label.len ==
	    want.label.len, "label");
	CHECK_INT("cells", kept.ncells, want.ncells);
	for (k = 0; k < kept.ncells && k < want.ncells; k++)
		CHECK(kept.cells[k].s == want.cells[k].s && kept.cells[k].len ==
		    want.cells[k].len, "cell %zu", k);
	CHECK(kept.nvalues == want.nvalues && kept.lead_space ==
	    want.lead_space && !kept.blank, "counts");
	layout_free(&r);
	layout_free(&fresh);
}

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
	read_kept(&b);
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
