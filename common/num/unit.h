/* unit: the one table of unit and scale words ("euro", "MEUR",
 * "miljoen", "mln"), with the currency and the power of ten of each, and
 * finding the unit a caption or header cell states ("(in miljoen euro)",
 * "steun (MEUR)", "Steunbedrag in euro") as the text written: a money
 * word inside "(...)", after "in", or alone, with the scale words right
 * before it; failing one, a scale stated alone ("(in miljoen)"). Every program asks this table: the captions and headers of
 * tabel-extract, the cells and --unit of tabel-norm, the prose of
 * tabel-amounts. Scaling by the power of ten is common/num/num's job. */
#ifndef TABEL_UNIT_H
#define TABEL_UNIT_H

#include <stdbool.h>
#include <stddef.h>

enum unit_flag {
	UNIT_LETTER = 1,	/* one letter: never a cell of a table row of
				 * its own ("Bijlage k") */
	UNIT_CURRENCY_NEXT = 2,	/* a scale only with a currency right
				 * after ("M€", "M EUR"; "2 M" is none) */
	UNIT_DOT = 4		/* an abbreviation that may end in "." */
};

/* One word: a currency ("euro"), a scale ("miljoen"), or both ("MEUR"). */
struct unit_word {
	const char *word;	/* lower case; matched ignoring case */
	const char *currency;	/* ISO 4217 code, NULL for a scale alone */
	int exp10;		/* the power of ten it multiplies by */
	unsigned flags;		/* enum unit_flag */
};

/* The table, ended by an entry whose word is NULL; static storage. */
const struct unit_word *unit_words(void);

/* The entry that S[0..LEN) is as a whole word, ignoring case, with an
 * optional "." after a UNIT_DOT word; NULL if none. */
const struct unit_word *unit_word(const char *s, size_t len);
/* unit_word() for a token of a table row: NULL for UNIT_LETTER entries
 * as well. */
const struct unit_word *unit_word_alone(const char *s, size_t len);

/* The currency S[0..LEN) is alone, without a scale: a sign ("€", "$")
 * or a word ("euro", "EUR", "USD") of the table; NULL if none. An
 * amount in a table cell may end in one ("25.000 euro", "834 €"). */
const struct unit_word *unit_currency_alone(const char *s, size_t len);
/* Is W a sign ("€", "$", "£", "¥") rather than a word? A sign may touch
 * the letters around it ("€uro" aside); a word must end. */
bool unit_is_sign(const struct unit_word *w);
/* Is S[0..LEN) a word that looks like a scale or currency but is not in
 * the table ("lakh", "crore", "SEK", "roepie")? A reader that meets one
 * must not guess its scale: it reports it. */
bool unit_lookalike(const char *s, size_t len);

/* Find the unit in S[0..LEN): true with *OFF and *N its place in S. A
 * money word and the scale before it ("(in miljoen euro)"), failing that
 * a scale stated alone, in brackets, after "in" or as the whole text,
 * closing its bracket or the text ("(in miljoen)", "(x 1.000)", "in
 * thousands"; never "projecten boven 1 miljoen"): it has no currency.
 * The unit of a caption, and of a header for tabel-xlsx. */
bool unit_find(const char *s, size_t len, size_t *off, size_t *n);
/* unit_find without the scale alone: the unit of a column header in the
 * table model, whose scale alone stays in the header text (the long
 * col_header) so that the caption's currency still speaks for it. */
bool unit_find_money(const char *s, size_t len, size_t *off, size_t *n);

/* Does header S[0..LEN) name a count ("Aantal dossiers", "# projecten",
 * "2022 | # projecten")? A count has no money unit, whatever the caption
 * says. */
bool unit_is_count(const char *s, size_t len);

#endif
