/* chunks: a line of pdftotext -layout text as positioned chunks. Gaps of
 * two or more characters are the only column signal a line carries by
 * itself; whether a gap is a column boundary is decided across lines
 * (common/columns/aligned). */
#include <stdlib.h>
#include <string.h>

#include "common/cells/chunks.h"
#include "common/cells/layout.h"
#include "common/num/num.h"
#include "common/num/unit.h"
#include "common/sys/xalloc.h"

struct word {
	size_t off, len, col, end;
	bool num, year, dots;
	bool glue;		/* "%" or a currency sign ("$", "€"): joins
				 * a number */
	bool dash;		/* a dash or "/" alone: no value, a range,
				 * or a word between two */
	bool grouped;		/* ends a number grouped by spaces */
	bool currency;		/* "euro", "EUR": ends an amount before it */
};

static bool
has_prefix(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p);

	return len >= n && memcmp(s, p, n) == 0;
}

bool
chunks_is_number(const char *s, size_t len, bool *year)
{
	enum layout_kind k;
	size_t i;

	*year = false;
	if (num_is_missing(s, len))
		return true;
	if (len > 0 && s[len - 1] == ')' && memchr(s, '(', len) == NULL)
		return false;	/* "1)": a list's number, or a bracket's end */
	/* Signs, brackets, footnote marks and currencies around a number. */
	while (len > 0 && (*s == '(' || *s == '+' || *s == '<' || *s == '>'))
		s++, len--;
	if (has_prefix(s, len, "\xe2\x88\x92") || has_prefix(s, len, "\xc2\xa3"))
		s += 2 + (s[0] == '\xe2'), len -= 2 + (s[0] == '\xe2');
	while (len > 0 && (s[len - 1] == ')' || s[len - 1] == '*'))
		len--;
	for (i = 0; i < len && (s[i] < '0' || s[i] > '9'); i++)
		continue;
	if (i == len || len == 0)
		return false;
	k = layout_classify(s, len);
	*year = k == LAYOUT_YEAR;
	return k == LAYOUT_NUMBER || k == LAYOUT_YEAR;
}

/* A word of dots alone ("....", "…", ". . ."): a leader, or a rule. */
static bool
all_dots(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == '.')
			continue;
		else if (has_prefix(s + i, len - i, "\xe2\x80\xa6"))
			i += 2;
		else
			return false;
	return len > 0;
}

/* Trailing dots of a word ("Contents.......") are a leader: how many. */
static size_t
trailing_dots(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && s[len - 1 - n] == '.')
		n++;
	return n >= 3 ? n : 0;
}

static bool
is_rule(const char *s, size_t len)
{
	size_t i, marks = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (strchr("-_=.*~", s[i]) == NULL &&
		    !has_prefix(s + i, len - i, "\xe2\x94\x80") &&
		    !has_prefix(s + i, len - i, "\xe2\x80\x94") &&
		    !has_prefix(s + i, len - i, "\xe2\x80\x93"))
			return false;
		if (s[i] == '\xe2')
			i += 2;
		marks++;
	}
	return marks >= 3;
}

/* Does a word [START, I) end at I, where a run of three dots starts or
 * ends ("Results.........12": three words, the middle one a leader)? */
static bool
leader_edge(const char *s, size_t start, size_t i, size_t len)
{
	if (i == start)
		return false;
	if (s[i] == '.' && s[i - 1] != '.')
		return i + 2 < len && s[i + 1] == '.' && s[i + 2] == '.';
	if (s[i] != '.' && s[i - 1] == '.')
		return i - start >= 3 && s[start] == '.' &&
		    all_dots(s + start, i - start);
	return false;
}

/* The words of the line with their columns; dots-only words marked. */
static size_t
read_words(struct word **wp, size_t *cap, const char *s, size_t len)
{
	size_t i = 0, col = 0, n = 0, start, startcol;
	const struct unit_word *cur;
	struct word *w;

	while (i < len) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f') {
			col += s[i] == '\t' ? 8 - col % 8 : s[i] != '\f';
			i++;
			continue;
		}
		start = i;
		startcol = col;
		while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
		    s[i] != '\f' && !leader_edge(s, start, i, len)) {
			if (((unsigned char)s[i] & 0xc0) != 0x80)
				col++;
			i++;
		}
		xgrow(wp, cap, n + 1, sizeof(**wp));
		w = &(*wp)[n++];
		memset(w, 0, sizeof(*w));
		w->off = start;
		w->len = i - start;
		w->col = startcol;
		w->end = col;
		w->dots = all_dots(s + start, i - start);
		w->dash = (i - start == 1 && (s[start] == '-' ||
		    s[start] == '/')) ||
		    (i - start == 3 && (memcmp(s + start, "\xe2\x80\x93", 3) == 0 ||
		    memcmp(s + start, "\xe2\x80\x94", 3) == 0));
		w->num = chunks_is_number(s + start, i - start, &w->year);
		cur = unit_currency_alone(s + start, w->len);
		w->glue = (w->len == 1 && s[start] == '%') ||
		    (cur != NULL && unit_is_sign(cur));
		w->currency = cur != NULL && !w->glue;
	}
	return n;
}

static void
push(struct chunk_line *l, const struct word *first, const struct word *last)
{
	struct chunk *c;

	xgrow(&l->ch, &l->cap, l->n + 1, sizeof(*l->ch));
	c = &l->ch[l->n++];
	c->off = first->off;
	c->len = last->off + last->len - first->off;
	c->col = first->col;
	c->end = last->end;
	c->num = (first->num || first->glue) && (last->num || last->glue ||
	    (last->currency && first != last)) && (first->num || last->num);
	c->year = first == last && first->year;
	c->soft = l->n > 1 && c->col == c[-1].end + 1;
}

static bool
digits(const char *s, size_t len, size_t min, size_t max)
{
	size_t i;

	if (len > 0 && s[0] == '-')
		s++, len--;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return len >= min && len <= max;
}

/* "15 455", "2 246 496": thousands grouped by a space, one number. */
static bool
thousands(const char *s, const struct word *a, const struct word *b)
{
	return b->col == a->end + 1 && (digits(s + a->off, a->len, 1, 3) ||
	    a->grouped) && digits(s + b->off, b->len, 3, 3);
}

/* A dot leader: dots words of two or more dots, or single dots in a row. */
static bool
leader_word(const struct word *w, size_t i, size_t n)
{
	if (!w[i].dots)
		return false;
	return w[i].len >= 2 || (i > 0 && w[i - 1].dots) ||
	    (i + 1 < n && w[i + 1].dots);
}

void
chunks_read(struct chunk_line *l, const char *s, size_t len, long no)
{
	struct word *w;
	size_t n, i, first = (size_t)-1, dots;
	bool cut = false;	/* a leader ends the chunk being built */

	l->s = s;
	l->len = len;
	l->no = no;
	l->n = l->gap = 0;
	l->leader = false;
	l->rule = is_rule(s, len);
	n = read_words((struct word **)&l->words, &l->wcap, s, len);
	w = l->words;
	for (i = 0; i < n; i++) {
		if (leader_word(w, i, n)) {
			l->leader = cut = true;
			continue;
		}
		/* A number after a word may be the next cell ("Total 100"):
		 * cut there too, the columns join it back if not; not a year
		 * ("March 2010") nor around a dash ("2006 – 2010"). */
		w[i].grouped = i > 0 && !cut && w[i - 1].num && thousands(s,
		    &w[i - 1], &w[i]);
		if (first != (size_t)-1 && !w[i].grouped && (cut ||
		    w[i].col - w[i - 1].end >= 2 ||
		    (w[i].num && !w[i].year && !w[i].dash && !w[i - 1].dash &&
		    !w[i - 1].glue))) {
			push(l, &w[first], &w[i - 1]);
			first = (size_t)-1;
		}
		if (first == (size_t)-1)
			first = i;
		cut = false;
		if ((dots = trailing_dots(s + w[i].off, w[i].len)) > 0 &&
		    dots < w[i].len) {	/* "Title......" loses its dots */
			w[i].len -= dots;
			w[i].end -= dots;
			l->leader = cut = true;
		}
		if (cut || i + 1 == n || leader_word(w, i + 1, n)) {
			push(l, &w[first], &w[i]);
			first = (size_t)-1;
		}
	}
	for (i = 1; i < l->n; i++)
		if (l->ch[i].col - l->ch[i - 1].end > l->gap)
			l->gap = l->ch[i].col - l->ch[i - 1].end;
	l->blank = l->n == 0;	/* dots alone ("..") hold no text either */
}

void
chunks_free(struct chunk_line *l)
{
	free(l->ch);
	free(l->words);
	l->ch = NULL;
	l->words = NULL;
	l->cap = l->n = l->wcap = 0;
}
