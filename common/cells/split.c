/* split: header text and text-table rows into cells, by the notation of
 * the words: capitals start cells, lowercase words and "(...)" continue
 * them; in text tables double spaces break first. */
#include <string.h>
#include <strings.h>

#include "common/cells/layout.h"
#include "common/cells/split.h"

static bool
same(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && memcmp(s, word, len) == 0;
}

static bool
starts_upper(const char *s, size_t len)
{
	unsigned char c = len > 0 ? (unsigned char)s[0] : 0;

	if (c >= 'A' && c <= 'Z')
		return true;
	/* U+00C0..U+00DE, the Latin-1 capitals, as UTF-8 */
	return c == 0xc3 && len > 1 && (unsigned char)s[1] >= 0x80 &&
	    (unsigned char)s[1] <= 0x9e;
}

static bool
starts_lower(const char *s, size_t len)
{
	unsigned char c = len > 0 ? (unsigned char)s[0] : 0;

	return (c >= 'a' && c <= 'z') || (c == 0xc3 && len > 1 &&
	    (unsigned char)s[1] >= 0x9f);
}

/* "A)", "1.", "b)": a list marker that belongs to the next word. */
static bool
is_enumerator(const struct layout_cell *t)
{
	return t->len >= 2 && t->len <= 3 && (t->s[t->len - 1] == ')' ||
	    t->s[t->len - 1] == '.') && t->s[0] != '(';
}

/* Does token T start a new header cell after token PREV? */
static bool
header_break(const struct layout_cell *prev, const struct layout_cell *t,
    bool cell_is_count, bool years_join)
{
	if (prev == NULL)
		return true;
	if (same(prev->s, prev->len, "#") || t->s[0] == '(' ||
	    prev->s[prev->len - 1] == '-' || is_enumerator(prev))
		return false;
	if (cell_is_count || same(t->s, t->len, "#") ||
	    same(t->s, t->len, "%"))
		return true;
	if (layout_classify(t->s, t->len) == LAYOUT_YEAR)
		return years_join ? layout_classify(prev->s, prev->len) ==
		    LAYOUT_YEAR : !starts_lower(prev->s, prev->len);
	return starts_upper(t->s, t->len);
}

size_t
split_header(const char *text, size_t len, struct layout_cell *out,
    size_t max, bool years_join)
{
	struct layout_cell t, prev = { "", 0 };
	size_t n = 0, i = 0, j, ntok = 0;
	bool have_prev = false;

	while (i < len) {
		if (text[i] == ' ' && ++i)
			continue;
		for (j = i; j < len && text[j] != ' '; j++)
			continue;
		t.s = text + i;
		t.len = j - i;
		if (n == 0 || (n < max && header_break(have_prev ? &prev :
		    NULL, &t, ntok == 2 && out[n - 1].s[0] == '#',
		    years_join))) {
			out[n++] = t;
			ntok = 0;
		} else
			out[n - 1].len = (size_t)(t.s + t.len - out[n - 1].s);
		prev = t;
		have_prev = true;
		ntok++;
		i = j;
	}
	return n;
}

/* A list bullet: a dot, "o", "*" or a minus sign. */
static bool
is_bullet(const struct layout_cell *t)
{
	return same(t->s, t->len, "\xe2\x80\xa2") || same(t->s, t->len, "o") ||
	    same(t->s, t->len, "*") || same(t->s, t->len, "\xe2\x88\x92");
}

/* May a text-table cell start at token T, after token PREV? */
static bool
text_break(const struct layout_cell *prev, const struct layout_cell *t)
{
	const char *end = prev->s + prev->len;

	if (prev->len >= 3 && memcmp(end - 3, "\xe2\x80\x99", 3) == 0)
		return false;		/* a possessive: one name */
	if (end[-1] == '-' || end[-1] == '\'' || end[-1] == ',' ||
	    t->s[0] == '(' || is_bullet(prev))
		return false;		/* "- a", "• Actieve": a list item */
	if (layout_classify(prev->s, prev->len) == LAYOUT_MISSING ||
	    layout_classify(t->s, t->len) == LAYOUT_MISSING)
		return false;		/* "Sirris - Centexbel" */
	return starts_upper(t->s, t->len);
}

/* TEXT as words into TOK; GAP[k]: a double space before word k. */
static size_t
words(const char *text, size_t len, struct layout_cell *tok, bool *gap)
{
	size_t nt = 0, i = 0, j;

	while (i < len && nt < SPLIT_MAX_WORDS) {
		for (j = i; j < len && text[j] == ' '; j++)
			continue;
		if (j == len) {
			i = len;
			break;
		}
		gap[nt] = nt > 0 && j - i >= 2;
		for (i = j; j < len && text[j] != ' '; j++)
			continue;
		tok[nt].s = text + i;
		tok[nt++].len = j - i;
		i = j;
	}
	if (nt > 0 && i < len)		/* too many words: last takes rest */
		tok[nt - 1].len = len - (size_t)(tok[nt - 1].s - text);
	return nt;
}

/* "ACB", "GLV", "ITS.be" is not: two capitals or more, no lowercase. */
static bool
is_acronym(const struct layout_cell *t)
{
	size_t i, caps = 0;

	for (i = 0; i < t->len; i++)
		if (t->s[i] >= 'a' && t->s[i] <= 'z')
			return false;
		else
			caps += t->s[i] >= 'A' && t->s[i] <= 'Z';
	return caps >= 2;
}

static bool
known_start(const struct split_words *w, const struct layout_cell *t)
{
	size_t i;

	for (i = 0; w != NULL && i < w->n; i++)
		if (w->word[i].len == t->len &&
		    strncasecmp(w->word[i].s, t->s, t->len) == 0)
			return true;	/* "AGORIA" and "Agoria" alike */
	return false;
}

void
split_text_learn(const char *text, size_t len, size_t ncols,
    struct split_words *w)
{
	struct layout_cell tok[SPLIT_MAX_WORDS];
	bool gap[SPLIT_MAX_WORDS];
	size_t nt = words(text, len, tok, gap), k, ncand = 0, last = 0;

	for (k = 1; k < nt; k++)
		if (gap[k] || text_break(&tok[k - 1], &tok[k]))
			ncand++, last = k;
	if (ncols < 2 || ncand != ncols - 1 || gap[last] ||
	    known_start(w, &tok[last]) || w->n == SPLIT_MAX_STARTS)
		return;
	w->word[w->n++] = tok[last];
}

/* Where the last column starts: a word that starts it in plain rows,
 * else an acronym after a capitalised name ("Aircargo Belgium ACB vzw");
 * 0 when neither. */
static size_t
last_start(const struct layout_cell *tok, size_t nt,
    const struct split_words *w)
{
	size_t k;

	for (k = nt; k-- > 1; )
		if (known_start(w, &tok[k]) && text_break(&tok[k - 1], &tok[k]))
			return k;
	for (k = nt; k-- > 1; )
		if (is_acronym(&tok[k]) && !is_acronym(&tok[k - 1]) &&
		    starts_upper(tok[k - 1].s, tok[k - 1].len) &&
		    text_break(&tok[k - 1], &tok[k]))
			return k;
	return 0;
}

size_t
split_text(const char *text, size_t len, struct layout_cell *out,
    size_t ncols, const struct split_words *w)
{
	struct layout_cell tok[SPLIT_MAX_WORDS];
	bool gap[SPLIT_MAX_WORDS], brk[SPLIT_MAX_WORDS];
	size_t nt = words(text, len, tok, gap), k, nbreak = 0, n = 0, last;

	for (k = 0; k < nt; k++)
		if ((brk[k] = gap[k] && nbreak + 1 < ncols))
			nbreak++;
	last = nbreak + 1 < ncols ? last_start(tok, nt, w) : 0;
	for (k = last + 1; last > 0 && k < nt; k++)
		if (brk[k])
			last = 0;	/* a double space further right wins */
	if (last > 0)
		brk[last] = true, nbreak++;
	for (k = 1; k < (last > 0 ? last : nt) && nbreak + 1 < ncols; k++)
		if (!brk[k] && text_break(&tok[k - 1], &tok[k]))
			brk[k] = true, nbreak++;
	for (k = 0; k < nt; k++)
		if (n == 0 || brk[k])
			out[n++] = tok[k];
		else
			out[n - 1].len = (size_t)(tok[k].s + tok[k].len -
			    out[n - 1].s);
	return n;
}
