/* num_words: Dutch cardinal numbers written in words (part of num).
 * Dutch writes a number below a million as one word ("drieëntwintig",
 * "honderdvijftig", "tweeduizend") and puts spaces around the large
 * multipliers ("drie miljard"), though either is met glued or spaced.
 * So the text is cut into known morphemes (longest first) and the
 * morphemes run through a small grammar: UNIT "en" TENS (units before
 * tens), optional "honderd" after a number below 100, "duizend",
 * "miljoen" and "miljard" in falling order. Anything else is refused, so
 * "eentwintig" or "tien twee" is not a number. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common/num/num_words.h"

enum kind { ZERO, UNIT, TEEN, TENS, HUNDRED, BIG, AND };

#define M(text, kind, value) { text, sizeof text - 1, kind, value }
static const struct morpheme {
	const char *text;
	size_t len;
	enum kind kind;
	uint64_t value;
} morphemes[] = {
	M("zeventien", TEEN, 17), M("negentien", TEEN, 19),
	M("veertien", TEEN, 14), M("vijftien", TEEN, 15),
	M("achttien", TEEN, 18), M("zeventig", TENS, 70),
	M("negentig", TENS, 90), M("dertien", TEEN, 13),
	M("zestien", TEEN, 16), M("twintig", TENS, 20),
	M("veertig", TENS, 40), M("tachtig", TENS, 80),
	M("honderd", HUNDRED, 100), M("duizend", BIG, 1000),
	M("miljoen", BIG, 1000000), M("miljard", BIG, 1000000000),
	M("biljoen", BIG, 1000000000000),
	M("twaalf", TEEN, 12), M("dertig", TENS, 30),
	M("vijftig", TENS, 50), M("zestig", TENS, 60),
	M("zeven", UNIT, 7), M("negen", UNIT, 9),
	M("twee", UNIT, 2), M("drie", UNIT, 3), M("vier", UNIT, 4),
	M("vijf", UNIT, 5), M("acht", UNIT, 8), M("tien", TEEN, 10),
	M("een", UNIT, 1), M("zes", UNIT, 6), M("elf", TEEN, 11),
	M("nul", ZERO, 0), M("en", AND, 0),
};

/* Fold S[LEN] into OUT: ASCII letters to lower case, "é" and "ë" (either
 * case) to "e", runs of spaces to one. False on any other character. */
static bool
fold(const char *s, size_t len, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = p[i];

		if (c == 0xC3 && i + 1 < len && (p[i + 1] == 0xA9 ||
		    p[i + 1] == 0xAB || p[i + 1] == 0x89 || p[i + 1] == 0x8B)) {
			c = 'e';
			i++;
		} else if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c - 'A' + 'a');
		} else if (c == ' ' || c == '\t' || c == '\n') {
			if (k == 0 || out[k - 1] == ' ')
				continue;
			c = ' ';
		} else if (c < 'a' || c > 'z') {
			return false;
		}
		if (k + 1 >= cap)
			return false;
		out[k++] = (char)c;
	}
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
	return k > 0;
}

static const struct morpheme *
next_morpheme(const char **pos)
{
	const struct morpheme *m;
	size_t i;

	while (**pos == ' ')
		(*pos)++;
	for (i = 0; i < sizeof morphemes / sizeof morphemes[0]; i++) {
		m = &morphemes[i];
		if (**pos == m->text[0] &&
		    strncmp(*pos, m->text, m->len) == 0) {
			*pos += m->len;
			return m;
		}
	}
	return NULL;
}

/* The grammar state between morphemes. */
struct words {
	uint64_t total, group, last_big, largest;
	enum kind last;		/* kind of the previous morpheme; ZERO: none */
	bool hundred;		/* the group has had "honderd" */
	bool joined;		/* "en" after honderd, duizend: a number next */
	int count;
};

/* Take the multiplier VALUE ("duizend", "miljoen") into W. */
static bool
take_big(struct words *w, uint64_t value)
{
	if (w->last == AND || w->joined)
		return false;
	if (value > w->largest && w->largest > 0) {
		/* "honderdduizend miljoen": it takes all before it */
		if (w->total + w->group > UINT64_MAX / value)
			return false;
		w->total = (w->total + w->group) * value;
	} else if (value >= w->last_big) {
		return false;
	} else {
		if (w->largest == 0)
			w->largest = value;
		w->total += (w->group ? w->group : 1) * value;
	}
	w->group = 0;
	w->hundred = false;
	w->last_big = value;
	w->largest = value > w->largest ? value : w->largest;
	w->last = BIG;
	return true;
}

/* Take morpheme M into W; false when the sequence is not a number. */
static bool
take(struct words *w, const struct morpheme *m)
{
	bool fresh = w->last == ZERO || w->last == HUNDRED || w->last == BIG;

	switch (m->kind) {
	case ZERO:
		return w->count == 0;
	case UNIT:
	case TEEN:
		if (!fresh)
			return false;
		break;
	case TENS:
		if (!fresh && w->last != AND)
			return false;
		break;
	case AND:
		/* "drieëntwintig"; "honderdenacht", "tweeduizend en zestien" */
		if (w->last == HUNDRED || w->last == BIG)
			return !w->joined && (w->joined = true);
		return w->last == UNIT && (w->last = AND, true);
	case HUNDRED:
		if (w->hundred || w->last == AND || w->group >= 100 ||
		    w->joined)
			return false;
		w->group = (w->group ? w->group : 1) * 100;
		w->hundred = true;
		w->last = HUNDRED;
		return true;
	case BIG:
		return take_big(w, m->value);
	}
	w->group += m->value;
	w->joined = false;
	/* "eenentwintig": the tens close the group's small part */
	w->last = m->kind == TENS && w->last == AND ? TEEN : m->kind;
	return true;
}

enum num_status
num_words_parse(const char *s, size_t len, char *out, size_t n)
{
	char folded[256];
	const char *pos = folded;
	const struct morpheme *m;
	struct words w = { 0, 0, UINT64_MAX, 0, ZERO, false, false, 0 };
	int written;

	if (!fold(s, len, folded, sizeof folded))
		return NUM_NOT_AMOUNT;
	while (*pos != '\0') {
		if ((m = next_morpheme(&pos)) == NULL || !take(&w, m))
			return NUM_NOT_AMOUNT;
		w.count++;
		if (m->kind == ZERO && *pos != '\0')
			return NUM_NOT_AMOUNT;
	}
	if (w.last == AND || w.joined)
		return NUM_NOT_AMOUNT;
	written = snprintf(out, n, "%llu",
	    (unsigned long long)(w.total + w.group));
	return written < 0 || (size_t)written >= n ? NUM_TOO_LONG : NUM_OK;
}
