/* judge: totals and subtotals as the judge of ambiguous spacing. */
#include <stdlib.h>
#include <string.h>

#include "common/read/judge.h"
#include "common/table/rowlabel.h"
#include "common/sys/xalloc.h"

#define SCALE_DIGITS 6		/* amounts in millionths */
#define MAX_INT_DIGITS 12	/* so that sums stay inside long long */

enum kind { MEMBER, CATEGORY, SUBTOTAL, TOTAL };

static const char *const judge_errors[JUDGE_STATUS_COUNT] = {
	[JUDGE_OK] = "success",
	[JUDGE_NOT_AMOUNT] = "not an amount",
	[JUDGE_TOO_BIG] = "amount too big to judge by",
};

const char *
judge_strerror(enum judge_status status)
{
	if ((unsigned)status >= JUDGE_STATUS_COUNT)
		return "unknown judge status";
	return judge_errors[status];
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Is the '.' at S[I] a thousands separator (three digits, then no
 * digit) rather than a decimal point ("0.200" is a decimal point)? */
static bool
is_group_dot(const char *s, size_t i, size_t int_digits, bool zero)
{
	return int_digits > 0 && !(int_digits == 1 && zero) &&
	    is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
	    !is_digit(s[i + 4]);
}

/* judge_amount, and *DECIMALS the fractional digits written. */
static enum judge_status
parse(const char *raw, long long *v, size_t *decimals)
{
	const char *s = raw;
	size_t i, ints = 0, decs = 0;
	bool neg = false, frac = false, zero = false;
	long long n = 0;

	while (*s != '\0' && !is_digit(*s) && !(*s == '-' && is_digit(s[1])))
		s++;
	*decimals = 0;
	if (*s == '\0') {
		*v = 0;
		return strcmp(raw, "/") == 0 || strcmp(raw, "-") == 0 ?
		    JUDGE_OK : JUDGE_NOT_AMOUNT;
	}
	if (*s == '-')
		neg = true, s++;
	zero = *s == '0';
	for (i = 0; s[i] != '\0'; i++) {
		if (is_digit(s[i]) && !frac) {
			if (++ints > MAX_INT_DIGITS)
				return JUDGE_TOO_BIG;
			n = n * 10 + (s[i] - '0');
		} else if (is_digit(s[i])) {
			if (decs++ < SCALE_DIGITS)
				n = n * 10 + (s[i] - '0');
		} else if ((s[i] == '.' || s[i] == ' ') && !frac &&
		    is_group_dot(s, i, ints, zero)) {
			continue;
		} else if ((s[i] == ',' || s[i] == '.') && !frac &&
		    is_digit(s[i + 1])) {
			frac = true;
		} else {
			break;
		}
	}
	*decimals = decs;
	for (; decs < SCALE_DIGITS; decs++)
		n *= 10;
	*v = neg ? -n : n;
	return JUDGE_OK;
}

enum judge_status
judge_amount(const char *raw, long long *v)
{
	size_t decimals;

	return parse(raw, v, &decimals);
}

static enum kind
row_kind(const struct table *t, size_t r)
{
	const char *l = t->rows[r].label;

	switch (rowlabel_kind(l, strlen(l))) {
	case ROWLABEL_TOTAL:
		return TOTAL;
	case ROWLABEL_SUBTOTAL:
		return SUBTOTAL;
	case ROWLABEL_NUMBERED:
		return CATEGORY;
	case ROWLABEL_PLAIN:
		break;
	}
	return rowlabel_candidate_total(l, strlen(l), r + 1 == t->nrows) &&
	    r > 0 ? TOTAL : MEMBER;
}

/* Half a unit of the last of DECIMALS written decimals, in millionths;
 * 0 for a whole number (counts are exact). */
static long long
half_unit(size_t decimals)
{
	long long half = 5;
	size_t d;

	if (decimals == 0 || decimals >= SCALE_DIGITS)
		return 0;
	for (d = decimals + 1; d < SCALE_DIGITS; d++)
		half *= 10;
	return half;
}

/* Value of cell (R, C) into *V, and the slack its rounding allows. */
static bool
term(const struct table *t, size_t r, size_t c, long long *v,
    long long *slack)
{
	const char *raw = t->cells[r * t->ncols + c].raw;
	size_t decimals = 0;

	*v = 0;
	if (raw[0] != '\0' && parse(raw, v, &decimals) != JUDGE_OK)
		return false;
	*slack += half_unit(decimals);
	return true;
}

/* Does row R, column C equal the sum of the rows of KIND in [FROM, TO)?
 * Only a written value counts, and only over at least one row. Sources
 * round each figure, so the sum may be off by half a unit of each
 * figure's last decimal ("49,5" for 49,532). */
static bool
adds_up(const struct table *t, const enum kind *kinds, size_t r,
    size_t from, size_t to, size_t c, enum kind kind)
{
	long long want, sum = 0, v, slack = 0;
	size_t k, n = 0;

	if (t->cells[r * t->ncols + c].raw[0] == '\0' ||
	    !term(t, r, c, &want, &slack))
		return false;
	for (k = from; k < to; k++) {
		if (kinds[k] != kind)
			continue;
		if (!term(t, k, c, &v, &slack))
			return false;
		sum += v;
		n++;
	}
	return n > 0 && llabs(sum - want) <= slack;
}

/* judge_score with the row kinds known. A subtotal adds up the members
 * since the previous subtotal or total, a total the categories or else
 * the members since the previous total (so never the subtotals). */
static size_t
score(const struct table *t, const enum kind *kinds)
{
	size_t r, c, k, sum = 0, section = 0, sub_section = 0, cats;

	for (cats = 0, r = 0; r < t->nrows; r++) {
		if (kinds[r] == MEMBER)
			continue;
		for (k = r + 1; k < t->nrows && kinds[k] == MEMBER; k++)
			continue;
		for (c = 0; c < t->ncols; c++)
			sum += kinds[r] == CATEGORY ?
			    adds_up(t, kinds, r, r + 1, k, c, MEMBER) :
			    kinds[r] == SUBTOTAL ?
			    adds_up(t, kinds, r, sub_section, r, c, MEMBER) :
			    adds_up(t, kinds, r, section, r, c, cats > 0 ?
			    CATEGORY : MEMBER);
		if (kinds[r] == CATEGORY)
			cats++;
		else
			sub_section = r + 1;
		if (kinds[r] == TOTAL)
			section = r + 1, cats = 0;
	}
	return sum;
}

static enum kind *
row_kinds(const struct table *t)
{
	enum kind *kinds = xreallocarray(NULL, t->nrows + 1, sizeof(*kinds));
	size_t r;

	for (r = 0; r < t->nrows; r++)
		kinds[r] = row_kind(t, r);
	return kinds;
}

size_t
judge_score(const struct table *t)
{
	enum kind *kinds = row_kinds(t);
	size_t n = score(t, kinds);

	free(kinds);
	return n;
}

/* C(N, K), or JUDGE_MAX_TRIES + 1 once it grows past that. */
static size_t
choose(size_t n, size_t k)
{
	size_t r = 1, i;

	if (k > n)
		return 0;
	for (i = 1; i <= k; i++) {
		r = r * (n - k + i) / i;
		if (r > JUDGE_MAX_TRIES)
			return JUDGE_MAX_TRIES + 1;
	}
	return r;
}

/* Advance the K-subset IDX of [0, N) in lexical order. */
static bool
next_subset(size_t *idx, size_t k, size_t n)
{
	size_t i = k;

	while (i > 0 && idx[i - 1] == n - k + i - 1)
		i--;
	if (i == 0)
		return false;
	idx[i - 1]++;
	for (; i < k; i++)
		idx[i] = idx[i - 1] + 1;
	return true;
}

/* Place CELLS in ROW: skip the empty cells EMPTIES[IDX[..]] (N > ncols),
 * or leave the columns IDX[..] empty (N < ncols). */
static void
apply(struct table *t, size_t row, const char **cells, size_t n,
    const size_t *idx, size_t k, const size_t *empties, long line)
{
	struct table_cell *out = &t->cells[row * t->ncols];
	size_t c = 0, i = 0, j = 0;

	for (c = 0; c < t->ncols; c++) {
		while (n > t->ncols && j < k && i == empties[idx[j]])
			i++, j++;
		if (n < t->ncols && j < k && idx[j] == c) {
			j++;
			out[c].raw = "";
		} else {
			out[c].raw = i < n ? cells[i++] : "";
		}
		out[c].line = out[c].raw[0] != '\0' ? line : 0;
	}
}

size_t
judge_place(struct table *t, size_t row, const char **cells, size_t n,
    long line, size_t *agree, bool *decided)
{
	size_t empties[JUDGE_MAX_CELLS], idx[JUDGE_MAX_CELLS];
	size_t best_idx[JUDGE_MAX_CELLS], e = 0, i, k, tries = 0, got;
	size_t pool, at_best = 0;
	struct table_cell saved[JUDGE_MAX_CELLS];
	enum kind *kinds;

	*decided = false;
	*agree = 0;
	if (n == t->ncols || n > JUDGE_MAX_CELLS || t->ncols > JUDGE_MAX_CELLS)
		return 0;
	memcpy(saved, &t->cells[row * t->ncols], t->ncols * sizeof(*saved));
	for (i = 0; i < n; i++)
		if (cells[i][0] == '\0')
			empties[e++] = i;
	k = n > t->ncols ? n - t->ncols : t->ncols - n;
	pool = n > t->ncols ? e : t->ncols;
	if (k > pool || choose(pool, k) > JUDGE_MAX_TRIES ||
	    choose(pool, k) < 2)
		return 0;
	for (i = 0; i < k; i++)
		idx[i] = i;
	kinds = row_kinds(t);
	do {
		apply(t, row, cells, n, idx, k, empties, line);
		tries++;
		if ((got = score(t, kinds)) > *agree || tries == 1) {
			*agree = got;
			at_best = 1;
			memcpy(best_idx, idx, k * sizeof(*idx));
		} else if (got == *agree) {
			at_best++;
		}
	} while (next_subset(idx, k, pool));
	free(kinds);
	*decided = at_best == 1 && *agree > 0;
	if (*decided)
		apply(t, row, cells, n, best_idx, k, empties, line);
	else
		memcpy(&t->cells[row * t->ncols], saved,
		    t->ncols * sizeof(*saved));
	return tries;
}
