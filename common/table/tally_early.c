/* tally_early: a numbered category that ends early (see tally_early.h).
 * Sums are exact decimals (common/num/num.h), kept per numeric column as
 * rows are added, so no row is added up twice for one start: 64-bit
 * units while they fit (common/num/num_fix.h), as tally.c's sums, else
 * digits. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/table/tally_early.h"

/* A sum of rows, per column of T: digits and the most decimals printed. */
struct running {
	char (*sum)[NUM_MAX];	/* the digits, when not FIXED */
	struct num_fix *fix;	/* the units, when FIXED */
	bool *fixed;
	int *decimals;
	bool broken;		/* a cell is no amount, or a sum too long */
};

/* The state of the search over one run. */
struct search {
	struct tally_table *t;
	const size_t *run;
	size_t n, work;		/* work: row steps still allowed */
	signed char *splits;	/* per start: 1 splits into groups, -1 not,
				 * 0 not known yet */
	size_t *next;		/* per start that splits: its group's end */
	size_t *chain;		/* starts on the way, scratch */
};

static void
running_clear(const struct tally_table *t, struct running *s)
{
	for (size_t col = 0; col < t->ncols; col++) {
		s->fix[col] = (struct num_fix){ 0, 0 };
		s->fixed[col] = true;
		s->decimals[col] = 0;
	}
	s->broken = false;
}

/* Add cell C to column COL of S: in units while both fit, else digits;
 * false when the digits grow too long. */
static bool
running_put(struct running *s, size_t col, const struct tally_cell *c)
{
	if (s->fixed[col]) {
		if (c->fixed && num_fix_add(&s->fix[col], &c->fix, false))
			return true;
		num_fix_format(&s->fix[col], s->sum[col], NUM_MAX);
		s->fixed[col] = false;
	}
	return num_add(s->sum[col], c->value, s->sum[col], NUM_MAX) == NUM_OK;
}

/* Add row R of T to S in every numeric column; "/" and empty count 0. */
static void
running_add(const struct tally_table *t, struct running *s, size_t r)
{
	for (size_t col = 1; col < t->ncols && !s->broken; col++) {
		const struct tally_cell *c = tally_cell_at(t, r, col);

		if (!t->numeric[col] || (c->status != NUM_OK &&
		    c->status != NUM_NOT_AMOUNT && c->status != NUM_TOO_LONG))
			continue;
		if (c->status != NUM_OK || !running_put(s, col, c))
			s->broken = true;
		else if (c->decimals > s->decimals[col])
			s->decimals[col] = c->decimals;
	}
}

/* Is head cell H (0 when it holds no amount) within one unit of its
 * DECIMALS-th decimal of column COL of S, in units when all fit? */
static bool
running_near(const struct running *s, size_t col,
    const struct tally_cell *h, int decimals)
{
	char diff[NUM_MAX], unit[NUM_MAX], sum[NUM_MAX];
	struct num_fix d = { 0, 0 };

	if (s->fixed[col] && (h->status != NUM_OK || h->fixed) &&
	    decimals >= 0 && decimals <= NUM_FIX_SCALE_MAX) {
		if (h->status == NUM_OK)
			d = h->fix;
		if (num_fix_add(&d, &s->fix[col], true))
			return num_fix_within_unit(&d, decimals);
	}
	if (s->fixed[col])
		num_fix_format(&s->fix[col], sum, sizeof sum);
	return num_sub(h->status == NUM_OK ? h->value : "0",
	    s->fixed[col] ? sum : s->sum[col], diff, sizeof diff) == NUM_OK &&
	    num_scale("1", -decimals, unit, sizeof unit) == NUM_OK &&
	    num_cmp(diff + (diff[0] == '-'), unit) <= 0;
}

/* Does row HEAD equal S in every numeric column, to one unit of its
 * printed decimals (of S's when the head cell is empty: 0)? The rule of
 * tally.c's adds_up. */
static bool
running_equals(const struct tally_table *t, const struct running *s,
    size_t head)
{
	if (s->broken)
		return false;
	for (size_t col = 1; col < t->ncols; col++) {
		const struct tally_cell *h = tally_cell_at(t, head, col);

		if (t->numeric[col] && !running_near(s, col, h,
		    h->status == NUM_OK ? h->decimals : s->decimals[col]))
			return false;
	}
	return true;
}

bool
tally_has_values(const struct tally_table *t, size_t row)
{
	for (size_t col = 1; col < t->ncols; col++)
		if (t->numeric[col] &&
		    tally_cell_at(t, row, col)->status == NUM_OK)
			return true;
	return false;
}

/* The end of the group that run[P] heads: the first Q > P + 1 where the
 * rows run[P + 1, Q) add up to it; 0 for none (or out of work). */
static size_t
group_end(struct search *s, struct running *g, size_t p)
{
	size_t q;

	if (!tally_has_values(s->t, s->run[p]))
		return 0;
	running_clear(s->t, g);
	for (q = p + 2; q <= s->n && !g->broken && s->work > 0; q++) {
		s->work--;
		running_add(s->t, g, s->run[q - 1]);
		if (running_equals(s->t, g, s->run[p]))
			return q;
	}
	return 0;
}

/* Do run[P, N) split into groups, each found as group_end finds it?
 * Each start is settled once: a walk stops at a start already settled. */
static bool
splits(struct search *s, struct running *g, size_t p)
{
	size_t depth = 0, q;
	signed char answer;

	while (p < s->n && s->splits[p] == 0) {
		s->chain[depth++] = p;
		if ((q = group_end(s, g, p)) == 0)
			break;
		s->next[p] = q;
		p = q;
	}
	answer = p == s->n ? 1 : s->splits[p] != 0 ? s->splits[p] : -1;
	if (answer < 0 && s->work == 0)
		return false;	/* out of work: settle nothing */
	while (depth > 0)
		s->splits[s->chain[--depth]] = answer;
	return answer > 0;
}

size_t
tally_early_end(struct tally_table *t, size_t cat, const size_t *run,
    size_t n)
{
	struct search s = { t, run, n, TALLY_EARLY_WORK * (n + 1), NULL,
	    NULL, NULL };
	struct running prefix, group;
	size_t k, end = n, p;

	prefix.sum = xreallocarray(NULL, 2 * t->ncols, sizeof *prefix.sum);
	prefix.fix = xreallocarray(NULL, 2 * t->ncols, sizeof *prefix.fix);
	prefix.fixed = xreallocarray(NULL, 2 * t->ncols, sizeof *prefix.fixed);
	prefix.decimals = xreallocarray(NULL, 2 * t->ncols,
	    sizeof *prefix.decimals);
	group.sum = prefix.sum + t->ncols;
	group.fix = prefix.fix + t->ncols;
	group.fixed = prefix.fixed + t->ncols;
	group.decimals = prefix.decimals + t->ncols;
	s.splits = xcalloc(n + 1, sizeof *s.splits);
	s.next = xcalloc(n + 1, sizeof *s.next);
	s.chain = xcalloc(n + 1, sizeof *s.chain);
	running_clear(t, &prefix);
	for (k = 1; k < n && !prefix.broken && s.work > 0; k++) {
		running_add(t, &prefix, run[k - 1]);
		if (running_equals(t, &prefix, cat) && splits(&s, &group, k)) {
			end = k;
			break;
		}
	}
	for (p = end; p < n; p = s.next[p])	/* the groups after it */
		for (k = p + 1; k < s.next[p]; k++)
			t->parent[run[k]] = (long)run[p];
	free(prefix.sum);
	free(prefix.fix);
	free(prefix.fixed);
	free(prefix.decimals);
	free(s.splits);
	free(s.next);
	free(s.chain);
	return end;
}
