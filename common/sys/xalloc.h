/* xalloc: allocation that never returns NULL; out of memory exits 2. */
#ifndef TABEL_XALLOC_H
#define TABEL_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
/* realloc of COUNT * SIZE bytes, checked for overflow. */
void *xreallocarray(void *ptr, size_t count, size_t size);
char *xstrdup(const char *s);
/* A NUL-terminated copy of the LEN bytes at S. */
char *xstrndup(const char *s, size_t len);
/* xgrow when *CAP < NEED: doubles *CAP until NEED fits. */
void xgrow_to(void *ptr, size_t *cap, size_t need, size_t size);

/* Grow *PTR (with *CAP elements of SIZE) to hold at least NEED elements.
 * Inline: it runs for every line kept, and there is mostly room. */
static inline void
xgrow(void *ptr, size_t *cap, size_t need, size_t size)
{
	if (need > *cap)
		xgrow_to(ptr, cap, need, size);
}

#endif
