/* caption: recognise the lines that open or close a table region. */
#ifndef TABEL_CAPTION_H
#define TABEL_CAPTION_H

#include <stdbool.h>
#include <stddef.h>

/* The length of the caption number at S[0..LEN): parts of digits, a
 * roman numeral or one capital letter before the next part, joined by
 * "." (and "-" when HYPHEN): "3", "3.1", "6.10", "A.2", "III", "1-1".
 * 0 for none. */
size_t caption_number_len(const char *s, size_t len, bool hyphen);
/* Is LINE a table caption ("Tabel 8 Title", " Tabel 11: title", "Table
 * 3.2 Title", "Table 4.—Title", "Tableau A.2", "Tabelle III")? A lowercase word after the number is prose ("Tabel 10
 * geeft ..."). Sets *NUM and *NUMLEN to the number. */
bool caption_is(const char *line, size_t len, const char **num,
    size_t *numlen);
/* The title of a caption line ending at END whose number caption_is gave
 * as NUM, NUMLEN: after the number, ":", "." and spaces skipped, and a
 * dash ("Table 4.—Title"). */
const char *caption_title(const char *num, size_t numlen, const char *end);
/* Is LINE a figure caption ("Figuur 26 ...", "Grafiek 2 ...")? */
bool caption_is_figure(const char *line, size_t len);
/* Is LINE a table or a figure caption, a line that opens a region of
 * other text than prose? */
bool caption_opens(const char *line, size_t len);
/* Is LINE a source note ("Bron: ...", "Source: ...")? */
bool caption_is_source_note(const char *line, size_t len);
/* Does S[0..LEN) end open, so that the next line goes on from it: a
 * comma, a hyphen, a colon, or a word that joins ("of", "van", "und")? */
bool caption_ends_open(const char *s, size_t len);
/* Was the caption line PREV[0..PREVLEN) broken at the page's edge
 * before S[0..LEN): it is long, and S's first word would have made it
 * wider than a page's line ("... hun budget in 2022" before
 * "Gemeenschapscommissie", not "... spring survey" before "Lock")? */
bool caption_wraps(const char *prev, size_t prevlen, const char *s,
    size_t len);
/* Does the line S[0..LEN) under a caption line PREV[0..PREVLEN) go on
 * with its title: it starts in lower case or with "(", PREV ends open, or
 * PREV is long and S no sentence of its own? A formula ("Groei = ...")
 * or a source note never does: it stands under the caption. */
bool caption_goes_on(const char *prev, size_t prevlen, const char *s,
    size_t len);
/* Does S start with a lowercase letter (ASCII or Latin-1 in UTF-8)? */
bool caption_starts_lower(const char *s, size_t len);

#endif
