/* hyphen: a word broken over two lines at a hyphen, joined the way the
 * document itself writes it. A syllable break ("Onder-" / "nemen") loses
 * its hyphen, a real one ("sociaal-" / "economische", "Vlaams-" /
 * "Brabant") keeps it. No dictionary: the words of the document so far
 * (a bounded set, learned line by line), Dutch spelling and the shape of
 * the two pieces decide:
 *
 *	hyphen_learn(w, line, len);		(every line, in order)
 *	switch (hyphen_glue(w, label, n, next, m)) ...
 */
#ifndef TABEL_HYPHEN_H
#define TABEL_HYPHEN_H

#include <stdbool.h>
#include <stddef.h>

/* Why a broken word was joined as it was, in the order the rules run. */
enum hyphen_why {
	HYPHEN_CAPITAL,		/* keep: the next piece starts with a capital,
				 * a digit or a sign ("Vlaams-Brabant") */
	HYPHEN_ACRONYM,		/* keep: a digit or inner capital before the
				 * hyphen, or an address ("CO2-", "IPR-") */
	HYPHEN_SUSPENDED,	/* keep, and a space: the hyphen stands for
				 * a part ("werkgevers- en werknemers") */
	HYPHEN_SEEN_HYPHENATED,	/* keep: the document writes "a-b" */
	HYPHEN_SEEN_JOINED,	/* drop: the document writes "ab" */
	HYPHEN_VOWELS,		/* keep: the vowels would read as one sound,
				 * so Dutch writes the hyphen ("energie-
				 * efficiëntie", "Eco-innovatie") */
	HYPHEN_SEEN_PART,	/* keep: the next piece is a word of the
				 * document by itself: a compound */
	HYPHEN_GUESS,		/* drop: no evidence; a fragment ("situ-"
				 * "eren") is a syllable break */
	HYPHEN_WHY_COUNT
};

/* How text B goes on after text A. */
enum hyphen_glue {
	HYPHEN_SPACE,		/* A ends no broken word, or its hyphen
				 * stands for a part: a space between */
	HYPHEN_KEEP,		/* A's final hyphen stays, no space */
	HYPHEN_DROP		/* A's final hyphen goes, no space */
};

struct hyphen_words;

/* An empty word set (free with hyphen_free; NULL is allowed there). */
struct hyphen_words *hyphen_new(void);
void hyphen_free(struct hyphen_words *w);
/* Learn the words of the next line of the document. A piece broken at
 * the line end, and the piece that finishes it on the next line, are
 * not words and are not learned. False once the bound is met (32768
 * words, or the line that reaches 8 MiB of text): nothing more is
 * learned, and joining goes on with what was. */
bool hyphen_learn(struct hyphen_words *w, const char *line, size_t len);
/* Does S[0..LEN) (trailing spaces aside) end in a word broken by a hyphen
 * ("Oost-", not "- " or "--")? */
bool hyphen_broken(const char *s, size_t len);
/* Why the broken word ending A[0..ALEN) and the piece starting B[0..BLEN)
 * are joined as they are. W may be NULL (nothing learned). A must be
 * hyphen_broken. */
enum hyphen_why hyphen_decide(const struct hyphen_words *w, const char *a,
    size_t alen, const char *b, size_t blen);
/* Does WHY keep the hyphen? */
bool hyphen_keeps(enum hyphen_why why);
/* How B goes on after A (trailing spaces of A aside). */
enum hyphen_glue hyphen_glue(const struct hyphen_words *w, const char *a,
    size_t alen, const char *b, size_t blen);
/* Join A and B into a new string (owned by the caller, NUL-terminated,
 * its length in *LEN): the glue of hyphen_glue between them. */
char *hyphen_join(const struct hyphen_words *w, const char *a, size_t alen,
    const char *b, size_t blen, size_t *len);
const char *hyphen_why_name(enum hyphen_why why);

#endif
