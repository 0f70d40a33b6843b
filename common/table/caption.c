/* caption: the lines that open or close a table: "Tabel 8 Overzicht"
 * (not "Tabel 8 geeft ..."), "Figuur 3 ..." (a chart: no table), and
 * "Bron: ..." (the source note under a table). */
#include <stdbool.h>
#include <string.h>

#include "common/table/caption.h"

bool
caption_starts_lower(const char *s, size_t len)
{
	unsigned char c = len ? (unsigned char)s[0] : 0;

	return (c >= 'a' && c <= 'z') || (c == 0xc3 && len > 1 &&
	    (unsigned char)s[1] >= 0x9f);
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
	    line[i] != 'E' &&
	    line[i] != 'K'))
		return false;		/* the common case, cheaply */
	for (; *words != NULL; words++) {
		w = strlen(*words);
		if (len - i > w && memcmp(line + i, *words, w) == 0 &&
		    line[i + w] == ' ')
			break;
	}
	if (*words == NULL)
		return false;
	i += strlen(*words) + 1;
	/* a letter prefix: "A-1", "B.4", "ES-1", "CA3" */
	for (n = i; n < len && n - i < 3 && line[n] >= 'A' && line[n] <= 'Z';
	    n++)
		continue;
	if (n > i && n < len && (line[n] == '-' || line[n] == '.') &&
	    n + 1 < len && line[n + 1] >= '0' && line[n + 1] <= '9')
		n++;
	if (n > i && !(n < len && line[n] >= '0' && line[n] <= '9'))
		n = i;		/* "Table A shows": no number */
	for (; n < len && ((line[n] >= '0' && line[n] <= '9') ||
	    ((line[n] == '.' || line[n] == '-') && n > i && n + 1 < len &&
	    line[n + 1] >= '0' && line[n + 1] <= '9')); n++)
		continue;
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
	for (w = words; *w != NULL; w++)
		if (len >= strlen(*w) && memcmp(line, *w, strlen(*w)) == 0)
			return true;
	return false;
}
