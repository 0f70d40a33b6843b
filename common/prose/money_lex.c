/* money_lex: the lexer of common/prose/money.c. It reads notation only: digits
 * with "." and "," between them, the euro sign, the words of the unit table
 * that name a currency or a scale ("euro", "EUR", "miljoen", "kEUR", "k€"),
 * "per". */
#include <string.h>
#include <strings.h>

#include "common/num/unit.h"
#include "common/prose/money_lex.h"
#include "common/sys/xalloc.h"

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

bool
money_word_in(const char *s, size_t len, const char *const *list)
{
	/* the first byte decides most words cheaply */
	for (; *list != NULL; list++)
		if (((*list)[0] | 0x20) == (s[0] | 0x20) &&
		    strlen(*list) == len && strncasecmp(s, *list, len) == 0)
			return true;
	return false;
}

/* Does a currency of the unit table start at T[J..END), after spaces? */
static bool
currency_follows(const char *t, size_t j, size_t end)
{
	const struct unit_word *w;
	size_t k, l;

	while (j < end && t[j] == ' ')
		j++;
	for (k = j; k < end && (l = letter_len(t + k, end - k)) > 0; k += l)
		continue;
	if (k == j && end - j >= 3 && memcmp(t + j, "\xe2\x82\xac", 3) == 0)
		return true;
	w = unit_word(t + j, k - j);
	return w != NULL && w->currency != NULL;
}

/* A word T[I..J): a currency, a scale or both by the unit table
 * (common/num/unit), or "per". A one-letter scale counts only where the
 * table allows it: "M" before a currency ("1,8 M euro"), never "k". */
static enum lex_type
classify_word(const char *t, size_t i, size_t j, size_t end)
{
	const struct unit_word *w = unit_word(t + i, j - i);

	if (w != NULL && (!(w->flags & UNIT_LETTER) ||
	    ((w->flags & UNIT_CURRENCY_NEXT) && currency_follows(t, j, end))))
		return w->currency == NULL ? LEX_SCALE : w->exp10 == 0 ?
		    LEX_CUR : LEX_SCALECUR;
	if (j - i == 3 && memcmp(t + i, "per", 3) == 0)
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
	    classify_word(t, i, j, sen->end);
	/* "mln. euro": the full stop of the abbreviation is the word's */
	if ((type == LEX_SCALE || type == LEX_SCALECUR) && j + 1 < sen->end &&
	    t[j] == '.' && t[j + 1] == ' ' && currency_follows(t, j + 1,
	    sen->end) && (unit_word(t + i, j - i)->flags & UNIT_DOT))
		j++;
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

void
money_lex_sentence(struct money *sen)
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
			/* a currency sign of the unit table: "$", "£" */
			push_lex(sen, unit_word(t + i, n) != NULL &&
			    unit_word(t + i, n)->currency != NULL ? LEX_CUR :
			    LEX_PUNCT, i, i + n);
			i += n;
		}
	}
}

bool
money_lex_is(const struct money *sen, size_t k, const char *const *words)
{
	const struct money_lex *x = &sen->lex[k];

	return k < sen->nlex && x->type != LEX_NUM &&
	    money_word_in(sen->text + x->start, x->end - x->start, words);
}

bool
money_lex_unit(const struct money *sen, size_t k)
{
	return k < sen->nlex && (sen->lex[k].type == LEX_CUR ||
	    sen->lex[k].type == LEX_SCALE || sen->lex[k].type == LEX_SCALECUR);
}
