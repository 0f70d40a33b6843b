/* money: the money amounts of one sentence of Dutch prose, with their
 * exact value in euro, the year the sentence ties them to, and the marks
 * of ranges and per-unit amounts.
 *
 * An amount is a number with a currency next to it ("25.000 euro",
 * "€ 8.473.038,00", "1.197.922 €", "2,0 miljard EUR", "343 kEUR",
 * "500 k€/j", "drie miljard euro"); a bare number is not money, nor is a
 * share ("50%") or a year. A number borrows the unit of its partner in a
 * range ("van 50.000 tot 600.000 euro": both are money, marked as the
 * bounds of one range) or after "respectievelijk"; a number with a scale
 * but no currency ("2,5 miljoen") is money when the sentence names euro
 * elsewhere. Values come from common/num/num.h. */
#ifndef TABEL_MONEY_H
#define TABEL_MONEY_H

#include <stdbool.h>
#include <stddef.h>

#include "common/num/num.h"

enum money_kind {
	MONEY_SINGLE,
	MONEY_RANGE_LOW,	/* "van 50.000" tot 250.000 euro */
	MONEY_RANGE_HIGH,	/* van 50.000 tot "250.000 euro" */
	MONEY_KIND_COUNT
};

/* One amount; offsets are into the text given to money_find. */
struct money_amount {
	size_t start, end;	/* the amount as written: "€ 200 miljoen" */
	size_t per_start, per_end;	/* per unit: "dag", "j"; or empty */
	enum money_kind kind;
	enum num_status status;	/* NUM_OK, or why value is empty */
	char value[NUM_MAX];	/* exact value in its own currency */
	const char *currency;	/* its ISO 4217 code ("EUR", "USD"; static),
				 * NULL when unknown */
	char year[10];		/* "2022", "2019/2024" or "" */
};

struct money_lex;
struct money_num;

/* Reusable state; the amounts of the last sentence are in amounts[n]. */
struct money {
	const char *text;
	size_t start, end;
	struct money_lex *lex;
	size_t nlex, lex_cap;
	struct money_num *num;
	size_t nnum, num_cap;
	struct money_amount *amounts;
	size_t n, cap;
	size_t *years;		/* lexemes that are years, in order */
	size_t nyears, years_cap;
};

void money_init(struct money *m);
/* Find the amounts of the sentence TEXT[START, END) (words separated by
 * single spaces); returns m->n. TEXT must outlive m->amounts. */
size_t money_find(struct money *m, const char *text, size_t start,
    size_t end);
void money_free(struct money *m);
/* "single", "range-low", "range-high". */
const char *money_kind_name(enum money_kind kind);

#endif
