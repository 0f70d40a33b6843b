/* sentence: where a sentence of running text ends. Text is one
 * paragraph as common/prose/prose.h folds it: words separated by single
 * spaces. A sentence ends after ". ", "! " or "? " when the next
 * sentence opens with an upper-case letter, a digit or a quotation mark
 * (‘ ’ “ ” ...), except after an abbreviation: a known one ("ca.",
 * "o.a.", "bijv.", "nr."), one with inner dots ("t.e.m.") or an initial
 * ("J."); a word with a digit ("in 2022. De") is never one. */
#ifndef TABEL_SENTENCE_H
#define TABEL_SENTENCE_H

#include <stdbool.h>
#include <stddef.h>

/* The end (exclusive) of the sentence of TEXT[0, LEN) that starts at
 * START; LEN when it runs to the end. */
size_t sentence_end(const char *text, size_t len, size_t start);
/* Does S[0, LEN) start with an upper-case letter (ASCII, or Latin-1 in
 * UTF-8: "É", "Ö")? With a lower-case one ("é", "ß")? */
bool sentence_is_upper(const char *s, size_t len);
bool sentence_is_lower(const char *s, size_t len);

#endif
