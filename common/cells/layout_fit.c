/* layout_fit: the cells of a line read by common/cells/layout fitted to a
 * table's column count (part of layout, declared in layout.h): stray
 * spaces dropped, "14 000" joined, label text given back, short rows
 * padded. Each way is reported, so the table can note the judgement. */
#include <stdlib.h>
#include <string.h>

#include "common/cells/layout.h"
#include "common/sys/xalloc.h"

static void
drop_cell(struct layout_line *l, size_t at)
{
	memmove(l->cells + at, l->cells + at + 1,
	    (l->ncells - at - 1) * sizeof(*l->cells));
	l->ncells--;
}

/* Give the first value cell back to the label (it was label text). */
static void
spill_first(struct layout_line *l)
{
	const struct layout_cell *c = &l->cells[0];

	if (l->label.len == 0)
		l->label.s = c->s;
	l->label.len = (size_t)(c->s - l->label.s) + c->len;
	if (c->len > 0)
		l->nvalues--;
	drop_cell(l, 0);
}

/* Drop empty cells until NCOLS remain: leading ones first (a stray space
 * after the label), then trailing, then inner ones from the left. */
static bool
drop_empties(struct layout_line *l, size_t ncols)
{
	size_t i;
	bool dropped = false;

	while (l->ncells > ncols && l->cells[0].len == 0)
		drop_cell(l, 0), dropped = true;
	while (l->ncells > ncols && l->cells[l->ncells - 1].len == 0)
		l->ncells--, dropped = true;
	for (i = 0; l->ncells > ncols && i < l->ncells; )
		if (l->cells[i].len == 0)
			drop_cell(l, i), dropped = true;
		else
			i++;
	return dropped;
}

static bool
all_digits(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return len > 0;
}

/* "14 000": a space as thousands separator splits one amount in two
 * cells. Join such pairs (a number of one to three digits, or one
 * joined before, then three digits) while there are more values than
 * columns. */
static bool
join_groups(struct layout_line *l, size_t ncols)
{
	size_t i = 0;
	bool joined = false;
	struct layout_cell *a, *b;

	while (l->nvalues > ncols && i + 1 < l->ncells) {
		a = &l->cells[i];
		b = &l->cells[i + 1];
		if (b->len == 3 && all_digits(b->s, 3) && a->s + a->len + 1 ==
		    b->s && a->len > 0 && all_digits(a->s + a->len - 1, 1) &&
		    (a->len <= 3 || a->s[a->len - 4] == ' ')) {
			a->len += 4;
			drop_cell(l, i + 1);
			l->nvalues--;
			joined = true;
		} else {
			i++;
		}
	}
	return joined;
}

enum layout_fit
layout_fit(struct layout_reader *r, struct layout_line *l, size_t ncols,
    bool pending)
{
	enum layout_fit fit = LAYOUT_FIT_EXACT;
	bool slot = l->label.len == 0 && l->lead_space && l->ncells > 0 &&
	    l->cells[0].len == 0;

	if (slot && !pending) {		/* " 49 49,5": an empty label */
		if (l->ncells == ncols)
			fit = LAYOUT_FIT_SLOT;
		else
			drop_cell(l, 0);
	} else if (slot && l->ncells == ncols + 1) {
		drop_cell(l, 0);
		fit = LAYOUT_FIT_SLOT;
	}
	if (l->nvalues > ncols && join_groups(l, ncols))
		fit = LAYOUT_FIT_GROUPS;
	if (l->ncells > ncols && drop_empties(l, ncols))
		fit = LAYOUT_FIT_STRAY;
	while (l->ncells > ncols) {
		spill_first(l);
		fit = LAYOUT_FIT_SPILL;
	}
	if (l->ncells < ncols) {
		if (r->cap < ncols)
			xgrow(&r->toks, &r->cap, ncols, sizeof(*r->toks));
		l->cells = r->toks;
		while (l->ncells < ncols) {
			l->cells[l->ncells].s = "";
			l->cells[l->ncells++].len = 0;
		}
		fit = LAYOUT_FIT_SHORT;
	}
	return fit;
}
