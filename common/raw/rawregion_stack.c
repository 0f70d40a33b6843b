/* rawregion_stack: a run of label lines, then a run of lone values that
 * their count divides into columns. */
#include "common/raw/rawhead.h"
#include "common/raw/rawregion_stack.h"

#define LABELS_MAX 60	/* label lines of a stack */
#define VALUES_MAX 1200	/* value lines of a stack */
#define HEAD_MAX 3	/* header lines above the labels */

/* Is line L a value alone, with nothing before it? */
static bool
lone(const struct rawline *l)
{
	return l->nval == 1 && l->label_len == 0 &&
	    l->val[0].type != RAWLINE_WORD;
}

/* Is line I a label of a stack: short text without values? */
static bool
label_line(const enum rawregion_kind *kind, const struct rawline *raw,
    size_t i)
{
	return kind[i] == RAWREGION_TEXT && raw[i].nval == 0;
}

/* How many of the label lines [FROM, TO) start a label (not going on
 * from the line before). */
static size_t
starts(const struct rawline *raw, size_t from, size_t to)
{
	size_t i, n = 0;

	for (i = from; i < to; i++)
		n += i == from || !rawhead_goes_on(raw[i - 1].s,
		    raw[i - 1].len, raw[i].s, raw[i].len);
	return n;
}

/* Does a count of ROWS (three or more: two lines over a few numbers are
 * a chart's title over its axis) divide M values into two or more
 * columns? */
static bool
divides(size_t rows, size_t m)
{
	return rows >= 3 && m % rows == 0 && m / rows >= 2;
}

/* The rows of the stack ST of M values: the labels as they start, after
 * up to HEAD_MAX header lines (fewer than half the rows); else the most
 * rows that divide M, from the label lines down to a third fewer (labels
 * wrapped); 0 when none does. */
static size_t
stack_rows(const struct rawline *raw, struct rawregion_stack *st, size_t m)
{
	size_t h, rows, lines = st->values - st->labels;

	for (h = 0; h <= HEAD_MAX && h < lines; h++)
		if (divides(rows = starts(raw, st->labels + h, st->values),
		    m) && rows > 2 * h) {
			st->labels += h;
			return rows;
		}
	for (rows = lines; rows >= 3 && rows * 3 >= lines * 2; rows--)
		if (divides(rows, m))
			return rows;
	return 0;
}

bool
rawregion_stack_at(const enum rawregion_kind *kind, const struct rawline *raw,
    size_t n, size_t i, struct rawregion_stack *st)
{
	size_t j;

	st->head = st->labels = i;
	if (kind[i] == RAWREGION_VALUE && raw[i].label_len > 0 &&
	    raw[i].nval >= 2)
		st->labels = i + 1;	/* a header of values: years */
	else if (!label_line(kind, raw, i) || (i > 0 &&
	    label_line(kind, raw, i - 1)))
		return false;
	for (j = st->labels; j < n && j - st->labels < LABELS_MAX &&
	    label_line(kind, raw, j); j++)
		continue;
	st->values = j;
	for (; j < n && j - st->values < VALUES_MAX && lone(&raw[j]); j++)
		continue;
	st->end = j;
	if (st->end - st->values < 4 || (st->end < n && lone(&raw[st->end])))
		return false;
	st->nrows = stack_rows(raw, st, st->end - st->values);
	if (st->nrows == 0)
		return false;
	st->ncols = (st->end - st->values) / st->nrows;
	return true;
}
