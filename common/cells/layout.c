/* layout: the one-space layout reader. A line is split on every single
 * space, so a run of k spaces yields k-1 empty tokens: exactly the empty
 * cells of the rule. The value cells are the longest run of number-like
 * and empty tokens at the end of the line; what precedes them is label. */
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "common/num/unit.h"
#include "common/num/year.h"
#include "common/cells/layout.h"
#include "common/sys/xalloc.h"

static bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Length of a currency sign at S, 0 if none. */
static size_t
currency_len(const char *s, size_t len)
{
	if (len >= 3 && memcmp(s, "\xe2\x82\xac", 3) == 0)
		return 3;
	if (len >= 1 && s[0] == '$')
		return 1;
	return 0;
}

/* Digits with single '.' or ',' between digit groups. */
static bool
is_digits_grouped(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || !is_digit(s[0]) || !is_digit(s[len - 1]))
		return false;
	for (i = 1; i < len; i++)
		if (!is_digit(s[i]) && !is_digit(s[i - 1]))
			return false;
		else if (!is_digit(s[i]) && s[i] != '.' && s[i] != ',')
			return false;
	return true;
}

/* A year or a span of years (common/num/year: "2022", "2018BA",
 * "2019-2024", "2019/20"). */
static bool
is_year(const char *s, size_t len)
{
	if (len < 4 || !is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]) ||
	    !is_digit(s[3]))
		return false;	/* each form starts with four digits */
	if (year_read(s, len, YEAR_AMONG_NUMBERS, NULL) != 4)
		return year_is(s, len);
	return len == 4 || year_span(s, len);
}

/* A date as a column header: 31-12-2022, 1/1/2023, 31.12.2022. */
static bool
is_date(const char *s, size_t len)
{
	size_t i = 0, part, digits;

	for (part = 0; part < 3; part++) {
		for (digits = 0; i < len && is_digit(s[i]); i++)
			digits++;
		if (part < 2 && (digits < 1 || digits > 2 || i == len ||
		    (s[i] != '-' && s[i] != '/' && s[i] != '.') ||
		    (part == 1 && s[i] != s[i - digits - 1])))
			return false;
		if (part < 2)
			i++;
		else if (digits != 4 || i != len)
			return false;
	}
	return is_year(s + len - 4, 4);
}

enum layout_kind
layout_classify(const char *s, size_t len)
{
	size_t c;
	unsigned char first;

	if (len == 0)
		return LAYOUT_EMPTY;
	first = (unsigned char)s[0];
	if (first >= 'A' && first != 'n' && first < 0x80)
		return unit_word_alone(s, len) != NULL ? LAYOUT_UNIT :
		    LAYOUT_WORD;	/* the common case: a plain word */
	if (num_is_missing(s, len))
		return LAYOUT_MISSING;
	if (currency_len(s, len) == len)
		return LAYOUT_SYMBOL;
	if (unit_word_alone(s, len) != NULL || (len == 1 && s[0] == '%'))
		return LAYOUT_UNIT;	/* "12,5 %": the sign is the value's */
	if (first >= 'A' && first < 0x80)
		return LAYOUT_WORD;
	if (is_year(s, len) || is_date(s, len))
		return LAYOUT_YEAR;
	if (s[0] == '-' || s[0] == '+')
		s++, len--;
	if ((c = currency_len(s, len)) > 0)
		s += c, len -= c;
	if (len > 0 && s[len - 1] == '%')
		len--;
	else if (len > 3 && currency_len(s + len - 3, 3) == 3)
		len -= 3;
	return is_digits_grouped(s, len) ? LAYOUT_NUMBER : LAYOUT_WORD;
}

bool
layout_is_blank(const char *line, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
			return false;
	return true;
}

static bool
is_value(enum layout_kind k)
{
	return k == LAYOUT_NUMBER || k == LAYOUT_YEAR || k == LAYOUT_MISSING;
}

/* Split on every space into r->toks, none classified yet; returns the
 * count. */
static size_t
tokenize(struct layout_reader *r, const char *line, size_t len)
{
	size_t n = 0, start = 0, i;
	const char *sp;

	for (;;) {
		sp = memchr(line + start, ' ', len - start);
		i = sp == NULL ? len : (size_t)(sp - line);
		if (n == r->cap)
			xgrow(&r->toks, &r->cap, n + 1, sizeof(*r->toks));
		if (n == r->kinds_cap)
			xgrow(&r->kinds, &r->kinds_cap, n + 1,
			    sizeof(*r->kinds));
		r->toks[n].s = line + start;
		r->kinds[n] = 0;
		r->toks[n++].len = i - start;
		if (sp == NULL)
			return n;
		start = i + 1;
	}
}

/* The kind of token I of the line, classified once: the value suffix
 * and the cells look at each token and its neighbours several times. */
static enum layout_kind
kind_at(struct layout_reader *r, size_t i)
{
	if (r->kinds[i] == 0)
		r->kinds[i] = (unsigned char)(1 + layout_classify(r->toks[i].s,
		    r->toks[i].len));
	return (enum layout_kind)(r->kinds[i] - 1);
}

/* Index where the value suffix of the N tokens of R starts. */
static size_t
value_start(struct layout_reader *r, size_t n)
{
	size_t i = n;
	enum layout_kind k, prev;

	while (i > 0) {
		k = kind_at(r, i - 1);
		prev = i >= 2 ? kind_at(r, i - 2) : LAYOUT_EMPTY;
		if (k == LAYOUT_EMPTY || is_value(k))
			i--;
		else if (k == LAYOUT_UNIT && (prev == LAYOUT_NUMBER ||
		    prev == LAYOUT_UNIT))
			i--;
		else if (k == LAYOUT_SYMBOL && (prev == LAYOUT_NUMBER ||
		    (i < n && kind_at(r, i) == LAYOUT_NUMBER)))
			i--;
		else
			break;
	}
	return i;
}

/* Join the value tokens [from, n) into cells: "€ 12" and "12 €",
 * "25.000 euro" are one cell each. The cells take the places of the
 * tokens from the first on, never past the token being read. */
static void
group_cells(struct layout_reader *r, size_t from, size_t n,
    struct layout_line *out)
{
	size_t i, j, nc = 0;
	enum layout_kind k;

	out->nvalues = out->nyears = 0;
	for (i = from; i < n; i = j) {
		k = kind_at(r, i);
		j = i + 1;
		if (k == LAYOUT_SYMBOL && j < n &&
		    kind_at(r, j) == LAYOUT_NUMBER)
			j++;
		while (k != LAYOUT_EMPTY && j < n) {
			enum layout_kind next = kind_at(r, j);

			if (next != LAYOUT_UNIT && !(next == LAYOUT_SYMBOL &&
			    (j + 1 >= n || kind_at(r, j + 1) !=
			    LAYOUT_NUMBER)))
				break;
			j++;
		}
		r->toks[nc].s = r->toks[i].s;
		r->toks[nc].len = (size_t)(r->toks[j - 1].s - r->toks[i].s) +
		    r->toks[j - 1].len;
		if (k == LAYOUT_YEAR)
			out->nyears++;
		if (k != LAYOUT_EMPTY)
			out->nvalues++;
		nc++;
	}
	out->cells = r->toks;
	out->ncells = nc;
}

bool
layout_read(struct layout_reader *r, const char *line, size_t len,
    struct layout_line *out)
{
	size_t n, from, first;

	memset(out, 0, sizeof(*out));
	while (len > 0 && line[len - 1] == '\r')
		len--;
	out->lead_space = len > 0 && line[0] == ' ';
	out->blank = layout_is_blank(line, len);
	if (out->blank) {
		out->label.s = line;
		out->cells = r->toks;
		return true;
	}
	if (line[len - 1] == ' ')	/* the line's own final space */
		len--;
	n = tokenize(r, line, len);
	from = value_start(r, n);
	while (from < n && kind_at(r, from) == LAYOUT_UNIT)
		from++;
	for (first = 0; first < from && r->toks[first].len == 0; first++)
		continue;
	if (first == from) {		/* no label: all tokens are values */
		out->label.s = line;
		from = 0;
	} else {
		out->label.s = r->toks[first].s;
		out->label.len = (size_t)(r->toks[from - 1].s -
		    r->toks[first].s) + r->toks[from - 1].len;
		while (out->label.len > 0 &&
		    out->label.s[out->label.len - 1] == ' ')
			out->label.len--;
	}
	group_cells(r, from, n, out);
	return out->ncells <= LAYOUT_MAX_CELLS;
}

void
layout_free(struct layout_reader *r)
{
	free(r->toks);
	free(r->kinds);
	memset(r, 0, sizeof(*r));
}
