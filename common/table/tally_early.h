/* tally_early: where a numbered category ends when its rows do not add
 * up to it (a part of tally: common/table/tally.c asks it). The rows of
 * the category are the first K rows of its run when those add up to it
 * and the rest of the run splits into groups that add up on their own
 * (a head row, then the rows it adds up: the first that make its sum).
 * The search is linear in the run: running sums, each suffix's split
 * found once, and a bound on the work (a run whose every prefix adds up
 * would else be walked once per prefix). */
#ifndef TABEL_TALLY_EARLY_H
#define TABEL_TALLY_EARLY_H

#include <stdbool.h>
#include <stddef.h>

#include "common/table/tally.h"

/* Row steps allowed per row of a run; past them the category keeps its
 * whole run (and the check reports the difference). */
#define TALLY_EARLY_WORK 16

/* The rows RUN[0, N) below numbered row CAT of T (its numeric columns
 * found): the K of the first early end, the parents of the groups after
 * it set; N when there is none. */
size_t tally_early_end(struct tally_table *t, size_t cat, const size_t *run,
    size_t n);
/* Does ROW of T hold a number in a numeric column? */
bool tally_has_values(const struct tally_table *t, size_t row);

#endif
