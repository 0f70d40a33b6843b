/* tabel-norm: CSV filter; amounts to canonical decimals, dates to ISO 8601.
 *
 * Wide input (a header row, then one row per table row): the header row
 * and the label column (column 1) pass through; every other cell that is
 * an amount becomes a canonical decimal in base units (euro), scaled by
 * the unit of its column header, else of --unit, unless the cell names
 * its own; every other cell passes through untouched. -c and --dates
 * choose the columns instead. Long input (DESIGN.md §3, one row per cell)
 * keeps every column and gains value, year, period and phase. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/cli.h"
#include "common/csvio.h"
#include "common/date.h"
#include "common/err.h"
#include "common/num.h"
#include "common/outfile.h"
#include "common/xalloc.h"

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
"                   kEUR, miljoen euro, MEUR, miljard euro); a unit in a\n"
"                   column header applies to that column, one in a cell\n"
"                   to that cell; amounts come out in euro\n"
"  --keep-scale     amounts stay in the table's unit (notation only)\n"
"  --percent MODE   keep: 50% is 50 (default); fraction: 50% is 0.5\n"
"  --locale LOC     nl: decimal comma (default); en: decimal point;\n"
"                   auto: per column, from the cells whose notation is\n"
"                   unambiguous (a tie is nl)\n"
"  --excel          ';' separator, decimal comma, BOM, CRLF; text cells\n"
"                   starting with = + - @ are guarded with a '\n"
"  --strict         report cells of amount columns that are no amount\n"
"  -o FILE          write to FILE (whole or not at all)\n"
"  -h, --help       this help;  --version  the version\n"
"\n"
"Rules for ambiguous notation (nl; en mirrors them):\n"
"  ',' is the decimal comma: 1,700 miljoen is 1700000;\n"
"  one '.' followed by exactly three digits groups thousands: 1.234 is\n"
"  1234; otherwise it is a decimal point: 0.200 is 0.2, 111.75 is 111.75\n"
"  (a thousands group never starts a number with 0);\n"
"  with both '.' and ',' the last one is the decimal separator;\n"
"  an integer with a leading zero (0033) is a code and passes through;\n"
"  / - – — n.v.t. nvt x … are missing values: an empty cell.\n"
"The header row stays as it is. Long input (header source,table,caption,\n"
"unit,row,col,row_label,col_header,raw,line) keeps every column and adds\n"
"value (raw scaled by unit), year, period and phase (from col_header).\n";

static const char *const long_header[] = { "source", "table", "caption",
    "unit", "row", "col", "row_label", "col_header", "raw", "line" };
enum { LONG_COLS = 10, LONG_UNIT = 3, LONG_COL = 5, LONG_COL_HEADER = 7,
    LONG_RAW = 8 };

static struct {
	const char *cols, *dates, *output;
	int unit_exp10;
	bool keep_scale, fraction, excel, strict, auto_locale;
	enum num_locale locale;
} opt;

static struct csvio_writer out;

/* How the cells of one column are read. */
struct column {
	bool amount, date;
	int exp10;			/* the column's unit */
	enum num_locale locale;
	long votes_nl, votes_en;	/* unambiguous cells, for auto */
};

/* Rows held back until the locale of their columns is known. Each row
 * is stored as its field count and line, then each field as its length
 * and bytes with a NUL. */
struct batch {
	char *bytes;
	size_t len, cap, rows;
	char *key;			/* long input: source and table */
	char **fields;			/* replay view */
	size_t *lens, fields_cap;
};

/* One input being filtered. */
struct job {
	const char *name;
	bool is_long;
	struct csvio_row header;	/* a copy */
	struct column *cols;
	size_t ncols, cols_cap;
	char *unit_text, *header_text;	/* long input: last seen, cached */
	int unit_exp10, header_exp10;
	bool header_has_unit;
	enum date_status header_status;
	struct date_value header_date;
	struct batch batch;
};

/* Report a cell at FILE:LINE:COL and raise the exit status. */
static void
report(const struct job *j, const struct csvio_row *row, size_t i,
    const char *what)
{
	char where[512];

	snprintf(where, sizeof where, "%s:%ld:%zu", j->name, row->line, i + 1);
	warn_at(where, 0, "'%.*s' %s", (int)(row->lens[i] > 60 ? 60 :
	    row->lens[i]), row->fields[i], what);
}

static void
end_row(void)
{
	if (opt.excel)
		putc('\r', out.fp);
	csvio_end(&out);
}

/* A text cell; with --excel one that a spreadsheet would take for a
 * formula gets a leading "'", unless it reads as a number. */
static void
put_text(const char *s, size_t len)
{
	static char *guarded;
	static size_t cap;
	struct num_amount a;

	if (!opt.excel || len == 0 || strchr("=+-@", s[0]) == NULL ||
	    num_parse(s, len, NUM_LOCALE_NL, &a) == NUM_OK) {
		csvio_put(&out, s, len);
		return;
	}
	xgrow(&guarded, &cap, len + 1, 1);
	guarded[0] = '\'';
	memcpy(guarded + 1, s, len);
	csvio_put(&out, guarded, len + 1);
}

/* A canonical decimal; --excel writes its point as a comma. */
static void
put_number(char *value)
{
	char *point;

	if (opt.excel && (point = strchr(value, '.')) != NULL)
		*point = ',';
	csvio_puts(&out, value);
}

/* The power of ten that takes amount A to its output scale. */
static int
output_exp10(const struct num_amount *a, const struct column *c)
{
	if (a->percent)
		return opt.fraction ? -2 : 0;
	if (!a->has_unit)
		return opt.keep_scale ? 0 : c->exp10;
	return opt.keep_scale ? -c->exp10 : 0;
}

/* Cell I of ROW as an amount of column C; a cell that is no amount
 * passes through when TEXT_PASSES, else leaves the field empty. */
static void
put_amount(const struct job *j, const struct column *c,
    const struct csvio_row *row, size_t i, bool text_passes)
{
	struct num_amount a;
	char value[NUM_MAX];
	enum num_status st;
	int exp10;

	st = num_parse(row->fields[i], row->lens[i], c->locale, &a);
	if (st == NUM_OK && (exp10 = output_exp10(&a, c)) != 0)
		st = num_scale(a.value, exp10, value, sizeof value);
	else if (st == NUM_OK)
		memcpy(value, a.value, sizeof value);
	if (st == NUM_OK) {
		put_number(value);
	} else if (st == NUM_MISSING) {
		csvio_put(&out, "", 0);
	} else {
		if (opt.strict || st == NUM_TOO_LONG)
			report(j, row, i, st == NUM_TOO_LONG ? "has too many "
			    "digits" : "is not an amount");
		if (text_passes)
			put_text(row->fields[i], row->lens[i]);
		else
			csvio_put(&out, "", 0);
	}
}

static void
put_date(const struct job *j, const struct csvio_row *row, size_t i)
{
	struct date_value d;
	enum date_status st;
	char iso[DATE_MAX + 4];

	if (row->lens[i] == 0) {
		csvio_put(&out, "", 0);
		return;
	}
	st = date_parse(row->fields[i], row->lens[i], &d);
	if (st == DATE_OK) {
		/* a budget year keeps its phase: 2018BA and 2018BO differ */
		snprintf(iso, sizeof iso, "%s%s", d.iso, d.phase);
		csvio_puts(&out, iso);
		return;
	}
	if (st == DATE_INVALID || opt.strict)
		report(j, row, i, st == DATE_INVALID ? "names no such day" :
		    "is not a date");
	put_text(row->fields[i], row->lens[i]);
}

/* Call FN for each comma-separated item of SPEC; false stops. */
static bool
each_item(const char *spec, bool (*fn)(const char *item, size_t len,
    void *ctx), void *ctx)
{
	const char *comma;

	for (;;) {
		comma = strchr(spec, ',');
		if (!fn(spec, comma ? (size_t)(comma - spec) : strlen(spec), ctx))
			return false;
		if (comma == NULL)
			return true;
		spec = comma + 1;
	}
}

/* An item "3" or "2-5" as the range [*FIRST, *LAST]; false for a name. */
static bool
item_range(const char *item, size_t len, long *first, long *last)
{
	char buf[32], *end;

	if (len == 0 || len >= sizeof buf || item[0] < '0' || item[0] > '9')
		return false;
	memcpy(buf, item, len);
	buf[len] = '\0';
	*first = *last = strtol(buf, &end, 10);
	if (*end == '-')
		*last = strtol(end + 1, &end, 10);
	return *end == '\0' && *first >= 1 && *last >= *first;
}

/* Does an item name column I of HEADER (or, when I is past the header,
 * its number only)? */
struct pick {
	const struct csvio_row *header;
	size_t i;
	bool hit;
};

static bool
pick_item(const char *item, size_t len, void *ctx)
{
	struct pick *p = ctx;
	long first, last;

	if (item_range(item, len, &first, &last))
		p->hit |= (long)p->i + 1 >= first && (long)p->i + 1 <= last;
	else if (p->i < p->header->n)
		p->hit |= p->header->lens[p->i] == len &&
		    memcmp(p->header->fields[p->i], item, len) == 0;
	return !p->hit;
}

static bool
picked(const char *spec, const struct csvio_row *header, size_t i)
{
	struct pick p = { header, i, false };

	if (spec != NULL)
		each_item(spec, pick_item, &p);
	return p.hit;
}

/* A name item that no header cell carries is reported once per input. */
struct names {
	const struct job *job;
	const struct csvio_row *header;
};

static bool
check_name(const char *item, size_t len, void *ctx)
{
	struct names *n = ctx;
	long first, last;
	size_t i;

	if (item_range(item, len, &first, &last))
		return true;
	for (i = 0; i < n->header->n; i++)
		if (n->header->lens[i] == len &&
		    memcmp(n->header->fields[i], item, len) == 0)
			return true;
	warn_at(n->job->name, n->header->line, "no column '%.*s' in the "
	    "header", (int)len, item);
	return true;
}

/* Column I of a wide input: -c/--dates, or all but the label column;
 * the unit of its header cell, else --unit. */
static struct column *
column(struct job *j, size_t i)
{
	const struct csvio_row *header = &j->header;
	struct column *c;
	int exp10;

	if (i < j->ncols)
		return &j->cols[i];
	xgrow(&j->cols, &j->cols_cap, i + 1, sizeof *j->cols);
	for (; j->ncols <= i; j->ncols++) {
		c = &j->cols[j->ncols];
		memset(c, 0, sizeof *c);
		c->locale = opt.locale;
		c->date = picked(opt.dates, header, j->ncols);
		c->amount = !c->date && (opt.cols != NULL ?
		    picked(opt.cols, header, j->ncols) : j->ncols > 0);
		c->exp10 = opt.unit_exp10;
		if (!j->is_long && j->ncols < header->n &&
		    num_unit_exp10(header->fields[j->ncols],
		    header->lens[j->ncols], &exp10) == NUM_OK)
			c->exp10 = exp10;
	}
	return &j->cols[i];
}

static void
wide_row(struct job *j, const struct csvio_row *row)
{
	const struct column *c;
	size_t i;

	for (i = 0; i < row->n; i++) {
		c = column(j, i);
		if (c->date)
			put_date(j, row, i);
		else if (c->amount)
			put_amount(j, c, row, i, true);
		else
			put_text(row->fields[i], row->lens[i]);
	}
	end_row();
}

/* Long input: the column a row's cell sits in, by its "col" number. */
static struct column *
long_column(struct job *j, const struct csvio_row *row)
{
	long col = strtol(row->fields[LONG_COL], NULL, 10);

	return column(j, col >= 1 && col <= 100000 ? (size_t)col - 1 : 0);
}

/* Replace the cached copy *TEXT by the field; false when it is the same
 * text as before (the work done for it stands). */
static bool
cache_changed(char **text, const char *field, size_t len)
{
	if (*text != NULL && strlen(*text) == len && memcmp(*text, field,
	    len) == 0)
		return false;
	free(*text);
	*text = xstrndup(field, len);
	return true;
}

/* The one word of S[LEN] that is a year or period ("Beslist in 2022");
 * DATE_NOT_DATE when none or several are. */
static enum date_status
year_word(const char *s, size_t len, struct date_value *d)
{
	struct date_value w;
	const char *end = s + len, *space;
	int found = 0;

	while (s < end) {
		space = memchr(s, ' ', (size_t)(end - s));
		if (date_parse(s, (size_t)((space ? space : end) - s), &w) ==
		    DATE_OK && (w.kind == DATE_YEAR || w.kind == DATE_YEARS) &&
		    found++ == 0)
			*d = w;
		s = space ? space + 1 : end;
	}
	return found == 1 ? DATE_OK : DATE_NOT_DATE;
}

/* The first part of "TOP | SUB" in which FN finds a date. */
static enum date_status
each_part(const char *s, size_t len, enum date_status (*fn)(const char *,
    size_t, struct date_value *), struct date_value *d)
{
	const char *end = s + len, *bar;

	for (;;) {
		if ((bar = strstr(s, " | ")) == NULL)
			bar = end;
		if (fn(s, (size_t)(bar - s), d) == DATE_OK)
			return DATE_OK;
		if (bar == end)
			return DATE_NOT_DATE;
		s = bar + 3;
	}
}

/* The date a column header names: a part that is one ("2017 | #
 * projecten": 2017), else a part with one year word ("Beslist in 2022 |
 * steun": 2022). */
static enum date_status
header_date(const char *s, size_t len, struct date_value *d)
{
	if (each_part(s, len, date_parse, d) == DATE_OK)
		return DATE_OK;
	return each_part(s, len, year_word, d);
}

static void
long_row(struct job *j, const struct csvio_row *row)
{
	struct column c = { .amount = true, .locale = opt.locale };
	const struct date_value *d = &j->header_date;
	char year[8] = "";
	size_t i;

	for (i = 0; i < row->n; i++)
		put_text(row->fields[i], row->lens[i]);
	if (row->n < LONG_COLS) {
		warn_at(j->name, row->line, "long row has %zu cells, not %d",
		    row->n, LONG_COLS);
		for (; i < LONG_COLS + 4; i++)
			csvio_put(&out, "", 0);
		end_row();
		return;
	}
	if (cache_changed(&j->unit_text, row->fields[LONG_UNIT],
	    row->lens[LONG_UNIT]) && num_unit_exp10(j->unit_text,
	    strlen(j->unit_text), &j->unit_exp10) != NUM_OK)
		j->unit_exp10 = 0;
	if (cache_changed(&j->header_text, row->fields[LONG_COL_HEADER],
	    row->lens[LONG_COL_HEADER])) {
		j->header_status = header_date(j->header_text,
		    strlen(j->header_text), &j->header_date);
		j->header_has_unit = num_unit_exp10(j->header_text,
		    strlen(j->header_text), &j->header_exp10) == NUM_OK;
	}
	/* as on wide input, a unit in the column header is the nearer */
	c.exp10 = j->header_has_unit ? j->header_exp10 : j->unit_exp10;
	if (opt.auto_locale)
		c.locale = long_column(j, row)->locale;
	put_amount(j, &c, row, LONG_RAW, false);
	if (j->header_status == DATE_OK && d->kind != DATE_YEARS)
		snprintf(year, sizeof year, "%04d", d->year);
	csvio_puts(&out, year);
	csvio_puts(&out, j->header_status == DATE_OK ? d->iso : "");
	csvio_puts(&out, j->header_status == DATE_OK ? d->phase : "");
	end_row();
}

static void
batch_put(struct batch *b, const void *p, size_t n)
{
	xgrow(&b->bytes, &b->cap, b->len + n, 1);
	memcpy(b->bytes + b->len, p, n);
	b->len += n;
}

/* Count what an amount cell's separators prove about its column. */
static void
vote(struct column *c, const char *s, size_t len)
{
	struct num_amount a;

	num_parse(s, len, NUM_LOCALE_NL, &a);	/* evidence even on failure */
	c->votes_nl += a.evidence == NUM_LOCALE_NL;
	c->votes_en += a.evidence == NUM_LOCALE_EN;
}

/* Hold ROW back and count its votes. */
static void
batch_add(struct job *j, const struct csvio_row *row)
{
	struct batch *b = &j->batch;
	size_t i;

	batch_put(b, &row->n, sizeof row->n);
	batch_put(b, &row->line, sizeof row->line);
	for (i = 0; i < row->n; i++) {
		batch_put(b, &row->lens[i], sizeof row->lens[i]);
		batch_put(b, row->fields[i], row->lens[i]);
		batch_put(b, "", 1);
		if (!j->is_long && column(j, i)->amount)
			vote(column(j, i), row->fields[i], row->lens[i]);
	}
	if (j->is_long && row->n >= LONG_COLS)
		vote(long_column(j, row), row->fields[LONG_RAW],
		    row->lens[LONG_RAW]);
	b->rows++;
}

/* Settle each column's locale from its votes (a tie is Dutch), then
 * write the rows held back. */
static void
batch_flush(struct job *j, void (*fn)(struct job *,
    const struct csvio_row *))
{
	struct batch *b = &j->batch;
	struct csvio_row row;
	size_t pos = 0, r, i;

	for (i = 0; i < j->ncols; i++) {
		j->cols[i].locale = j->cols[i].votes_en > j->cols[i].votes_nl ?
		    NUM_LOCALE_EN : NUM_LOCALE_NL;
		j->cols[i].votes_nl = j->cols[i].votes_en = 0;
	}
	for (r = 0; r < b->rows; r++) {
		memcpy(&row.n, b->bytes + pos, sizeof row.n);
		memcpy(&row.line, b->bytes + pos + sizeof row.n,
		    sizeof row.line);
		pos += sizeof row.n + sizeof row.line;
		xgrow(&b->fields, &b->fields_cap, row.n, sizeof *b->fields);
		b->lens = xreallocarray(b->lens, b->fields_cap,
		    sizeof *b->lens);
		for (i = 0; i < row.n; i++) {
			memcpy(&b->lens[i], b->bytes + pos, sizeof *b->lens);
			b->fields[i] = b->bytes + pos + sizeof *b->lens;
			pos += sizeof *b->lens + b->lens[i] + 1;
		}
		row.fields = b->fields;
		row.lens = b->lens;
		fn(j, &row);
	}
	b->len = b->rows = 0;
}

/* Long input in auto mode: a new source or table starts a new batch. */
static void
long_key(struct job *j, const struct csvio_row *row)
{
	char key[1024];

	if (row->n < LONG_COLS)
		return;
	snprintf(key, sizeof key, "%.*s\x1f%.*s", (int)row->lens[0],
	    row->fields[0], (int)row->lens[1], row->fields[1]);
	if (j->batch.key != NULL && strcmp(j->batch.key, key) == 0)
		return;
	batch_flush(j, long_row);
	free(j->batch.key);
	j->batch.key = xstrdup(key);
}

static bool
is_long_header(const struct csvio_row *row)
{
	size_t i;

	if (row->n < LONG_COLS)
		return false;
	for (i = 0; i < LONG_COLS; i++)
		if (strcmp(row->fields[i], long_header[i]) != 0)
			return false;
	return true;
}

/* Write the header row as it is (long input: with the added columns)
 * and keep a copy for naming columns. */
static void
start(struct job *j, const struct csvio_row *row)
{
	static const char *const added[] = { "value", "year", "period",
	    "phase" };
	size_t i;

	j->is_long = is_long_header(row);
	j->header.n = row->n;
	j->header.line = row->line;
	j->header.fields = xreallocarray(NULL, row->n, sizeof (char *));
	j->header.lens = xreallocarray(NULL, row->n, sizeof (size_t));
	for (i = 0; i < row->n; i++) {
		j->header.fields[i] = xstrndup(row->fields[i], row->lens[i]);
		j->header.lens[i] = row->lens[i];
		put_text(row->fields[i], row->lens[i]);
	}
	for (i = 0; j->is_long && i < 4; i++)
		csvio_puts(&out, added[i]);
	end_row();
	if (!j->is_long && opt.cols != NULL)
		each_item(opt.cols, check_name, &(struct names){ j, row });
	if (!j->is_long && opt.dates != NULL)
		each_item(opt.dates, check_name, &(struct names){ j, row });
}

static void
finish(struct job *j)
{
	size_t i;

	for (i = 0; i < j->header.n; i++)
		free(j->header.fields[i]);
	free(j->header.fields);
	free(j->header.lens);
	free(j->cols);
	free(j->unit_text);
	free(j->header_text);
	free(j->batch.bytes);
	free(j->batch.key);
	free(j->batch.fields);
	free(j->batch.lens);
}

static void
norm_one(const char *path)
{
	struct job j = { .name = strcmp(path, "-") == 0 ? "(stdin)" : path };
	struct csvio_reader *r;
	const struct csvio_row *row;
	void (*fn)(struct job *, const struct csvio_row *);
	enum csvio_status st;

	if ((st = csvio_open(&r, path)) != CSVIO_OK) {
		fail("%s: %s:", j.name, csvio_strerror(r, st));
		csvio_close(r);
		return;
	}
	if ((st = csvio_next(r, &row)) == CSVIO_OK) {
		start(&j, row);
		fn = j.is_long ? long_row : wide_row;
		while ((st = csvio_next(r, &row)) == CSVIO_OK) {
			if (!opt.auto_locale) {
				fn(&j, row);
				continue;
			}
			if (j.is_long)
				long_key(&j, row);
			batch_add(&j, row);
		}
		batch_flush(&j, fn);
	}
	if (st != CSVIO_EOF)
		warn_at(j.name, csvio_line(r), "%s", csvio_strerror(r, st));
	finish(&j);
	csvio_close(r);
}

/* A COLS operand: items are numbers, ranges or non-empty names. */
static bool
check_item(const char *item, size_t len, void *ctx)
{
	long first, last;

	(void)ctx;
	if (len == 0 || ((item[0] >= '0' && item[0] <= '9') &&
	    !item_range(item, len, &first, &last)))
		usage_error("bad column '%.*s'", (int)len, item);
	return true;
}

static void
parse_options(int argc, char *argv[])
{
	enum { DATES = CLI_VERSION + 1, UNIT, KEEP, PERCENT, LOCALE, EXCEL,
	    STRICT };
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

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":c:ho:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			each_item(opt.cols = optarg, check_item, NULL);
			break;
		case 'h':
			cli_help(usage_text);
		case 'o':
			opt.output = optarg;
			break;
		case DATES:
			each_item(opt.dates = optarg, check_item, NULL);
			break;
		case UNIT:
			if (num_unit_exp10(optarg, strlen(optarg),
			    &opt.unit_exp10) != NUM_OK)
				usage_error("unknown unit '%s'", optarg);
			break;
		case KEEP:
			opt.keep_scale = true;
			break;
		case PERCENT:
			if (strcmp(optarg, "fraction") != 0 &&
			    strcmp(optarg, "keep") != 0)
				usage_error("--percent is keep or fraction");
			opt.fraction = strcmp(optarg, "fraction") == 0;
			break;
		case LOCALE:
			if (strcmp(optarg, "nl") == 0)
				opt.locale = NUM_LOCALE_NL;
			else if (strcmp(optarg, "en") == 0)
				opt.locale = NUM_LOCALE_EN;
			else if (strcmp(optarg, "auto") == 0)
				opt.auto_locale = true;
			else
				usage_error("--locale is nl, en or auto");
			break;
		case EXCEL:
			opt.excel = true;
			break;
		case STRICT:
			opt.strict = true;
			break;
		case CLI_VERSION:
			cli_version();
		case ':':
			usage_error("option '%s' needs an argument",
			    argv[optind - 1]);
		default:
			usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
}

int
main(int argc, char *argv[])
{
	struct outfile o;

	err_init("tabel-norm");
	parse_options(argc, argv);
	csvio_writer_init(&out, outfile_open_or_die(&o, opt.output));
	if (opt.excel) {
		out.sep = ';';
		fputs("\xEF\xBB\xBF", out.fp);
	}
	cli_each_input(argv + optind, norm_one);
	outfile_commit_or_die(&o);
	return err_status();
}
