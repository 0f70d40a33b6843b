/* tabel-extract: write the tables of one text source as CSV, cells
 * exactly as written. -t ID prints one table in the wide form (DESIGN.md
 * §3); -o DIR writes every table to DIR/tabel-NN.csv (or DIR/L<line>.csv
 * without a caption) plus DIR/index.csv; --long prints the tidy form, one
 * row per cell. Judgement calls are reported on standard error. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/cli.h"
#include "common/sys/csvio.h"
#include "common/flow/detect.h"
#include "common/scan/scan.h"
#include "common/sys/err.h"
#include "common/sys/lines.h"
#include "common/sys/outfile.h"
#include "common/sys/outfile_dir.h"
#include "common/table/table.h"
#include "common/table/tablecsv.h"
#include "common/table/tableid.h"

static const char usage_text[] =
    "usage: tabel-extract -t ID [--long] [--layout MODE] [-o FILE] [FILE]\n"
    "       tabel-extract --long [--layout MODE] [-o FILE] [FILE]\n"
    "       tabel-extract -o DIR [--layout MODE] [FILE]\n"
    "Write the tables of a text source as CSV, cells exactly as written.\n"
    "  -t ID      the table with caption number ID (8; 8-2 for the second\n"
    "             table numbered 8; L123 for the table without a caption\n"
    "             that starts on line 123), as wide CSV\n"
    "  --long     one row per non-empty cell:\n"
    "             source,table,caption,unit,row,col,row_label,col_header,"
    "raw,line\n"
    "             (lines of a table that fit no cell: row 0, col 0;\n"
    "             the label column, raw empty: its header as row 0, a\n"
    "             row without values as its row, col 0)\n"
    "  -o DIR     without -t and --long: every table to DIR/tabel-NN.csv\n"
    "             or DIR/L<line>.csv, and DIR/index.csv as tabel-find;\n"
    "             DIR is replaced whole when all is written\n"
    "  -o FILE    with -t or --long: write to FILE\n"
    "  --layout flow|columns|raw|delimited|lines|auto\n"
    "             how cells are set apart: one space (flow), aligned in\n"
    "             columns (pdftotext -layout), one space and none for an\n"
    "             empty cell (raw, as pdftotext writes with its raw\n"
    "             option), tabs, pipes or semicolons (delimited), one\n"
    "             cell a line (lines, a web table copied), or by each\n"
    "             page's look (auto, the default)\n"
    "  -h, --help this help;  --version  the version\n";

static struct {
	const char *table;	/* -t */
	const char *output;	/* -o */
	bool lng;		/* --long */
	enum scan_mode layout;	/* --layout */
	bool found;
	struct csvio_writer w;	/* -t, --long: the output */
	struct csvio_writer index;	/* -o DIR: index.csv */
	struct outfile_dir dir;	/* -o DIR: written whole or not at all */
} opt;

enum { OPT_LONG = CLI_VERSION + 1, OPT_LAYOUT };

/* -o DIR: a file this program writes there, which a new run replaces. */
static bool
own_file(const char *name)
{
	char id[64];

	return strcmp(name, "index.csv") == 0 ||
	    tableid_of_file(name, id, sizeof id);
}

/* -o DIR: the table to its own file in the directory being made. */
static void
write_file(struct table *t)
{
	struct outfile out;
	struct csvio_writer w;
	char name[96];

	table_file_name(t, name, sizeof(name));
	csvio_writer_init(&w, outfile_dir_create(&opt.dir, &out, name));
	tablecsv_wide(t, &w);
	csvio_writer_free(&w);
	outfile_dir_close(&opt.dir, &out, name);
	tablecsv_index(t, &opt.index, true);
}

static void
emit(struct table *t, void *ctx)
{
	char id[64];

	(void)ctx;
	if (opt.table != NULL) {
		table_id(t, id, sizeof(id));
		if (opt.found || strcmp(id, opt.table) != 0)
			return;
		opt.found = true;
	}
	table_report(t, true);
	if (t->left_out)
		return;
	if (opt.table == NULL && !opt.lng)
		write_file(t);
	else if (opt.lng)
		tablecsv_long(t, &opt.w);
	else
		tablecsv_wide(t, &opt.w);
}

static void
extract(const char *path)
{
	struct lines l;
	enum lines_status st = scan_file(path, opt.layout, emit, NULL, &l);
	const char *name = path == NULL || strcmp(path, "-") == 0 ?
	    "(stdin)" : path;

	if (st != LINES_EOF)
		lines_warn(&l, st);
	if (opt.table != NULL && !opt.found && lines_where(&l, st) != 0)
		warn_at(name, 0, "no table '%s' (tabel-find lists them)",
		    opt.table);
}

static void
parse_options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONG_OPTIONS,
		{ "long", no_argument, NULL, OPT_LONG },
		{ "layout", required_argument, NULL, OPT_LAYOUT },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = cli_getopt(argc, argv, ":ho:t:", longopts,
	    usage_text)) != -1) {
		switch (c) {
		case 'o':
			opt.output = optarg;
			break;
		case 't':
			opt.table = optarg;	/* "08" is "8" */
			while (opt.table[0] == '0' && opt.table[1] >= '0' &&
			    opt.table[1] <= '9')
				opt.table++;
			break;
		case OPT_LONG:
			opt.lng = true;
			break;
		case OPT_LAYOUT:
			if (!scan_mode_parse(optarg, &opt.layout))
				usage_error("--layout is flow, columns, raw, "
				    "delimited, lines or auto");
			break;
		}
	}
	if (opt.table == NULL && !opt.lng && opt.output == NULL)
		usage_error("give -t ID, --long or -o DIR");
	if (argc - optind > 1)
		usage_error("one source file at a time");
}

/* -o DIR: every table and index.csv into a new directory that takes
 * DIR's place when complete (an input problem too completes it); a
 * failure leaves the old DIR as it was. */
static int
extract_dir(const char *source)
{
	struct outfile out;

	outfile_dir_open_or_die(&opt.dir, opt.output, own_file);
	csvio_writer_init(&opt.index, outfile_dir_create(&opt.dir, &out,
	    "index.csv"));
	tablecsv_index_header(&opt.index, true);
	extract(source);
	csvio_writer_free(&opt.index);
	outfile_dir_close(&opt.dir, &out, "index.csv");
	outfile_dir_commit_or_die(&opt.dir);
	return err_status();
}

int
main(int argc, char *argv[])
{
	struct outfile out;

	err_init("tabel-extract");
	parse_options(argc, argv);
	if (opt.table == NULL && !opt.lng)
		return extract_dir(argv[optind]);
	csvio_writer_init(&opt.w, outfile_open_or_die(&out, opt.output));
	if (opt.lng)
		tablecsv_long_header(&opt.w);
	extract(argv[optind]);
	csvio_writer_free(&opt.w);
	outfile_commit_or_die(&out);
	return err_status();
}
