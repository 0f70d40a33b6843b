/* hyphen: the words learned are lower-cased, punctuation around them
 * stripped, in a bounded common/text/wordset: a long document stops teaching
 * once it is full, memory stays flat. The rules of hyphen_decide were
 * counted on the line-final hyphens of the seeds (125 of them, in
 * fixtures/seeds: 119 go the way a reader would). */
#include <stdlib.h>
#include <string.h>

#include "common/text/hyphen.h"
#include "common/text/wordset.h"
#include "common/sys/xalloc.h"

#define WORD_MAX 63		/* longer tokens are no words to learn */
#define WORD_MIN 4		/* nor are "de", "van": half the tokens */
#define WORDS_MAX 32768		/* at most 2 MiB of words, 512 KiB of slots */
/* Text learned from: the first pages teach. Past it learning stops, so a
 * long input costs no more per byte than a short one (learning is most
 * of tabel-find's time); by then the vocabulary is mostly in. */
#define TEXT_MAX (8u << 20)

struct hyphen_words {
	struct wordset *set;
	bool broken;		/* the line before ended in a broken word */
	bool full;		/* WORDS_MAX words or TEXT_MAX bytes */
	size_t seen;		/* bytes of text learned from */
};

static const char *const why_names[HYPHEN_WHY_COUNT] = {
	[HYPHEN_CAPITAL] = "capital",
	[HYPHEN_ACRONYM] = "acronym",
	[HYPHEN_SUSPENDED] = "suspended",
	[HYPHEN_SEEN_HYPHENATED] = "seen-hyphenated",
	[HYPHEN_SEEN_JOINED] = "seen-joined",
	[HYPHEN_VOWELS] = "vowels",
	[HYPHEN_SEEN_PART] = "seen-part",
	[HYPHEN_GUESS] = "guess",
};


const char *
hyphen_why_name(enum hyphen_why why)
{
	if ((unsigned)why >= HYPHEN_WHY_COUNT)
		return "unknown";
	return why_names[why];
}

struct hyphen_words *
hyphen_new(void)
{
	struct hyphen_words *w = xcalloc(1, sizeof(*w));

	w->set = wordset_new(WORDS_MAX);
	return w;
}

void
hyphen_free(struct hyphen_words *w)
{
	if (w == NULL)
		return;
	wordset_free(w->set);
	free(w);
}

/* Punctuation around a word: ASCII signs, U+00A0-U+00BF ("«", "»") and
 * U+2000-U+206F (quotes, "…", dashes). Returns its length at S (from
 * the end when BACK), 0 if none. */
static size_t
punct_len(const unsigned char *s, size_t len, bool back)
{
	const unsigned char *p;

	if (len == 0)
		return 0;
	p = back ? s + len - 1 : s;
	if (*p < 0x80)
		return !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') &&
		    !(*p >= '0' && *p <= '9') ? 1 : 0;
	if (back && len >= 3 && s[len - 3] == 0xe2 && (s[len - 2] == 0x80 ||
	    s[len - 2] == 0x81))
		return 3;
	if (back && len >= 2 && s[len - 2] == 0xc2 && s[len - 1] >= 0xa0)
		return 2;
	if (!back && len >= 3 && s[0] == 0xe2 && (s[1] == 0x80 ||
	    s[1] == 0x81))
		return 3;
	if (!back && len >= 2 && s[0] == 0xc2 && s[1] >= 0xa0)
		return 2;
	return 0;
}

/* S[0..*LEN) without the punctuation around it. */
static const char *
bare(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;

	while ((n = punct_len(u, *len, false)) > 0)
		u += n, *len -= n;
	while ((n = punct_len(u, *len, true)) > 0)
		*len -= n;
	return (const char *)u;
}

/* Lower-case copy of S[0..LEN) at OUT + AT (ASCII and U+00C0-U+00DE);
 * returns the new length, 0 when it would not fit WORD_MAX. The second
 * pass only for a word with a byte past ASCII. */
static size_t
lower_into(char *out, size_t at, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *o = (unsigned char *)out + at, high = 0;
	size_t i;

	if (at + len > WORD_MAX)
		return 0;
	for (i = 0; i < len; i++) {
		high |= u[i];
		o[i] = (unsigned char)(u[i] | ((unsigned)(u[i] - 'A') < 26u) << 5);
	}
	for (i = 1; (high & 0x80) != 0 && i < len; i++)
		if (u[i - 1] == 0xc3 && u[i] >= 0x80 && u[i] <= 0x9e &&
		    u[i] != 0x97)
			o[i] = (unsigned char)(u[i] + 0x20);
	return at + len;
}

static void
add(struct hyphen_words *w, const char *s, size_t len)
{
	if (len > 0 && !wordset_add(w->set, s, len))	/* full: no word is
							 * over WORD_MAX */
		w->full = true;
}

static bool
known(const struct hyphen_words *w, const char *s, size_t len)
{
	return w != NULL && len > 0 && wordset_has(w->set, s, len);
}

/* A token of a line: the word, and each part of a hyphenated one. */
static void
add_token(struct hyphen_words *w, const char *s, size_t len)
{
	char buf[WORD_MAX + 1];
	const char *p;
	size_t n, part;

	if (len < WORD_MIN)
		return;		/* bare makes no word longer */
	s = bare(s, &len);
	if (len < WORD_MIN || (*s >= '0' && *s <= '9'))
		return;		/* numbers and short words tell nothing */
	if ((n = lower_into(buf, 0, s, len)) == 0)
		return;
	add(w, buf, n);
	if ((p = memchr(buf, '-', n)) == NULL)
		return;
	for (s = buf; s < buf + n; s += part + 1) {
		p = memchr(s, '-', (size_t)(buf + n - s));
		part = p != NULL ? (size_t)(p - s) : (size_t)(buf + n - s);
		add(w, s, part);
	}
}

bool
hyphen_learn(struct hyphen_words *w, const char *line, size_t len)
{
	size_t i = 0, b;
	bool skip = w->broken;	/* the first token ends a broken word */

	if (w->full)
		return false;
	if ((w->seen += len) >= TEXT_MAX)
		w->full = true;
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\r' ||
	    line[len - 1] == '\t'))
		len--;
	while (i < len) {
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		for (b = i; i < len && line[i] != ' ' && line[i] != '\t'; i++)
			continue;
		w->broken = i == len && hyphen_broken(line + b, i - b);
		if (!skip && !w->broken)
			add_token(w, line + b, i - b);
		skip = false;
	}
	return !w->full;
}

bool
hyphen_broken(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r'))
		len--;
	return len >= 2 && s[len - 1] == '-' && s[len - 2] != ' ' &&
	    s[len - 2] != '-';
}

bool
hyphen_keeps(enum hyphen_why why)
{
	return why != HYPHEN_SEEN_JOINED && why != HYPHEN_GUESS;
}

/* Would the letters X and Y read as one vowel sound? Dutch then writes
 * a hyphen between the parts of a compound (klinkerbotsing). */
static bool
vowel_clash(char x, char y)
{
	static const char *const pairs[] = { "aa", "ae", "ai", "au", "ee",
	    "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu", NULL };
	size_t i;

	x = (char)(x >= 'A' && x <= 'Z' ? x | 0x20 : x);
	for (i = 0; pairs[i] != NULL; i++)
		if (pairs[i][0] == x && pairs[i][1] == y)
			return true;
	return false;
}

/* A digit or inner capital in the last part SEG of the head, or a sign
 * of an address in the head H: no syllable break. */
static bool
acronym(const char *h, size_t hlen, const char *seg, size_t slen)
{
	size_t i;

	for (i = 0; i < slen; i++)
		if ((seg[i] >= '0' && seg[i] <= '9') || (i > 0 &&
		    seg[i] >= 'A' && seg[i] <= 'Z'))
			return true;
	for (i = 0; i < hlen; i++)
		if (h[i] == '/' || h[i] == '.' || h[i] == '@' || h[i] == ':')
			return true;
	return false;
}

/* Does B go on with "en", "of" or "tot" and more words: the broken word
 * is a compound whose last part is left out ("loopbaan- en
 * competentieontwikkeling")? */
static bool
suspended(const char *b, size_t blen, size_t tlen)
{
	return tlen < blen && ((tlen == 2 && (memcmp(b, "en", 2) == 0 ||
	    memcmp(b, "of", 2) == 0)) || (tlen == 3 && memcmp(b, "tot", 3) ==
	    0) || (tlen == 5 && memcmp(b, "en/of", 5) == 0));
}

/* Does the piece starting at B begin with a lower-case letter? */
static bool
starts_lower(const unsigned char *b, size_t blen)
{
	if (blen == 0)
		return false;
	if (b[0] < 0x80)
		return b[0] >= 'a' && b[0] <= 'z';
	if (b[0] == 0xc3)	/* U+00C0-U+00DF: capitals (and sharp s) */
		return blen > 1 && b[1] >= 0xa0;
	return b[0] != 0xc2 && b[0] != 0xe2;	/* not a sign */
}

enum hyphen_why
hyphen_decide(const struct hyphen_words *w, const char *a, size_t alen,
    const char *b, size_t blen)
{
	char joined[WORD_MAX + 1], dashed[WORD_MAX + 1];
	const char *h, *seg, *t;
	size_t hlen, slen, tlen, part, nj, nd;

	while (alen > 0 && (a[alen - 1] == ' ' || a[alen - 1] == '\r'))
		alen--;
	for (h = a + alen - 1; h > a && h[-1] != ' '; h--)
		continue;
	hlen = (size_t)(a + alen - 1 - h);	/* the head, less its hyphen */
	h = bare(h, &hlen);
	for (seg = h + hlen; seg > h && seg[-1] != '-'; seg--)
		continue;
	slen = (size_t)(h + hlen - seg);
	while (blen > 0 && *b == ' ')
		b++, blen--;
	for (tlen = 0; tlen < blen && b[tlen] != ' '; tlen++)
		continue;
	if (!starts_lower((const unsigned char *)b, tlen))
		return HYPHEN_CAPITAL;
	if (acronym(h, hlen, seg, slen))
		return HYPHEN_ACRONYM;
	if (suspended(b, blen, tlen))
		return HYPHEN_SUSPENDED;
	t = bare(b, &tlen);
	nj = lower_into(joined, 0, h, hlen);
	nj = nj > 0 ? lower_into(joined, nj, t, tlen) : 0;
	nd = lower_into(dashed, 0, h, hlen);
	if (nd > 0 && nd < WORD_MAX) {
		dashed[nd] = '-';
		nd = lower_into(dashed, nd + 1, t, tlen);
	}
	if (known(w, dashed, nd))
		return HYPHEN_SEEN_HYPHENATED;
	if (known(w, joined, nj))
		return HYPHEN_SEEN_JOINED;
	if (slen > 0 && vowel_clash(seg[slen - 1], t[0]))
		return HYPHEN_VOWELS;
	for (part = 0; part < tlen && t[part] != '-'; part++)
		continue;
	if ((part = lower_into(joined, 0, t, part)) > 0 &&
	    known(w, joined, part))
		return HYPHEN_SEEN_PART;
	return HYPHEN_GUESS;
}

enum hyphen_glue
hyphen_glue(const struct hyphen_words *w, const char *a, size_t alen,
    const char *b, size_t blen)
{
	enum hyphen_why why;

	if (!hyphen_broken(a, alen))
		return HYPHEN_SPACE;
	why = hyphen_decide(w, a, alen, b, blen);
	if (why == HYPHEN_SUSPENDED)
		return HYPHEN_SPACE;
	return hyphen_keeps(why) ? HYPHEN_KEEP : HYPHEN_DROP;
}

char *
hyphen_join(const struct hyphen_words *w, const char *a, size_t alen,
    const char *b, size_t blen, size_t *len)
{
	enum hyphen_glue g;
	char *out;
	size_t n;

	while (alen > 0 && (a[alen - 1] == ' ' || a[alen - 1] == '\r'))
		alen--;
	g = alen > 0 ? hyphen_glue(w, a, alen, b, blen) : HYPHEN_KEEP;
	n = alen - (g == HYPHEN_DROP);
	out = xmalloc(n + blen + 2);
	memcpy(out, a, n);
	if (g == HYPHEN_SPACE)
		out[n++] = ' ';
	memcpy(out + n, b, blen);
	out[n + blen] = '\0';
	*len = n + blen;
	return out;
}
