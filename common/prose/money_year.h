/* money_year: the years of a sentence for common/prose/money.c, private to that
 * module: which numbers are years, which pairs form a period
 * ("2019-2024"), and the year or period each amount is tied to. */
#ifndef TABEL_MONEY_YEAR_H
#define TABEL_MONEY_YEAR_H

#include <stdbool.h>
#include <stddef.h>

#include "common/prose/money.h"

struct money_num;

/* Does the "€" at lexeme J of M belong to the number after it rather
 * than to the year before it ("in 2020 € 5.000 steun")? */
bool money_year_opens_next(const struct money *m, size_t j);
/* Collect M's years into m->years[0, m->nyears) and give the amounts of
 * "A respectievelijk B" their years; after the amounts are resolved. */
void money_year_collect(struct money *m);
/* The year ("2022") or period ("2019/2024") of amount A into BUF[10];
 * empty when the sentence names none. */
void money_year_of(const struct money *m, const struct money_num *a,
    char *buf);

#endif
