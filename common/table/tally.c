/* tally: the arithmetic of tabel-check. Which rows of a table close
 * which (totals, numbered categories, groups that end a category early),
 * and the exact differences between what a row states and what its rows
 * add up to. Numbers are exact decimals (common/num/num.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/year.h"
#include "common/table/rowlabel.h"
#include "common/table/tally.h"
#include "common/table/tally_early.h"
#include "common/sys/xalloc.h"

/* An exact amount of the sums: 64-bit units while it fits, so no digits
 * are formatted and read again per addition (the judge adds up a table
 * for every placement it tries), else canonical digits. */
struct amount {
	bool fixed;
	struct num_fix fix;
	char text[NUM_MAX];
};

/* The value of C, or 0 for a cell without one. */
static void
amount_of(const struct tally_cell *c, struct amount *a)
{
	a->fixed = c->status != NUM_OK || c->fixed;
	a->fix = c->status == NUM_OK && c->fixed ? c->fix :
	    (struct num_fix){ 0, 0 };
	if (!a->fixed)
		memcpy(a->text, c->value, sizeof a->text);
}

/* A's digits: its own, or formatted into BUF[NUM_MAX]. */
static const char *
amount_text(const struct amount *a, char *buf)
{
	if (!a->fixed)
		return a->text;
	num_fix_format(&a->fix, buf, NUM_MAX);
	return buf;
}

/* OUT = A - B. */
static enum num_status
amount_sub(const struct amount *a, const struct amount *b, struct amount *out)
{
	char x[NUM_MAX], y[NUM_MAX];

	out->fix = a->fix;
	if (a->fixed && b->fixed && num_fix_add(&out->fix, &b->fix, true)) {
		out->fixed = true;
		return NUM_OK;
	}
	out->fixed = false;
	return num_sub(amount_text(a, x), amount_text(b, y), out->text,
	    sizeof out->text);
}

void
tally_sum_zero(struct tally_cell *s)
{
	/* field by field: the judge starts sums for every placement */
	s->raw = NULL;
	s->status = NUM_OK;
	s->value[0] = '\0';
	s->decimals = 0;
	s->percent = s->year = false;
	s->fixed = true;
	s->fix = (struct num_fix){ 0, 0 };
}

void
tally_sum_add_slow(struct tally_cell *s, const struct tally_cell *c)
{
	char a[NUM_MAX], b[NUM_MAX];

	if (s->status != NUM_OK || (c->status != NUM_OK &&
	    c->status != NUM_NOT_AMOUNT && c->status != NUM_TOO_LONG))
		return;		/* "/" and empty count as 0 */
	if (c->status != NUM_OK) {
		s->status = NUM_NOT_AMOUNT;	/* no sum to compare */
		return;
	}
	if (s->fixed && c->fixed && num_fix_add(&s->fix, &c->fix, false))
		return;
	if (s->fixed)	/* past 64 bits: on in digits */
		num_fix_format(&s->fix, s->value, sizeof s->value);
	s->fixed = false;
	if (c->fixed)
		num_fix_format(&c->fix, b, sizeof b);
	else
		memcpy(b, c->value, sizeof b);
	memcpy(a, s->value, sizeof a);
	s->status = num_add(a, b, s->value, sizeof s->value);
}

/* OUT = the sum of column COL over the N rows at ROWS (tally_sum_add);
 * *DECIMALS = the most decimals printed among them (the sum's scale). */
static enum num_status
sum_rows(const struct tally_table *t, const size_t *rows, size_t n, size_t col,
    struct amount *out, int *decimals)
{
	struct tally_cell sum;
	size_t i;

	tally_sum_zero(&sum);
	*decimals = 0;
	for (i = 0; i < n && sum.status == NUM_OK; i++) {
		const struct tally_cell *c = tally_cell_at(t, rows[i], col);

		tally_sum_add(&sum, c);
		if (c->status == NUM_OK && c->decimals > *decimals)
			*decimals = c->decimals;
	}
	amount_of(&sum, out);
	return sum.status;
}

/* Is |DIFF| at most one unit in the DECIMALS-th decimal? */
static bool
within_one_unit(const struct amount *diff, int decimals)
{
	char unit[NUM_MAX], buf[NUM_MAX];
	const char *d;

	if (diff->fixed && decimals >= 0 && decimals <= NUM_FIX_SCALE_MAX)
		return num_fix_within_unit(&diff->fix, decimals);
	d = amount_text(diff, buf);
	if (*d == '-')
		d++;
	if (num_scale("1", -decimals, unit, sizeof unit) != NUM_OK)
		return false;
	return num_cmp(d, unit) <= 0;
}

/* Does row HEAD equal the sum of the N rows at ROWS in every numeric
 * column, to one unit of its printed decimals? An empty head cell
 * stands for 0. */
static bool
adds_up(const struct tally_table *t, size_t head, const size_t *rows, size_t n)
{
	struct amount sum, diff, stated;
	size_t col;
	int dec;

	for (col = 1; col < t->ncols; col++) {
		const struct tally_cell *h = tally_cell_at(t, head, col);

		if (!t->numeric[col])
			continue;
		amount_of(h, &stated);
		if (sum_rows(t, rows, n, col, &sum, &dec) != NUM_OK ||
		    amount_sub(&stated, &sum, &diff) != NUM_OK)
			return false;
		if (!within_one_unit(&diff, h->status == NUM_OK ?
		    h->decimals : dec))
			return false;
	}
	return true;
}

/* What a cell that is no amount says of its column. A cell with a
 * digit is an amount gone wrong ("2.0OO", "l.5OO", "1.2.34": OCR, or
 * any digits that do not read) and counts for an amount column, but a
 * year or period ("2018BA", "2019-2024") makes a column of years, no
 * amounts; a cell without a digit ("abc", "Logistiek") counts against. */
enum no_amount { NO_AMOUNT_TEXT, NO_AMOUNT_DIGITS, NO_AMOUNT_YEAR };

static enum no_amount
no_amount_kind(const char *s)
{
	if (strpbrk(s, "0123456789") == NULL)
		return NO_AMOUNT_TEXT;
	if (year_read(s, strlen(s), YEAR_AMONG_NUMBERS, NULL) > 0)
		return NO_AMOUNT_YEAR;
	return NO_AMOUNT_DIGITS;
}

void
tally_column_add(struct tally_column *col, const struct tally_cell *c)
{
	col->shares |= c->status == NUM_OK && c->percent;
	col->numbers += c->status == NUM_OK;
	col->year_numbers += c->status == NUM_OK && c->year;
	if (c->status == NUM_OK || c->status == NUM_MISSING)
		return;
	switch (no_amount_kind(c->raw)) {
	case NO_AMOUNT_TEXT:
		col->text++;
		break;
	case NO_AMOUNT_DIGITS:
		col->digits++;
		break;
	case NO_AMOUNT_YEAR:
		col->years = true;
	}
}

/* A column is checked when it holds numbers, no shares ("50%" do not
 * add up) and no years that are no number; when MOSTLY (tabel-check),
 * also when its cells that are amounts (but for years: "2017" beside
 * text is a column of years) or amounts gone wrong (no_amount_kind)
 * outnumber its text: those that are no amount are reported, not added.
 * Else (the judge) only a column of nothing but numbers, "/" and empty
 * cells. */
bool
tally_column_numeric(const struct tally_column *col, bool mostly)
{
	return col->numbers > 0 && !col->shares && !col->years &&
	    (col->digits + col->text == 0 || (mostly && col->numbers -
	    col->year_numbers + col->digits > col->text));
}

static void
find_numeric_columns(struct tally_table *t, bool mostly)
{
	size_t row, col;

	for (col = 1; col < t->ncols; col++) {
		struct tally_column c = { 0 };

		for (row = 0; row < t->nrows; row++)
			tally_column_add(&c, tally_cell_at(t, row, col));
		tally_share(t, col, t->header[col], strlen(t->header[col]));
		c.shares |= t->share[col];
		t->numeric[col] = tally_column_numeric(&c, mostly);
	}
}

/* Emit each cell of a numeric column of T that is no amount. */
static void
emit_no_amounts(const struct tally_table *t, tally_emit_fn *emit, void *arg)
{
	struct tally_finding f = { 0 };
	const struct tally_cell *c;

	f.status = TALLY_ENOTAMOUNT;
	for (f.row = 0; f.row < t->nrows; f.row++)
		for (f.col = 1; f.col < t->ncols; f.col++) {
			c = tally_cell_at(t, f.row, f.col);
			if (t->numeric[f.col] && c->status != NUM_OK &&
			    c->status != NUM_MISSING)
				emit(t, &f, arg);
		}
}

/* The members of numbered row CAT: the rows RUN[0, N) below it up to the
 * next numbered or total row. When they do not add up, but a first part
 * of them does and the rest are groups that add up on their own (a head
 * with its rows), the category ends early and those groups stand beside
 * it (tally_early). Otherwise every row of the run is a member, and the
 * check will report the difference. */
static void
close_category(struct tally_table *t, size_t cat, const size_t *run, size_t n)
{
	size_t i;

	if (!adds_up(t, cat, run, n))
		n = tally_early_end(t, cat, run, n);
	for (i = 0; i < n; i++)
		t->parent[run[i]] = (long)cat;
}

/* The top-level rows in [FROM, TO) not closed yet, into ROWS. */
static size_t
open_rows(const struct tally_table *t, size_t from, size_t to, size_t *rows)
{
	size_t n = 0, r;

	for (r = from; r < to; r++)
		if (t->parent[r] < 0)
			rows[n++] = r;
	return n;
}

bool
tally_unlabelled_closes(const struct tally_cell *last,
    const struct tally_cell *sums, const bool *numeric, size_t ncols,
    size_t nrows)
{
	struct amount sum, diff, stated;
	size_t col, values = 0, agree = 0;

	if (nrows < 2)
		return false;
	for (col = 1; col < ncols; col++) {
		const struct tally_cell *c = &last[col];

		if (!numeric[col] || c->status != NUM_OK)
			continue;
		values++;
		amount_of(c, &stated);
		amount_of(&sums[col], &sum);
		if (sums[col].status == NUM_OK &&
		    amount_sub(&stated, &sum, &diff) == NUM_OK &&
		    within_one_unit(&diff, c->decimals))
			agree++;
	}
	return values > 0 && 2 * agree >= values;
}

/* A label-less last row is a total when it adds up in at least half of
 * the columns where it has a value (tally_unlabelled_closes). */
static bool
is_unlabelled_total(const struct tally_table *t, size_t row, const size_t *rows,
    size_t n)
{
	struct tally_cell *sums;
	size_t col, i;
	bool total;
	const char *label = t->cells[row * t->ncols].raw;

	if (n < 2 || !rowlabel_candidate_total(label, strlen(label),
	    row + 1 == t->nrows))
		return false;
	sums = xcalloc(t->ncols, sizeof *sums);
	for (col = 1; col < t->ncols; col++) {
		if (!t->numeric[col])
			continue;
		tally_sum_zero(&sums[col]);
		for (i = 0; i < n; i++)
			tally_sum_add(&sums[col], tally_cell_at(t, rows[i],
			    col));
	}
	total = tally_unlabelled_closes(tally_cell_at(t, row, 0), sums,
	    t->numeric, t->ncols, n);
	free(sums);
	return total;
}

/* The end of the unnumbered rows below numbered row R: the next numbered
 * or total row, or a label-less last row (which may be the total). */
static size_t
run_end(const struct tally_table *t, const enum rowlabel_kind *kinds, size_t r)
{
	const char *label;

	for (r++; r < t->nrows; r++) {
		label = tally_cell_at(t, r, 0)->raw;
		if (kinds[r] != ROWLABEL_PLAIN ||
		    rowlabel_candidate_total(label, strlen(label),
		    r + 1 == t->nrows))
			break;
	}
	return r;
}

/* Which rows close which: parent[] and is_total[], the rows being of
 * KINDS. ROWS is scratch room for nrows indexes. */
static void
find_structure(struct tally_table *t, const enum rowlabel_kind *kinds,
    size_t *rows)
{
	size_t r, e, n, i, total_from = 0, sub_from = 0;
	enum rowlabel_kind kind;

	for (r = 0; r < t->nrows; r++) {
		t->parent[r] = -1;
		t->is_total[r] = false;
	}
	for (r = 0; r < t->nrows; r++) {
		kind = kinds[r];
		if (kind == ROWLABEL_PLAIN && r + 1 == t->nrows &&
		    is_unlabelled_total(t, r, rows, open_rows(t, total_from,
		    r, rows)))
			kind = ROWLABEL_TOTAL;
		if (kind == ROWLABEL_TOTAL || kind == ROWLABEL_SUBTOTAL) {
			n = open_rows(t, kind == ROWLABEL_SUBTOTAL ? sub_from :
			    total_from, r, rows);
			for (i = 0; i < n; i++)
				if (kind == ROWLABEL_TOTAL ||
				    !t->is_total[rows[i]])
					t->parent[rows[i]] = (long)r;
			t->is_total[r] = true;
			sub_from = r + 1;
			if (kind == ROWLABEL_TOTAL)
				total_from = r + 1;
		} else if (kind == ROWLABEL_NUMBERED && tally_has_values(t, r)) {
			e = run_end(t, kinds, r);
			for (n = 0; r + 1 + n < e; n++)
				rows[n] = r + 1 + n;
			close_category(t, r, rows, n);
			r = e - 1;
		}
	}
}

/* V with exactly SCALE decimals ("93.9", 2: "93.90") into OUT[NUM_MAX]. */
static void
at_scale(const char *v, int scale, char *out)
{
	const char *dot = strchr(v, '.');
	int have = dot != NULL ? (int)strlen(dot + 1) : 0;
	size_t len = strlen(v);

	if (len + (size_t)(scale - have) + 2 > NUM_MAX || have >= scale) {
		snprintf(out, NUM_MAX, "%s", v);
		return;
	}
	memcpy(out, v, len);
	if (dot == NULL)
		out[len++] = '.';
	while (have++ < scale)
		out[len++] = '0';
	out[len] = '\0';
}

/* The difference of row ROW, column COL against SUM (DEC decimals);
 * its numbers written out only when SHOWN (the judge counts, no more). */
static bool
difference(const struct tally_table *t, size_t row, size_t col,
    const struct amount *sum, int dec, bool shown, struct tally_finding *f)
{
	const struct tally_cell *stated = tally_cell_at(t, row, col);
	struct amount value, diff;
	char buf[NUM_MAX];

	f->row = row;
	f->col = col;
	amount_of(stated, &value);
	if (amount_sub(&value, sum, &diff) != NUM_OK) {
		f->status = TALLY_ETOOLONG;
		return true;
	}
	if (diff.fixed ? diff.fix.units == 0 : num_cmp(diff.text, "0") == 0)
		return false;
	f->status = TALLY_OK;
	f->rounding = within_one_unit(&diff, stated->decimals);
	if (!shown)
		return true;
	at_scale(stated->value, stated->decimals, f->stated);
	at_scale(amount_text(sum, buf), dec, f->computed);
	at_scale(amount_text(&diff, buf), stated->decimals > dec ?
	    stated->decimals : dec, f->difference);
	return true;
}

/* The rows each row closes, in row order: row R closes
 * members[first[R], first[R + 1]). FIRST has nrows + 1 entries. */
static void
group_members(const struct tally_table *t, size_t *first, size_t *members)
{
	size_t r, p, *next = xcalloc(t->nrows + 1, sizeof *next);

	memset(first, 0, (t->nrows + 1) * sizeof *first);
	for (r = 0; r < t->nrows; r++)
		if (t->parent[r] >= 0)
			first[t->parent[r] + 1]++;
	for (r = 0; r < t->nrows; r++)
		first[r + 1] += first[r];
	memcpy(next, first, t->nrows * sizeof *next);
	for (r = 0; r < t->nrows; r++)
		if (t->parent[r] >= 0) {
			p = (size_t)t->parent[r];
			members[next[p]++] = r;
		}
	free(next);
}

/* Check row R against its N MEMBERS in every numeric column; EMIT (if
 * not NULL) gets each difference. Returns the cells that agree: equal,
 * or off by rounding. */
static size_t
check_row(const struct tally_table *t, size_t r, const size_t *members,
    size_t n, tally_emit_fn *emit, void *arg)
{
	struct tally_finding f = { 0 };
	enum num_status st;
	struct amount sum;
	size_t col, agree = 0;
	int dec;

	for (col = 1; col < t->ncols; col++) {
		if (!t->numeric[col] ||
		    tally_cell_at(t, r, col)->status != NUM_OK)
			continue;	/* an empty total: unchecked */
		if ((st = sum_rows(t, members, n, col, &sum, &dec)) != NUM_OK) {
			memset(&f, 0, sizeof f);
			f.row = r;
			f.col = col;
			f.status = st == NUM_NOT_AMOUNT ? TALLY_EUNCHECKED :
			    TALLY_ETOOLONG;
		} else if (!difference(t, r, col, &sum, dec, emit != NULL,
		    &f)) {
			agree++;
			continue;
		} else if (f.status == TALLY_OK && f.rounding) {
			agree++;
		}
		if (emit != NULL)
			emit(t, &f, arg);
	}
	return agree;
}

/* tally_check and tally_agree: KINDS NULL reads each label. */
static size_t
run(struct tally_table *t, const enum rowlabel_kind *kinds, tally_emit_fn *emit,
    void *arg)
{
	size_t *rows = xreallocarray(NULL, t->nrows + 1, sizeof *rows);
	size_t *first = xreallocarray(NULL, t->nrows + 1, sizeof *first);
	enum rowlabel_kind *own = NULL;
	size_t r, agree = 0;

	if (kinds == NULL) {
		own = xreallocarray(NULL, t->nrows + 1, sizeof *own);
		for (r = 0; r < t->nrows; r++)
			own[r] = rowlabel_kind(tally_cell_at(t, r, 0)->raw,
			    strlen(tally_cell_at(t, r, 0)->raw));
		kinds = own;
	}
	free(t->numeric);	/* from an earlier run */
	free(t->parent);
	free(t->is_total);
	t->numeric = xcalloc(t->ncols, sizeof *t->numeric);
	t->parent = xcalloc(t->nrows + 1, sizeof *t->parent);
	t->is_total = xcalloc(t->nrows + 1, sizeof *t->is_total);
	/* the judge (tally_agree) adds up clean columns only */
	find_numeric_columns(t, emit != NULL);
	if (emit != NULL)
		emit_no_amounts(t, emit, arg);
	find_structure(t, kinds, rows);
	group_members(t, first, rows);
	for (r = 0; r < t->nrows; r++)
		if (first[r + 1] > first[r])
			agree += check_row(t, r, rows + first[r],
			    first[r + 1] - first[r], emit, arg);
	free(own);
	free(first);
	free(rows);
	return agree;
}

void
tally_check(struct tally_table *t, tally_emit_fn *emit, void *arg)
{
	struct tally_finding f = { 0 };
	struct tally_reading r;

	tally_notation(t, &r);
	if (r.read == TALLY_READ_POINT)
		tally_read_point(t);
	if (r.read == TALLY_READ_UNSETTLED && emit != NULL) {
		f.status = TALLY_NOTATION;
		f.row = r.row;
		f.col = r.col;
		emit(t, &f, arg);
	}
	run(t, NULL, emit, arg);
}

size_t
tally_agree(struct tally_table *t, const enum rowlabel_kind *kinds)
{
	return run(t, kinds, NULL, NULL);
}
