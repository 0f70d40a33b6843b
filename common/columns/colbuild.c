/* colbuild: a block to a table. Rows start at lines with cells beside the
 * label column; a line that continues the one above (lower case, or the
 * label above left open) joins it; a line with values and no label fills
 * a label that waited for them (values centred on a wrapped label). */
#include <stdlib.h>
#include <string.h>

#include "common/columns/blocks.h"
#include "common/columns/colbuild.h"
#include "common/columns/colhead.h"
#include "common/num/year.h"
#include "common/sys/csvio.h"
#include "common/table/caption.h"
#include "common/sys/xalloc.h"

#define HEAD_LINES 12	/* header lines above the first row of numbers */
#define FILL_MIN 45	/* percent of cells filled, else a chart */
#define TEXT_FILL_MIN 60	/* the same for a table of text */

/* A row line: numbers (not years alone) in most of its cells right of the
 * first; a header may hold a number among its words. */
static bool
data_line(const struct chunk_line *l)
{
	size_t k, nums = 0;

	for (k = 1; k < l->n; k++)	/* "Year 1" is a header's words */
		nums += l->ch[k].num && !l->ch[k].year && !l->ch[k].soft;
	return nums > 0 && nums * 2 > l->n - 1;
}

/* Where the body starts: the first line of numbers, if the lines above
 * it can be a header; else the line after the first tabular one. */
static size_t
body_start(const struct chunk_line *lines, const struct block *b)
{
	size_t i;

	size_t left;

	for (i = b->body; i < b->end; i++)
		if (data_line(&lines[i])) {
			if (i - b->first > HEAD_LINES)
				return b->body;
			/* a label alone just above is a row: a group label,
			 * or a label whose values are on the next line; the
			 * block's first line too, when nothing above the values
			 * heads them (a table going on from the page before) */
			left = lines[i].ch[0].col;
			while (i > b->first && lines[i - 1].n == 1 &&
			    lines[i - 1].ch[0].col <= left + 2 &&
			    lines[i - 1].ch[0].end < lines[i].ch[1].col &&
			    (i > b->first + 1 || !caption_opens(lines[i - 1].s,
			    lines[i - 1].len)))
				i--;
			return i;
		}
	return b->body + 1 < b->end && b->body == b->first ? b->body + 1 :
	    b->body;
}

static void
cut(struct colbuild *cb, const struct chunk_line *l)
{
	xgrow(&cb->cells, &cb->cells_cap, cb->cols.n + 1, sizeof(*cb->cells));
	(void)aligned_cut(&cb->cols, l, cb->cells);
}

/* Merge columns that no body line uses both of and that sit close (a
 * number printed off its column), then columns that (almost) no line
 * uses. One merge at a time, the leftmost first, each after counting
 * the uses of every column in one cut of each line (a count per column
 * cut each line once per column: cubic on a line of thousands of
 * chunks). */
static void
tidy_columns(struct colbuild *cb, size_t nbody)
{
	struct aligned *a = &cb->cols;
	size_t i, k, gap;
	bool again = true;

	while (again && a->n > 1) {
		again = false;
		xgrow(&cb->used, &cb->used_cap, a->n, sizeof(*cb->used));
		xgrow(&cb->both, &cb->both_cap, a->n, sizeof(*cb->both));
		memset(cb->used, 0, a->n * sizeof(*cb->used));
		memset(cb->both, 0, a->n * sizeof(*cb->both));
		for (k = 0; k < nbody; k++) {
			cut(cb, cb->body[k]);
			for (i = 0; i < a->n; i++) {
				cb->used[i] += cb->cells[i].len > 0;
				cb->both[i] += i + 1 < a->n &&
				    cb->cells[i].len > 0 &&
				    cb->cells[i + 1].len > 0;
			}
		}
		for (i = 0; i < a->n && !again; i++) {
			gap = i + 1 < a->n ? a->c[i + 1].col - a->c[i].end : 0;
			if (i + 1 < a->n && cb->both[i] == 0 && gap <= 3 &&
			    cb->used[i] > 0 && cb->used[i + 1] > 0) {
				aligned_merge(a, i);
				again = true;
			} else if (cb->used[i] == 0 || (cb->used[i] < 2 &&
			    nbody >= 4)) {
				aligned_merge(a, i > 0 ? i - 1 : i);
				again = true;
			}
		}
	}
}

/* The label above ends open: the line below goes on with it. A bracket
 * left open ("Premie (groep" over "1)") is open too. */
static bool
open_end(const char *s)
{
	static const char *const words[] = { " and", " of", " the", " or",
		" for", " in", " to", " &", NULL };
	const char *const *w;
	size_t n = strlen(s), i;
	int open = 0;

	if (n == 0)
		return false;
	for (i = 0; i < n; i++)
		open += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
	if (open > 0)
		return true;
	if (strchr(",-(/", s[n - 1]) != NULL)
		return true;
	for (w = words; *w != NULL; w++)
		if (n >= strlen(*w) && strcmp(s + n - strlen(*w), *w) == 0)
			return true;
	return false;
}

/* One body line L into T; BLANKS: blank lines just above it. */
static void
read_row(struct colbuild *cb, const struct chunk_line *l, size_t blanks,
    struct table *t)
{
	struct aligned_cell *cells = cb->cells;
	size_t c, r = t->nrows - 1, nvals = 0;
	bool prev = t->nrows > 0 && blanks == 0, nums = false, going_on;
	bool under = true;
	const char *label = l->s + cells[0].off;

	for (c = 1; c < cb->cols.n; c++)
		if (cells[c].len > 0)
			nvals++, nums = nums || cells[c].num;
	/* In a table of text, a line without a label goes on with the row
	 * above when its cells sit under cells of the line above; a cell
	 * under an empty one starts a row of its own. */
	for (c = 1; c < cb->cols.n; c++)
		under = under && (cells[c].len == 0 || cb->above[c]);
	going_on = prev && (cb->loose || caption_starts_lower(label,
	    cells[0].len) ||
	    (cells[0].len > 0 && label[0] == '(') ||
	    open_end(t->rows[r].label) || (cb->text && cells[0].len == 0 &&
	    under));
	if (nvals == 0 && (going_on || (prev && cb->text &&
	    cells[0].col + 1 >= cb->label_col))) {
		table_append(t, r, 0, label, cells[0].len, NULL);
		return;
	}
	if (nvals > 0 && prev && !table_row_has_values(t, r) && (cells[0].len == 0 ||
	    going_on)) {
		/* the values of a label that waited for them, on its own
		 * last line or on a line of their own */
		if (cells[0].len > 0)
			table_append(t, r, 0, label, cells[0].len, NULL);
	} else if (nvals > 0 && going_on && !nums) {
		for (c = 0; c < cb->cols.n; c++)	/* a text row wraps */
			if (cells[c].len > 0)
				table_append(t, r, c, l->s + cells[c].off,
				    cells[c].len, NULL);
		return;
	} else {
		r = table_add_row(t, label, cells[0].len, l->no);
		cb->label_col = cells[0].len > 0 ? cells[0].col : 0;
	}
	for (c = 1; c < cb->cols.n; c++)
		if (cells[c].len > 0)
			(void)table_set_cell(t, r, c - 1, l->s + cells[c].off,
			    cells[c].len, l->no);
}

static void
read_rows(struct colbuild *cb, const struct chunk_line *lines, size_t from,
    size_t to, struct table *t)
{
	size_t i, c, blanks = 0;

	cb->loose = blocks_loose(lines, from, to);
	cb->above = xreallocarray(cb->above, cb->cols.n, sizeof(*cb->above));
	memset(cb->above, 0, cb->cols.n * sizeof(*cb->above));
	for (i = from; i < to; i++) {
		if (lines[i].blank) {
			blanks++;
			continue;
		}
		if (lines[i].rule) {
			table_loose(t, lines[i].no, false, lines[i].s,
			    lines[i].len);
			continue;
		}
		cut(cb, &lines[i]);
		read_row(cb, &lines[i], blanks, t);
		for (c = 0; c < cb->cols.n; c++)
			cb->above[c] = cb->cells[c].len > 0;
		blanks = 0;
	}
}

/* The whole number a label spells ("12,000"), digits only; false if it
 * is none. Only compared, never summed: a shape test. */
static bool
label_number(const char *s, long long *v)
{
	long long n = 0;
	size_t digits = 0;

	for (; *s != '\0'; s++)
		if (*s >= '0' && *s <= '9') {
			if (++digits > 15)
				return false;
			n = n * 10 + (*s - '0');
		} else if (*s != ',' && *s != '.' && *s != ' ') {
			return false;
		}
	*v = n;
	return digits > 0;
}

/* Labels that are numbers in even steps (60 50 40 ...) are a chart's
 * axis, not row labels; years (common/num/year) in even steps are a
 * time series. */
static bool
axis_labels(const struct table *t)
{
	size_t r, n = 0, other = 0, years = 0;
	long long v, prev = 0, step = 0;

	for (r = 0; r < t->nrows; r++) {
		if (t->rows[r].label[0] == '\0')
			continue;
		if (!label_number(t->rows[r].label, &v)) {
			other++;
			continue;
		}
		if (n >= 1 && (v == prev || (n >= 2 && v - prev != step)))
			return false;
		step = v - prev;
		prev = v;
		years += year_is(t->rows[r].label,
		    strlen(t->rows[r].label));
		n++;
	}
	return n >= 4 && n >= other * 3 && years < n;	/* years: a series */
}

/* Is row R of T a chart's horizontal axis: four numbers or more in even
 * steps (0 10000 20000 ...), nothing else? */
static bool
axis_row(const struct table *t, size_t r)
{
	size_t c, n = 0;
	long long v, prev = 0, step = 0;
	const char *s;

	for (c = 0; c <= t->ncols; c++) {
		s = c == 0 ? t->rows[r].label : t->cells[r * t->ncols + c - 1].raw;
		if (s[0] == '\0')
			continue;
		if (!label_number(s, &v) || (n >= 1 && v == prev) ||
		    (n >= 2 && v - prev != step))
			return false;
		step = v - prev;
		prev = v;
		n++;
	}
	return n >= 4;
}

/* A table needs rows, cells filled like a table's (a chart's numbers
 * are scattered), no dot leaders down its rows (a table of contents) and,
 * without a caption, a column of numbers, amounts, percentages, years or
 * dates. */
static bool
is_table(const struct table *t, size_t leaders, size_t lines)
{
	size_t r, c, filled = 0, nums, years, vals, numcols = 0;
	bool year;

	if (t->nrows < (t->number != NULL ? 1u : 2u) || t->ncols == 0)
		return false;
	if (leaders * 2 >= lines || axis_labels(t))
		return false;
	for (r = 0; r < t->nrows && t->nrows <= 3; r++)
		if (axis_row(t, r))
			return false;	/* a few rows under an axis: a chart */
	for (c = 0; c < t->ncols; c++) {
		for (r = nums = years = vals = 0; r < t->nrows; r++) {
			const char *s = t->cells[r * t->ncols + c].raw;

			if (s[0] == '\0')
				continue;
			vals++;
			nums += chunks_is_number(s, strlen(s), &year);
			years += year;
		}
		filled += vals;
		/* years count down two rows: one row of them is a legend */
		numcols += (nums > years || years >= 2) && nums * 2 >= vals;
	}
	for (r = 0; r < t->nrows; r++)
		filled += t->rows[r].label[0] != '\0';
	if (filled * 100 < FILL_MIN * t->nrows * (t->ncols + 1))
		return false;
	/* Text in three or more columns down three rows is a table too;
	 * two columns of text are as often a page set in two columns. */
	return t->number != NULL || numcols > 0 || (t->ncols >= 2 &&
	    t->nrows >= 3 && filled * 100 >= TEXT_FILL_MIN * t->nrows *
	    (t->ncols + 1));
}

/* Block B, whose line L has more chunks than a table has columns: left
 * out (docs/limits.md), its caption kept for its id. */
static bool
too_wide(const struct chunk_line *lines, const struct block *b,
    const struct chunk_line *l, struct table *t)
{
	const char *num;
	size_t numlen;

	if (b->caption != BLOCKS_NONE &&
	    blocks_caption(&lines[b->caption], &num, &numlen))
		t->number = table_strndup(t, num, numlen);
	t->first_line = lines[b->first].no;
	table_leave_out(t, l->no, table_too_wide());
	return true;
}

bool
colbuild_table(struct colbuild *cb, const struct chunk_line *lines,
    const struct block *b, struct table *t)
{
	size_t body = body_start(lines, b), i, n = 0, leaders = 0;

	if (b->figure)
		return false;
	cb->text = true;
	for (i = b->body; i < b->end && cb->text; i++)
		cb->text = !data_line(&lines[i]);

	for (i = body; i < b->end; i++) {
		if (lines[i].n > CSVIO_MAX_FIELDS)
			return too_wide(lines, b, &lines[i], t);
		/* a contents line: title, leader, page number */
		leaders += lines[i].leader && lines[i].n == 2 &&
		    lines[i].ch[1].num;
		if (lines[i].n >= 2) {
			xgrow(&cb->body, &cb->body_cap, n + 1,
			    sizeof(*cb->body));
			cb->body[n++] = &lines[i];
		}
	}
	if (n == 0 || aligned_find(&cb->cols, cb->body, n) < 2)
		return false;
	tidy_columns(cb, n);
	if (cb->cols.n < 2)
		return false;
	table_set_columns(t, cb->cols.n - 1);
	t->first_line = lines[b->first].no;
	t->last_line = lines[b->end - 1].no;
	colhead_read(&cb->head, &cb->cols, lines, b, body, t);
	read_rows(cb, lines, body, b->end, t);
	t->text = cb->text;
	return is_table(t, leaders, n);
}

void
colbuild_free(struct colbuild *cb)
{
	aligned_free(&cb->cols);
	free(cb->cells);
	free(cb->body);
	colhead_free(&cb->head);
	free(cb->above);
	free(cb->used);
	free(cb->both);
	memset(cb, 0, sizeof(*cb));
}
