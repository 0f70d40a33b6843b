/* tabel-check: verify the totals and subtotals of extracted tables.
 * Input: wide CSV as tabel-extract prints it (row 1 the header, cell 1
 * the row label) or its long form (--long output, many tables). For each
 * numeric column, a total row ("Totaal", "TOTAAL", "Total", "Som"; or a
 * label-less last row that adds up) must equal the sum of the rows it
 * closes, and a numbered category row ("1.", "IV.", "a)") the sum of the
 * unnumbered rows below it. Output, one row per difference:
 *   table,row_label,col_header,stated,computed,difference,kind,line
 * kind is "rounding" when the difference is at most one unit in the last
 * decimal printed in the total, else "mismatch"; the exit status is 1
 * when there is a mismatch (or an input problem). line is the source line
 * of the closing row: long input carries its cells' lines, a wide table
 * has its rows' lines in the index.csv of -i (row_lines); empty when
 * neither says. Numbers are exact decimals (common/num/num.h), never
 * binary floating point. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/sys/cli.h"
#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/sys/outfile.h"
#include "common/sys/rowbuf.h"
#include "common/table/longform.h"
#include "common/table/tabindex.h"
#include "common/table/tablehold.h"
#include "common/table/tableid.h"
#include "common/table/tableread.h"
#include "common/table/tally.h"
#include "common/sys/xalloc.h"

static const char usage_text[] =
    "usage: tabel-check [-i INDEX] [-o FILE] [-t ID] [FILE ...]\n"
    "Check that total and numbered category rows of extracted tables equal\n"
    "the sum of their rows; print the differences as CSV:\n"
    "table,row_label,col_header,stated,computed,difference,kind,line\n"
    "  -i, --index FILE  index.csv of tabel-extract -o: the source line of\n"
    "              each row of a wide table (long input has its own)\n"
    "  -o FILE     write to FILE (whole or not at all)\n"
    "  -t ID       table id for wide input (default: from the file name)\n"
    "  -h, --help  show this help\n"
    "  --version   show the version\n";


static struct {
	struct csvio_writer out;
	const char *id;		/* -t */
	const char *index_path;	/* -i */
	struct tabindex index;
	bool mismatch;
} opt;

/* Where a table came from, for its rows and messages. */
struct origin {
	const char *file;
	const char *id;
	const long *lines;	/* per row its source line (0: unknown), or
				 * NULL */
};

static void
put_finding(const struct tally_table *t, const struct tally_finding *f,
    void *arg)
{
	const struct origin *o = arg;
	char line[32] = "";

	if (f->status != TALLY_OK) {
		const char *raw = tally_cell_at(t, f->row, f->col)->raw;

		if (f->status == TALLY_NOTATION) {	/* said, no problem */
			note_at(o->file, t->lines[f->row], TALLY_UNSETTLED_NOTE,
			    raw);
			return;
		}
		warn_at(o->file, t->lines[f->row], "column '%s': '%.*s': %s",
		    t->header[f->col], err_excerpt(raw, strlen(raw)), raw,
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
	if (o->lines != NULL && o->lines[f->row] > 0)
		snprintf(line, sizeof line, "%ld", o->lines[f->row]);
	csvio_puts(&opt.out, line);
	csvio_end(&opt.out);
}

/* Check T, known as ID, read from FILE, its rows on LINES (or NULL), and
 * free it. */
static void
check_table(struct tally_table *t, const char *file, const char *id,
    const long *lines)
{
	struct origin o = { file, id, lines };

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

/* Long input gathered for one table before it is checked: per cell a
 * record of its row, col, row_label, col_header, raw and source line
 * (rowbuf: no allocation per cell), within the limits of tablehold. */
enum { CELL_ROW, CELL_COL, CELL_LABEL, CELL_HEADER, CELL_RAW, CELL_LINE,
	CELL_UNIT, CELL_FIELDS };

struct long_table {
	char *key;		/* source and table id of the rows gathered */
	char *id;
	struct rowbuf cells;
	struct tablehold hold;
	long over_line;		/* its first line, or where it passed the
				 * limits */
	size_t rows, cols;	/* the largest row and col numbers */
	struct tally_table grid;
};

/* A long table's grid being filled, and its rows' source lines: the
 * first line among each row's cells (the long form has no line for a
 * label: a row whose label starts above its values has its values'). */
struct long_grid {
	struct tally_table *t;
	long *lines;
};

/* Put a gathered cell into its place in the grid. */
static void
long_place(const struct csvio_row *cell, void *arg)
{
	struct long_grid *g = arg;
	struct tally_table *t = g->t;
	size_t row = strtoul(cell->fields[CELL_ROW], NULL, 10) - 1;
	size_t col = strtoul(cell->fields[CELL_COL], NULL, 10);
	char *end;
	long line = strtol(cell->fields[CELL_LINE], &end, 10);

	tally_set(t, row, 0, cell->fields[CELL_LABEL], cell->lens[CELL_LABEL]);
	if (col > 0)	/* col 0: a row without values, its label alone */
		tally_set(t, row, col, cell->fields[CELL_RAW],
		    cell->lens[CELL_RAW]);
	free(t->header[col]);
	t->header[col] = xstrndup(cell->fields[CELL_HEADER],
	    cell->lens[CELL_HEADER]);
	if (col > 0)	/* "%": a percent cell's, or its table's */
		tally_share(t, col, cell->fields[CELL_UNIT],
		    cell->lens[CELL_UNIT]);
	t->lines[row] = cell->line;
	if (*end == '\0' && line > 0 && (g->lines[row] == 0 ||
	    line < g->lines[row]))
		g->lines[row] = line;
}

/* Check the table gathered in LT, or say why not, and start anew. */
static void
long_flush(struct long_table *lt, const char *file)
{
	struct tally_table *t = &lt->grid;
	size_t r, n = lt->cells.rows;

	if (lt->hold.over || (n > 0 && !tablehold_fits(lt->rows,
	    lt->cols + 1)))
		warn_at(file, lt->over_line, "table '%s': %s: not checked",
		    lt->id, tablehold_strerror());
	else if (n > 0 && lt->rows * (lt->cols + 1) > 64 * n + 4096)
		warn_at(file, lt->over_line, "table '%s': row and col "
		    "numbers too sparse (%zu x %zu for %zu cells)", lt->id,
		    lt->rows, lt->cols, n);
	else if (n > 0 && (opt.id == NULL || strcmp(opt.id, lt->id) == 0)) {
		struct long_grid g = { t, xcalloc(lt->rows + 1,
		    sizeof *g.lines) };

		tally_start(t, NULL, lt->cols + 1);
		for (r = 0; r < lt->rows; r++)
			tally_add(t, NULL, NULL, 0, 0);
		rowbuf_each(&lt->cells, long_place, &g);
		rowbuf_free(&lt->cells);	/* the grid holds them now */
		check_table(t, file, lt->id, g.lines);
		free(g.lines);
	}
	rowbuf_free(&lt->cells);
	free(lt->key);
	free(lt->id);
	memset(lt, 0, sizeof *lt);
}

/* Gather the cell ROW says is at FR, FC of LT, within the limits. */
static void
long_gather(struct long_table *lt, const struct csvio_row *row, size_t fr,
    size_t fc)
{
	static const enum longform_col from[CELL_FIELDS] = { LONGFORM_ROW,
	    LONGFORM_COL, LONGFORM_ROW_LABEL, LONGFORM_COL_HEADER,
	    LONGFORM_RAW, LONGFORM_LINE, LONGFORM_UNIT };
	char *fields[CELL_FIELDS];
	size_t lens[CELL_FIELDS], i, bytes = 0;
	struct csvio_row cell = { fields, lens, CELL_FIELDS, row->line };

	for (i = 0; i < CELL_FIELDS; i++) {
		fields[i] = row->fields[from[i]];
		lens[i] = row->lens[from[i]];
		bytes += lens[i];
	}
	if (lt->hold.over)
		return;		/* skipped */
	if (!tablehold_add(&lt->hold, 1, bytes)) {
		lt->over_line = row->line;
		rowbuf_free(&lt->cells);	/* none kept */
		return;
	}
	if (lt->cells.rows == 0)
		lt->over_line = row->line;	/* the table's first */
	rowbuf_add(&lt->cells, &cell);
	lt->rows = fr > lt->rows ? fr : lt->rows;
	lt->cols = fc > lt->cols ? fc : lt->cols;
}

/* One row of long input (tableread: in the long form's order, a short
 * one reported there and passed over here): a cell of the table it
 * names. */
static void
long_add(struct long_table *lt, const struct csvio_row *row, bool short_row,
    const char *file)
{
	char key[4096], *end;
	const char *rows = row->fields[LONGFORM_ROW],
	    *cols = row->fields[LONGFORM_COL];
	long fr, fc;

	if (short_row)
		return;
	fr = strtol(rows, &end, 10);
	if (*end != '\0' || *rows == '\0' || fr < 0 || fr > 1000000 ||
	    (fc = strtol(cols, &end, 10), *end != '\0') || *cols == '\0' ||
	    fc < 0 || fc > 16384) {
		warn_at(file, row->line, "bad row or col number '%s', '%s'",
		    rows, cols);
		return;
	}
	if (fr == 0)
		return;		/* the label column's header, or a line of the
				 * table that fits no cell */
	snprintf(key, sizeof key, "%s\n%s", row->fields[LONGFORM_SOURCE],
	    row->fields[LONGFORM_TABLE]);
	if (lt->key != NULL && strcmp(lt->key, key) != 0)
		long_flush(lt, file);
	if (lt->key == NULL) {
		lt->key = xstrdup(key);
		lt->id = xstrdup(row->fields[LONGFORM_TABLE]);
	}
	long_gather(lt, row, (size_t)fr, (size_t)fc);
}

/* Add a wide ROW to T within the limits of HOLD; past them T is freed
 * and the table reported once, at the row where it passed them. */
static void
wide_add(struct tally_table *t, struct tablehold *hold,
    const struct csvio_row *row, const char *file)
{
	size_t i, bytes = 0;

	if (hold->over)
		return;		/* skipped */
	for (i = 0; i < row->n && i < t->ncols; i++)
		bytes += row->lens[i];
	if (!tablehold_add(hold, t->ncols, bytes)) {
		warn_at(file, row->line, "table %s: not checked",
		    tablehold_strerror());
		tally_free(t);
		return;
	}
	if (row->n != t->ncols)
		warn_at(file, row->line, "row has %zu cells, header "
		    "has %zu", row->n, t->ncols);
	tally_add(t, row->fields, row->lens, row->n, row->line);
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
	struct tablehold hold = { 0 };
	struct long_table lt = { 0 };
	char idbuf[256];
	const struct tabindex_entry *e;
	const char *id;
	long *lines;
	bool started;

	st = tableread_open(&in, path, TABLEREAD_SKIP_BLANK);
	if ((started = st == CSVIO_OK) && !in.is_long)
		tally_start(&t, h->fields, h->n);
	while (st == CSVIO_OK && (st = tableread_next(&in, &row)) ==
	    CSVIO_OK) {
		if (in.is_long)
			long_add(&lt, row, in.short_row, in.name);
		else
			wide_add(&t, &hold, row, in.name);
	}
	if (st != CSVIO_EOF)
		csvio_warn(in.csv, st);
	if (started && in.is_long)	/* an empty file: nothing to check */
		long_flush(&lt, in.name);
	else if (started && !hold.over) {
		id = opt.id != NULL ? opt.id : strcmp(path, "-") == 0 ? "" :
		    file_id(path, idbuf, sizeof idbuf);
		lines = opt.index_path == NULL ? NULL : tabindex_lines_of(
		    &opt.index, opt.index_path, id, t.nrows, in.name);
		if (opt.index_path != NULL && (e = tabindex_find(&opt.index,
		    id)) != NULL)	/* a caption "(in %)" */
			tally_share(&t, (size_t)-1, e->field[TABINDEX_UNIT],
			    strlen(e->field[TABINDEX_UNIT]));
		check_table(&t, in.name, id, lines);
		free(lines);
	}
	tally_free(&t);		/* no-op after check_table */
	tableread_close(&in);
}

static const char *
parse_options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "index", required_argument, NULL, 'i' },
		CLI_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const char *output = NULL;
	enum tabindex_status st;
	int c;

	while ((c = cli_getopt(argc, argv, ":hi:o:t:", longopts,
	    usage_text)) != -1) {
		switch (c) {
		case 'i':	/* unreadable: the lines would be missing */
			if (opt.index_path != NULL)
				usage_error("-i: one index at a time (one "
				    "document's)");
			opt.index_path = optarg;
			if ((st = tabindex_read(&opt.index, optarg)) ==
			    TABINDEX_OK)
				break;
			if (opt.index.line > 0)
				die("%s:%ld: %s", optarg, opt.index.line,
				    tabindex_strerror(&opt.index, st));
			die("%s: %s", optarg, tabindex_strerror(&opt.index,
			    st));
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
	    "col_header", "stated", "computed", "difference", "kind",
	    "line" };
	struct outfile out;

	err_init("tabel-check");
	csvio_writer_init(&opt.out, outfile_open_or_die(&out,
	    parse_options(argc, argv)));
	csvio_put_row(&opt.out, header, sizeof header / sizeof header[0]);
	cli_each_input(argv + optind, check_file);
	csvio_writer_free(&opt.out);
	outfile_commit_or_die(&out);
	tabindex_free(&opt.index);
	if (opt.mismatch)
		err_raise(EXIT_DATA);
	return err_status();
}

