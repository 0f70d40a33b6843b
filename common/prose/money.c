/* money: amounts in a sentence. A lexer cuts the sentence into numbers,
 * currencies, scale words and other words; a number takes the scale and
 * currency around it; neighbouring numbers tied by "van .. tot",
 * "tussen .. en", "minimum .. en maximum" or "respectievelijk" share them.
 * The rules read notation and a few Dutch function words, never the
 * words of a particular document. */
#include <stdlib.h>
#include <string.h>

#include "common/prose/money.h"
#include "common/prose/money_lex.h"
#include "common/prose/money_year.h"
#include "common/sys/xalloc.h"

/* Is lexeme K a number written as a word ("drie" miljard euro)? A "€"
 * after it opens the next amount ("een € 200 miljoen fonds"). Digits the
 * lexer made a word are no number: glued to a letter they are part of a
 * name or of a notation tabel does not read ("A308", the "308" of
 * "1e308"). */
static bool
is_number_word(const struct money *sen, size_t k)
{
	struct num_amount na;
	const struct money_lex *x = &sen->lex[k];

	return x->type == LEX_WORD && money_lex_unit(sen, k + 1) &&
	    !(sen->text[x->start] >= '0' && sen->text[x->start] <= '9') &&
	    sen->text[sen->lex[k + 1].start] != '\xe2' &&
	    num_parse(sen->text + x->start, x->end - x->start, NUM_LOCALE_NL,
	    &na) == NUM_OK && !na.has_unit && !na.percent;
}

/* The number at lexeme K with the scale and currency around it:
 * "€ 200 miljoen", "20,7 miljoen euro", "343 kEUR", "500 k€/j". Lexemes
 * before TAKEN belong to an earlier amount. */
static struct money_num
read_amount(const struct money *sen, size_t k, size_t taken)
{
	struct money_num a = { k, k, k, -1, -1, false, -1, false,
	    MONEY_SINGLE, -1, false, -1 };
	size_t j = k + 1;

	if (j < sen->nlex && sen->lex[j].type == LEX_SCALE)
		a.scale = (int)j++;
	if (j < sen->nlex && (sen->lex[j].type == LEX_SCALECUR ||
	    (sen->lex[j].type == LEX_CUR && !money_year_opens_next(sen, j)))) {
		if (sen->lex[j].type == LEX_SCALECUR && a.scale < 0)
			a.scale = (int)j;
		a.currency = true;
		a.cur = (int)j++;
	}
	if (k > taken && sen->lex[k - 1].type == LEX_CUR) {
		a.currency = true;
		a.cur = (int)k - 1;
		a.first = k - 1;
	}
	if (j < sen->nlex && sen->lex[j].type == LEX_SLASH)
		a.per = (int)j++;
	a.last = j - 1;
	if (a.per < 0 && j + 1 < sen->nlex && sen->lex[j].type == LEX_PER &&
	    sen->lex[j + 1].type == LEX_WORD)
		a.per = (int)j + 1;
	return a;
}

static void
find_numbers(struct money *sen)
{
	size_t k, taken = 0;

	sen->nnum = 0;
	for (k = 0; k < sen->nlex; k++) {
		if (sen->lex[k].type != LEX_NUM && !is_number_word(sen, k))
			continue;
		xgrow(&sen->num, &sen->num_cap, sen->nnum + 1,
		    sizeof *sen->num);
		sen->num[sen->nnum] = read_amount(sen, k, taken);
		k = sen->num[sen->nnum].last;
		taken = k + 1;
		sen->nnum++;
	}
}

/* How the words between two numbers tie them: 'r' a range ("van A tot
 * B", "tussen A en B", "minimum A en maximum B", "A à B"), 's' a shared
 * unit ("A respectievelijk B miljoen euro"), 0 nothing. */
static int
tie(const struct money *sen, const struct money_num *a,
    const struct money_num *b)
{
	static const char *const from[] = { "van", "vanaf", "voor", NULL };
	static const char *const between[] = { "tussen", NULL };
	static const char *const min[] = { "minimum", "minimaal", "min",
	    "minstens", NULL };
	static const char *const max[] = { "maximum", "maximaal", "max",
	    NULL };
	static const char *const to[] = { "tot", NULL };
	static const char *const and[] = { "en", NULL };
	static const char *const dash[] = { "-", "\xe2\x80\x93", "\xc3\xa0",
	    NULL };
	static const char *const resp[] = { "respectievelijk", "resp", NULL };
	static const char *const dot[] = { ".", NULL };
	size_t gap = b->first - a->last - 1, c = a->last + 1;
	bool before = a->first > 0;

	if (gap == 2 && money_lex_is(sen, c, resp) &&
	    money_lex_is(sen, c + 1, dot))
		return 's';	/* "resp." */
	if (gap == 2 && !money_lex_is(sen, c + 1, max))
		return 0;
	if (gap == 1 && money_lex_is(sen, c, resp))
		return 's';
	if (gap == 1 && money_lex_is(sen, c, dash))
		return 'r';
	if (gap < 1 || gap > 2 || !before)
		return 0;
	if (money_lex_is(sen, c, to) && money_lex_is(sen, a->first - 1, from))
		return 'r';
	if (money_lex_is(sen, c, and) &&
	    (money_lex_is(sen, a->first - 1, between) ||
	    money_lex_is(sen, a->first - 1, min)))
		return 'r';
	return 0;
}

/* Ranges and shared units lend the currency and scale of one number to
 * its partner; a scale without a currency ("2,5 miljoen aan ... en 3,5
 * miljoen euro") is money when the sentence names euro elsewhere. */
static void
resolve(struct money *sen)
{
	struct money_num *am = sen->num;
	size_t x;
	bool any_currency = false;
	int how, cur = -1;

	for (x = 0; x + 1 < sen->nnum; x++) {
		how = tie(sen, &am[x], &am[x + 1]);
		if (how == 0 || am[x].currency == am[x + 1].currency)
			how = how == 'r' && am[x].currency ? 'R' : 0;
		if (how == 0)
			continue;
		if (how != 'R') {
			struct money_num *lend = am[x].currency ? &am[x] :
			    &am[x + 1], *borrow = lend == am + x ? &am[x + 1] :
			    &am[x];

			borrow->currency = true;
			borrow->cur = lend->cur;
			if (borrow->scale < 0)
				borrow->unit_from = (int)(lend - am);
		}
		if (how != 's') {
			am[x].kind = MONEY_RANGE_LOW;
			am[x + 1].kind = MONEY_RANGE_HIGH;
		} else {
			am[x].respectively = true;
		}
	}
	for (x = 0; x < sen->nnum; x++) {
		any_currency |= am[x].currency;
		if (cur < 0)
			cur = am[x].cur;
	}
	for (x = 0; x < sen->nnum; x++) {
		am[x].used = am[x].currency || (any_currency &&
		    am[x].scale >= 0 &&
		    sen->lex[am[x].scale].type == LEX_SCALE);
		if (am[x].used && am[x].cur < 0)
			am[x].cur = cur;	/* the sentence's currency */
	}
}

/* The power of ten of a scale word. num_unit_exp10 knows "miljoen" and
 * "k€" but not a bare "M", so a word it does not know alone is asked
 * about with "€" glued on ("M€"), then followed by " euro". */
static enum num_status
scale_exp10(const struct money *sen, int k, int *exp10)
{
	static const char *const suffix[] = { "", "\xe2\x82\xac", " euro" };
	char buf[64];
	const struct money_lex *x = &sen->lex[k];
	size_t len = x->end - x->start, i;

	if (len + sizeof " euro" > sizeof buf)
		return NUM_NOT_AMOUNT;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		memcpy(buf, sen->text + x->start, len);
		strcpy(buf + len, suffix[i]);
		if (num_unit_exp10(buf, strlen(buf), exp10) == NUM_OK)
			return NUM_OK;
	}
	return NUM_NOT_AMOUNT;
}

/* The ISO 4217 code of the currency of A (common/num/unit), NULL when
 * the unit table does not say. */
static const char *
currency_of(const struct money *sen, const struct money_num *a)
{
	const struct money_lex *x;
	struct num_unit u;

	if (a->cur < 0)
		return NULL;
	x = &sen->lex[a->cur];
	if (num_unit_read(sen->text + x->start, x->end - x->start, &u) !=
	    NUM_OK)
		return NULL;
	return u.currency;
}

/* The exact value of amount A in its own currency into OUT[NUM_MAX]. */
static enum num_status
value_of(const struct money *sen, const struct money_num *a, char *out)
{
	const struct money_lex *x = &sen->lex[a->num];
	struct num_amount na;
	enum num_status st;
	int scale = a->scale, exp10 = 0;

	st = num_parse(sen->text + x->start, x->end - x->start, NUM_LOCALE_NL,
	    &na);
	if (st != NUM_OK)
		return st;
	if (scale < 0 && a->unit_from >= 0)
		scale = sen->num[a->unit_from].scale;
	if (scale >= 0 && (st = scale_exp10(sen, scale, &exp10)) != NUM_OK)
		return st;
	return num_scale(na.value, exp10, out, NUM_MAX);
}

void
money_init(struct money *m)
{
	memset(m, 0, sizeof *m);
}

void
money_free(struct money *m)
{
	free(m->lex);
	free(m->num);
	free(m->amounts);
	free(m->years);
	money_init(m);
}

const char *
money_kind_name(enum money_kind kind)
{
	static const char *const names[MONEY_KIND_COUNT] = {
		[MONEY_SINGLE] = "single",
		[MONEY_RANGE_LOW] = "range-low",
		[MONEY_RANGE_HIGH] = "range-high",
	};

	return (unsigned)kind < MONEY_KIND_COUNT ? names[kind] : "?";
}

/* What the caller gets of number X: text span, value, year, marks. */
static void
put(struct money *sen, const struct money_num *x)
{
	struct money_amount *a;

	xgrow(&sen->amounts, &sen->cap, sen->n + 1, sizeof *sen->amounts);
	a = &sen->amounts[sen->n++];
	a->start = sen->lex[x->first].start;
	a->end = sen->lex[x->last].end;
	a->per_start = a->per_end = 0;
	if (x->per >= 0) {
		a->per_start = sen->lex[x->per].start +
		    (sen->lex[x->per].type == LEX_SLASH);
		a->per_end = sen->lex[x->per].end;
	}
	a->kind = x->kind;
	a->status = value_of(sen, x, a->value);
	a->currency = currency_of(sen, x);
	if (a->status != NUM_OK)
		a->value[0] = '\0';
	money_year_of(sen, x, a->year);
}

size_t
money_find(struct money *m, const char *text, size_t start, size_t end)
{
	size_t x;

	m->text = text;
	m->start = start;
	m->end = end;
	m->n = 0;
	money_lex_sentence(m);
	find_numbers(m);
	resolve(m);
	money_year_collect(m);
	for (x = 0; x < m->nnum; x++)
		if (m->num[x].used)
			put(m, &m->num[x]);
	return m->n;
}

