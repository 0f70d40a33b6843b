/* detect_kind: what a line is to the table detector (part of detect):
 * page furniture, a section heading, prose, a unit note, a header of
 * years. Pure tests of one line, read by common/cells/layout where a struct
 * layout_line is taken. */
#ifndef TABEL_DETECT_KIND_H
#define TABEL_DETECT_KIND_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/layout.h"

/* A page number, a footnote ("49 Leden ...") or a line of years only:
 * it interrupts a table without ending it. */
bool detect_kind_furniture(const struct layout_line *l);
/* A numbered section heading without values ("1.2. Title", "A. Title"). */
bool detect_kind_heading(const struct layout_line *l);
/* "(bedragen in euro)" alone on a line: a caption's unit note. */
bool detect_kind_paren_note(const char *line, size_t len);
/* A sentence of prose: five words or more, a capital first, a full stop
 * after a lower-case word of four letters or more last, no values. */
bool detect_kind_prose(const struct layout_line *l);
/* A header without a label: starts with one space, ends in a year, two
 * years or more among words, no other numbers (" 2022 2023"). */
bool detect_kind_year_header(const char *line, size_t len);
/* Words, then two years or more and nothing else ("Entiteit 2022
 * 2023"): sets *LABEL, *N to the words (NULL, 0 if none). */
bool detect_kind_labelled_years(const char *line, size_t len,
    const char **label, size_t *n);
/* Does LINE end in a year or date ("2022", "2023BO", "31-12-2022")? */
bool detect_kind_ends_in_year(const char *line, size_t len);

#endif
