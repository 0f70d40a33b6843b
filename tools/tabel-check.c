/* tabel-check: verify the totals and subtotals of extracted tables.
 * Input: wide CSV as tabel-extract prints it (row 1 the header, cell 1
 * the row label) or its long form (--long output, many tables). For each
 * numeric column, a total row ("Totaal", "TOTAAL", "Total", "Som"; or a
 * label-less last row that adds up) must equal the sum of the rows it
 * closes, and a numbered category row ("1.", "IV.", "a)") the sum of the
 * unnumbered rows below it. Output, one row per difference:
 *   table,row_label,col_header,stated,computed,difference,kind
 * kind is "rounding" when the difference is at most one unit in the last
 * decimal printed in the total, else "mismatch"; the exit status is 1
 * when there is a mismatch (or an input problem). Numbers are exact
 * decimals (common/num/num.h), never binary floating point. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/sys/cli.h"
#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/sys/outfile.h"
#include "common/table/longform.h"
#include "common/table/tableid.h"
#include "common/table/tableread.h"
#include "common/table/tally.h"
#include "common/sys/xalloc.h"

static const char usage_text[] =
    "usage: tabel-check [-o FILE] [-t ID] [FILE ...]\n"
    "Check that total and numbered category rows of extracted tables equal\n"
    "the sum of their rows; print the differences as CSV:\n"
    "table,row_label,col_header,stated,computed,difference,kind\n"
    "  -o FILE     write to FILE (whole or not at all)\n"
    "  -t ID       table id for wide input (default: from the file name)\n"
    "  -h, --help  show this help\n"
    "  --version   show the version\n";


static struct {
	struct csvio_writer out;
	const char *id;		/* -t */
	bool mismatch;
} opt;

/* Where a table came from, for its rows and messages. */
struct origin {
	const char *file;
	const char *id;
};

static void
put_finding(const struct tally_table *t, const struct tally_finding *f,
    void *arg)
{
	const struct origin *o = arg;

	if (f->status != TALLY_OK) {
		warn_at(o->file, t->lines[f->row], "column '%s': '%.60s': %s",
		    t->header[f->col], tally_cell_at(t, f->row, f->col)->raw,
		    tally_strerror(f->status));
		return;
	}
	opt.mismatch |= !f->rounding;
	csvio_puts(&opt.out, o->id);
	csvio_puts(&opt.out, tally_cell_at(t, f->row, 0)->raw);
	csvio_puts(&opt.out, t->header[f->col]);
	csvio_puts(&opt.out, f->stated);
	csvio_puts(&opt.out, f->computed);
	csvio_puts(&opt.out, f->difference);
	csvio_puts(&opt.out, f->rounding ? "rounding" : "mismatch");
	csvio_end(&opt.out);
}

/* Check T, known as ID, read from FILE, and free it. */
static void
check_table(struct tally_table *t, const char *file, const char *id)
{
	struct origin o = { file, id };

	tally_check(t, put_finding, &o);
	tally_free(t);
}

/* The table id of the file PATH (common/table/tableid.h), into BUF[N]. */
static const char *
file_id(const char *path, char *buf, size_t n)
{
	(void)tableid_of_file(path, buf, n);	/* any name has an id */
	return buf;
}

/* Long input gathered for one table before it is checked. */
struct long_table {
	char *key;		/* source and table id of the rows gathered */
	char *id;
	struct long_cell { size_t row, col; long line; char *raw, *label,
	    *header; } *cells;
	size_t n, cap;
};

/* Lay the gathered cells of LT out as table T of ROWS x COLS values. */
static void
long_layout(const struct long_table *lt, struct tally_table *t,
    size_t rows, size_t cols)
{
	size_t i, r;

	tally_start(t, NULL, cols + 1);
	for (r = 0; r < rows; r++)
		tally_add(t, NULL, NULL, 0, 0);
	for (i = 0; i < lt->n; i++) {
		const struct long_cell *c = &lt->cells[i];
		struct tally_cell *label = tally_cell_at(t, c->row - 1, 0);
		struct tally_cell *cell = tally_cell_at(t, c->row - 1, c->col);

		free(cell->raw);
		tally_cell_parse(cell, c->raw, strlen(c->raw));
		free(label->raw);
		label->raw = xstrdup(c->label);
		free(t->header[c->col]);
		t->header[c->col] = xstrdup(c->header);
		t->lines[c->row - 1] = c->line;
	}
}

static void
long_flush(struct long_table *lt, const char *file)
{
	struct tally_table t;
	size_t i, rows = 0, cols = 0;

	for (i = 0; i < lt->n; i++) {
		rows = lt->cells[i].row > rows ? lt->cells[i].row : rows;
		cols = lt->cells[i].col > cols ? lt->cells[i].col : cols;
	}
	if (lt->n > 0 && rows * (cols + 1) > 64 * lt->n + 4096) {
		warn_at(file, lt->cells[0].line, "table '%s': row and col "
		    "numbers too sparse (%zu x %zu for %zu cells)", lt->id,
		    rows, cols, lt->n);
	} else if (lt->n > 0 && (opt.id == NULL ||
	    strcmp(opt.id, lt->id) == 0)) {
		long_layout(lt, &t, rows, cols);
		check_table(&t, file, lt->id);
	}
	for (i = 0; i < lt->n; i++) {
		free(lt->cells[i].raw);
		free(lt->cells[i].label);
		free(lt->cells[i].header);
	}
	free(lt->key);
	free(lt->id);
	lt->key = lt->id = NULL;
	lt->n = 0;
}

/* One record of long input: a cell of the table it names. COL: the
 * field of each long-form column (tableread), -1 when absent. */
static void
long_add(struct long_table *lt, const long *col,
    const struct csvio_row *row, const char *file)
{
	char key[4096], *end;
	const long src_col = col[LONGFORM_SOURCE], table = col[LONGFORM_TABLE],
	    row_col = col[LONGFORM_ROW], col_col = col[LONGFORM_COL],
	    label = col[LONGFORM_ROW_LABEL], header = col[LONGFORM_COL_HEADER],
	    raw = col[LONGFORM_RAW];
	const char *src = src_col >= 0 && (size_t)src_col < row->n ?
	    row->fields[src_col] : "";
	long max = raw, fr, fc;
	struct long_cell *c;

	max = row_col > max ? row_col : max;
	max = col_col > max ? col_col : max;
	max = label > max ? label : max;
	max = header > max ? header : max;
	if ((size_t)max >= row->n || (size_t)table >= row->n) {
		warn_at(file, row->line, "record has %zu fields, want %ld",
		    row->n, max + 1);
		return;
	}
	fr = strtol(row->fields[row_col], &end, 10);
	if (*end != '\0' || row->lens[row_col] == 0 || fr < 0 ||
	    fr > 1000000 || (fc = strtol(row->fields[col_col], &end, 10),
	    *end != '\0') || row->lens[col_col] == 0 || fc < 0 ||
	    fc > 16384) {
		warn_at(file, row->line, "bad row or col number '%s', '%s'",
		    row->fields[row_col], row->fields[col_col]);
		return;
	}
	if (fr == 0 || fc == 0)
		return;		/* a line of the table that fits no cell */
	snprintf(key, sizeof key, "%s\n%s", src, row->fields[table]);
	if (lt->key != NULL && strcmp(lt->key, key) != 0)
		long_flush(lt, file);
	if (lt->key == NULL) {
		lt->key = xstrdup(key);
		lt->id = xstrdup(row->fields[table]);
	}
	xgrow(&lt->cells, &lt->cap, lt->n + 1, sizeof *lt->cells);
	c = &lt->cells[lt->n++];
	c->row = (size_t)fr;
	c->col = (size_t)fc;
	c->line = row->line;
	c->raw = xstrdup(row->fields[raw]);
	c->label = xstrdup(row->fields[label]);
	c->header = xstrdup(header >= 0 ? row->fields[header] : "");
}

/* One input file: wide (one table) or long (any number of tables);
 * blank records are no rows. */
static void
check_file(const char *path)
{
	struct tableread in;
	const struct csvio_row *row, *h = &in.header.row;
	enum csvio_status st;
	struct tally_table t = { 0 };
	struct long_table lt = { 0 };
	char idbuf[256];
	bool started;

	st = tableread_open(&in, path, TABLEREAD_SKIP_BLANK);
	if ((started = st == CSVIO_OK) && !in.is_long)
		tally_start(&t, h->fields, h->n);
	while (st == CSVIO_OK && (st = tableread_next(&in, &row)) ==
	    CSVIO_OK) {
		if (in.is_long) {
			long_add(&lt, in.col, row, in.name);
			continue;
		}
		if (row->n != t.ncols)
			warn_at(in.name, row->line, "row has %zu cells, header "
			    "has %zu", row->n, t.ncols);
		tally_add(&t, row->fields, row->lens, row->n, row->line);
	}
	if (st != CSVIO_EOF)
		csvio_warn(in.csv, st);
	if (started && in.is_long)	/* an empty file: nothing to check */
		long_flush(&lt, in.name);
	else if (started)
		check_table(&t, in.name, opt.id != NULL ? opt.id :
		    strcmp(path, "-") == 0 ? "" : file_id(path, idbuf,
		    sizeof idbuf));
	tally_free(&t);		/* no-op after check_table */
	free(lt.cells);
	tableread_close(&in);
}

static const char *
parse_options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const char *output = NULL;
	int c;

	while ((c = cli_getopt(argc, argv, ":ho:t:", longopts,
	    usage_text)) != -1) {
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case 't':
			opt.id = optarg;
			break;
		}
	}
	return output;
}

int
main(int argc, char *argv[])
{
	static const char *const header[] = { "table", "row_label",
	    "col_header", "stated", "computed", "difference", "kind" };
	struct outfile out;

	err_init("tabel-check");
	csvio_writer_init(&opt.out, outfile_open_or_die(&out,
	    parse_options(argc, argv)));
	csvio_put_row(&opt.out, header, sizeof header / sizeof header[0]);
	cli_each_input(argv + optind, check_file);
	outfile_commit_or_die(&out);
	if (opt.mismatch)
		err_raise(EXIT_DATA);
	return err_status();
}

