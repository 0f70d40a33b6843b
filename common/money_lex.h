/* money_lex: the lexer of common/money.c, private to that module. It
 * cuts a sentence into numbers, currencies, scale words, "per", a glued
 * per-unit ("/j") and other words or punctuation. */
#ifndef TABEL_MONEY_LEX_H
#define TABEL_MONEY_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "common/money.h"

enum lex_type { LEX_NUM, LEX_CUR, LEX_SCALE, LEX_SCALECUR,
    LEX_PER, LEX_SLASH, LEX_WORD, LEX_PUNCT };

/* One lexeme of a sentence: a byte range of the text. */
struct money_lex {
	enum lex_type type;
	size_t start, end;
};


/* Cut M->text[M->start, M->end) into M->lex[0, M->nlex). */
void money_lex_sentence(struct money *m);
/* Is WORD (LEN bytes) one of LIST (NULL-terminated), ignoring case? */
bool money_word_in(const char *word, size_t len, const char *const *list);

#endif
