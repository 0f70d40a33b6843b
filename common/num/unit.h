/* unit: find the unit a caption or header cell states ("(in miljoen
 * euro)", "steun (MEUR)", "Steunbedrag in euro"), as the text written:
 * a money word inside "(...)", after "in", or alone, with the scale words
 * right before it. Scaling it to a power of ten is common/num/num's job. */
#ifndef TABEL_UNIT_H
#define TABEL_UNIT_H

#include <stdbool.h>
#include <stddef.h>

/* Find the unit in S[0..LEN): true with *OFF and *N its place in S. */
bool unit_find(const char *s, size_t len, size_t *off, size_t *n);

/* Does header S[0..LEN) name a count ("Aantal dossiers", "# projecten",
 * "2022 | # projecten")? A count has no money unit, whatever the caption
 * says. */
bool unit_is_count(const char *s, size_t len);

#endif
