/* tabel-find: list the tables in text sources, one CSV row each:
 * source,table,caption,unit,first_line,last_line,rows,cols,kind,quality.
 * quality is the share of a table's rows placed without a judgement call;
 * every judgement call is reported on standard error with its line
 * (-q: only the problems). */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/sys/cli.h"
#include "common/sys/csvio.h"
#include "common/flow/detect.h"
#include "common/scan/scan.h"
#include "common/sys/err.h"
#include "common/sys/lines.h"
#include "common/sys/outfile.h"
#include "common/table/table.h"
#include "common/table/tablecsv.h"

static const char usage_text[] =
    "usage: tabel-find [-q] [--layout MODE] [-o FILE] [FILE ...]\n"
    "List the tables in text sources as CSV, one row per table:\n"
    "source,table,caption,unit,first_line,last_line,rows,cols,kind,quality\n"
    "(quality: share of rows placed without a judgement call).\n"
    "  -o FILE      write to FILE instead of standard output\n"
    "  --layout flow|columns|raw|delimited|lines|auto\n"
    "               how cells are set apart: one space (flow), aligned in\n"
    "               columns (pdftotext -layout), one space and none for an\n"
    "               empty cell (raw, as pdftotext writes with its raw\n"
    "               option), tabs, pipes or semicolons (delimited), one\n"
    "               cell a line (lines, a web table copied), or by each\n"
    "               page's look (auto, the default)\n"
    "  -q, --quiet  report only problems, not every judgement call\n"
    "  -h, --help   this help;  --version  the version\n";

static struct {
	const char *output;
	bool quiet;
	enum scan_mode layout;	/* --layout */
	struct csvio_writer w;
} opt;

enum { OPT_LAYOUT = CLI_VERSION + 1 };

static void
emit(struct table *t, void *ctx)
{
	(void)ctx;
	table_report(t, !opt.quiet);
	if (!t->left_out)
		tablecsv_index(t, &opt.w, false);
}

/* Feed every line of PATH to a detector; a bad file is reported and the
 * others are still read. */
static void
find_one(const char *path)
{
	struct lines l;
	enum lines_status st = scan_file(path, opt.layout, emit, NULL, &l);

	if (st != LINES_EOF)
		lines_warn(&l, st);
}

static void
parse_options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONG_OPTIONS,
		{ "quiet", no_argument, NULL, 'q' },
		{ "layout", required_argument, NULL, OPT_LAYOUT },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = cli_getopt(argc, argv, ":ho:q", longopts,
	    usage_text)) != -1) {
		switch (c) {
		case 'o':
			opt.output = optarg;
			break;
		case 'q':
			opt.quiet = true;
			break;
		case OPT_LAYOUT:
			if (!scan_mode_parse(optarg, &opt.layout))
				usage_error("--layout is flow, columns, raw, "
				    "delimited, lines or auto");
			break;
		}
	}
}

int
main(int argc, char *argv[])
{
	struct outfile out;

	err_init("tabel-find");
	parse_options(argc, argv);
	csvio_writer_init(&opt.w, outfile_open_or_die(&out, opt.output));
	tablecsv_index_header(&opt.w, false);
	cli_each_input(argv + optind, find_one);
	csvio_writer_free(&opt.w);
	outfile_commit_or_die(&out);
	return err_status();
}
