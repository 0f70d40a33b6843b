/* caption: the lines that open or close a table: "Tabel 8 Overzicht"
 * (not "Tabel 8 geeft ..."), "Figuur 3 ..." (a chart: no table), and
 * "Bron: ..." (the source note under a table). */
#include <stdbool.h>
#include <string.h>

#include "common/table/caption.h"
#include "common/text/utf8.h"

bool
caption_starts_lower(const char *s, size_t len)
{
	unsigned char c = len ? (unsigned char)s[0] : 0;

	return (c >= 'a' && c <= 'z') || (c == 0xc3 && len > 1 &&
	    (unsigned char)s[1] >= 0x9f);
}

static bool
is_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* One part of a caption number at S[0..LEN): digits, up to three
 * capitals glued to digits ("CA3"), a roman numeral ("III", "IV") or up
 * to three capitals ("A" of "A.2", "ES" of "ES-1"), no letter after
 * it. Its length, 0 for none; *LETTER tells capitals alone, which only
 * open a number. */
static size_t
number_part(const char *s, size_t len, bool *letter)
{
	size_t n = 0, caps = 0;
	bool roman = true;

	*letter = false;
	for (; caps < len && caps < 7 && s[caps] >= 'A' && s[caps] <= 'Z';
	    caps++)
		if (strchr("IVXLC", s[caps]) == NULL)
			roman = false;
	n = caps <= 3 ? caps : 0;
	while (n < len && s[n] >= '0' && s[n] <= '9' && (caps <= 3))
		n++;
	if (n > caps)
		return n < len && is_letter(s[n]) ? 0 : n;	/* "3", "CA3" */
	if (caps == 0 || (caps < len && is_letter(s[caps])))
		return 0;
	if (roman)
		return caps;
	*letter = true;
	return caps <= 3 ? caps : 0;
}

size_t
caption_number_len(const char *s, size_t len, bool hyphen)
{
	size_t n = 0, k, done = 0;
	bool letter;

	while ((k = number_part(s + n, len - n, &letter)) > 0) {
		n += k;
		if (n + 1 < len && (s[n] == '.' || (hyphen && s[n] == '-')) &&
		    number_part(s + n + 1, len - n - 1, &(bool){ false }) > 0) {
			done = letter ? done : n;
			n++;	/* over the separator to the next part */
			continue;
		}
		return letter ? done : n;	/* "Table A" alone: none */
	}
	return done;
}

/* "Tabel N Title", "Tabel N: title", "Table 3.2 Title" after at most
 * three spaces; a lowercase word after the number is prose ("Tabel 10
 * geeft een overzicht"), and so is a sentence going on ("Tabel 14..").
 * WORD is "Tabel" or "Figuur" and the like. */
static bool
is_captionlike(const char *line, size_t len, const char *const *words,
    const char **num, size_t *numlen)
{
	size_t i = 0, w, n;

	while (i < len && i < 3 && line[i] == ' ')
		i++;
	if (i == len || (line[i] != 'T' && line[i] != 'F' && line[i] != 'G' &&
	    line[i] != 'E' && line[i] != 'K'))
		return false;		/* the common case, cheaply */
	for (; *words != NULL; words++) {
		if (len - i < 2 || (*words)[0] != line[i] ||
		    (*words)[1] != line[i + 1])
			continue;	/* "Tot", "Er": no word, cheaply */
		w = strlen(*words);
		if (len - i > w && memcmp(line + i, *words, w) == 0 &&
		    line[i + w] == ' ')
			break;
	}
	if (*words == NULL)
		return false;
	i += strlen(*words) + 1;
	n = i + caption_number_len(line + i, len - i, true);
	if (n == i || n - i > 12)
		return false;
	*num = line + i;
	*numlen = n - i;
	if (n < len && (line[n] == ':' || line[n] == '.'))
		n++;
	if (len - n >= 3 && (memcmp(line + n, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(line + n, "\xe2\x80\x93", 3) == 0))
		n += 3;		/* "Table 4.—Title" */
	else if (n < len && line[n] != ' ')
		return false;
	while (n < len && line[n] == ' ')
		n++;
	return !caption_starts_lower(line + n, len - n) &&
	    !(n < len && line[n] == '.');
}

bool
caption_is(const char *line, size_t len, const char **num,
    size_t *numlen)
{
	static const char *const words[] = { "Tabel", "Table", "TABEL",
		"TABLE", "Tableau", "Tabelle", "Exhibit", NULL };

	return is_captionlike(line, len, words, num, numlen);
}

const char *
caption_title(const char *num, size_t numlen, const char *end)
{
	const char *title;

	for (title = num + numlen; title < end && (*title == ':' ||
	    *title == '.' || *title == ' '); title++)
		continue;
	if (end - title >= 3 && (memcmp(title, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(title, "\xe2\x80\x93", 3) == 0))
		title += 3;
	return title;
}

bool
caption_is_figure(const char *line, size_t len)
{
	static const char *const words[] = { "Figuur", "Figure", "Grafiek",
		"Kaart", NULL };
	const char *num;
	size_t numlen;

	return is_captionlike(line, len, words, &num, &numlen);
}

bool
caption_opens(const char *line, size_t len)
{
	const char *num;
	size_t numlen;

	return caption_is(line, len, &num, &numlen) ||
	    caption_is_figure(line, len);
}

/* "Bron: ...", "Bronnen: ...", "Source: ...": a table's source note. */
bool
caption_is_source_note(const char *line, size_t len)
{
	static const char *const words[] = { "Bron:", "Bronnen:", "Bron ",
		"Source:", "Sources:", NULL };
	const char *const *w;

	while (len > 0 && *line == ' ')
		line++, len--;
	if (len == 0 || (*line != 'B' && *line != 'S'))
		return false;	/* most lines, cheaply */
	for (w = words; *w != NULL; w++)
		if (len >= strlen(*w) && memcmp(line, *w, strlen(*w)) == 0)
			return true;
	return false;
}

bool
caption_ends_open(const char *s, size_t len)
{
	static const char *const joins[] = { "of", "to", "in", "and", "for",
	    "the", "by", "with", "on", "per", "or", "from", "at", "van", "de",
	    "het", "en", "voor", "met", "op", "naar", "tot", "uit", "des",
	    "du", "la", "le", "et", "der", "die", "und", "nach", "im", NULL };
	size_t i, start;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return false;
	if (s[len - 1] == ',' || s[len - 1] == '-' || s[len - 1] == ':' ||
	    s[len - 1] == '&')
		return true;
	for (start = len; start > 0 && s[start - 1] != ' '; start--)
		continue;
	for (i = 0; joins[i] != NULL; i++)
		if (strlen(joins[i]) == len - start &&
		    memcmp(joins[i], s + start, len - start) == 0)
			return true;
	return false;
}

/* Characters of a line that fills a page's width, and the fewest a
 * broken line has. */
enum { LINE_FULL = 70, LINE_BROKEN = 50 };

bool
caption_wraps(const char *prev, size_t prevlen, const char *s, size_t len)
{
	size_t have = utf8_width(prev, prevlen), word = 0;

	while (len > 0 && *s == ' ')
		s++, len--;
	while (word < len && s[word] != ' ')
		word++;
	return have >= LINE_BROKEN && have + 1 + utf8_width(s, word) > LINE_FULL;
}

bool
caption_goes_on(const char *prev, size_t prevlen, const char *s, size_t len)
{
	while (len > 0 && *s == ' ')
		s++, len--;
	if (len == 0 || memchr(s, '=', len) != NULL ||
	    caption_is_source_note(s, len))
		return false;	/* a formula or a note under the caption */
	if (caption_starts_lower(s, len) || *s == '(' || *s == '[' ||
	    caption_ends_open(prev, prevlen))
		return true;
	/* a long title line wraps where the page ends: what follows goes on
	 * unless it is a sentence of its own */
	return caption_wraps(prev, prevlen, s, len) && s[len - 1] != '.';
}
