/* xalloc: checked allocation; the only other module besides err that exits. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		die("out of memory allocating %zu bytes", size);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (p == NULL)
		die("out of memory allocating %zu x %zu bytes", count, size);
	return p;
}

void *
xreallocarray(void *ptr, size_t count, size_t size)
{
	void *p;

	if (size != 0 && count > SIZE_MAX / size)
		die("out of memory: %zu x %zu bytes overflow", count, size);
	p = realloc(ptr, count * size != 0 ? count * size : 1);
	if (p == NULL)
		die("out of memory allocating %zu x %zu bytes", count, size);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
xgrow_to(void *ptr, size_t *cap, size_t need, size_t size)
{
	void **pp = ptr;
	size_t n = *cap ? *cap : 16;

	if (need <= *cap)
		return;
	while (n < need) {
		if (n > SIZE_MAX / 2)
			die("out of memory: %zu elements", need);
		n *= 2;
	}
	*pp = xreallocarray(*pp, n, size);
	*cap = n;
}
