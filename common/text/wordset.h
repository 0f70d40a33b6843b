/* wordset: a bounded set of words (byte strings up to 255 bytes), for
 * what a document has written so far. Once it holds its maximum it
 * takes no more: memory stays flat however long the document. */
#ifndef TABEL_WORDSET_H
#define TABEL_WORDSET_H

#include <stdbool.h>
#include <stddef.h>

struct wordset;

/* An empty set that will hold up to MAX words (free with wordset_free;
 * NULL is allowed there). */
struct wordset *wordset_new(size_t max);
void wordset_free(struct wordset *w);
/* Add the LEN bytes at S (copied). True when S is in the set after it
 * (also when it was already); false when it was not added: the set is
 * at its maximum, or S is over 255 bytes. */
bool wordset_add(struct wordset *w, const char *s, size_t len);
/* Does W (NULL: the empty set) hold S[0..LEN)? */
bool wordset_has(const struct wordset *w, const char *s, size_t len);
size_t wordset_count(const struct wordset *w);

#endif
