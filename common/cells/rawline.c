/* rawline: the trailing value run of a pdftotext -raw line, read from the
 * end: a word is a value when common/cells/chunks calls it a number; a
 * lone "%", currency sign or word after a number, or a sign before it,
 * joins it ("52 %", "1.197.922 €", "25.000 euro", "€ 834"). */
#include <stdlib.h>
#include <string.h>

#include "common/cells/chunks.h"
#include "common/cells/rawline.h"
#include "common/num/date.h"
#include "common/num/unit.h"
#include "common/num/year.h"
#include "common/sys/xalloc.h"

#define MARK_MAX 4	/* bytes of a mark between values */

/* Is S[0..LEN) a range of two numbers, "(1.1–1.2)" or "3-5"? */
static bool
range(const char *s, size_t len)
{
	size_t i, dash;
	bool year;

	if (len >= 2 && s[0] == '(' && s[len - 1] == ')')
		s++, len -= 2;
	for (i = 1; i + 1 < len; i++) {
		dash = s[i] == '-' ? 1 : (len - i > 3 &&
		    memcmp(s + i, "\xe2\x80\x93", 3) == 0) ? 3 : 0;
		if (dash > 0)
			return s[i - 1] >= '0' && s[i - 1] <= '9' &&
			    chunks_is_number(s, i, &year) &&
			    chunks_is_number(s + i + dash, len - i - dash, &year);
	}
	return false;
}

static bool
all_digits(const char *s, size_t len, size_t min, size_t max)
{
	size_t i;

	if (len < min || len > max)
		return false;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

bool
rawline_type(const char *s, size_t len, enum rawline_type *type)
{
	bool year;
	size_t i, digits = 0;

	if (len == 0)
		return false;
	if (len > 1 && s[0] == '~')
		s++, len--;	/* about: "~100" */
	if (len > 1 && s[0] == '.' && s[1] >= '0' && s[1] <= '9')
		s++, len--;	/* no leading zero: ".9%" */
	if (!chunks_is_number(s, len, &year)) {
		if (!range(s, len))
			return false;
		/* a span of years ("1996–97", "1999-2000"), else as a decimal */
		*type = year_span(s, len) ? RAWLINE_YEAR : RAWLINE_DEC;
		return true;
	}
	for (i = 0; i < len; i++)
		digits += s[i] >= '0' && s[i] <= '9';
	if (digits == 0)
		*type = RAWLINE_NONE;
	else if (s[len - 1] == '%')
		*type = RAWLINE_PCT;
	else if (year)
		*type = RAWLINE_YEAR;
	else if (memchr(s, '.', len) != NULL || (memchr(s, ',', len) != NULL &&
	    !(len >= 4 && s[len - 4] == ',')))
		*type = RAWLINE_DEC;	/* 1,234 is a count, 1,25 is not */
	else
		*type = RAWLINE_INT;
	return true;
}

/* Is S[0..LEN) a word of a table of answers ("Yes", "Nee", "na")? */
static bool
answer(const char *s, size_t len)
{
	static const char *const words[] = { "Yes", "No", "YES", "NO", "yes",
	    "no", "Ja", "Nee", "JA", "NEE", "ja", "nee", "na", "NA", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0)
			return true;
	return false;
}

static void
push(struct rawline *l, size_t off, size_t len, enum rawline_type type)
{
	xgrow(&l->val, &l->cap, l->nval + 1, sizeof(*l->val));
	memmove(l->val + 1, l->val, l->nval * sizeof(*l->val));
	l->val[0].off = off;
	l->val[0].len = len;
	l->val[0].type = type;
	l->nval++;
}

/* Is S[0..LEN) a currency sign alone ("€", "$", "£"), or (WORDS) a
 * currency word ("euro", "EUR")? */
static bool
currency_sign(const char *s, size_t len, bool words)
{
	const struct unit_word *w = unit_currency_alone(s, len);

	return w != NULL && (words || unit_is_sign(w));
}

/* The word ending at byte END of L (spaces before END skipped): its
 * start into *START; false when there is none. */
static bool
word_before(const struct rawline *l, size_t end, size_t *start,
    size_t *wend)
{
	while (end > 0 && (l->s[end - 1] == ' ' || l->s[end - 1] == '\t'))
		end--;
	if (end == 0)
		return false;
	*wend = end;
	while (end > 0 && l->s[end - 1] != ' ' && l->s[end - 1] != '\t')
		end--;
	*start = end;
	return true;
}

/* Is the word [START, WEND) of L a short mark without digits after a
 * value, and before one or ending the line as an abbreviation ("Ref.",
 * "NA" between values; "Ref." last): a cell, not the end of the label? */
static bool
mark(const struct rawline *l, size_t start, size_t wend)
{
	size_t s2, w2;
	enum rawline_type type;

	for (s2 = start; s2 < wend; s2++)
		if (l->s[s2] >= '0' && l->s[s2] <= '9')
			return false;	/* "Q1" is a label's */
	if (l->nval == 0 && !(l->s[start] >= 'A' && l->s[start] <= 'Z' &&
	    l->s[wend - 1] == '.'))
		return false;	/* "in 2009 and": a sentence's */
	return wend - start <= MARK_MAX &&
	    word_before(l, start, &s2, &w2) &&
	    rawline_type(l->s + s2, w2 - s2, &type);
}


/* With L->groups, join the value just pushed ("455") to the group of
 * digits before it ("15") when they read as one number. */
static void
join_group(struct rawline *l, size_t *end)
{
	size_t start, wend;

	if (!l->groups || l->nval == 0 || l->val[0].type != RAWLINE_INT ||
	    !all_digits(l->s + l->val[0].off, l->val[0].len, 3, 3))
		return;
	while (word_before(l, *end, &start, &wend) &&
	    all_digits(l->s + start, wend - start, 1, 3) &&
	    wend + 1 == l->val[0].off) {
		l->val[0].len += l->val[0].off - start;
		l->val[0].off = start;
		*end = start;
		if (wend - start != 3)
			break;
	}
}

/* A currency sign alone before the value just pushed ("€ 834") is part
 * of it. */
static void
join_sign(struct rawline *l, size_t *end)
{
	size_t start, wend;

	if (l->nval > 0 && l->val[0].type != RAWLINE_NONE &&
	    word_before(l, *end, &start, &wend) &&
	    currency_sign(l->s + start, wend - start, false)) {
		l->val[0].len += l->val[0].off - start;
		l->val[0].off = start;
		*end = start;
	}
}

/* Is the word [START, WEND) of L a part of a year, before it: a quarter
 * or half ("Q1", "H2": a letter and a digit) or a month name? */
static bool
period(const struct rawline *l, size_t start, size_t wend)
{
	const char *w = l->s + start;
	size_t n = wend - start;

	if (n == 2 && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' &&
	    w[0] <= 'z')) && w[1] >= '1' && w[1] <= '4')
		return true;
	return date_month(w, n) != 0;
}

/* A year first in the run after a quarter or a month ("Q1 2010") is
 * the end of the label, a date. */
static void
date_label(struct rawline *l)
{
	size_t start, wend;

	if (l->nval > 0 && l->val[0].type == RAWLINE_YEAR &&
	    word_before(l, l->val[0].off, &start, &wend) &&
	    period(l, start, wend))
		rawline_unvalue(l, 1);
}

/* Values that close a bracket the label opened ("(n = 469)") are the
 * end of the label. */
static void
bracket_label(struct rawline *l)
{
	size_t i, open = 0, k;
	const struct rawline_val *v;

	for (i = 0; i < l->label_len; i++)
		open += l->s[i] == '(' ? 1 : l->s[i] == ')' && open > 0 ?
		    (size_t)-1 : 0;
	for (k = 0; open > 0 && k < l->nval; k++) {
		v = &l->val[k];
		if (memchr(l->s + v->off, '(', v->len) == NULL &&
		    l->s[v->off + v->len - 1] == ')') {
			rawline_unvalue(l, k + 1);
			return;
		}
	}
}

void
rawline_read(struct rawline *l, const char *s, size_t len, long no)
{
	size_t end = len, start, wend, pct = 0;
	enum rawline_type type;

	l->s = s;
	l->len = len;
	l->no = no;
	l->nval = 0;
	while (word_before(l, end, &start, &wend)) {
		if (pct == 0 && ((wend - start == 1 && s[start] == '%') ||
		    currency_sign(s + start, wend - start, true))) {
			/* "52 %", "834 €", "25.000 euro": the number next */
			pct = wend;
			end = start;
			continue;
		}
		if (pct == 0 && !rawline_type(s + start, wend - start, &type) &&
		    mark(l, start, wend)) {
			push(l, start, wend - start, RAWLINE_NONE);
			end = start;
			continue;
		}
		if (pct == 0 && l->answers && answer(s + start, wend - start)) {
			push(l, start, wend - start, RAWLINE_WORD);
			end = start;
			continue;
		}
		if (!rawline_type(s + start, wend - start, &type) ||
		    (pct != 0 && type != RAWLINE_INT && type != RAWLINE_DEC))
			break;
		push(l, start, pct != 0 ? pct - start : wend - start,
		    pct != 0 && s[pct - 1] == '%' ? RAWLINE_PCT : type);
		pct = 0;
		end = start;
		join_group(l, &end);
		join_sign(l, &end);
	}
	if (pct != 0)
		end = pct;	/* a "%" or "€" after a word is label text */
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	l->label_len = end;
	date_label(l);
	bracket_label(l);
	for (start = 0; start < len && (s[start] == ' ' || s[start] == '\t' ||
	    s[start] == '\r'); start++)
		continue;
	l->blank = start == len;
}

void
rawline_groups(struct rawline *l)
{
	l->groups = true;
	rawline_read(l, l->s, l->len, l->no);
	l->groups = false;
}

void
rawline_answers(struct rawline *l)
{
	l->answers = true;
	rawline_read(l, l->s, l->len, l->no);
}

void
rawline_unvalue(struct rawline *l, size_t k)
{
	if (k == 0 || k > l->nval)
		return;
	l->label_len = l->val[k - 1].off + l->val[k - 1].len;
	memmove(l->val, l->val + k, (l->nval - k) * sizeof(*l->val));
	l->nval -= k;
}

void
rawline_free(struct rawline *l)
{
	free(l->val);
	memset(l, 0, sizeof(*l));
}
