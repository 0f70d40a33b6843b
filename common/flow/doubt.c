/* doubt: kept rows, and the judge's verdict on each once the table is
 * whole (a sum can only be checked when its parts are in). */
#include <stdlib.h>
#include <string.h>

#include "common/flow/doubt.h"
#include "common/flow/judge.h"
#include "common/sys/xalloc.h"

void
doubt_keep(struct doubt_list *dl, struct table *t,
    const struct layout_line *l, bool pending, long no)
{
	struct doubt *d;
	size_t i, skip = l->label.len == 0 && l->lead_space && !pending &&
	    l->ncells > 0 && l->cells[0].len == 0;

	if (dl->n == dl->cap)
		xgrow(&dl->v, &dl->cap, dl->n + 1, sizeof(*dl->v));
	d = &dl->v[dl->n++];
	d->row = t->nrows;
	d->line = no;
	d->n = l->ncells - skip;
	d->cells = xreallocarray(NULL, d->n + 1, sizeof(*d->cells));
	for (i = 0; i < d->n; i++)
		d->cells[i] = table_strndup(t, l->cells[i + skip].s,
		    l->cells[i + skip].len);
}

void
doubt_forget_last(struct doubt_list *dl)
{
	if (dl->n > 0)
		free(dl->v[--dl->n].cells);
}

/* Rows past the bounds keep the spacing default: each placement tried
 * adds up the whole table again. */
void
doubt_judge(struct doubt_list *dl, struct table *t)
{
	struct doubt *d;
	size_t k, p, work, tries, agree, spent = 0;
	bool decided, opened = false;
	struct judge j;

	for (k = 0; k < dl->n; k++) {
		d = &dl->v[k];
		p = judge_placements(t, d->cells, d->n);
		work = p * t->nrows * (t->ncols + 1);
		if (p > 1 && (k >= DOUBT_MAX_JUDGED ||
		    work > DOUBT_MAX_WORK - spent)) {
			table_note(t, d->row, d->line, false, "spacing is "
			    "ambiguous (%zu placements) and the table too "
			    "large to judge every such row: spacing default "
			    "kept", p);
		} else if (p > 1) {
			spent += work;
			if (!opened)	/* the sums, read once for all rows */
				judge_open(&j, t);
			opened = true;
			tries = judge_row(&j, d->row, d->cells, d->n,
			    d->line, &agree, &decided);
			if (decided)
				table_note(t, d->row, d->line, false,
				    "spacing is ambiguous: of %zu placements "
				    "the table's arithmetic chose the one "
				    "where %zu sums add up", tries, agree);
			else
				table_note(t, d->row, d->line, false,
				    "spacing is ambiguous (%zu placements) "
				    "and the totals do not decide: spacing "
				    "default kept", tries);
		}
		free(d->cells);
	}
	if (opened)
		judge_close(&j);
	free(dl->v);
	memset(dl, 0, sizeof(*dl));
}
