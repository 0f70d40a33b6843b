/* rawcols: column count, short-row placement and header fitting for
 * pdftotext -raw tables (dynamic programming over small tables). */
#include <stdlib.h>
#include <string.h>

#include "common/raw/rawcols.h"
#include "common/sys/xalloc.h"

size_t
rawcols_mode(const size_t *count, size_t n)
{
	size_t seen[RAWCOLS_MAX + 1] = { 0 }, i, best = 0;

	for (i = 0; i < n; i++)
		if (count[i] > 0 && count[i] <= RAWCOLS_MAX)
			seen[count[i]]++;
	for (i = 1; i <= RAWCOLS_MAX; i++)
		if (seen[i] > 0 && seen[i] >= seen[best])
			best = i;
	return best;
}

/* How well a value of TYPE fits column C: the share of the column's
 * values of that type, in thousandths. */
static size_t
fit(const size_t *sig, size_t c, enum rawline_type type)
{
	size_t t, all = 0;

	for (t = 0; t < RAWLINE_TYPES; t++)
		all += sig[c * RAWLINE_TYPES + t];
	if (type == RAWLINE_NONE || all == 0)
		return 0;	/* a dash or an unknown column fits anywhere */
	return sig[c * RAWLINE_TYPES + type] * 1000 / all;
}

bool
rawcols_place(const size_t *sig, size_t ncols,
    const enum rawline_type *type, size_t k, size_t *at)
{
	/* best[i * (ncols + 1) + j]: values i.. placed in columns j.. */
	size_t *best, i, j, w = ncols + 1, take, skip;
	bool unique = true;

	if (k == 0 || k > ncols)
		return true;
	best = xreallocarray(NULL, (k + 1) * w, sizeof(*best));
	for (j = 0; j <= ncols; j++)
		best[k * w + j] = 0;
	for (i = k; i-- > 0;)
		for (j = ncols - (k - i) + 1; j-- > 0;) {
			take = fit(sig, j, type[i]) + best[(i + 1) * w + j + 1];
			skip = ncols - j > k - i ? best[i * w + j + 1] : 0;
			best[i * w + j] = take > skip ? take : skip;
		}
	for (i = j = 0; i < k; j++) {
		take = fit(sig, j, type[i]) + best[(i + 1) * w + j + 1];
		if (ncols - j > k - i && best[i * w + j + 1] >= take) {
			unique = unique && best[i * w + j + 1] > take;
			continue;	/* ties go right */
		}
		at[i++] = j;
	}
	free(best);
	return unique;
}

size_t
rawcols_fit(const size_t *len, const bool *glue, size_t n, size_t g,
    size_t *start, size_t *nbad)
{
	/* cost[i * (g + 1) + m]: the longest group when items i.. make m
	 * groups, after the count of glued items that start a group (bad);
	 * cut[...]: where the first of them ends */
	size_t *cost, *bad, *cut, i, j, m, w, run, c, b, k;

	if (g == 0 || n == 0 || g > n)
		return 0;
	w = g + 1;
	cost = xreallocarray(NULL, (n + 1) * w, sizeof(*cost));
	bad = xreallocarray(NULL, (n + 1) * w, sizeof(*bad));
	cut = xreallocarray(NULL, (n + 1) * w, sizeof(*cut));
	for (i = 0; i <= n; i++)
		for (m = 0; m < w; m++)
			cost[i * w + m] = bad[i * w + m] = (size_t)-1;
	cost[n * w] = bad[n * w] = 0;
	for (i = n; i-- > 0;)
		for (m = 1; m <= g && m <= n - i; m++)
			for (run = 0, j = i; j < n - (m - 1); j++) {
				run += len[j] + (j > i);
				k = (j + 1) * w + m - 1;
				if (cost[k] == (size_t)-1)
					continue;
				c = cost[k] > run ? cost[k] : run;
				b = bad[k] + (glue != NULL && glue[i] && i > 0);
				if (b < bad[i * w + m] || (b == bad[i * w + m] &&
				    c < cost[i * w + m])) {
					cost[i * w + m] = c, bad[i * w + m] = b;
					cut[i * w + m] = j + 1;
				}
			}
	for (i = 0, m = g; m > 0; m--) {
		start[g - m] = i;
		i = cut[i * w + m];
	}
	c = cost[g];
	*nbad = bad[g];
	free(cost);
	free(bad);
	free(cut);
	return c;
}
