/* spacing: which reader a page of text calls for, from its spaces alone.
 * pdftotext -layout pads cells to their columns, so runs of spaces inside
 * lines line up down the page; flow text (the seeds) has one space between
 * cells, one more per empty cell, and a space at the end of each line. */
#include <stdbool.h>
#include <stddef.h>

#include "common/cells/rawline.h"
#include "common/cells/spacing.h"

/* Mark in HIST the inner runs of two or more spaces of LINE; returns
 * the widest. */
static size_t
mark_gaps(size_t *hist, size_t width, const char *line, size_t len)
{
	size_t i = 0, start, col = 0, x, widest = 0;
	bool text = false;

	while (i < len && col < width) {
		if (line[i] != ' ') {
			text = text || line[i] != '\f';
			col += ((unsigned char)line[i] & 0xc0) != 0x80 &&
			    line[i] != '\f';
			i++;
			continue;
		}
		for (start = col; i < len && line[i] == ' '; i++)
			col++;
		if (!text || i == len || col - start < 2)
			continue;
		if (col - start > widest)
			widest = col - start;
		for (x = start; x < col && x < width; x++)
			hist[x]++;
	}
	return widest;
}

/* How many of the lines of P have BIT (their facts). */
static size_t
count(const struct pagelines *p, unsigned bit)
{
	size_t i, k = 0;

	for (i = 0; i < p->n; i++)
		k += (p->facts[i] & bit) != 0;
	return k;
}

bool
spacing_is_columns(const struct pagelines *p)
{
	enum { WIDTH = 256 };
	size_t hist[WIDTH] = { 0 }, i, x, wide = 0, most = 0;

	/* one space at the end, not padding to a width: flow text, no
	 * need to look at the gaps */
	if (count(p, PAGELINES_ONE_SPACE) * 2 > p->n - count(p,
	    PAGELINES_BLANK))
		return false;
	for (i = 0; i < p->n; i++)
		if (p->len[i] > 0 && mark_gaps(hist, WIDTH, p->line[i],
		    p->len[i]) >= 4)
			wide++;
	for (x = 0; x < WIDTH; x++)
		if (hist[x] > most)
			most = hist[x];
	/* Two lines suffice when their gaps are wide: a small table. */
	return most >= 3 || (most >= 2 && wide >= 2);
}

bool
spacing_is_raw(const struct pagelines *p)
{
	struct rawline l = { 0 };
	size_t i, blank = count(p, PAGELINES_BLANK), runs = 0, ends = 0;
	size_t nonblank = p->n - blank, trailing = count(p, PAGELINES_TRAILING);

	/* -raw writes few blank lines; text with a blank line between
	 * rows reads as flow. Only then are the lines read. */
	if (!(trailing * 10 < nonblank && blank * 4 < nonblank))
		return false;
	for (i = 0; i < p->n && runs < 2 && ends < 3; i++) {
		if ((p->facts[i] & (PAGELINES_BLANK | PAGELINES_TRAILING)) != 0)
			continue;
		rawline_read(&l, p->line[i], p->len[i], 0);
		runs += l.nval >= 2;
		ends += l.nval >= 1 && l.label_len > 0;
	}
	rawline_free(&l);
	return runs >= 2 || ends >= 3;
}
