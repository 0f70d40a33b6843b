/* tabel-amounts: every money amount mentioned in the prose of text
 * sources, one CSV row each:
 *   source,line,raw,value_eur,year,context,kind,per,value,currency
 * raw is the amount as written (line breaks folded), value_eur its exact
 * value in euro (empty for another currency: never converted), value its
 * exact value in its own currency and currency that currency's ISO 4217
 * code ("EUR", "USD"), year the year or period ("2019/2024") the sentence ties
 * it to, context the sentence; kind is single, range-low or range-high
 * ("van 50.000 tot 250.000 euro"), per the unit of a per-unit amount
 * ("80 euro per dag": dag; "500 k€/j": j). Tables are left to
 * tabel-extract: the lines of the tables its detector finds are left out
 * (common/scan/tabregion). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/sys/cli.h"
#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/sys/lines.h"
#include "common/prose/money.h"
#include "common/sys/outfile.h"
#include "common/prose/prose.h"
#include "common/prose/sentence.h"
#include "common/scan/tabregion.h"
#include "common/text/textfix.h"
#include "common/sys/xalloc.h"

static const char usage_text[] =
    "usage: tabel-amounts [-o FILE] [FILE ...]\n"
    "List the money amounts mentioned in the prose of text sources as CSV:\n"
    "source,line,raw,value_eur,year,context,kind,per,value,currency\n"
    "value_eur is empty for an amount in another currency than euro:\n"
    "value holds it in its own currency, currency its ISO 4217 code\n"
    "  -o FILE     write to FILE (whole or not at all)\n"
    "  -h, --help  show this help\n"
    "  --version   show the version\n";

static struct {
	struct csvio_writer out;
	const char *source;	/* the input's name for the source column */
	struct money money;
	struct textfix fix;	/* lines made UTF-8 (docs/limits.md) */
} opt;

/* The longest context printed: a sentence longer than this (a list or a
 * text without full stops) is cut to this many bytes around the amount,
 * at spaces, with "..." at the cut ends. */
#define CONTEXT_MAX 600

/* The context of amount A in the sentence TEXT[START, END) into W. */
static void
put_context(struct csvio_writer *w, const char *text, size_t start,
    size_t end, const struct money_amount *a)
{
	char buf[CONTEXT_MAX + 8];
	size_t from = start, to = end, half = CONTEXT_MAX / 2;

	if (end - start <= CONTEXT_MAX) {
		csvio_put(w, text + start, end - start);
		return;
	}
	if (a->start > start + half)
		from = a->start - half;
	to = from + CONTEXT_MAX < end ? from + CONTEXT_MAX : end;
	while (from > start && from < a->start && text[from - 1] != ' ')
		from++;
	while (to < end && to > a->end && text[to] != ' ')
		to--;
	snprintf(buf, sizeof buf, "%s%.*s%s", from > start ? "..." : "",
	    (int)(to - from), text + from, to < end ? "..." : "");
	csvio_puts(w, buf);
}

/* One CSV row for amount A of the sentence TEXT[START, END). */
static void
put_amount(const struct prose_par *par, size_t start, size_t end,
    const struct money_amount *a)
{
	struct csvio_writer *w = &opt.out;
	char line[32];
	long lineno = prose_line_of(par, a->start);
	bool euro = a->currency != NULL && strcmp(a->currency, "EUR") == 0;

	if (a->status != NUM_OK)
		warn_at(opt.source, lineno, "amount '%.*s': %s",
		    (int)(a->end - a->start), par->text + a->start,
		    num_strerror(a->status));
	snprintf(line, sizeof line, "%ld", lineno);
	csvio_puts(w, opt.source);
	csvio_puts(w, line);
	csvio_put(w, par->text + a->start, a->end - a->start);
	csvio_puts(w, euro ? a->value : "");
	csvio_puts(w, a->year);
	put_context(w, par->text, start, end, a);
	csvio_puts(w, money_kind_name(a->kind));
	csvio_put(w, par->text + a->per_start, a->per_end - a->per_start);
	csvio_puts(w, a->value);
	csvio_puts(w, a->currency != NULL ? a->currency : "");
	csvio_end(w);
}

/* One paragraph: sentence by sentence, every money amount. */
static void
amounts_in(const struct prose_par *par, void *arg)
{
	size_t start = 0, end, x, n;

	(void)arg;
	while (start < par->len) {
		while (start < par->len && par->text[start] == ' ')
			start++;
		end = sentence_end(par->text, par->len, start);
		while (end > start && par->text[end - 1] == ' ')
			end--;
		n = money_find(&opt.money, par->text, start, end);
		for (x = 0; x < n; x++)
			put_amount(par, start, end, &opt.money.amounts[x]);
		start = end;
	}
}

/* A line settled by the table detector: on to the prose reader. */
static void
prose_line(const char *line, size_t len, long no, bool in_table, void *ctx)
{
	prose_feed(ctx, line, len, no, in_table, amounts_in, NULL);
}

static void
amounts_file(const char *path)
{
	struct lines l;
	struct prose p;
	struct tabregion *tr;
	enum lines_status st;
	const char *line;
	size_t len;

	if ((st = lines_open(&l, path)) != LINES_OK) {
		lines_warn(&l, st);
		lines_close(&l);
		return;
	}
	opt.source = l.in.name;
	prose_init(&p);
	tr = tabregion_open(l.in.name, prose_line, &p);
	textfix_start(&opt.fix, l.in.name, "lines");
	while ((st = lines_next(&l, &line, &len)) != LINES_EOF) {
		if (st == LINES_ETOOLONG) {	/* skipped; go on after it */
			warn_at(l.in.name, l.lineno, "%s",
			    lines_strerror(&l, st));
			continue;
		}
		if (st != LINES_OK) {
			lines_warn(&l, st);
			break;
		}
		textfix_text(&opt.fix, l.lineno, &line, &len);
		tabregion_line(tr, line, len, l.lineno);
	}
	tabregion_finish(tr);
	tabregion_close(tr);
	prose_finish(&p, amounts_in, NULL);
	textfix_end(&opt.fix);
	prose_free(&p);
	lines_close(&l);
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

	while ((c = cli_getopt(argc, argv, ":ho:", longopts,
	    usage_text)) != -1)
		if (c == 'o')
			output = optarg;
	return output;
}

int
main(int argc, char *argv[])
{
	static const char *const header[] = { "source", "line", "raw",
	    "value_eur", "year", "context", "kind", "per", "value",
	    "currency" };
	struct outfile out;

	err_init("tabel-amounts");
	csvio_writer_init(&opt.out, outfile_open_or_die(&out,
	    parse_options(argc, argv)));
	csvio_put_row(&opt.out, header, sizeof header / sizeof header[0]);
	cli_each_input(argv + optind, amounts_file);
	csvio_writer_free(&opt.out);
	money_free(&opt.money);
	textfix_free(&opt.fix);
	outfile_commit_or_die(&out);
	return err_status();
}
