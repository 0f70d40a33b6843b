/* tabel-xlsx: CSV tables (wide, normalised or not, or as a Dutch Excel
 * saves them) into one XLSX workbook. One worksheet per table, named
 * after it ("Tabel 8") or the file; amounts become numbers with the
 * decimals the column printed, all other cells stay text as written (no
 * formula ever comes from data, and editing keeps them text). Bold
 * frozen header, filters, widths from the content, print setup; totals
 * bold and a row-kind column by tabel-check's rule, and its findings on
 * a sheet "Controle" linked to the marked cells. Index files (index.csv
 * of tabel-extract, given with -i or as inputs) give each sheet its
 * caption, unit and source and make a first sheet "Index"; a table is
 * matched to its index by source and table id (common/xlsx/xlindex.h).
 * libxlsxwriter runs in constant-memory mode, so memory stays flat; the
 * same input gives the same bytes. */
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
#include "common/sys/xalloc.h"
#include "common/table/tabindex.h"
#include "common/table/tableid.h"
#include "common/text/utf8.h"
#include "common/xlsx/sheetname.h"
#include "common/xlsx/xlbook.h"
#include "common/xlsx/xlcheck.h"
#include "common/xlsx/xlindex.h"
#include "common/xlsx/xllabel.h"
#include "common/xlsx/xltable.h"

static const char usage_text[] =
    "usage: tabel-xlsx [-cn] [-i INDEX] [--lang LANG] [--sep C] [-o OUT.xlsx]\n"
    "                  [CSV ...]\n"
    "Write CSV tables (standard input when none) as one XLSX workbook.\n"
    "  -c, --chart        add a chart to tables whose columns are periods\n"
    "  -i, --index FILE   index.csv of tabel-extract: captions, units,\n"
    "                     sources and a first sheet 'Index' (repeatable;\n"
    "                     an input named index.csv is one too)\n"
    "  -n, --normalised   the input is tabel-norm's: 4.207 is 4.207, not\n"
    "                     4207 (default: judged from the first 1000 rows)\n"
    "  -o, --output FILE  the workbook (default: standard output)\n"
    "      --lang LANG    the workbook's own words: nl (default) or en\n"
    "      --sep C        the field separator: ',' or ';' (default: ';'\n"
    "                     when the first line has more of them than ',')\n"
    "  -h, --help         this text\n"
    "      --version      the version\n";

enum { OPT_LANG = CLI_VERSION + 1, OPT_SEP };

static struct {
	const char *out;
	bool chart, normalised;
	char sep;		/* '\0': detect */
	enum xllabel_lang lang;
} opt;

/* The base name of a sheet from the file name PATH into OUT: a Latin-1
 * name ("caf\xe9.csv") is converted like text, not cut to "caf". */
static void
stem_name(const char *path, char *out, size_t n)
{
	struct utf8_fixer f = { NULL, 0 };
	const char *s;
	size_t len;

	tableid_stem(path, out, n);
	if (utf8_fix(&f, out, strlen(out), &s, &len) != UTF8_OK)
		snprintf(out, n, "%.*s", (int)len, s);
	utf8_fixer_free(&f);
}

/* The sheet's base name: "Tabel 8" for tabel-08.csv, else the file's;
 * standard input is named after the output file. True when PATH names
 * a table id (into ID). */
static bool
name_table(const char *path, char *base, char *id, size_t n)
{
	if (strcmp(path, "-") != 0)
		stem_name(path, base, n);
	else if (opt.out != NULL && strcmp(opt.out, "-") != 0) {
		tableid_stem(opt.out, base, n);
		base[strcspn(base, ".")] = '\0';  /* "tabel8.xlsx": "tabel8" */
	} else
		snprintf(base, n, "Tabel");
	if (!tableid_of_file(path, id, n))
		return false;
	if (id[0] != 'L')
		snprintf(base, n, "Tabel %s", id);
	return true;
}

static void
xlsx_one(struct xlbook *book, const char *path, struct xlindex *x,
    struct xlcheck *checks)
{
	struct xltable_input in = { .path = path, .chart = opt.chart,
	    .normalised = opt.normalised };
	char base[SHEETNAME_SIZE], id[64];
	struct utf8_fixer fixer = { NULL, 0 };
	const char *s;
	size_t len;
	struct csvio_reader *r = NULL;
	enum csvio_status st;

	if ((st = csvio_open(&r, path)) != CSVIO_OK) {
		csvio_warn(r, st);
		csvio_close(r);
		return;
	}
	csvio_set_sep(r, opt.sep);
	if (strcmp(path, "-") == 0)
		in.path = "(stdin)";
	/* The file's name without its directory: the workbook is the same
	 * wherever the CSVs were written. */
	s = strrchr(in.path, '/') != NULL ? strrchr(in.path, '/') + 1 :
	    in.path;
	utf8_fix(&fixer, s, strlen(s), &s, &len);
	in.display = xstrndup(s, len);
	utf8_fixer_free(&fixer);
	in.base = base;
	if (name_table(path, base, id, sizeof base)) {
		in.id = id;
		in.entry = xlindex_match(x, path, id, base);
	}
	xltable_write(book, &in, r, checks);
	csvio_close(r);
	free((char *)in.display);
}

static void
parse_options(int argc, char *argv[], struct xlindex *x)
{
	static const struct option longopts[] = {
		{ "chart", no_argument, NULL, 'c' },
		{ "index", required_argument, NULL, 'i' },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "normalised", no_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ "sep", required_argument, NULL, OPT_SEP },
		CLI_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct tabindex failed;
	enum tabindex_status st;
	int c;

	while ((c = cli_getopt(argc, argv, ":chi:no:", longopts,
	    usage_text)) != -1) {
		switch (c) {
		case 'c':
			opt.chart = true;
			break;
		case 'i':	/* unreadable: the captions would be missing */
			if ((st = xlindex_add(x, optarg, &failed)) ==
			    TABINDEX_OK)
				break;
			if (failed.line > 0)
				die("%s:%ld: %s", optarg, failed.line,
				    tabindex_strerror(&failed, st));
			die("%s: %s", optarg, tabindex_strerror(&failed, st));
			break;
		case 'n':
			opt.normalised = true;
			break;
		case 'o':
			opt.out = optarg;
			break;
		case OPT_LANG:
			if (!xllabel_lang(optarg, &opt.lang))
				usage_error("--lang: 'nl' or 'en', not '%s'",
				    optarg);
			break;
		case OPT_SEP:
			if (strcmp(optarg, ",") != 0 &&
			    strcmp(optarg, ";") != 0)
				usage_error("--sep: ',' or ';', not '%s'",
				    optarg);
			opt.sep = optarg[0];
		}
	}
	if ((opt.out == NULL || strcmp(opt.out, "-") == 0) && isatty(1))
		usage_error("will not write a workbook to a terminal; use -o");
}

/* Take the inputs named as an index that read as one out of INPUTS (an
 * index is never a sheet); the rest stay, in order. */
static void
take_indexes(char **inputs, struct xlindex *x)
{
	struct tabindex failed;
	char **keep = inputs;

	for (; *inputs != NULL; inputs++) {
		if (xlindex_named(*inputs) && xlindex_add(x, *inputs,
		    &failed) == TABINDEX_OK)
			continue;
		if (xlindex_named(*inputs))
			tabindex_free(&failed);
		*keep++ = *inputs;
	}
	*keep = NULL;
}

/* A workbook without tables says so on its one sheet. */
static void
empty_book(struct xlbook *b)
{
	const char *name = xllabel(b->lang, XLLABEL_EMPTY);
	lxw_worksheet *ws;
	char unique[SHEETNAME_SIZE];

	if (err_status() == 0)	/* else the inputs' problems said why */
		warn_at(opt.out != NULL ? opt.out : "(stdout)", 0,
		    "no table in the input: the workbook says so");
	sheetname_make(&b->names, name, strlen(name), "", unique);
	if ((ws = xlbook_sheet(b, unique)) == NULL ||
	    worksheet_write_string(ws, 0, 0, xllabel(b->lang,
	    XLLABEL_NO_TABLES), b->bold) != LXW_NO_ERROR)
		die("%s: cannot write the workbook", opt.out);
}

static void
check_lxw(lxw_error e)
{
	char why[128];

	if (e == LXW_NO_ERROR)
		return;
	xlbook_strerror(e, why, sizeof why);
	die("%s: %s", opt.out != NULL ? opt.out : "(stdout)", why);
}

int
main(int argc, char *argv[])
{
	struct xlbook book;
	struct xlindex x = { 0 };
	struct xlcheck checks = { 0 };
	enum outfile_status ost;
	char sources[200];
	bool have_sources;

	err_init("tabel-xlsx");
	parse_options(argc, argv, &x);
	take_indexes(argv + optind, &x);
	if ((ost = xlbook_open(&book, opt.out, x.n > 0, opt.lang)) !=
	    OUTFILE_OK)
		outfile_die(book.blame, ost);
	if (argv[optind] == NULL && x.n == 0)
		xlsx_one(&book, "-", &x, &checks);
	for (char **p = argv + optind; *p != NULL; p++)
		xlsx_one(&book, *p, &x, &checks);
	xlindex_report(&x);
	check_lxw(xlcheck_sheet(&checks, &book));
	if (book.nsheets == 0 && book.index == NULL)
		empty_book(&book);
	check_lxw(xlindex_sheet(&x, &book));
	have_sources = xlindex_sources(&x, sources, sizeof sources);
	check_lxw(xlbook_close(&book, have_sources ? sources : NULL));
	if ((ost = xlbook_commit(&book)) != OUTFILE_OK)
		outfile_die(book.blame, ost);
	xlcheck_free(&checks);
	xlindex_free(&x);
	return err_status();
}
