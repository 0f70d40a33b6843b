/* tally_table: the table model of common/table/tally.c: cells read as
 * numbers, rows added one by one, and freed. */
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "common/num/year.h"
#include "common/table/table.h"
#include "common/table/tally.h"
#include "common/sys/xalloc.h"

static const char *const tally_messages[TALLY_STATUS_COUNT] = {
	[TALLY_OK] = "ok",
	[TALLY_ETOOLONG] = "sum longer than NUM_MAX digits",
	[TALLY_ENOTAMOUNT] = "no amount, not added up",
	[TALLY_EUNCHECKED] = "not checked, a cell it adds up is no amount",
	[TALLY_NOTATION] = "read in nl: neither the notation nor the totals "
	    "say",
};

const char *
tally_strerror(enum tally_status status)
{
	if ((unsigned)status >= TALLY_STATUS_COUNT)
		return "unknown tally status";
	return tally_messages[status];
}

/* Read S as a number. A "0.200" in a table of decimal commas cannot be
 * grouping (no group starts with 0): it is a decimal point. */
void
tally_cell_parse(struct tally_cell *c, const char *s, size_t len)
{
	struct num_amount na;

	c->raw = xstrndup(s, len);
	c->value[0] = '\0';
	c->decimals = 0;
	c->percent = false;
	c->year = false;
	c->fixed = false;
	c->status = len == 0 ? NUM_MISSING : num_parse(s, len, NUM_LOCALE_NL,
	    &na);
	if (c->status == NUM_OK && na.grouped && (s[0] == '0' ||
	    (s[0] == '-' && len > 1 && s[1] == '0')))
		c->status = num_parse(s, len, NUM_LOCALE_EN, &na);
	if (c->status != NUM_OK)
		return;
	memcpy(c->value, na.value, sizeof c->value);
	c->decimals = na.decimals;
	c->percent = na.percent;
	/* read once here: the judge asks each placement of the column */
	c->year = s[0] >= '0' && s[0] <= '9' && len <= 16 && year_is(s, len);
	c->fixed = num_fix_read(c->value, &c->fix);
}

bool
tally_two_ways(const char *s, size_t len)
{
	size_t i = len > 0 && s[0] == '-', start = i, sep = 0;

	for (; i < len; i++) {
		if ((s[i] == '.' || s[i] == ',') && sep == 0 && i > start)
			sep = i;
		else if (s[i] < '0' || s[i] > '9')
			return false;
	}
	return sep != 0 && i - sep == 4 && s[start] != '0';
}

void
tally_read_point(struct tally_table *t)
{
	struct tally_cell *c;
	char *swapped, *p;

	for (size_t r = 0; r < t->nrows; r++)
		for (size_t col = 1; col < t->ncols; col++) {
			c = tally_cell_at(t, r, col);
			if (!tally_two_ways(c->raw, strlen(c->raw)))
				continue;
			swapped = c->raw;
			p = strpbrk(swapped, ".,");
			*p = *p == '.' ? ',' : '.';
			tally_cell_parse(c, swapped, strlen(swapped));
			free(swapped);
		}
}

/* Does a cell of T prove its notation (num_vote)? */
static bool
shows_notation(const struct tally_table *t)
{
	struct num_votes v = { 0 };

	for (size_t r = 0; r < t->nrows; r++)
		for (size_t col = 1; col < t->ncols; col++) {
			const char *s = tally_cell_at(t, r, col)->raw;

			num_vote(&v, s, strlen(s));
			if (v.nl + v.en > 0)
				return true;
		}
	return false;
}

void
tally_notation(struct tally_table *t, struct tally_reading *r)
{
	size_t dutch = 0, other = 0;

	memset(r, 0, sizeof *r);
	for (size_t row = 0; row < t->nrows; row++)
		for (size_t col = 1; col < t->ncols; col++)
			if (tally_two_ways(tally_cell_at(t, row, col)->raw,
			    strlen(tally_cell_at(t, row, col)->raw)) &&
			    r->ambiguous++ == 0) {
				r->row = row;
				r->col = col;
			}
	if (r->ambiguous == 0)
		return;		/* TALLY_READ_NONE */
	r->example = tally_cell_at(t, r->row, r->col)->raw;
	r->line = t->lines[r->row];
	if (shows_notation(t)) {
		r->read = TALLY_READ_SHOWN;
		return;
	}
	dutch = tally_agree(t, NULL);
	tally_read_point(t);
	other = tally_agree(t, NULL);
	tally_read_point(t);	/* as it was: the cells are read anew */
	r->example = tally_cell_at(t, r->row, r->col)->raw;
	r->read = dutch > other ? TALLY_READ_DUTCH : other > dutch ?
	    TALLY_READ_POINT : TALLY_READ_UNSETTLED;
}

void
tally_set(struct tally_table *t, size_t row, size_t col, const char *s,
    size_t len)
{
	struct tally_cell *c = tally_cell_at(t, row, col);

	free(c->raw);
	tally_cell_parse(c, s, len);
}

void
tally_put(struct tally_table *t, size_t row, size_t col,
    const struct tally_cell *c)
{
	struct tally_cell *to = tally_cell_at(t, row, col);

	free(to->raw);
	*to = *c;
	to->raw = xstrdup(c->raw);
}

/* A label is never added up: kept as text, not read as a number. */
static void
set_label(struct tally_table *tt, size_t row, const char *text)
{
	struct tally_cell *label = tally_cell_at(tt, row, 0);

	free(label->raw);
	memset(label, 0, sizeof *label);
	label->raw = xstrdup(text);
	label->status = NUM_NOT_AMOUNT;
}

void
tally_load(struct tally_table *tt, const struct table *t)
{
	char **fields = xreallocarray(NULL, t->ncols + 1, sizeof(*fields));
	size_t *lens = xreallocarray(NULL, t->ncols + 1, sizeof(*lens));
	size_t r, c;

	tally_start(tt, NULL, t->ncols + 1);
	for (r = 0; r < t->nrows; r++) {
		fields[0] = "";		/* the label, set as text */
		lens[0] = 0;
		for (c = 0; c < t->ncols; c++) {
			/* read only: each cell is read once, as it is added */
			fields[c + 1] = (char *)t->cells[r * t->ncols + c].raw;
			lens[c + 1] = strlen(fields[c + 1]);
		}
		tally_add(tt, fields, lens, t->ncols + 1, t->rows[r].line);
		set_label(tt, r, t->rows[r].label);
	}
	free(fields);
	free(lens);
}

void
tally_load_row(struct tally_table *tt, const struct table *t, size_t row)
{
	const char *raw;
	size_t c;

	set_label(tt, row, t->rows[row].label);
	for (c = 0; c < t->ncols; c++) {
		raw = t->cells[row * t->ncols + c].raw;
		tally_set(tt, row, c + 1, raw, strlen(raw));
	}
}

void
tally_free(struct tally_table *t)
{
	size_t i;

	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].raw);
	for (i = 0; i < t->ncols; i++)
		free(t->header[i]);
	free(t->header);
	free(t->cells);
	free(t->lines);
	free(t->numeric);
	free(t->share);
	free(t->parent);
	free(t->is_total);
	memset(t, 0, sizeof *t);
}

void
tally_start(struct tally_table *t, char *const *header, size_t n)
{
	size_t i;

	memset(t, 0, sizeof *t);
	t->ncols = n;
	t->header = xreallocarray(NULL, n, sizeof *t->header);
	t->share = xcalloc(n + 1, sizeof *t->share);
	for (i = 0; i < n; i++)
		t->header[i] = xstrdup(header != NULL ? header[i] : "");
}

void
tally_share(struct tally_table *t, size_t col, const char *unit, size_t len)
{
	struct num_unit u;
	size_t i;

	if (len == 0 || num_unit_read(unit, len, &u) != NUM_OK || !u.percent)
		return;
	for (i = 0; i < t->ncols; i++)
		if (col == (size_t)-1 || i == col)
			t->share[i] = true;
}

void
tally_add(struct tally_table *t, char *const *fields, const size_t *lens,
    size_t n, long line)
{
	size_t i;

	if (t->nrows == t->cap) {
		t->cap = t->cap > 0 ? 2 * t->cap : 16;
		t->lines = xreallocarray(t->lines, t->cap, sizeof *t->lines);
		t->cells = xreallocarray(t->cells, t->cap,
		    t->ncols * sizeof *t->cells);
	}
	t->lines[t->nrows] = line;
	for (i = 0; i < t->ncols; i++)
		tally_cell_parse(tally_cell_at(t, t->nrows, i),
		    i < n ? fields[i] : "", i < n ? lens[i] : 0);
	t->nrows++;
}
