/* tally: the arithmetic of tabel-check. A table is a grid of cells, row
 * 0 of the data being the first row under the header, column 0 the row
 * label. tally_check works out which rows close which and reports every
 * difference between what a closing row states and what its rows add up
 * to, per numeric column:
 * - a total row ("Totaal", "Som", "Eindtotaal": common/table/rowlabel.h; or a
 *   label-less last row that adds up in at least half of its columns)
 *   closes the top-level rows above it since the previous total; a
 *   subtotal row ("Subtotaal", "Deeltotaal") those since the previous
 *   subtotal;
 * - a numbered row ("1. ", "IV. ", "(3) ": rowlabel.h) with values closes the
 *   unnumbered rows below it up to the next numbered or total row; when
 *   those do not add up but a first part of them does and the rest splits
 *   into groups that add up on their own (a head row and its rows), the
 *   category ends early and the group heads stand at the top level;
 * - a column is numeric when it holds numbers and nothing else but "/"
 *   and empty cells (which count as 0); shares ("50%") are not added,
 *   nor a column of years ("2018BA", "2019-2024"); tabel-check
 *   (tally_check) also checks a column of numbers whose cells that are
 *   amounts or hold a digit ("2.0OO", an OCR slip) outnumber its text
 *   ("abc"): each cell of it that is no amount is reported
 *   (TALLY_ENOTAMOUNT), a closing cell whose rows hold one is reported
 *   unchecked (TALLY_EUNCHECKED), and every other closing cell of the
 *   column is checked as usual;
 * - a difference is rounding when it is at most one unit in the last
 *   decimal printed in the closing row, else a mismatch.
 * tabel-check reports the differences (tally_check); tabel-extract's
 * judge of ambiguous spacing (common/flow/judge.h) counts the closing
 * cells that agree (tally_agree), so a row the judge placed by a sum is
 * one tabel-check finds adding up. */
#ifndef TABEL_TALLY_H
#define TABEL_TALLY_H

#include <stdbool.h>
#include <stddef.h>

#include "common/num/num.h"
#include "common/num/num_fix.h"
#include "common/table/rowlabel.h"

enum tally_status {
	TALLY_OK,
	TALLY_ETOOLONG,		/* a sum does not fit in NUM_MAX digits */
	TALLY_ENOTAMOUNT,	/* a cell of a numeric column is no amount */
	TALLY_EUNCHECKED,	/* a closing cell whose rows hold a cell that
				 * is no amount: not checked */
	TALLY_NOTATION,		/* cells read two ways and the Dutch reading
				 * taken: neither notation nor totals say
				 * (TALLY_UNSETTLED_NOTE) */
	TALLY_STATUS_COUNT
};

/* One cell as read: its text and, when it is a number, its value. */
struct tally_cell {
	char *raw;
	enum num_status status;	/* NUM_OK, NUM_MISSING ("/", empty) ... */
	char value[NUM_MAX];
	int decimals;		/* as printed: "93,90" 2 */
	bool percent;
	bool year;		/* an amount that is a year too ("2017") */
	bool fixed;		/* VALUE fits FIX: sums skip the digits */
	struct num_fix fix;
};

/* One table: nrows x ncols cells; column 0 is the label. */
struct tally_table {
	char **header;
	size_t ncols, nrows, cap;
	struct tally_cell *cells;
	long *lines;		/* source line of each row, for messages */
	bool *numeric;		/* per column: checked */
	bool *share;		/* per column: percentages, by its unit
				 * (tally_share); its header is read too */
	long *parent;		/* per row: the row that closes it, or -1 */
	bool *is_total;		/* per row: a total (not a category) */
};


/* One difference: the closing row ROW against its rows in column COL,
 * canonical decimals at their printed scales ("93.90", "12.780"). */
struct tally_finding {
	enum tally_status status;	/* TALLY_ETOOLONG: no numbers */
	size_t row, col;
	char stated[NUM_MAX];
	char computed[NUM_MAX];
	char difference[NUM_MAX];	/* stated - computed */
	bool rounding;
};

/* What the cells of a column say so far, for whether it is checked. */
/* What the cells of one column are (tally_column_add). */
struct tally_column {
	size_t numbers;		/* amounts */
	size_t year_numbers;	/* amounts that are years too ("2017") */
	size_t digits;		/* amounts gone wrong ("2.0OO") */
	size_t text;		/* cells of text */
	bool shares, years;	/* a "50%"; a year that is no number */
};

typedef void tally_emit_fn(const struct tally_table *t,
    const struct tally_finding *f, void *arg);

struct table;

/* Start T with the N cells of HEADER (NULL: empty headers). */
void tally_start(struct tally_table *t, char *const *header, size_t n);
/* The unit text UNIT[0, LEN) is said of column COL of T, or of every
 * column when COL is (size_t)-1: when it reads as a percentage ("%",
 * "in procent"), that column holds shares, which do not add up. A
 * header that reads so ("Groei (%)") says the same at the check. */
void tally_share(struct tally_table *t, size_t col, const char *unit,
    size_t len);
/* Append a row of N cells, padded or cut to the header's width; LINE is
 * where it came from, for messages. */
void tally_add(struct tally_table *t, char *const *fields,
    const size_t *lens, size_t n, long line);
/* The cell at ROW, COL. Inline: the judge's sums read every cell for
 * each placement it tries. */
static inline struct tally_cell *
tally_cell_at(const struct tally_table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}
/* Read S into C (C->raw becomes a copy of S). */
void tally_cell_parse(struct tally_cell *c, const char *s, size_t len);
/* Set cell (ROW, COL) of T to S[0, LEN), read anew (the old one freed). */
void tally_set(struct tally_table *t, size_t row, size_t col, const char *s,
    size_t len);
/* Set cell (ROW, COL) of T to a copy of C, read already: no number is
 * read again (the judge places the same cells many ways). */
void tally_put(struct tally_table *t, size_t row, size_t col,
    const struct tally_cell *c);
/* Start TT with the rows of table T (common/table/table.h): column 0 the
 * row label, then T's cells; free it with tally_free. */
void tally_load(struct tally_table *tt, const struct table *t);
/* Read row ROW of T into TT again (after its cells moved). */
void tally_load_row(struct tally_table *tt, const struct table *t,
    size_t row);
/* Check T, its cells that read two ways read as tally_notation says;
 * EMIT gets a TALLY_NOTATION finding (at the first such cell) when the
 * notation is unsettled, every cell of a numeric column that is no
 * amount, then every difference, each in row then column order. */
void tally_check(struct tally_table *t, tally_emit_fn *emit, void *arg);
/* How many cells of closing rows of T agree with the rows they close,
 * exactly or by rounding: the cells tally_check finds no mismatch in.
 * KINDS[nrows] says what each row's label says (NULL: tally_label_kind
 * reads them); a label-less last row is still judged by its sums. */
size_t tally_agree(struct tally_table *t, const enum rowlabel_kind *kinds);
/* Three decimals: how the cells of a table that read two ways, a
 * thousand times apart (tally_two_ways: "1.125", "1,125"), are read. The
 * one rule of tabel-norm, tabel-check and tabel-xlsx, in this order:
 * 1. by the table's notation: when a cell proves one (num_vote: "1,5",
 *    "1.039.200"; "1.5", "0.200") each program reads the table as it
 *    reads any (TALLY_READ_SHOWN);
 * 2. else by its totals: the reading under which more closing cells
 *    agree with their rows (tally_agree): TALLY_READ_DUTCH (1.125 is
 *    1125, 1,125 is 1.125) or TALLY_READ_POINT (1.125 is 1.125, 1,125 is
 *    1125);
 * 3. else TALLY_READ_UNSETTLED: the Dutch reading stands, and is said
 *    (TALLY_UNSETTLED_NOTE, with the line of the first such cell).
 * TALLY_READ_NONE: no cell reads two ways. */
enum tally_read {
	TALLY_READ_NONE,
	TALLY_READ_SHOWN,
	TALLY_READ_DUTCH,
	TALLY_READ_POINT,
	TALLY_READ_UNSETTLED
};

struct tally_reading {
	enum tally_read read;
	size_t ambiguous;	/* how many cells read two ways */
	const char *example;	/* the first of them (T's), or NULL */
	size_t row, col;	/* where it stands */
	long line;		/* the line of its row (tally_add's) */
};

/* The note of TALLY_READ_UNSETTLED, for the example cell's text. */
#define TALLY_UNSETTLED_NOTE "'%s' and the like read in nl (1.125 is " \
	"1125, 1,125 is 1.125): neither the notation nor the totals say"

/* Does S[0, LEN) read two ways: digits, one "." or "," and exactly
 * three digits after it, an optional "-" first, no leading zero? */
bool tally_two_ways(const char *s, size_t len);
/* How T's cells that read two ways are read (the rule above) into *R; T
 * is left as it was. */
void tally_notation(struct tally_table *t, struct tally_reading *r);
/* Read every cell of T that reads two ways as TALLY_READ_POINT says. */
void tally_read_point(struct tally_table *t);
/* A running sum S: 0, exact (tally_sum_zero); add cell or sum C to it
 * (tally_sum_add): "/" and empty count as 0, a cell that is no amount
 * or too long leaves no sum to compare (NUM_NOT_AMOUNT), in 64-bit units
 * while they fit, else in digits. The one addition of the totals: of
 * the rows a closing cell closes, held or streamed (tally_run). */
void tally_sum_zero(struct tally_cell *s);
void tally_sum_add_slow(struct tally_cell *s, const struct tally_cell *c);
/* Inline: the judge adds every cell of every placement it tries; the
 * rest (statuses, digits past 64 bits) is tally_sum_add_slow. */
static inline void
tally_sum_add(struct tally_cell *s, const struct tally_cell *c)
{
	if (s->status == NUM_OK && c->status == NUM_OK && s->fixed &&
	    c->fixed && num_fix_add(&s->fix, &c->fix, false))
		return;
	tally_sum_add_slow(s, c);
}
/* Count cell C into COL. */
void tally_column_add(struct tally_column *col, const struct tally_cell *c);
/* Is the column of COL checked (amounts, no shares, no years; when
 * MOSTLY, tabel-check's: also with cells that are no amount, which it
 * reports, if amounts and amounts gone wrong outnumber its text)? */
bool tally_column_numeric(const struct tally_column *col, bool mostly);
/* The rule for a label-less last row, whose cells are LAST[NCOLS]: is it
 * the total of the NROWS rows above it that it would close, whose exact
 * sums per column are SUMS[NCOLS] (a status other than NUM_OK: no sum)?
 * Yes when NROWS >= 2 and it agrees, within one unit of its own printed
 * decimals, in at least half of the NUMERIC columns where it has a value
 * (so a real discrepancy still shows). tally_check asks it of a table it
 * holds, common/table/tally_run.h of a table too long to hold. */
bool tally_unlabelled_closes(const struct tally_cell *last,
    const struct tally_cell *sums, const bool *numeric, size_t ncols,
    size_t nrows);
void tally_free(struct tally_table *t);
const char *tally_strerror(enum tally_status status);

#endif
