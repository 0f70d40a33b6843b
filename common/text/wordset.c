/* wordset: open addressing over a power-of-two slot array, at most half
 * full, each slot the word's hash and its place in one byte arena (its
 * length, then its bytes). The hash is compared first, so the arena is
 * read on a match only. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/text/wordset.h"
#include "common/sys/xalloc.h"

#define SLOTS_FIRST 1024

struct slot {
	uint32_t hash;
	uint32_t off;		/* 0: empty, else 1 + arena offset */
};

struct wordset {
	struct slot *slots;
	size_t nslots, nwords, max;
	unsigned char *arena;
	size_t used, cap;
};



struct wordset *
wordset_new(size_t max)
{
	struct wordset *w = xcalloc(1, sizeof(*w));

	w->max = max;
	return w;
}

void
wordset_free(struct wordset *w)
{
	if (w == NULL)
		return;
	free(w->slots);
	free(w->arena);
	free(w);
}

size_t
wordset_count(const struct wordset *w)
{
	return w != NULL ? w->nwords : 0;
}

/* A word's hash, eight bytes at a time (FNV-1a's step on 64-bit words,
 * the last eight, or the first and last four, read over each other;
 * the high half folded in): a multiply a word, not a byte. */
static uint32_t
hash(const char *s, size_t len)
{
	const uint64_t prime = 1099511628211u;
	uint64_t h = 14695981039346656037u ^ len, v = 0;
	uint32_t a, b;
	size_t i;

	if (len >= 8) {
		for (i = 0; i + 8 <= len; i += 8) {
			memcpy(&v, s + i, 8);
			h = (h ^ v) * prime;
		}
		if (i < len)
			memcpy(&v, s + len - 8, 8);
	} else if (len >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		v = a | (uint64_t)b << 32;
	} else {
		for (i = 0; i < len; i++)
			v = v << 8 | (unsigned char)s[i];
	}
	h = (h ^ v) * prime;
	return (uint32_t)(h ^ h >> 29);
}

/* The slot of word S[0..LEN) with hash H: where it is, or the empty one
 * it goes. */
static size_t
find_slot(const struct wordset *w, const char *s, size_t len, uint32_t h)
{
	size_t i = h & (w->nslots - 1);
	const unsigned char *p;

	while (w->slots[i].off != 0) {
		p = w->arena + w->slots[i].off - 1;
		if (w->slots[i].hash == h && p[0] == len &&
		    memcmp(p + 1, s, len) == 0)
			break;
		i = (i + 1) & (w->nslots - 1);
	}
	return i;
}

bool
wordset_has(const struct wordset *w, const char *s, size_t len)
{
	return w != NULL && w->nslots > 0 && len <= 255 &&
	    w->slots[find_slot(w, s, len, hash(s, len))].off != 0;
}

/* Double the slots, every word placed again. */
static void
grow(struct wordset *w)
{
	struct slot *old = w->slots;
	size_t i, n = w->nslots;
	const unsigned char *p;

	w->nslots = n == 0 ? SLOTS_FIRST : 2 * n;
	w->slots = xcalloc(w->nslots, sizeof(*w->slots));
	for (i = 0; i < n; i++)
		if (old[i].off != 0) {
			p = w->arena + old[i].off - 1;
			w->slots[find_slot(w, (const char *)p + 1, p[0],
			    old[i].hash)] = old[i];
		}
	free(old);
}

bool
wordset_add(struct wordset *w, const char *s, size_t len)
{
	uint32_t h;
	size_t i;

	if (len > 255)
		return false;
	h = hash(s, len);
	if (w->nslots > 0 && w->slots[find_slot(w, s, len, h)].off != 0)
		return true;
	if (w->nwords >= w->max || w->used + len + 1 > UINT32_MAX - 1)
		return false;
	if (2 * (w->nwords + 1) > w->nslots)
		grow(w);
	i = find_slot(w, s, len, h);
	if (w->used + len + 1 > w->cap)
		xgrow(&w->arena, &w->cap, w->used + len + 1, 1);
	w->arena[w->used] = (unsigned char)len;
	memcpy(w->arena + w->used + 1, s, len);
	w->slots[i].hash = h;
	w->slots[i].off = (uint32_t)w->used + 1;
	w->used += len + 1;
	w->nwords++;
	return true;
}
