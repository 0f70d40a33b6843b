/* wordset: a bounded set of words (byte strings up to 255 bytes), for
 * what a document has written so far. Once it holds its maximum it
 * takes no more: memory stays flat however long the document. */
#ifndef TABEL_WORDSET_H
#define TABEL_WORDSET_H

#include <stdbool.h>
#include <stddef.h>

enum wordset_status {
	WORDSET_OK,
	WORDSET_EFULL,		/* at its maximum: the word was not added */
	WORDSET_ETOOLONG,	/* over 255 bytes: not added */
	WORDSET_STATUS_COUNT
};

struct wordset;

/* An empty set that will hold up to MAX words (free with wordset_free;
 * NULL is allowed there). */
struct wordset *wordset_new(size_t max);
void wordset_free(struct wordset *w);
/* Add the LEN bytes at S (copied); adding a word already there is OK. */
enum wordset_status wordset_add(struct wordset *w, const char *s,
    size_t len);
/* Does W (NULL: the empty set) hold S[0..LEN)? */
bool wordset_has(const struct wordset *w, const char *s, size_t len);
size_t wordset_count(const struct wordset *w);
const char *wordset_strerror(enum wordset_status status);

#endif
