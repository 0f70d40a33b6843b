/* num_lex: the words and spaces of written amounts (part of num): the
 * spaces that group digits, currencies, scale words, signs. Internal to
 * num; tools use num.h. */
#ifndef TABEL_NUM_LEX_H
#define TABEL_NUM_LEX_H

#include <stdbool.h>
#include <stddef.h>

/* A view of the text still to read: [p, end). */
struct num_span {
	const char *p, *end;
};

/* The length of a space at P: ASCII space or tab, U+00A0, U+2009,
 * U+202F or U+2007; 0 for none. */
size_t num_lex_space(const char *p, const char *end);
/* Step S over spaces. */
void num_lex_skip(struct num_span *s);
/* Drop spaces at both ends of S. */
void num_lex_trim(struct num_span *s);
/* Case-insensitive: does S start with WORD (lower case)? Then step. */
bool num_lex_eat(struct num_span *s, const char *word);
/* Is S at a letter (any non-ASCII byte counts)? */
bool num_lex_letter(const struct num_span *s);
/* Does a word end at S: the end, a space, punctuation or "€"? */
bool num_lex_boundary(const struct num_span *s);
/* A minus, "min " or plus at S: flip *NEG for a minus, step over it. */
bool num_lex_sign(struct num_span *s, bool *neg);
/* A currency sign or word of the unit table at S ("€", "EUR", "euro"):
 * step over it; its ISO 4217 code ("EUR", static), NULL for none. */
const char *num_lex_currency(struct num_span *s);
/* The footnote mark at the end of S, glued to what it marks: superscript
 * digits ("18.829²", "2018¹"), "*" or a dagger ("12.5*", "7,3†"), up to
 * FOOTNOTE_MAX bytes: its length, 0 for none. Only after a digit or "%",
 * so "**" and "CO²" keep theirs. */
enum { FOOTNOTE_MAX = 8 };
size_t num_lex_footnote(struct num_span s);
/* A percent sign or word at S ("%", "procent", "percent", "percentage",
 * "pct.", "pct"; a word not run on by a letter): step over it. The one
 * list for amounts (num_parse: "12,5 procent") and unit texts
 * (num_unit_read: "(in percentage)"). */
bool num_lex_percent(struct num_span *s);
/* A scale word at S ("miljoen", "k", "MEUR"): its power of ten, or -1. */
int num_lex_scale(struct num_span *s);

#endif
