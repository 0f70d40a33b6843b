/* build: the caption is read here for every builder, so that a table's
 * number, title and unit mean the same whichever layout its body has;
 * build_body is the one place that knows the builders. */
#include <stdlib.h>
#include <string.h>

#include "common/flow/block.h"
#include "common/flow/build.h"
#include "common/flow/numeric.h"
#include "common/flow/texttable.h"
#include "common/table/caption.h"
#include "common/text/hyphen.h"

/* Caption lines joined (a word broken by a hyphen as the document
 * writes it): number, title, the unit the title states. */
static void
read_caption(const struct block *b, struct table *t)
{
	const char *line, *num, *title;
	size_t len, numlen, i, total;
	char *joined, *more;

	line = block_text(b, 0, &len);
	joined = hyphen_join(b->words, "", 0, line, len, &total);
	for (i = 1; i < b->body; i++) {
		line = block_text(b, i, &len);
		more = hyphen_join(b->words, joined, total, line, len, &total);
		free(joined);
		joined = more;
	}
	if (caption_is(joined, total, &num, &numlen)) {
		t->number = table_strndup(t, num, numlen);
		title = num + numlen;
		while (title < joined + total && (*title == ':' ||
		    *title == '.' || *title == ' '))
			title++;
		t->caption = table_squeeze(t, title,
		    (size_t)(joined + total - title));
		t->caption_unit = table_unit_text(t, t->caption,
		    strlen(t->caption));
	}
	free(joined);
}

/* The builder for B's body: the one place that chooses. Each builder
 * reads lines [body, end) of B into T, whose caption is read, and says
 * false when they make no table. The detector's verdict picks: value
 * rows make a numeric table; without them only a captioned block is a
 * table, of text. A reader for another layout is one more branch here,
 * picked by what the detector records in struct block. */
static bool
build_body(const struct block *b, struct table *t)
{
	if (b->numeric)
		return numeric_build(b, t);
	if (b->body == 0)
		return false;
	return texttable_build(b, t);
}

void
build_left_out(const struct block *b, struct table *t, long line,
    const char *why)
{
	t->first_line = b->n > 0 ? b->lines[0].no : line;
	if (b->body > 0)
		read_caption(b, t);
	table_leave_out(t, line, why);
}

bool
build_table(const struct block *b, struct table *t)
{
	bool built;

	t->first_line = b->n > 0 ? b->lines[0].no : 0;
	if (b->body > 0)
		read_caption(b, t);
	built = build_body(b, t);
	table_sort_notes(t);
	return built;
}
