/* money_lex: the lexer of common/prose/money.c, and what that module's parts
 * (money.c, money_year.c) share; private to it. It cuts a sentence into
 * numbers, currencies, scale words, "per", a glued per-unit ("/j") and
 * other words or punctuation. */
#ifndef TABEL_MONEY_LEX_H
#define TABEL_MONEY_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "common/prose/money.h"

enum lex_type { LEX_NUM, LEX_CUR, LEX_SCALE, LEX_SCALECUR,
    LEX_PER, LEX_SLASH, LEX_WORD, LEX_PUNCT };

/* One lexeme of a sentence: a byte range of the text. */
struct money_lex {
	enum lex_type type;
	size_t start, end;
};

/* A number found in a sentence, with the units around it. */
struct money_num {
	size_t num;		/* lexeme index of the number */
	size_t first, last;	/* lexemes of the raw text, inclusive */
	int scale;		/* lexeme of its scale word, -1 if none */
	int unit_from;		/* amount whose scale it borrows, or -1 */
	bool currency;		/* a currency named by it or lent by a range */
	int cur;		/* lexeme of that currency, -1 if none */
	bool used;		/* a money amount to print */
	enum money_kind kind;
	int per;		/* lexeme index of the per-unit, -1 if none */
	bool respectively;	/* the first of "A respectievelijk B" */
	long year;		/* lexeme of its own year ("respectievelijk"),
				 * -1 if none */
};

/* Cut M->text[M->start, M->end) into M->lex[0, M->nlex). */
void money_lex_sentence(struct money *m);
/* Is WORD (LEN bytes) one of LIST (NULL-terminated), ignoring case? */
bool money_word_in(const char *word, size_t len, const char *const *list);
/* Is lexeme K of M (K may be past the end) a word of LIST? */
bool money_lex_is(const struct money *m, size_t k, const char *const *list);
/* Is lexeme K of M (K may be past the end) a currency or scale? */
bool money_lex_unit(const struct money *m, size_t k);

#endif
