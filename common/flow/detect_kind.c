/* detect_kind: the line tests of common/flow/detect.c, each a pure function
 * of one line: page furniture, section headings, prose, the note under a
 * caption, headers of years. */
#include <stdint.h>
#include <string.h>

#include "common/flow/detect_kind.h"

/* Page numbers, footnotes and repeated year headers: they interrupt a
 * table without ending it. */
bool
detect_kind_furniture(const struct layout_line *l)
{
	const char *s = l->label.s;
	size_t i;

	if (l->label.len == 0 && l->ncells == 1 && l->cells[0].len <= 4)
		return true;
	if (l->nyears >= 2 && l->nyears == l->nvalues)
		return true;
	for (i = 0; i < l->label.len && i < 4 && s[i] >= '0' && s[i] <= '9';
	    i++)
		continue;
	return i > 0 && i < 4 && i < l->label.len && s[i] == ' ' &&
	    i + 1 < l->label.len && s[i + 1] >= 'A' && s[i + 1] <= 'Z';
}

/* A numbered section heading: "1.2. Title", " 3. Moonshot", "A. Title". */
bool
detect_kind_heading(const struct layout_line *l)
{
	const char *s = l->label.s;
	size_t i = 0, n = l->label.len;

	if (l->nvalues > 0 || n == 0)
		return false;
	if (s[0] >= 'A' && s[0] <= 'Z' && n > 3 && s[1] == '.' && s[2] == ' ')
		return true;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
		i++;
	return i > 1 && s[i - 1] == '.' && i + 1 < n && s[i] == ' ' &&
	    s[i + 1] >= 'A' && s[i + 1] <= 'Z';
}

/* "(bedragen in euro)" alone on the line under a caption: its unit. */
bool
detect_kind_paren_note(const char *line, size_t len)
{
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r'))
		len--;
	while (len > 0 && *line == ' ')
		line++, len--;
	return len > 2 && line[0] == '(' && line[len - 1] == ')';
}

/* A sentence of prose: five words or more, a capital first and a full
 * stop after a lower-case word last ("voorlopig.", not "enz." or "e.a."
 * that can end a wrapped label), no values. No row label reads like
 * that, so the table before it has ended. */
bool
detect_kind_prose(const struct layout_line *l)
{
	const char *s = l->label.s;
	size_t i, n = l->label.len, words = 1, tail = 0;

	if (l->nvalues > 0 || l->lead_space || n < 2 || s[n - 1] != '.' ||
	    s[0] < 'A' || s[0] > 'Z')
		return false;
	while (tail + 1 < n && s[n - 2 - tail] >= 'a' && s[n - 2 - tail] <= 'z')
		tail++;
	if (tail < 4 || tail + 2 > n || s[n - 2 - tail] != ' ')
		return false;
	for (i = 0; i < n; i++)
		words += s[i] == ' ' && s[i + 1] != ' ';
	return words >= 5;
}

/* The next word of LINE from *I: [*B, *I); false at the end. */
static bool
next_word(const char *line, size_t len, size_t *i, size_t *b)
{
	while (*i < len && line[*i] == ' ')
		(*i)++;
	for (*b = *i; *i < len && line[*i] != ' '; (*i)++)
		continue;
	return *i > *b;
}

/* A header without a label: a line that starts with a space, ends in a
 * year and holds two years or more among words but no other numbers
 * (" 2022 2023", " Rekening 2021 Budget 2022 Budget 2023"). */
bool
detect_kind_year_header(const char *line, size_t len)
{
	size_t i = 0, b, years = 0;
	enum layout_kind k = LAYOUT_WORD;

	if (len < 2 || line[0] != ' ' || line[1] == ' ')
		return false;
	while (next_word(line, len, &i, &b)) {
		k = layout_classify(line + b, i - b);
		if (k == LAYOUT_YEAR)
			years++;
		else if (k != LAYOUT_WORD)
			return false;
	}
	return years >= 2 && k == LAYOUT_YEAR;
}

/* Words, then two years or more and nothing else ("Entiteit 2022
 * 2023"): the words (trimmed) into *LABEL, *N. */
bool
detect_kind_labelled_years(const char *line, size_t len, const char **label,
    size_t *n)
{
	size_t i = 0, b, years = 0;

	*label = NULL;
	*n = 0;
	while (next_word(line, len, &i, &b)) {
		if (layout_classify(line + b, i - b) == LAYOUT_YEAR)
			years++;
		else if (years > 0)
			return false;
		else if (*label == NULL)
			*label = line + b;
		if (years == 0)
			*n = (size_t)(line + i - *label);
	}
	return years >= 2 && *label != NULL;
}

/* Is any of the 8 bytes at S a digit? Branch-free: the bytes between
 * '/' and ':' exactly (Sean Anderson's bit hacks, hasbetween). */
static bool
digit_among_8(const char *s)
{
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fu, ones = 0x0101010101010101u;
	uint64_t x;

	memcpy(&x, s, 8);
	return ((ones * (127 + ':') - (x & low7)) & ~x & ((x & low7) +
	    ones * (127 - '/')) & ~low7) != 0;
}

/* Does LINE end in a year or date ("2022", "2023BO", "31-12-2022")? */
bool
detect_kind_ends_in_year(const char *line, size_t len)
{
	size_t e = len, b, i;
	bool digit = false;

	while (e > 0 && line[e - 1] == ' ')
		e--;
	if (e < 4)
		return false;
	/* Such a word starts with a digit 4 to 11 bytes before the end:
	 * most lines have none there, and are not read back to a space. */
	if (e >= 11)
		digit = digit_among_8(line + e - 11);
	for (i = 0; e < 11 && i <= e - 4; i++)
		digit |= line[i] >= '0' && line[i] <= '9';
	if (!digit)
		return false;
	for (b = e; b > 0 && line[b - 1] != ' '; b--)
		continue;
	return e - b >= 4 && e - b <= 11 && line[b] >= '0' && line[b] <= '9'
	    && layout_classify(line + b, e - b) == LAYOUT_YEAR;
}
