/* judge: the search over placements of a doubtful row. The sums are
 * tabel-check's (common/table/tally.h); only which label says what is
 * read here. */
#include <stdlib.h>
#include <string.h>

#include "common/flow/judge.h"
#include "common/table/rowlabel.h"
#include "common/table/tally.h"
#include "common/sys/xalloc.h"

/* What the label of row R says. A label-less last row is no total here:
 * tally decides that by its sums. */
static enum rowlabel_kind
row_kind(const struct table *t, size_t r)
{
	const char *l = t->rows[r].label;

	return rowlabel_kind(l, strlen(l));
}

static enum rowlabel_kind *
row_kinds(const struct table *t)
{
	enum rowlabel_kind *kinds = xreallocarray(NULL, t->nrows + 1,
	    sizeof(*kinds));
	size_t r;

	for (r = 0; r < t->nrows; r++)
		kinds[r] = row_kind(t, r);
	return kinds;
}

size_t
judge_score(const struct table *t)
{
	enum rowlabel_kind *kinds = row_kinds(t);
	struct tally_table tt;
	size_t n;

	tally_load(&tt, t);
	n = tally_agree(&tt, kinds);
	tally_free(&tt);
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
 * or leave the columns IDX[..] empty (N < ncols). FROM (may be NULL)
 * gets the cell each column took, N for none. */
static void
apply(struct table *t, size_t row, const char **cells, size_t n,
    const size_t *idx, size_t k, const size_t *empties, long line,
    size_t *from)
{
	struct table_cell *out = &t->cells[row * t->ncols];
	size_t c = 0, i = 0, j = 0, took;

	for (c = 0; c < t->ncols; c++) {
		while (n > t->ncols && j < k && i == empties[idx[j]])
			i++, j++;
		if (n < t->ncols && j < k && idx[j] == c) {
			j++;
			took = n;
		} else {
			took = i < n ? i++ : n;
		}
		out[c].raw = took < n ? cells[took] : "";
		out[c].line = out[c].raw[0] != '\0' ? line : 0;
		if (from != NULL)
			from[c] = took;
	}
}

/* The surplus cells to drop (N > ncols: among the empty ones, whose
 * places go to EMPTIES) or the columns to leave empty (N < ncols): *K
 * of *POOL. Returns the placements, JUDGE_MAX_TRIES + 1 past that. */
static size_t
placements(const struct table *t, const char **cells, size_t n,
    size_t *empties, size_t *k, size_t *pool)
{
	size_t i, e = 0;

	if (n == t->ncols || n > JUDGE_MAX_CELLS || t->ncols > JUDGE_MAX_CELLS)
		return 0;
	for (i = 0; i < n; i++)
		if (cells[i][0] == '\0')
			empties[e++] = i;
	*k = n > t->ncols ? n - t->ncols : t->ncols - n;
	*pool = n > t->ncols ? e : t->ncols;
	return choose(*pool, *k);
}

size_t
judge_placements(const struct table *t, const char **cells, size_t n)
{
	size_t empties[JUDGE_MAX_CELLS], k, pool, p;

	p = placements(t, cells, n, empties, &k, &pool);
	return p >= 2 && p <= JUDGE_MAX_TRIES ? p : 0;
}

void
judge_open(struct judge *j, struct table *t)
{
	j->t = t;
	j->kinds = row_kinds(t);
	tally_load(&j->tt, t);
}

void
judge_close(struct judge *j)
{
	tally_free(&j->tt);
	free(j->kinds);
	memset(j, 0, sizeof(*j));
}


size_t
judge_row(struct judge *j, size_t row, const char **cells, size_t n,
    long line, size_t *agree, bool *decided)
{
	size_t empties[JUDGE_MAX_CELLS], idx[JUDGE_MAX_CELLS];
	size_t best_idx[JUDGE_MAX_CELLS], from[JUDGE_MAX_CELLS];
	size_t i, k, tries = 0, got;
	size_t pool, at_best = 0, p;
	struct table_cell saved[JUDGE_MAX_CELLS];
	struct tally_cell read[JUDGE_MAX_CELLS + 1];
	struct table *t = j->t;

	*decided = false;
	*agree = 0;
	p = placements(t, cells, n, empties, &k, &pool);
	if (p < 2 || p > JUDGE_MAX_TRIES)
		return 0;
	memcpy(saved, &t->cells[row * t->ncols], t->ncols * sizeof(*saved));
	for (i = 0; i <= n; i++)	/* the cells, then an empty one */
		tally_cell_parse(&read[i], i < n ? cells[i] : "",
		    i < n ? strlen(cells[i]) : 0);
	for (i = 0; i < k; i++)
		idx[i] = i;
	do {
		apply(t, row, cells, n, idx, k, empties, line, from);
		for (i = 0; i < t->ncols; i++)	/* each cell read once */
			tally_put(&j->tt, row, i + 1, &read[from[i]]);
		tries++;
		if ((got = tally_agree(&j->tt, j->kinds)) > *agree ||
		    tries == 1) {
			*agree = got;
			at_best = 1;
			memcpy(best_idx, idx, k * sizeof(*idx));
		} else if (got == *agree) {
			at_best++;
		}
	} while (next_subset(idx, k, pool));
	*decided = at_best == 1 && *agree > 0;
	if (*decided)
		apply(t, row, cells, n, best_idx, k, empties, line, NULL);
	else
		memcpy(&t->cells[row * t->ncols], saved,
		    t->ncols * sizeof(*saved));
	tally_load_row(&j->tt, t, row);	/* the sums follow the table */
	for (i = 0; i <= n; i++)
		free(read[i].raw);
	return tries;
}

size_t
judge_place(struct table *t, size_t row, const char **cells, size_t n,
    long line, size_t *agree, bool *decided)
{
	struct judge j;
	size_t tries;

	judge_open(&j, t);
	tries = judge_row(&j, row, cells, n, line, agree, decided);
	judge_close(&j);
	return tries;
}
