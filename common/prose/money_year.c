/* money_year: the years of a sentence, for common/prose/money.c: a number
 * written like a year that no amount took is a year, two years joined by
 * a dash or "van .. tot" are a period, and each amount takes the year
 * nearest before it (else after it). */
#include <string.h>

#include "common/num/year.h"
#include "common/prose/money_lex.h"
#include "common/prose/money_year.h"
#include "common/sys/xalloc.h"

/* Is lexeme K written like a year (common/num/year), with the letters
 * glued to it ("2018BA" a year, "2022X" none)? */
static bool
year_shaped(const struct money *sen, size_t k)
{
	const struct money_lex *x = &sen->lex[k];
	size_t n, end = x->end;
	char c;

	if (x->type != LEX_NUM || x->end - x->start != 4)
		return false;
	while (end < sen->end && (c = sen->text[end] | 0x20) >= 'a' &&
	    c <= 'z')
		end++;
	n = year_read(sen->text + x->start, sen->end - x->start,
	    YEAR_AMONG_NUMBERS, NULL);
	return n > 0 && x->start + n == end;
}

/* Does the "€" at lexeme J belong to the number after it rather than to
 * the year before it ("in 2020 € 5.000 steun")? Only after a year, and
 * only when the number after has no currency of its own: after any other
 * number the sign is written behind it ("17.569.150 € 4 projecten"). */
bool
money_year_opens_next(const struct money *sen, size_t j)
{
	size_t k = j + 1;

	if (j == 0 || !year_shaped(sen, j - 1) ||
	    sen->text[sen->lex[j].start] != '\xe2' || k >= sen->nlex ||
	    sen->lex[k].type != LEX_NUM || sen->lex[k].start !=
	    sen->lex[j].end + (sen->text[sen->lex[j].end] == ' '))
		return false;
	if (k + 1 < sen->nlex && sen->lex[k + 1].type == LEX_SCALE)
		k++;
	return k + 1 >= sen->nlex || (sen->lex[k + 1].type != LEX_CUR &&
	    sen->lex[k + 1].type != LEX_SCALECUR);
}

/* Is lexeme K a year that no amount took? */
static bool
is_year(const struct money *sen, size_t k)
{
	return year_shaped(sen, k) && (!money_lex_unit(sen, k + 1) ||
	    (sen->lex[k + 1].type == LEX_CUR &&
	    money_year_opens_next(sen, k + 1)));
}

/* Do years K and K + 2 form a period: "2019-2024", "2021–2027",
 * "tussen 2020 en 2040", "van 2007 tot 2010"? */
static bool
is_period(const struct money *sen, size_t k)
{
	static const char *const dash[] = { "-", "\xe2\x80\x93",
	    "\xe2\x80\x94", NULL };
	static const char *const from[] = { "van", "tussen", "Van", "Tussen",
	    NULL };
	static const char *const to[] = { "tot", "en", NULL };

	if (k + 2 >= sen->nlex || !is_year(sen, k) || !is_year(sen, k + 2))
		return false;
	if (money_lex_is(sen, k + 1, dash))
		return true;
	return k > 0 && money_lex_is(sen, k + 1, to) &&
	    money_lex_is(sen, k - 1, from);
}

/* The year or period ("2019/2024") nearest before the amount, else the
 * nearest after it, into BUF; empty when the sentence names none. */
void
money_year_of(const struct money *sen, const struct money_num *a, char *buf)
{
	const struct money_lex *lex = sen->lex;
	size_t lo = 0, hi = sen->nyears, mid, best;

	buf[0] = '\0';
	if (a->year >= 0) {	/* paired by "respectievelijk" */
		memcpy(buf, sen->text + lex[a->year].start, 4);
		buf[4] = '\0';
		return;
	}
	while (lo < hi) {	/* the first year at or after the amount */
		mid = lo + (hi - lo) / 2;
		if (sen->years[mid] < a->first)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0)
		best = sen->years[lo - 1];
	else if (lo < sen->nyears && sen->years[lo] > a->last)
		best = sen->years[lo];
	else if (lo + 1 < sen->nyears)
		best = sen->years[lo + 1];
	else
		return;
	if (best >= 2 && is_period(sen, best - 2))
		best -= 2;
	memcpy(buf, sen->text + lex[best].start, 4);
	buf[4] = '\0';
	if (is_period(sen, best)) {
		buf[4] = '/';
		memcpy(buf + 5, sen->text + lex[best + 2].start, 4);
		buf[9] = '\0';
	}
}

/* "In 2016 en 2018 ... 4,7 respectievelijk 1,5 miljoen euro": the two
 * amounts take the two years in order. */
static void
pair_years(struct money *m)
{
	static const char *const and[] = { "en", NULL };
	size_t x, y;

	for (x = 0; x + 1 < m->nnum; x++) {
		if (!m->num[x].respectively)
			continue;
		for (y = 0; y + 1 < m->nyears; y++)
			if (m->years[y + 1] == m->years[y] + 2 &&
			    money_lex_is(m, m->years[y] + 1, and) &&
			    !is_period(m, m->years[y]))
				break;
		if (y + 1 >= m->nyears)
			continue;
		m->num[x].year = (long)m->years[y];
		m->num[x + 1].year = (long)m->years[y + 1];
	}
}

/* The years no amount took, in order, then the pairs. */
void
money_year_collect(struct money *m)
{
	size_t x;

	for (m->nyears = 0, x = 0; x < m->nlex; x++)
		if (is_year(m, x)) {
			xgrow(&m->years, &m->years_cap, m->nyears + 1,
			    sizeof *m->years);
			m->years[m->nyears++] = x;
		}
	pair_years(m);
}
