/* texttable: a text table has no values to fix its columns: the header
 * line's cells count them, and the rows are split by their words
 * (common/cells/split), taught by the rows that split one way only. A
 * line that starts lowercase continues the row before. */

#include "common/flow/block.h"
#include "common/cells/layout.h"
#include "common/cells/split.h"
#include "common/flow/texttable.h"

#define TEXT_MAX_CELLS 64	/* columns of a text table, at most */

static size_t
skip_blank(const struct block *b, size_t i, size_t end)
{
	size_t len;
	const char *s;

	for (; i < end; i++) {
		s = block_text(b, i, &len);
		if (!layout_is_blank(s, len))
			break;
	}
	return i;
}

/* Body lines that fill the page width: prose, not table rows. */
static size_t
full_width(const struct block *b)
{
	size_t i, n = 0;

	for (i = b->body; i < b->end; i++)
		n += b->width > 0 && b->lines[i].len * 100 >= b->width * 85;
	return n;
}

/* Line I without its trailing spaces; length 0 for a blank line. */
static const char *
trimmed(const struct block *b, size_t i, size_t *len)
{
	const char *s = block_text(b, i, len);

	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\r'))
		(*len)--;
	if (layout_is_blank(s, *len))
		*len = 0;
	return s;
}

static const char *
double_space(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++)
		if (s[i] == ' ' && s[i + 1] == ' ')
			return s + i;
	return NULL;
}

/* The header line of a text table: its cells name the columns; a line
 * starting with a space has an empty label-column header. */
static bool
text_header(struct table *t, const char *s, size_t len)
{
	struct layout_cell cells[TEXT_MAX_CELLS];
	bool lead = len > 0 && s[0] == ' ';
	size_t n = split_header(s, len, cells, TEXT_MAX_CELLS - 1, false), c;

	if (n == 0 || (!lead && n < 2))
		return false;
	table_set_columns(t, lead ? n : n - 1);
	t->label_header = lead ? "" : table_squeeze(t, cells[0].s,
	    cells[0].len);
	for (c = 0; c < t->ncols; c++)
		t->headers[c] = table_squeeze(t, cells[c + !lead].s,
		    cells[c + !lead].len);
	return true;
}

/* S continues cell LAST of ROW (0: the label); when cells after it are
 * still empty, the words after a capital go on into them. */
static void
continue_row(const struct block *b, struct table *t, size_t row,
    size_t last, const char *s, size_t len, long no,
    const struct split_words *w)
{
	struct layout_cell cells[TEXT_MAX_CELLS];
	size_t n = split_text(s, len, cells, t->ncols + 1 - last, w), c;

	table_append(t, row, last, cells[0].s, cells[0].len, b->words);
	for (c = 1; c < n; c++)
		table_set_cell(t, row, last + c - 1, cells[c].s, cells[c].len,
		    no);
}

/* One line of a text table (ROW: the row before, or (size_t)-1); returns
 * the row the line ends in. A line starting lowercase continues the last
 * cell of ROW; after a double space in it a new row starts. */
static size_t
text_line(const struct block *b, struct table *t, const char *s,
    size_t len, long no, size_t row, const struct split_words *w)
{
	struct layout_cell cells[TEXT_MAX_CELLS];
	const char *gap;
	size_t n, c, last;

	if (row != (size_t)-1 && s[0] >= 'a' && s[0] <= 'z') {
		for (last = t->ncols; last > 0 && t->cells[row * t->ncols +
		    last - 1].raw[0] == '\0'; last--)
			continue;
		gap = double_space(s, len);
		n = gap != NULL ? (size_t)(gap - s) : len;
		continue_row(b, t, row, last, s, n, no, w);
		if (gap == NULL)
			return row;
		while (n < len && s[n] == ' ')
			n++;
		s += n, len -= n;
	}
	n = split_text(s, len, cells, t->ncols + 1, w);
	row = table_add_row(t, cells[0].s, cells[0].len, no);
	for (c = 1; c < n; c++)
		table_set_cell(t, row, c - 1, cells[c].s, cells[c].len, no);
	table_note(t, row, no, false, "text row: %zu of %zu cells, split at "
	    "double spaces and capitals", n, t->ncols + 1);
	return row;
}

/* Text tables: the first line is the header; every other line is a row
 * split by double spaces and capitals, or the continuation of the row
 * before. Every word lands in some cell. Prose is no text table. */
bool
texttable_build(const struct block *b, struct table *t)
{
	struct split_words starts = { .n = 0 };
	const char *s;
	size_t len, i, first, row = (size_t)-1;

	first = skip_blank(b, b->body, b->end);
	if (first >= b->end)
		return false;
	s = block_text(b, first, &len);
	if (!text_header(t, s, len))
		return false;
	for (i = first + 1; i < b->end; i++) {	/* the plain rows teach */
		s = trimmed(b, i, &len);
		if (len > 0 && !(s[0] >= 'a' && s[0] <= 'z'))
			split_text_learn(s, len, t->ncols + 1, &starts);
	}
	for (i = first + 1; i < b->end; i++) {
		s = trimmed(b, i, &len);
		if (len == 0)
			continue;
		row = text_line(b, t, s, len, b->lines[i].no, row, &starts);
		t->last_line = b->lines[i].no;
	}
	t->text = true;
	return t->nrows > 0 && 2 * full_width(b) <= t->nrows;
}
