/* stackfind_line: the line-level tests of stackfind (a part of it):
 * whether a line could be a cell of one a line (short, no tab, bullet,
 * caption or sentence), whether it is a value alone, and whether a page
 * may hold such a table at all, before the costly kinds. */
#include <string.h>

#include "common/delim/stackfind.h"
#include "common/delim/stackfind_line.h"
#include "common/table/caption.h"

#define MAX_CELL 80	/* bytes: a longer line is running text */

/* A bullet or dash that opens a list item (a dash alone is a mark for
 * none). */
static bool
bullet(const char *s, size_t len)
{
	if (len >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == 'o' ||
	    s[0] == '>') && s[1] == ' ')
		return true;
	return len > 3 && (unsigned char)s[0] == 0xe2 && (memcmp(s,
	    "\xe2\x80\xa2", 3) == 0 || memcmp(s, "\xe2\x80\x93", 3) == 0 ||
	    memcmp(s, "\xe2\x96\xaa", 3) == 0);
}

/* A sentence's end: a full stop, question or exclamation mark, colon or
 * semicolon after a letter or a closing bracket. */
static bool
sentence_end(const char *s, size_t len)
{
	char c, before;

	if (len < 2)
		return false;
	c = s[len - 1];
	before = s[len - 2];
	return (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') &&
	    ((before >= 'a' && before <= 'z') || before == ')' ||
	    before == '"');
}

/* Has the trimmed line S[0..LEN) a cell's shape: short, no tab, no
 * bullet or sentence? TAB: the line holds one, maybe at an end. */
static bool
cell_shape(const char *s, size_t len, bool tab)
{
	return len > 0 && len <= MAX_CELL && (!tab || memchr(s, '\t',
	    len) == NULL) &&
	    !bullet(s, len) && (!sentence_end(s, len) ||
	    memchr(s, ' ', len) == NULL);
}

/* Could line S[0..LEN) be a cell: short, no tab, no bullet, caption or
 * sentence (words ending in a full stop; "n.v.t." is one word)? Its
 * kind is asked only in a run that may be a table. */
static bool
cell_line(const char *s, size_t len, bool tab)
{
	const char *num;
	size_t numlen;

	delimcell_trim(&s, &len);
	return cell_shape(s, len, tab) && !caption_opens(s, len) &&
	    !caption_is(s, len, &num, &numlen);
}

/* Is the trimmed S[0..LEN) a short value alone: a digit, sign or
 * bracket first, one space at most (12,5 %, € 1.234)? A run without two
 * is no table. */
static bool
value_alone(const char *s, size_t len)
{
	size_t i, spaces = 0;

	if (len == 0 || len > 24 || !((s[0] >= '0' && s[0] <= '9') ||
	    s[0] == '-' || s[0] == '+' || s[0] == '(' || s[0] == '\xe2'))
		return false;
	for (i = 0; i < len; i++)
		spaces += s[i] == ' ';
	return spaces <= 1;
}

bool
stackfind_lone_value(const char *s, size_t len)
{
	delimcell_trim(&s, &len);
	return value_alone(s, len);
}

/* Has S[0..LEN) a letter (any byte past ASCII counted as one)? */
bool
stackfind_has_letter(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
			return true;
		else if ((unsigned char)s[i] >= 0x80)
			return true;
	return false;
}

/* Each of the N lines' kind: TEXT for a line that could be a cell, else
 * EMPTY. A stretch of cell-shaped and blank lines with fewer than two
 * values alone holds no table (run_kinds asks for two), so its lines are
 * left EMPTY without the caption tests, the costly part. */
void
stackfind_cell_lines(struct stackfind *f, const struct pagelines *p)
{
	size_t i, j, from, values, l, n = p->n;
	const char *s;

	for (from = 0; from < n; from = i + 1) {
		for (i = from, values = 0; i < n; i++) {
			s = p->line[i];
			l = p->len[i];
			delimcell_trim(&s, &l);
			if (l > 0 && !cell_shape(s, l, (p->facts[i] &
			    PAGELINES_TAB) != 0))
				break;
			if (l > 0 && values < 2)
				values += value_alone(s, l);
		}
		for (j = from; j < i; j++)
			f->kind[j] = values >= 2 && cell_line(p->line[j],
			    p->len[j], (p->facts[j] & PAGELINES_TAB) != 0) ?
			    DELIMCELL_TEXT : DELIMCELL_EMPTY;
		if (i < n)
			f->kind[i] = DELIMCELL_EMPTY;
	}
}

/* Is line I of P a cell line and a value alone: one cell_lines counts
 * (trimmed, not empty)? */
static bool
counted(const struct pagelines *p, size_t i)
{
	const char *s = p->line[i];
	size_t l = p->len[i];

	delimcell_trim(&s, &l);
	return value_alone(s, l) && cell_shape(s, l, (p->facts[i] &
	    PAGELINES_TAB) != 0);
}

/* Are the lines between A and B, both counted, of one stretch of
 * cell_lines: each blank or of a cell's shape? */
static bool
one_stretch(const struct pagelines *p, size_t a, size_t b)
{
	const char *s;
	size_t i, l;

	for (i = a + 1; i < b; i++) {
		s = p->line[i];
		l = p->len[i];
		delimcell_trim(&s, &l);
		if (l > 0 && !cell_shape(s, l, (p->facts[i] &
		    PAGELINES_TAB) != 0))
			return false;
	}
	return true;
}

/* Has a stretch of P two values alone, as cell_lines asks of any that
 * holds a table? Most pages have none: a line of prose lies between
 * their values alone, if they have two. */
bool
stackfind_may_hold(const struct pagelines *p)
{
	size_t i, last = STACKFIND_NONE;

	for (i = 0; i < p->n; i++) {
		if ((p->facts[i] & PAGELINES_VALUE) == 0 || !counted(p, i))
			continue;
		if (last != STACKFIND_NONE && one_stretch(p, last, i))
			return true;
		last = i;
	}
	return false;
}
