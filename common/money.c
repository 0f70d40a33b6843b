/* money: amounts in a sentence. A lexer cuts the sentence into numbers,
 * currencies, scale words and other words; a number takes the scale and
 * currency around it; neighbouring numbers tied by "van .. tot",
 * "tussen .. en", "minimum .. en maximum" or "respectievelijk" share them.
 * The rules read notation and a few Dutch function words, never the
 * words of a particular document. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/money.h"
#include "common/xalloc.h"

enum lex_type { LEX_NUM, LEX_CUR, LEX_SCALE, LEX_SCALECUR,
    LEX_PER, LEX_SLASH, LEX_WORD, LEX_PUNCT };

/* One lexeme of a sentence: a byte range of the text. */
struct money_lex {
	enum lex_type type;
	size_t start, end;
};

/* A number found in a sentence, with the units around it. */
struct money_num {
	size_t num;		/* lexeme index of the number */
	size_t first, last;	/* lexemes of the raw text, inclusive */
	int scale;		/* lexeme index of its scale word, -1 if none */
	int unit_from;		/* amount whose scale it borrows, -1 if none */
	bool currency;		/* euro named by it or lent by a range */
	bool used;		/* a money amount to print */
	enum money_kind kind;
	int per;		/* lexeme index of the per-unit, -1 if none */
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Bytes of the letter at S: ASCII, a Latin UTF-8 letter, or an inner
 * apostrophe ("euro's"); 0 when S holds no letter. */
static size_t
letter_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	if (c >= 0xc3 && c <= 0xc5 && n >= 2)
		return 2;
	if (c == '\'' && n >= 2 && ((s[1] >= 'a' && s[1] <= 'z')))
		return 1;
	if (n >= 4 && memcmp(s, "\xe2\x80\x99", 3) == 0 &&
	    s[3] >= 'a' && s[3] <= 'z')
		return 3;	/* "euro’s" */
	return 0;
}

static bool
word_in(const char *s, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == len && strncasecmp(s, *list, len) == 0)
			return true;
	return false;
}

static enum lex_type
classify_word(const char *s, size_t len)
{
	static const char *const cur[] = { "euro", "euros", "euro's",
	    "euro\xe2\x80\x99s", "eur", NULL };
	static const char *const scale[] = { "miljoen", "miljard", "mio",
	    "mln", "mld", "mrd", "duizend", NULL };
	static const char *const scalecur[] = { "meur", "keur", "k\xe2\x82\xac",
	    "m\xe2\x82\xac", NULL };

	if (word_in(s, len, cur))
		return LEX_CUR;
	if (word_in(s, len, scale) || (len == 1 && *s == 'M'))
		return LEX_SCALE;
	if (word_in(s, len, scalecur))
		return LEX_SCALECUR;
	if (len == 3 && memcmp(s, "per", 3) == 0)
		return LEX_PER;
	return LEX_WORD;
}

/* The length of a number at S: digits, with "." or "," between digits. */
static size_t
number_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') &&
	    i > 0 && i + 1 < n && is_digit(s[i + 1]))))
		i++;
	return i;
}

static void
push_lex(struct money *sen, enum lex_type type, size_t start,
    size_t end)
{
	xgrow(&sen->lex, &sen->lex_cap, sen->nlex + 1, sizeof *sen->lex);
	sen->lex[sen->nlex].type = type;
	sen->lex[sen->nlex].start = start;
	sen->lex[sen->nlex++].end = end;
}

/* A word (with "k€", "M€" glued), or a "/j" right after a currency. */
static size_t
lex_word(struct money *sen, size_t i)
{
	const char *t = sen->text;
	size_t j = i, l;
	enum lex_type type;

	while (j < sen->end && (l = letter_len(t + j, sen->end - j)) > 0)
		j += l;
	if (j - i == 1 && strchr("kKmM", t[i]) != NULL && j + 3 <= sen->end &&
	    memcmp(t + j, "\xe2\x82\xac", 3) == 0)
		j += 3;
	/* "eur03" in a web address, "CO2": not a unit */
	type = j < sen->end && (is_digit(t[j]) || t[j] == '@') ? LEX_WORD :
	    classify_word(t + i, j - i);
	if (i > 0 && t[i - 1] == '/' && sen->nlex > 1 &&
	    sen->lex[sen->nlex - 1].start == i - 1 &&
	    (sen->lex[sen->nlex - 2].type == LEX_CUR ||
	    sen->lex[sen->nlex - 2].type == LEX_SCALECUR) &&
	    sen->lex[sen->nlex - 2].end == i - 1) {
		sen->nlex--;	/* the "/" of "k€/j" */
		i--;
		type = LEX_SLASH;
	}
	push_lex(sen, type, i, j);
	return j;
}

static void
lex_sentence(struct money *sen)
{
	const char *t = sen->text;
	size_t i = sen->start, n;

	sen->nlex = 0;
	while (i < sen->end) {
		n = sen->end - i;
		if (t[i] == ' ') {
			i++;
		} else if (n >= 3 && memcmp(t + i, "\xe2\x82\xac", 3) == 0) {
			push_lex(sen, LEX_CUR, i, i + 3);
			i += 3;
		} else if (is_digit(t[i]) || (t[i] == '-' && n > 1 &&
		    is_digit(t[i + 1]) && (i == sen->start || t[i - 1] == ' ' ||
		    t[i - 1] == '('))) {
			size_t sign = t[i] == '-';	/* "-15.129 euro" */

			n = sign + number_len(t + i + sign, n - sign);
			/* "50%" is a share, "CO2" a name: not amounts */
			push_lex(sen, (i + n < sen->end && t[i + n] == '%') ||
			    (i > 0 && letter_len(t + i - 1, 1) > 0) ?
			    LEX_WORD : LEX_NUM, i, i + n);
			i += n;
		} else if (letter_len(t + i, n) > 0 && t[i] != '\'') {
			i = lex_word(sen, i);
		} else {
			n = 1;
			while (i + n < sen->end &&
			    ((unsigned char)t[i + n] & 0xc0) == 0x80)
				n++;
			push_lex(sen, LEX_PUNCT, i, i + n);
			i += n;
		}
	}
}

static bool
lex_is(const struct money *sen, size_t k, const char *const *words)
{
	const struct money_lex *x = &sen->lex[k];

	return k < sen->nlex && x->type != LEX_NUM &&
	    word_in(sen->text + x->start, x->end - x->start, words);
}

static bool
is_unit(const struct money *sen, size_t k)
{
	return k < sen->nlex && (sen->lex[k].type == LEX_CUR ||
	    sen->lex[k].type == LEX_SCALE || sen->lex[k].type == LEX_SCALECUR);
}

/* Is lexeme K a number written as a word ("drie" miljard euro)? A "€"
 * after it opens the next amount ("een € 200 miljoen fonds"). */
static bool
is_number_word(const struct money *sen, size_t k)
{
	struct num_amount na;
	const struct money_lex *x = &sen->lex[k];

	return x->type == LEX_WORD && is_unit(sen, k + 1) &&
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
	struct money_num a = { k, k, k, -1, -1, false, false, MONEY_SINGLE,
	    -1 };
	size_t j = k + 1;

	if (j < sen->nlex && sen->lex[j].type == LEX_SCALE)
		a.scale = (int)j++;
	if (j < sen->nlex && (sen->lex[j].type == LEX_SCALECUR ||
	    sen->lex[j].type == LEX_CUR)) {
		if (sen->lex[j].type == LEX_SCALECUR && a.scale < 0)
			a.scale = (int)j;
		a.currency = true;
		j++;
	}
	if (k > taken && sen->lex[k - 1].type == LEX_CUR) {
		a.currency = true;
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
	    "maximaal", NULL };
	static const char *const to[] = { "tot", NULL };
	static const char *const and[] = { "en", NULL };
	static const char *const dash[] = { "-", "\xe2\x80\x93", "\xc3\xa0",
	    NULL };
	static const char *const resp[] = { "respectievelijk", "resp", NULL };
	size_t gap = b->first - a->last - 1, c = a->last + 1;
	bool before = a->first > 0;

	if (gap == 2 && !lex_is(sen, c + 1, max))
		return 0;
	if (gap == 1 && lex_is(sen, c, resp))
		return 's';
	if (gap == 1 && lex_is(sen, c, dash))
		return 'r';
	if (gap < 1 || gap > 2 || !before)
		return 0;
	if (lex_is(sen, c, to) && lex_is(sen, a->first - 1, from))
		return 'r';
	if (lex_is(sen, c, and) && (lex_is(sen, a->first - 1, between) ||
	    lex_is(sen, a->first - 1, min)))
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
	int how;

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
			if (borrow->scale < 0)
				borrow->unit_from = (int)(lend - am);
		}
		if (how != 's') {
			am[x].kind = MONEY_RANGE_LOW;
			am[x + 1].kind = MONEY_RANGE_HIGH;
		}
	}
	for (x = 0; x < sen->nnum; x++)
		any_currency |= am[x].currency;
	for (x = 0; x < sen->nnum; x++)
		am[x].used = am[x].currency || (any_currency &&
		    am[x].scale >= 0 &&
		    sen->lex[am[x].scale].type == LEX_SCALE);
}

/* Is lexeme K a year (1950-2099) that no amount took? */
static bool
is_year(const struct money *sen, size_t k)
{
	const struct money_lex *x = &sen->lex[k];
	const char *s = sen->text + x->start;

	if (x->type != LEX_NUM || x->end - x->start != 4)
		return false;
	if (!((s[0] == '1' && s[1] == '9' && s[2] >= '5') ||
	    (s[0] == '2' && s[1] == '0')))
		return false;
	return !is_unit(sen, k + 1);
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
	if (lex_is(sen, k + 1, dash))
		return true;
	return k > 0 && lex_is(sen, k + 1, to) && lex_is(sen, k - 1, from);
}

/* The year or period ("2019/2024") nearest before the amount, else the
 * nearest after it, into BUF; empty when the sentence names none. */
static void
year_of(const struct money *sen, const struct money_num *a, char *buf)
{
	const struct money_lex *lex = sen->lex;
	size_t lo = 0, hi = sen->nyears, mid, best;

	buf[0] = '\0';
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

/* The exact value in euro of amount A into OUT[NUM_MAX]. */
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
	if (a->status != NUM_OK)
		a->value[0] = '\0';
	year_of(sen, x, a->year);
}

size_t
money_find(struct money *m, const char *text, size_t start, size_t end)
{
	size_t x;

	m->text = text;
	m->start = start;
	m->end = end;
	m->n = 0;
	lex_sentence(m);
	find_numbers(m);
	resolve(m);
	for (m->nyears = 0, x = 0; x < m->nlex; x++)
		if (is_year(m, x)) {
			xgrow(&m->years, &m->years_cap, m->nyears + 1,
			    sizeof *m->years);
			m->years[m->nyears++] = x;
		}
	for (x = 0; x < m->nnum; x++)
		if (m->num[x].used)
			put(m, &m->num[x]);
	return m->n;
}
