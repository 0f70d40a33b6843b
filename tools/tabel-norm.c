/* tabel-norm: CSV filter; amounts to canonical decimals, dates to ISO 8601.
 *
 * Wide input (a header row, then one row per table row): the header row
 * and the label column (column 1) pass through; every other cell that is
 * an amount becomes a canonical decimal in base units (euro), scaled by
 * the unit of its column header, else of --unit, unless the cell names
 * its own; every other cell passes through untouched. -c and --dates
 * choose the columns instead. Long input (DESIGN.md §3, one row per cell,
 * its columns found by name: common/table/tableread) is written in the
 * long form's order, a column it lacks empty, its other columns after,
 * and gains value, year, period, phase and currency. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/cli.h"
#include "common/num/colspec.h"
#include "common/sys/csvio.h"
#include "common/num/date.h"
#include "common/sys/err.h"
#include "common/table/longcell.h"
#include "common/table/longform.h"
#include "common/num/normcol.h"
#include "common/num/num.h"
#include "common/sys/outfile.h"
#include "common/sys/rowbuf.h"
#include "common/table/sheetcsv.h"
#include "common/table/tablehold.h"
#include "common/table/tableread.h"
#include "common/table/tally.h"
#include "common/sys/xalloc.h"

static const char usage_text[] =
"usage: tabel-norm [-c COLS] [--dates COLS] [--unit TEXT] [--keep-scale]\n"
"                  [--percent keep|fraction] [--locale nl|en|auto]\n"
"                  [--excel] [--strict] [-o FILE] [FILE ...]\n"
"Make the amounts of a CSV table canonical decimals and its dates ISO 8601.\n"
"\n"
"  -c COLS          amount columns (numbers, ranges 2-5 or header names,\n"
"                   comma-separated); default: all but column 1\n"
"  --dates COLS     date columns: dates, years and periods to ISO 8601\n"
"  --unit TEXT      the table's unit (euro, duizend euro, x € 1.000, k€,\n"
"                   kEUR, miljoen euro, MEUR, miljard euro, miljoen USD);\n"
"                   a unit in a column header applies to that column, one\n"
"                   in a cell to that cell; amounts come out in euro, or\n"
"                   in the currency named (never converted)\n"
"  --keep-scale     amounts stay in the table's unit (notation only)\n"
"  --percent MODE   keep: 50% is 50 (default); fraction: 50% is 0.5\n"
"  --locale LOC     nl: decimal comma; en: decimal point; auto: per\n"
"                   column, from the cells whose notation is\n"
"                   unambiguous; a column without any follows its\n"
"                   table; a tie is nl. Default: nl, but a table that\n"
"                   shows no notation reads 1.125 as its totals add up\n"
"  --excel          ';' separator, decimal comma, BOM, CRLF; text cells\n"
"                   starting with = + - @ (after any tabs or carriage\n"
"                   returns) that are no number are guarded with a '\n"
"  --strict         report cells of amount columns that are no amount\n"
"  -o FILE          write to FILE (whole or not at all)\n"
"  -h, --help       this help;  --version  the version\n"
"\n"
"Rules for ambiguous notation (nl; en mirrors them):\n"
"  ',' is the decimal comma: 1,700 miljoen is 1700000;\n"
"  one '.' followed by exactly three digits groups thousands: 1.234 is\n"
"  1234; otherwise it is a decimal point: 0.200 is 0.2, 111.75 is 111.75\n"
"  (a thousands group never starts a number with 0);\n"
"  1.234.567 and 1.234,5 are grouped; English notation (1,234.5,\n"
"  1,234,567) is no amount in nl (--locale en or auto reads it);\n"
"  an integer with a leading zero (0033) is a code and passes through;\n"
"  / - – — n.v.t. nvt x … are missing values: an empty cell.\n"
"  signs: -5, (5), 5- (a trailing minus), +5; -0 is 0.\n"
"A unit word not in the unit table (lakh, x 10.000) is never guessed:\n"
"reported, its values unscaled. The header row stays as it is. Long input\n"
"(header source,table,caption,unit,row,col,row_label,col_header,raw,line)\n"
"keeps every column and adds value (raw scaled by unit, or by a unit in\n"
"col_header; empty when raw is no amount), year, period and phase (from\n"
"col_header) and currency (ISO 4217 code of value, % for a share).\n"
"Details, date forms and what is out of scope: docs/tabel-norm.md.\n";

static struct {
	const char *cols, *dates, *output;
	struct num_unit unit;
	bool keep_scale, fraction, excel, strict, auto_locale;
	bool settle;		/* unless --locale nl or en: tables that show
				 * no notation are settled by their totals */
	enum num_locale locale;
} opt;

static struct sheetcsv out;

/* One input being filtered. */
struct job {
	const char *name;
	bool is_long;
	size_t keep;			/* long input: fields written as read */
	const struct csvio_row *header;	/* the reader's (tableread) */
	struct normcol_set cols;
	struct longcell cell;		/* long input: unit, col_header */
	struct rowbuf held;		/* --locale auto: rows held back */
	struct tablehold hold;		/* their size; past its limits the
					 * rest of the table streams */
	struct tally_table sums;	/* and read for their totals (wide) */
	bool summed;
	bool shown;			/* by default: the table showed its
					 * notation, its rows stream */
	bool two_ways;			/* a cell held reads two ways */
	struct num_votes notation;	/* by default: the votes of every
					 * amount cell of the table */
	long english_line;		/* the first English vote's line */
	char english[64];		/* and its cell */
	char *held_key;			/* long input: their source, table */
	long ragged;			/* wide rows not as wide as the header */
};

/* Report a cell at FILE:LINE:COL and raise the exit status. */
static void
report(const struct job *j, const struct csvio_row *row, size_t i,
    const char *what)
{
	char where[512];

	snprintf(where, sizeof where, "%s:%ld:%zu", j->name, row->line, i + 1);
	warn_at(where, 0, "'%.*s' %s", err_excerpt(row->fields[i],
	    row->lens[i]), row->fields[i], what);
}

/* A number read past its footnote mark: a judgement, said but no
 * problem (the mark stays in the raw cell of long output). */
static void
footnote(const struct job *j, const struct csvio_row *row, size_t i,
    const char *value)
{
	char where[512];

	snprintf(where, sizeof where, "%s:%ld:%zu", j->name, row->line, i + 1);
	note_at(where, 0, "'%.*s' has a footnote mark: read as %s",
	    err_excerpt(row->fields[i], row->lens[i]), row->fields[i],
	    value);
}

/* Does a wide cell in currency UNIT sit in column C of another one (a
 * column without a currency is in euro)? Wide output has no currency
 * column, so such a value would pass for the column's. */
static bool
foreign(const struct normcol *c, const char *unit)
{
	const char *col = c->currency != NULL ? c->currency : "EUR";

	return unit[0] != '\0' && strcmp(unit, "%") != 0 &&
	    strcmp(unit, col) != 0;
}

/* Is the locale the default one (nl, no --locale given)? */
static bool
default_mode(void)
{
	return opt.settle && !opt.auto_locale;
}

/* By default, at the end of a table: a table whose cells show English
 * notation more than Dutch ("1,234.5", "0.200") is said, for the default
 * reads it as Dutch ("12,500" is 12.5, "1,234.5" no amount). */
static void
english_said(struct job *j)
{
	if (default_mode() && j->notation.en > j->notation.nl)
		warn_at(j->name, j->english_line, "the table's cells show "
		    "English notation ('%s'): read in nl, where '1,234.5' is "
		    "no amount and '12,500' is 12.5; --locale auto or en reads "
		    "it", j->english);
	j->notation = (struct num_votes){ 0, 0 };
	j->english_line = 0;
}

/* Cell I of ROW as an amount of column C; a cell that is no amount
 * passes through when TEXT_PASSES (wide input), else leaves the field
 * empty. *UNIT (NULL: not wanted) gets what the value is in. */
static void
put_amount(struct job *j, const struct normcol *c,
    const struct csvio_row *row, size_t i, bool text_passes,
    const char **unit)
{
	struct normcol_output o = { opt.keep_scale, opt.fraction,
	    default_mode() ? &j->notation : NULL };
	long english = j->notation.en;
	char value[NUM_MAX], why[64];
	enum num_status st;
	const char *in;

	st = normcol_amount(c, &o, row->fields[i], row->lens[i], value, &in);
	if (j->notation.en > english && j->english_line == 0) {
		j->english_line = row->line;
		snprintf(j->english, sizeof j->english, "%.*s",
		    err_excerpt(row->fields[i], row->lens[i]), row->fields[i]);
	}
	if (st == NUM_OK && text_passes && foreign(c, in)) {
		snprintf(why, sizeof why, "is in %s, its column in %s: kept "
		    "as written", in, c->currency != NULL ? c->currency :
		    "EUR");
		report(j, row, i, why);
		sheetcsv_text(&out, row->fields[i], row->lens[i]);
		return;
	}
	if (unit != NULL)
		*unit = in;
	if (st == NUM_OK) {
		if (num_footnote(row->fields[i], row->lens[i]) > 0)
			footnote(j, row, i, value);
		sheetcsv_number(&out, value);
		return;
	}
	if (st == NUM_MISSING) {
		sheetcsv_text(&out, "", 0);
		return;
	}
	if (opt.strict || st == NUM_TOO_LONG)
		report(j, row, i, st == NUM_TOO_LONG ? "has too many digits" :
		    "is not an amount");
	sheetcsv_text(&out, text_passes ? row->fields[i] : "",
	    text_passes ? row->lens[i] : 0);
}

static void
put_date(const struct job *j, const struct csvio_row *row, size_t i)
{
	char iso[DATE_MAX + 4];
	enum date_status st;

	if (row->lens[i] == 0) {
		sheetcsv_text(&out, "", 0);
		return;
	}
	st = normcol_date(row->fields[i], row->lens[i], iso);
	if (st == DATE_OK) {
		sheetcsv_text(&out, iso, strlen(iso));
		return;
	}
	if (st == DATE_INVALID || opt.strict)
		report(j, row, i, st == DATE_INVALID ? "names no such day" :
		    "is not a date");
	sheetcsv_text(&out, row->fields[i], row->lens[i]);
}

/* Column I: on wide input with the unit of its header cell. */
static struct normcol *
column(struct job *j, size_t i)
{
	struct normcol_rule rule = { opt.cols, opt.dates, opt.unit,
	    opt.locale };

	if (i < j->cols.n)		/* the hot path: once per cell */
		return &j->cols.cols[i];
	return normcol_get(&j->cols, i, &rule, j->header, !j->is_long);
}

static void
wide_row(struct job *j, const struct csvio_row *row)
{
	const struct normcol *c;
	size_t i;

	for (i = 0; i < row->n; i++) {
		c = column(j, i);
		if (c->date)
			put_date(j, row, i);
		else if (c->amount)
			put_amount(j, c, row, i, true, NULL);
		else
			sheetcsv_text(&out, row->fields[i], row->lens[i]);
	}
	sheetcsv_end(&out);
}

/* Long input: the column a row's cell sits in, by its "col" number. */
static struct normcol *
long_column(struct job *j, const struct csvio_row *row)
{
	long col = strtol(row->fields[LONGFORM_COL], NULL, 10);

	return column(j, col >= 1 && col <= 100000 ? (size_t)col - 1 : 0);
}

static void
long_row(struct job *j, const struct csvio_row *row)
{
	struct normcol c = { .amount = true, .locale = opt.locale };
	const struct longcell_text *unknown;
	const char *period, *phase, *unit = "";
	struct num_unit u;
	char year[8];
	size_t i;

	for (i = 0; i < row->n && i < j->keep; i++)
		sheetcsv_text(&out, row->fields[i], row->lens[i]);
	if ((unknown = longcell_read(&j->cell, row, &opt.unit)) != NULL &&
	    num_unit_read(unknown->text, unknown->len, &u) == NUM_UNKNOWN_UNIT)
		warn_at(j->name, row->line, "unit '%.*s': '%.*s' is not in "
		    "the unit table: its amounts are left unscaled",
		    err_excerpt(unknown->text, unknown->len), unknown->text,
		    (int)u.unknown_len, u.unknown);
	u = longcell_unit(&j->cell);
	c.exp10 = u.exp10;
	c.currency = u.currency;
	c.percent = u.percent;
	if (opt.settle)
		c.locale = long_column(j, row)->locale;
	put_amount(j, &c, row, LONGFORM_RAW, false, &unit);
	longcell_dates(&j->cell, year, &period, &phase);
	sheetcsv_text(&out, year, strlen(year));
	sheetcsv_text(&out, period, strlen(period));
	sheetcsv_text(&out, phase, strlen(phase));
	sheetcsv_text(&out, unit, strlen(unit));
	sheetcsv_end(&out);
}

/* One data row, wide or long. */
static void
norm_row(const struct csvio_row *row, void *ctx)
{
	struct job *j = ctx;

	if (j->is_long)
		long_row(j, row);
	else
		wide_row(j, row);
}

/* A table without a single vote: its cells that read two ways, a
 * thousand times apart ("1.125", "1,125"), are settled by its totals, and
 * said when they are not (common/table/tally: the rule of tabel-check and
 * tabel-xlsx too). */
static void
settle_by_totals(struct job *j)
{
	struct tally_reading r;
	size_t i;

	tally_notation(&j->sums, &r);
	for (i = 0; r.read == TALLY_READ_POINT && i < j->cols.n; i++)
		j->cols.cols[i].locale = NUM_LOCALE_EN;
	if (r.read == TALLY_READ_UNSETTLED)
		note_at(j->name, r.line, TALLY_UNSETTLED_NOTE, r.example);
}

/* Field I of ROW as a count from 1, or 0 when it is none or past MAX. */
static size_t
index_field(const struct csvio_row *row, size_t i, size_t max)
{
	size_t v = 0, k;

	for (k = 0; k < row->lens[i]; k++) {
		if (row->fields[i][k] < '0' || row->fields[i][k] > '9')
			return 0;
		v = v * 10 + (size_t)(row->fields[i][k] - '0');
		if (v > max)
			return 0;
	}
	return v;
}

/* The grid of a long table: its size, then its cells. */
struct grid {
	struct job *j;
	size_t rows, cols, max;
	bool fill;
};

static void
grid_cell(const struct csvio_row *row, void *ctx)
{
	struct grid *g = ctx;
	size_t r, c;

	if ((r = index_field(row, LONGFORM_ROW,
	    g->max)) == 0 || ((c = index_field(row, LONGFORM_COL, g->max)) ==
	    0 && strcmp(row->fields[LONGFORM_COL], "0") != 0))
		return;
	if (!g->fill) {
		g->rows = r > g->rows ? r : g->rows;
		g->cols = c > g->cols ? c : g->cols;
		return;
	}
	tally_set(&g->j->sums, r - 1, 0, row->fields[LONGFORM_ROW_LABEL],
	    row->lens[LONGFORM_ROW_LABEL]);
	if (c == 0)	/* a row without values, its label alone */
		return;
	tally_set(&g->j->sums, r - 1, c, row->fields[LONGFORM_RAW],
	    row->lens[LONGFORM_RAW]);
	/* a row's line for the notes: its first cell that reads two ways */
	if (g->j->sums.lines[r - 1] == 0 && tally_two_ways(
	    row->fields[LONGFORM_RAW], row->lens[LONGFORM_RAW]))
		g->j->sums.lines[r - 1] = row->line;
}

/* Long input: the rows held back as one table for its totals (row and
 * col past the rows held are no grid: nothing is summed). */
static void
sum_long(struct job *j)
{
	struct grid g = { .j = j, .max = j->held.rows };
	size_t r;

	rowbuf_each(&j->held, grid_cell, &g);
	if (g.rows == 0 || g.cols == 0 || !tablehold_fits(g.rows, g.cols + 1))
		return;		/* no grid, or one too large to hold */
	tally_start(&j->sums, NULL, g.cols + 1);
	for (r = 0; r < g.rows; r++)
		tally_add(&j->sums, NULL, NULL, 0, 0);
	g.fill = true;
	rowbuf_each(&j->held, grid_cell, &g);
	j->summed = true;
}

/* Settle each column's locale from its votes; a column without any
 * follows the votes of its whole table, a table without any its totals.
 * Then write the rows held back. */
static void
release(struct job *j)
{
	long votes = 0;
	size_t i;

	for (i = 0; i < j->cols.n; i++) {
		votes += j->cols.cols[i].votes.nl + j->cols.cols[i].votes.en;
		if (!opt.auto_locale) {	/* the default: nl, unless settled */
			j->cols.cols[i].locale = opt.locale;
			j->cols.cols[i].votes = (struct num_votes){ 0, 0 };
		}
	}
	if (opt.auto_locale)
		normcol_elect(&j->cols);
	if (j->is_long && votes == 0 && !j->hold.over)
		sum_long(j);
	if (j->summed && votes == 0 && !j->hold.over)
		settle_by_totals(j);	/* the totals of a part say nothing */
	if (j->summed)
		tally_free(&j->sums);
	j->summed = false;
	rowbuf_replay(&j->held, norm_row, j);
}

/* Has a cell of the table held shown its notation? */
static bool
voted(const struct job *j)
{
	for (size_t i = 0; i < j->cols.n; i++)
		if (j->cols.cols[i].votes.nl + j->cols.cols[i].votes.en > 0)
			return true;
	return false;
}

/* Hold ROW back and count its votes. A table past the limits of
 * tablehold is settled by the rows held so far, and the rest of it
 * streams: no row is dropped. */
static void
hold(struct job *j, const struct csvio_row *row)
{
	size_t i, bytes = 0;

	for (i = 0; i < row->n; i++)
		bytes += row->lens[i];
	if (!tablehold_add(&j->hold, j->is_long ? 1 : row->n > j->header->n ?
	    row->n : j->header->n, bytes)) {	/* a long row is one cell */
		if (opt.auto_locale)
			warn_at(j->name, row->line, "table %s: --locale auto "
			    "settles its notation by the rows before this "
			    "line", tablehold_strerror());
		else if (j->two_ways)
			note_at(j->name, row->line, "table %s: cells like "
			    "'1.125' read in nl, its totals not asked",
			    tablehold_strerror());
		release(j);
		norm_row(row, j);
		return;
	}
	rowbuf_add(&j->held, row);
	if (!j->is_long && !j->summed) {
		tally_start(&j->sums, j->header->fields, j->header->n);
		j->summed = true;
	}
	if (!j->is_long)
		tally_add(&j->sums, row->fields, row->lens, row->n, row->line);
	for (i = 0; !j->is_long && i < row->n; i++)
		if (column(j, i)->amount) {
			num_vote(&column(j, i)->votes, row->fields[i],
			    row->lens[i]);
			j->two_ways |= tally_two_ways(row->fields[i],
			    row->lens[i]);
		}
	if (j->is_long) {
		num_vote(&long_column(j, row)->votes,
		    row->fields[LONGFORM_RAW], row->lens[LONGFORM_RAW]);
		j->two_ways |= tally_two_ways(row->fields[LONGFORM_RAW],
		    row->lens[LONGFORM_RAW]);
	}
	if (!opt.auto_locale && voted(j)) {	/* nothing to settle */
		j->shown = true;
		release(j);
	}
}

/* Long input in auto mode: a new source or table starts a new batch. */
static void
long_key(struct job *j, const struct csvio_row *row)
{
	char key[1024];

	snprintf(key, sizeof key, "%.*s\x1f%.*s",
	    (int)row->lens[LONGFORM_SOURCE], row->fields[LONGFORM_SOURCE],
	    (int)row->lens[LONGFORM_TABLE], row->fields[LONGFORM_TABLE]);
	if (j->held_key != NULL && strcmp(j->held_key, key) == 0)
		return;
	release(j);
	english_said(j);
	memset(&j->hold, 0, sizeof j->hold);
	j->shown = j->two_ways = false;
	free(j->held_key);
	j->held_key = xstrdup(key);
}

/* Report each name in SPEC that no header cell carries. */
static void
unknown_names(const struct job *j, const char *spec)
{
	const char *cursor = spec, *item;
	size_t len;

	while (spec != NULL && colspec_next_unknown(&cursor, j->header,
	    &item, &len))
		warn_at(j->name, j->header->line, "no column '%.*s' in the "
		    "header", (int)len, item);
}

/* Report each wide header cell with a unit word that is not in the unit
 * table: its column stays unscaled (normcol_get). */
static void
unknown_units(const struct job *j)
{
	struct num_unit u;
	size_t i;

	for (i = 1; i < j->header->n; i++)
		if (num_unit_read(j->header->fields[i], j->header->lens[i],
		    &u) == NUM_UNKNOWN_UNIT)
			warn_at(j->name, j->header->line, "column %zu: '%.*s' "
			    "is not in the unit table: its amounts are left "
			    "unscaled", i + 1, (int)u.unknown_len, u.unknown);
}

static void
start(struct job *j, const struct tableread *in)
{
	const struct csvio_row *row = &in->header.row;
	const char *name;
	size_t i;

	j->header = row;
	j->is_long = in->is_long;
	j->keep = row->n;
	/* tabel-norm's own long output (of this version or the one
	 * before the currency column): its added columns are made anew */
	for (i = LONGFORM_COLS; j->is_long && i < row->n &&
	    i < LONGFORM_COLS + LONGFORM_NORM_COLS && strcmp(row->fields[i],
	    longform_norm_name(i - LONGFORM_COLS)) == 0; i++)
		continue;
	if (j->is_long && i == row->n && i >= LONGFORM_COLS + LONGFORM_PHASE)
		j->keep = LONGFORM_COLS;
	for (i = 0; i < j->keep; i++)
		sheetcsv_text(&out, row->fields[i], row->lens[i]);
	for (i = 0; j->is_long && i < LONGFORM_NORM_COLS; i++) {
		name = longform_norm_name(i);
		sheetcsv_text(&out, name, strlen(name));
	}
	sheetcsv_end(&out);
	if (!j->is_long) {
		unknown_names(j, opt.cols);
		unknown_names(j, opt.dates);
		unknown_units(j);
	}
}

static void
finish(struct job *j)
{
	normcol_free(&j->cols);
	longcell_free(&j->cell);
	rowbuf_free(&j->held);
	free(j->held_key);
}

/* A wide row of another width than the header passes as it is; the
 * first is reported, the others counted (finish). */
static void
check_width(struct job *j, const struct csvio_row *row)
{
	if (j->is_long || row->n == j->header->n)
		return;
	if (j->ragged++ == 0)
		warn_at(j->name, row->line, "row has %zu cell%s, header has "
		    "%zu", row->n, row->n == 1 ? "" : "s", j->header->n);
}

/* Is a column of the wide table J's header an amount column? */
static bool
any_amount(struct job *j)
{
	for (size_t i = 0; i < j->header->n; i++)
		if (column(j, i)->amount)
			return true;
	return false;
}

static void
norm_one(const char *path)
{
	struct tableread in;
	struct job j = { 0 };
	const struct csvio_row *row;
	enum csvio_status st;

	if ((st = tableread_open(&in, path, 0)) == CSVIO_OK) {
		j.name = in.name;
		start(&j, &in);
		j.shown = !j.is_long && !any_amount(&j);	/* none to settle */
		while ((st = tableread_next(&in, &row)) == CSVIO_OK) {
			check_width(&j, row);
			if (!opt.settle) {
				norm_row(row, &j);
				continue;
			}
			if (j.is_long)
				long_key(&j, row);
			if (j.hold.over || j.shown)
				norm_row(row, &j);
			else
				hold(&j, row);
		}
		release(&j);
		english_said(&j);
	}
	if (st != CSVIO_EOF)
		csvio_warn(in.csv, st);
	if (j.ragged > 1)
		warn_at(j.name, 0, "%ld rows not as wide as the header in all",
		    j.ragged);
	finish(&j);
	tableread_close(&in);
}

/* A COLS operand, checked before any input is read. */
static const char *
cols_operand(const char *spec)
{
	const char *item;
	size_t len;
	const char *why = colspec_check(spec, &item, &len);

	if (why != NULL)
		usage_error("%s '%.*s'", why, (int)len, item);
	return spec;
}

/* --unit TEXT: a unit of the unit table, or a usage error; a currency
 * other than euro is said, and kept. */
static void
unit_option(const char *arg)
{
	switch (num_unit_read(arg, strlen(arg), &opt.unit)) {
	case NUM_OK:
		break;
	case NUM_UNKNOWN_UNIT:
		usage_error("--unit '%s': '%.*s' is not in the unit table",
		    arg, (int)opt.unit.unknown_len, opt.unit.unknown);
	default:
		usage_error("unknown unit '%s'", arg);
	}
	if (opt.unit.currency != NULL && strcmp(opt.unit.currency, "EUR") != 0)
		note_at("--unit", 0, "'%s' is in %s: amounts stay in %s, "
		    "not euro", arg, opt.unit.currency, opt.unit.currency);
}

/* The index of ARG among WORDS (NULL-terminated), or a usage error. */
static int
keyword(const char *option, const char *arg, const char *const *words)
{
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(arg, words[i]) == 0)
			return i;
	usage_error("%s: unknown value '%s'", option, arg);
}

enum { DATES = CLI_VERSION + 1, UNIT, KEEP, PERCENT, LOCALE, EXCEL, STRICT };

/* Take option CH with argument ARG (NULL for none) into opt. */
static void
set_option(int ch, const char *arg)
{
	/* in the order of their values: false, true; enum num_locale */
	static const char *const percents[] = { "keep", "fraction", NULL };
	static const char *const locales[] = { "nl", "en", "auto", NULL };

	switch (ch) {
	case 'c':
		opt.cols = cols_operand(arg);
		break;
	case 'o':
		opt.output = arg;
		break;
	case DATES:
		opt.dates = cols_operand(arg);
		break;
	case UNIT:
		unit_option(arg);
		break;
	case PERCENT:
		opt.fraction = keyword("--percent", arg, percents);
		break;
	case LOCALE:
		opt.locale = (enum num_locale)keyword("--locale", arg, locales);
		if ((opt.auto_locale = opt.locale == NUM_LOCALE_UNKNOWN))
			opt.locale = NUM_LOCALE_NL;	/* until voted */
		opt.settle = opt.auto_locale;
		break;
	default:
		*(ch == KEEP ? &opt.keep_scale : ch == EXCEL ? &opt.excel :
		    &opt.strict) = true;
	}
}

static void
parse_options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "dates", required_argument, NULL, DATES },
		{ "unit", required_argument, NULL, UNIT },
		{ "keep-scale", no_argument, NULL, KEEP },
		{ "percent", required_argument, NULL, PERCENT },
		{ "locale", required_argument, NULL, LOCALE },
		{ "excel", no_argument, NULL, EXCEL },
		{ "strict", no_argument, NULL, STRICT },
		{ "output", required_argument, NULL, 'o' },
		CLI_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	while ((ch = cli_getopt(argc, argv, ":c:ho:", longopts,
	    usage_text)) != -1)
		set_option(ch, optarg);
}

int
main(int argc, char *argv[])
{
	struct outfile o;

	err_init("tabel-norm");
	opt.settle = true;
	parse_options(argc, argv);
	sheetcsv_init(&out, outfile_open_or_die(&o, opt.output), opt.excel);
	cli_each_input(argv + optind, norm_one);
	outfile_commit_or_die(&o);
	sheetcsv_free(&out);
	return err_status();
}
