/* tabel-xlsx: CSV tables (wide, normalised or not) into one XLSX workbook.
 * One worksheet per input, named after the table ("Tabel 8") or the file;
 * amounts become numbers with the decimals the source showed, all other
 * cells stay text as written (no formula ever comes from data). Bold
 * frozen header, autofilter, widths from the content, bold totals; with
 * --index the caption, unit and source above each table and a first
 * sheet "Index" linking to every table; with --chart a chart of tables
 * whose columns are periods. libxlsxwriter runs in constant-memory mode,
 * so memory stays flat; a table longer than a sheet continues on the next
 * ("Name (2)"). The same input gives the same bytes. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "common/sys/cli.h"
#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/sys/outfile.h"
#include "common/sys/rowcopy.h"
#include "common/table/rowlabel.h"
#include "common/xlsx/sheetname.h"
#include "common/table/tabindex.h"
#include "common/table/tableid.h"
#include "common/text/textfix.h"
#include "common/text/utf8.h"
#include "common/sys/xalloc.h"
#include "common/xlsx/xlbook.h"
#include "common/xlsx/xlchart.h"
#include "common/xlsx/xlcell.h"

static const char usage_text[] =
    "usage: tabel-xlsx [-cn] [-i INDEX] [-o OUT.xlsx] [CSV ...]\n"
    "Write CSV tables (standard input when none) as one XLSX workbook.\n"
    "  -c, --chart        add a chart to tables whose columns are periods\n"
    "  -i, --index FILE   index.csv of tabel-extract: captions, units,\n"
    "                     sources and a first sheet 'Index'\n"
    "  -n, --normalised   the input is tabel-norm's: 4.207 is 4.207, not\n"
    "                     4207 (default: judged from the first 1000 rows)\n"
    "  -o, --output FILE  the workbook (default: standard output)\n"
    "  -h, --help         this text\n"
    "      --version      the version\n";

/* Rows read before the notation of a file is settled (xlcell_hint). */
#define WINDOW_ROWS 1000

static struct {
	const char *out, *index;
	bool chart, normalised;
} opt;

struct rows {
	struct rowcopy *rows;
	size_t n, cap;
};

/* One table being written: its sheet (or part), geometry and state. */
struct table {
	struct xlbook *book;
	const char *path;
	const struct tabindex_entry *entry;
	char base[SHEETNAME_SIZE], name[SHEETNAME_SIZE];
	int part;
	lxw_worksheet *ws;
	lxw_row_t row, header_row;	/* next row to write; the header's */
	struct rowcopy header, held;	/* held: a label-less row */
	struct xlcell_profile profile;	/* what the first rows said */
	struct textfix fix;		/* fields made valid UTF-8 */
	long ragged;			/* rows not as wide as the header */
	size_t ncols, *width;
	lxw_row_t *plot;		/* rows to chart, totals last */
	size_t nplot, plot_cap, ntotal;
};

/* Die on a libxlsxwriter failure: the output is removed (outfile). */
static void
check(lxw_error e)
{
	if (e != LXW_NO_ERROR)
		die("%s: %s", opt.out != NULL ? opt.out : "(stdout)",
		    lxw_strerror(e));
}

/* Write field I of SRC at ROW: text for headers and labels (AS_TEXT),
 * else what xlcell_read makes of it; problems are reported. */
static void
put_cell(struct table *t, lxw_row_t row, const struct csvio_row *src,
    size_t i, bool as_text, bool bold, lxw_format *text)
{
	struct xlcell c;
	enum xlcell_status st;
	enum xlbook_style style;
	const char *s = src->fields[i];
	size_t len = src->lens[i];

	as_text |= xlcell_profile_codes(&t->profile, i) &&
	    xlcell_plain_integer(s, len);
	st = as_text ? xlcell_text(s, len, &c) : xlcell_read(s, len,
	    opt.normalised || xlcell_profile_canonical(&t->profile), &c);
	if (!as_text)	/* "(%)" or a long row's currency: common/xlsx */
		xlcell_unit(&c, xlcell_profile_unit(&t->profile, src->fields,
		    src->n, i));
	if (st == XLCELL_EDIGITS)
		warn_at(t->path, src->line, "'%.*s' kept as text: %s",
		    (int)(len < 60 ? len : 60), s, xlcell_strerror(st));
	if (c.kind == XLCELL_TEXT && c.len < len)	/* also after EDIGITS */
		warn_at(t->path, src->line, "column %zu: %s, cut", i + 1,
		    xlcell_strerror(XLCELL_ETOOLONG));
	if (i < t->ncols && c.width > t->width[i])
		t->width[i] = c.width;
	if (c.kind == XLCELL_TEXT)
		check(xlbook_text(t->ws, row, (lxw_col_t)i, s, c.len, text));
	if (c.kind != XLCELL_NUMBER)
		return;
	style = c.percent ? XLBOOK_PERCENT : c.euro ? XLBOOK_EURO :
	    XLBOOK_PLAIN;
	check(worksheet_write_number(t->ws, row, (lxw_col_t)i, c.number,
	    xlbook_number_format(t->book, bold, style, c.decimals)));
}

/* Write SRC at ROW: the header as bold text, a body row with its label
 * as text and in bold when it is a total or subtotal (BOLD). */
static void
put_cells(struct table *t, lxw_row_t row, const struct csvio_row *src,
    bool header, bool bold)
{
	lxw_format *text = header ? t->book->header : bold ? t->book->bold :
	    NULL;

	for (size_t i = 0; i < src->n; i++)
		put_cell(t, row, src, i, header || i == 0, bold, text);
}

/* Start a sheet (the first, or the next part of a long table). */
static void
start_part(struct table *t)
{
	char suffix[16] = "";

	if (++t->part > 1)
		snprintf(suffix, sizeof suffix, " (%d)", t->part);
	sheetname_make(&t->book->names, t->base, strlen(t->base), suffix,
	    t->name);
	if ((t->ws = xlbook_sheet(t->book, t->name)) == NULL)
		die("%s: cannot add sheet '%s'", t->path, t->name);
	check(xlbook_caption(t->book, t->ws, t->entry, &t->header_row));
	t->row = t->header_row;
	put_cells(t, t->row++, &t->header.row, true, true);
	t->nplot = t->ntotal = 0;
	if (t->part == 1)
		xlbook_list(t->book, t->name, t->entry);
}

/* Remember ROW for the chart: totals replace the data rows. */
static void
note_plot(struct table *t, lxw_row_t row, enum rowlabel_kind kind)
{
	if (!opt.chart || kind == ROWLABEL_SUBTOTAL ||
	    kind == ROWLABEL_NUMBERED || (kind == ROWLABEL_PLAIN &&
	    (t->ntotal > 0 || t->nplot >= XLCHART_MAX_SERIES)))
		return;
	if (kind == ROWLABEL_TOTAL && t->ntotal++ == 0)
		t->nplot = 0;
	xgrow(&t->plot, &t->plot_cap, t->nplot + 1, sizeof *t->plot);
	t->plot[t->nplot++] = row;
}

/* Freeze, filter and size the finished sheet; chart it if asked. */
static void
finish_part(struct table *t, bool last)
{
	struct xlchart_table c = { 0 };
	size_t first, end;

	check(xlbook_finish_sheet(t->book, t->ws, t->header_row, t->row - 1,
	    t->ncols, t->width));
	if (!opt.chart || !last || t->part > 1 || t->nplot == 0 ||
	    t->ncols + 10 > LXW_COL_MAX ||	/* no room on the right */
	    !xlchart_periods(t->header.row.fields, t->header.row.n, &first,
	    &end))
		return;
	c.sheet = t->name;
	c.title = t->entry != NULL ? t->entry->field[TABINDEX_CAPTION] :
	    t->name;
	c.header_row = t->header_row;
	c.first_col = (lxw_col_t)first;
	c.last_col = (lxw_col_t)end;
	c.rows = t->ntotal > 0 ? t->plot + t->nplot - 1 : t->plot;
	c.nrows = t->ntotal > 0 ? 1 : t->nplot;
	c.at_row = t->header_row;
	c.at_col = (lxw_col_t)t->ncols + 1;
	check(xlchart_add(t->book->wb, t->ws, &c));
}

/* Write ROW as the next row of the table, in bold when its label says
 * it is a total, a subtotal or a numbered category (common/table/rowlabel.h),
 * or when BOLD. */
static void
write_row(struct table *t, const struct csvio_row *row, bool bold)
{
	enum rowlabel_kind kind = rowlabel_kind(row->fields[0], row->lens[0]);

	if (t->row > XLBOOK_MAX_ROW) {
		finish_part(t, false);
		start_part(t);
	}
	if (bold && kind == ROWLABEL_PLAIN)
		kind = ROWLABEL_TOTAL;
	note_plot(t, t->row, kind);
	put_cells(t, t->row++, row, false, kind != ROWLABEL_PLAIN);
}

/* A row without label but with values may be the table's closing total:
 * hold it until the next row shows whether it is the last. */
static void
put_row(struct table *t, const struct csvio_row *row)
{
	bool values = false, may_close = rowlabel_candidate_total(
	    row->fields[0], row->lens[0], true);	/* if it is the last */

	if (row->n != t->header.row.n && t->ragged++ == 0)
		warn_at(t->path, row->line, "row has %zu cell%s, header has "
		    "%zu", row->n, row->n == 1 ? "" : "s", t->header.row.n);
	if (row->n > t->ncols) {
		t->width = xreallocarray(t->width, row->n, sizeof *t->width);
		memset(t->width + t->ncols, 0,
		    (row->n - t->ncols) * sizeof *t->width);
		t->ncols = row->n;
	}
	for (size_t i = 1; i < row->n && !values; i++)
		values = row->lens[i] > 0;
	if (t->held.row.n > 0) {
		write_row(t, &t->held.row, false);
		rowcopy_free(&t->held);
	}
	if (may_close && values)
		rowcopy_take(&t->held, row);
	else
		write_row(t, row, false);
}

/* The next record of R, made UTF-8. */
static enum csvio_status
next_row(struct table *t, struct csvio_reader *r,
    const struct csvio_row **row)
{
	enum csvio_status st = csvio_next(r, row);

	if (st == CSVIO_OK)
		*row = textfix_row(&t->fix, *row);
	return st;
}

/* Read the first rows into W to learn the file before writing it. */
static enum csvio_status
read_window(struct table *t, struct csvio_reader *r, struct rows *w)
{
	const struct csvio_row *row;
	enum csvio_status st = CSVIO_OK;

	while (w->n < WINDOW_ROWS && (st = next_row(t, r, &row)) == CSVIO_OK) {
		xgrow(&w->rows, &w->cap, w->n + 1, sizeof *w->rows);
		rowcopy_take(&w->rows[w->n++], row);
		xlcell_profile_add(&t->profile, row->fields, row->lens, row->n);
	}
	return st;
}

/* The base name of a sheet from the file name PATH: a Latin-1 name
 * ("caf\xe9.csv") is converted like text, not cut to "caf". */
static void
stem_name(struct table *t, const char *path)
{
	struct utf8_fixer f = { NULL, 0 };
	const char *s;
	size_t len;

	tableid_stem(path, t->base, sizeof t->base);
	if (utf8_fix(&f, t->base, strlen(t->base), &s, &len) != UTF8_OK)
		snprintf(t->base, sizeof t->base, "%.*s", (int)len, s);
	utf8_fixer_free(&f);
}

/* The sheet's base name: "Tabel 8" for tabel-08.csv, else the file's. */
static void
name_table(struct table *t, const char *path, const struct tabindex *ix)
{
	char id[64];

	if (strcmp(path, "-") != 0)
		stem_name(t, path);
	else if (opt.out != NULL && strcmp(opt.out, "-") != 0) {
		tableid_stem(opt.out, t->base, sizeof t->base);
		/* "tabel8.xlsx": "tabel8" */
		t->base[strcspn(t->base, ".")] = '\0';
	} else
		snprintf(t->base, sizeof t->base, "Tabel");
	if (!tableid_of_file(path, id, sizeof id))
		return;
	if (id[0] != 'L')
		snprintf(t->base, sizeof t->base, "Tabel %s", id);
	t->entry = ix != NULL ? tabindex_find(ix, id) : NULL;
	if (ix != NULL && t->entry == NULL)
		note_at(path, 0, "table %s is not in the index", id);
}

/* Write the rows after the header of one input, then finish its sheet. */
static void
write_body(struct table *t, struct csvio_reader *r)
{
	struct rows window = { 0 };
	const struct csvio_row *row;
	enum csvio_status st;

	st = read_window(t, r, &window);
	if (!opt.normalised && xlcell_profile_unsettled(&t->profile))
		note_at(t->path, 0, "'%s' and the like read as thousands: "
		    "neither the notation nor the totals say; -n reads them "
		    "as decimals", xlcell_profile_unsettled(&t->profile));
	for (size_t i = 0; i < window.n; i++)
		put_row(t, &window.rows[i].row);
	for (size_t i = 0; i < window.n; i++)
		rowcopy_free(&window.rows[i]);
	free(window.rows);
	while (st == CSVIO_OK && (st = next_row(t, r, &row)) == CSVIO_OK)
		put_row(t, row);
	if (st != CSVIO_EOF)
		csvio_warn(r, st);
	if (t->held.row.n > 0)
		write_row(t, &t->held.row, true);
	if (t->ragged > 1)
		warn_at(t->path, 0, "%ld rows not as wide as the header in all",
		    t->ragged);
	textfix_end(&t->fix);
	rowcopy_free(&t->held);
	finish_part(t, true);
}

static void
xlsx_one(struct xlbook *book, const char *path, const struct tabindex *ix)
{
	struct table t = { .book = book, .path = path };
	struct csvio_reader *r = NULL;
	const struct csvio_row *row;
	enum csvio_status st;

	if ((st = csvio_open(&r, path)) != CSVIO_OK) {
		csvio_warn(r, st);
		csvio_close(r);
		return;
	}
	if (strcmp(path, "-") == 0)
		t.path = "(stdin)";
	name_table(&t, path, ix);
	textfix_start(&t.fix, t.path, "fields");
	if ((st = next_row(&t, r, &row)) != CSVIO_OK) {
		if (st == CSVIO_EOF)
			warn_at(t.path, 0, "empty input, no sheet");
		else
			csvio_warn(r, st);
		csvio_close(r);
		textfix_free(&t.fix);
		return;
	}
	rowcopy_take(&t.header, row);
	xlcell_profile_header(&t.profile, t.header.row.fields,
	    t.header.row.lens, t.header.row.n);
	t.ncols = row->n;
	t.width = xcalloc(t.ncols, sizeof *t.width);
	start_part(&t);
	write_body(&t, r);
	csvio_close(r);
	rowcopy_free(&t.header);
	rowcopy_free(&t.held);
	free(t.width);
	free(t.plot);
	xlcell_profile_free(&t.profile);
	textfix_free(&t.fix);
}

static void
parse_options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "chart", no_argument, NULL, 'c' },
		{ "index", required_argument, NULL, 'i' },
		{ "normalised", no_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		CLI_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = cli_getopt(argc, argv, ":chi:no:", longopts,
	    usage_text)) != -1) {
		switch (c) {
		case 'c':
			opt.chart = true;
			break;
		case 'i':
			opt.index = optarg;
			break;
		case 'n':
			opt.normalised = true;
			break;
		case 'o':
			opt.out = optarg;
		}
	}
	if ((opt.out == NULL || strcmp(opt.out, "-") == 0) && isatty(1))
		usage_error("will not write a workbook to a terminal; use -o");
}

/* True when paths A and B name the same file. */
static bool
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Without --index, an input named index.csv that reads as a table index
 * (tabel-extract -o DIR writes one beside the tables, so DIR/\*.csv
 * holds it) serves as the index; true when one did. */
static bool
find_index(char **inputs, struct tabindex *ix)
{
	char stem[16];

	for (; *inputs != NULL; inputs++) {
		tableid_stem(*inputs, stem, sizeof stem);
		if (strcmp(stem, "index") != 0)
			continue;
		if (tabindex_read(ix, *inputs) == TABINDEX_OK) {
			opt.index = *inputs;
			return true;
		}
		tabindex_free(ix);
	}
	return false;
}

/* Read --index or die: without it the captions would be missing. */
static void
read_index(struct tabindex *ix)
{
	enum tabindex_status st;

	if ((st = tabindex_read(ix, opt.index)) == TABINDEX_OK)
		return;
	/* the reader's message names the cause (csvio_strerror) */
	if (ix->line > 0)
		die("%s:%ld: %s", opt.index, ix->line, tabindex_strerror(ix,
		    st));
	die("%s: %s", opt.index, tabindex_strerror(ix, st));
}

int
main(int argc, char *argv[])
{
	struct xlbook book;
	struct tabindex ix, *ixp = NULL;
	enum outfile_status ost;
	const char *target;

	err_init("tabel-xlsx");
	parse_options(argc, argv);
	target = opt.out != NULL ? opt.out : "(stdout)";
	if (opt.index != NULL)
		read_index(ixp = &ix);
	else if (find_index(argv + optind, &ix))
		ixp = &ix;
	if ((ost = xlbook_open(&book, opt.out, ixp != NULL)) != OUTFILE_OK)
		die("%s: %s:", target, outfile_strerror(ost));
	if (argv[optind] == NULL)
		xlsx_one(&book, "-", ixp);
	for (char **p = argv + optind; *p != NULL; p++)
		if (ixp == NULL || !same_file(*p, opt.index))
			xlsx_one(&book, *p, ixp);	/* not the index */
	check(xlbook_close(&book));
	if ((ost = xlbook_commit(&book)) != OUTFILE_OK)
		die("%s: %s:", target, outfile_strerror(ost));
	if (ixp != NULL)
		tabindex_free(ixp);
	return err_status();
}
