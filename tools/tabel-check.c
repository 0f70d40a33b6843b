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
 * decimals (common/num.h), never binary floating point. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/cli.h"
#include "common/csvio.h"
#include "common/err.h"
#include "common/num.h"
#include "common/outfile.h"
#include "common/xalloc.h"

static const char usage_text[] =
    "usage: tabel-check [-o FILE] [-t ID] [FILE ...]\n"
    "Check that total and numbered category rows of extracted tables equal\n"
    "the sum of their rows; print the differences as CSV:\n"
    "table,row_label,col_header,stated,computed,difference,kind\n"
    "  -o FILE     write to FILE (whole or not at all)\n"
    "  -t ID       table id for wide input (default: from the file name)\n"
    "  -h, --help  show this help\n"
    "  --version   show the version\n";

/* One cell as read: its text and, when it is a number, its value. */
struct cell {
	char *raw;
	enum num_status status;	/* NUM_OK, NUM_MISSING ("/", empty) ... */
	char value[NUM_MAX];
	int decimals;		/* as printed: "93,90" 2 */
	bool percent;
};

/* One table, grid of nrows x ncols cells; column 0 is the label. */
struct table {
	char *id;
	const char *file;
	char **header;
	size_t ncols, nrows, cap;
	struct cell *cells;
	long *lines;		/* source line of each row, for messages */
	bool *numeric;		/* per column: checked */
	long *parent;		/* per row: the row that closes it, or -1 */
	bool *is_total;		/* per row: a total (not a category) */
};

static struct {
	struct csvio_writer out;
	const char *id;		/* -t */
	bool mismatch;
} opt;

static struct cell *
cell_at(const struct table *t, size_t row, size_t col)
{
	return &t->cells[row * t->ncols + col];
}

/* Read S as a number. A "0.200" in a table of decimal commas cannot be
 * grouping (no group starts with 0): it is a decimal point. */
static void
cell_parse(struct cell *c, const char *s, size_t len)
{
	struct num_amount na;

	c->raw = xstrndup(s, len);
	c->value[0] = '\0';
	c->decimals = 0;
	c->percent = false;
	c->status = len == 0 ? NUM_MISSING : num_parse(s, len, NUM_LOCALE_NL,
	    &na);
	if (c->status == NUM_OK && na.grouped && (s[0] == '0' ||
	    (s[0] == '-' && len > 1 && s[1] == '0')))
		c->status = num_parse(s, len, NUM_LOCALE_EN, &na);
	if (c->status != NUM_OK)
		return;
	memcpy(c->value, na.value, sizeof c->value);
	c->decimals = na.decimals;
	c->percent = na.percent;
}

/* OUT = the sum of column COL over the N rows at ROWS; *DECIMALS = the
 * most decimals printed among them (the scale of the sum). */
static enum num_status
sum_rows(const struct table *t, const size_t *rows, size_t n, size_t col,
    char *out, int *decimals)
{
	enum num_status st = NUM_OK;
	size_t i;

	memcpy(out, "0", 2);
	*decimals = 0;
	for (i = 0; i < n && st == NUM_OK; i++) {
		const struct cell *c = cell_at(t, rows[i], col);

		if (c->status != NUM_OK)
			continue;	/* "/" and empty count as 0 */
		st = num_add(out, c->value, out, NUM_MAX);
		if (c->decimals > *decimals)
			*decimals = c->decimals;
	}
	return st;
}

/* Is |DIFF| at most one unit in the DECIMALS-th decimal? */
static bool
within_one_unit(const char *diff, int decimals)
{
	char unit[NUM_MAX];

	if (*diff == '-')
		diff++;
	if (num_scale("1", -decimals, unit, sizeof unit) != NUM_OK)
		return false;
	return num_cmp(diff, unit) <= 0;
}

/* Does row HEAD equal the sum of the N rows at ROWS in every numeric
 * column, to one unit of its printed decimals? An empty head cell
 * stands for 0. */
static bool
adds_up(const struct table *t, size_t head, const size_t *rows, size_t n)
{
	char sum[NUM_MAX], diff[NUM_MAX];
	size_t col;
	int dec;

	for (col = 1; col < t->ncols; col++) {
		const struct cell *h = cell_at(t, head, col);

		if (!t->numeric[col])
			continue;
		if (sum_rows(t, rows, n, col, sum, &dec) != NUM_OK ||
		    num_sub(h->status == NUM_OK ? h->value : "0", sum, diff,
		    sizeof diff) != NUM_OK)
			return false;
		if (!within_one_unit(diff, h->status == NUM_OK ? h->decimals :
		    dec))
			return false;
	}
	return true;
}

/* A column is checked when it holds numbers and nothing but numbers,
 * "/" and empty cells; shares ("50%") do not add up, so they are not. */
static void
find_numeric_columns(struct table *t)
{
	size_t row, col;

	for (col = 1; col < t->ncols; col++) {
		bool any = false, all = true;

		for (row = 0; row < t->nrows; row++) {
			const struct cell *c = cell_at(t, row, col);

			any |= c->status == NUM_OK;
			all &= (c->status == NUM_OK && !c->percent) ||
			    c->status == NUM_MISSING;
		}
		t->numeric[col] = any && all;
	}
}

enum row_kind { ROW_PLAIN, ROW_TOTAL, ROW_SUBTOTAL, ROW_NUMBERED };

/* What a row label says: "Totaal", "Subtotaal", "1. Competitiviteit". */
static enum row_kind
label_kind(const char *label)
{
	static const char *const totals[] = { "totaal", "total", "som",
	    "eindtotaal", "grand total", "algemeen totaal", NULL };
	static const char *const subtotals[] = { "subtotaal", "subtotal",
	    "sub-totaal", "deeltotaal", NULL };
	const char *const *w;
	size_t n, i = 0;

	while (*label == ' ')
		label++;
	for (w = subtotals; *w != NULL; w++)
		if (strncasecmp(label, *w, n = strlen(*w)) == 0 &&
		    strchr(" :", label[n]) != NULL)
			return ROW_SUBTOTAL;
	for (w = totals; *w != NULL; w++)
		if (strncasecmp(label, *w, n = strlen(*w)) == 0 &&
		    strchr(" :", label[n]) != NULL)
			return ROW_TOTAL;
	/* "1. ", "10. ", "IV. ", "a) ", "2) " */
	if (label[i] >= '0' && label[i] <= '9')
		while (i < 3 && label[i] >= '0' && label[i] <= '9')
			i++;
	else
		while (i < 5 && label[i] != '\0' && strchr("IVXLC", label[i]))
			i++;
	if (i == 0 && ((label[0] >= 'a' && label[0] <= 'z') ||
	    (label[0] >= 'A' && label[0] <= 'Z')))
		i = 1;
	if (i > 0 && (label[i] == '.' || label[i] == ')') &&
	    label[i + 1] == ' ')
		return ROW_NUMBERED;
	return ROW_PLAIN;
}

static bool
has_values(const struct table *t, size_t row)
{
	size_t col;

	for (col = 1; col < t->ncols; col++)
		if (t->numeric[col] && cell_at(t, row, col)->status == NUM_OK)
			return true;
	return false;
}

/* Can ROWS[0, N) be cut into groups, each a head row followed by the
 * rows it adds up? Sets their parents when SET. */
static bool
split_groups(struct table *t, const size_t *rows, size_t n, bool set)
{
	size_t p = 0, q, m;

	while (p < n) {
		for (q = p + 2; q <= n; q++)
			if (adds_up(t, rows[p], rows + p + 1, q - p - 1))
				break;
		if (q > n || !has_values(t, rows[p]))
			return false;
		for (m = p + 1; set && m < q; m++)
			t->parent[rows[m]] = (long)rows[p];
		p = q;
	}
	return true;
}

/* The members of numbered row CAT: the rows RUN[0, N) below it up to the
 * next numbered or total row. When they do not add up, but a first part
 * of them does and the rest are groups that add up on their own (a head
 * with its rows), the category ends early and those groups stand beside
 * it. Otherwise every row of the run is a member, and the check will
 * report the difference. */
static void
close_category(struct table *t, size_t cat, const size_t *run, size_t n)
{
	size_t k, i;

	if (!adds_up(t, cat, run, n))
		for (k = 1; k < n; k++)
			if (adds_up(t, cat, run, k) &&
			    split_groups(t, run + k, n - k, false)) {
				split_groups(t, run + k, n - k, true);
				n = k;
				break;
			}
	for (i = 0; i < n; i++)
		t->parent[run[i]] = (long)cat;
}

/* The top-level rows in [FROM, TO) not closed yet, into ROWS. */
static size_t
open_rows(const struct table *t, size_t from, size_t to, size_t *rows)
{
	size_t n = 0, r;

	for (r = from; r < to; r++)
		if (t->parent[r] < 0)
			rows[n++] = r;
	return n;
}

/* A label-less last row is a total when it adds up in at least half of
 * the columns where it has a value (so a real discrepancy still shows). */
static bool
is_unlabelled_total(const struct table *t, size_t row, const size_t *rows,
    size_t n)
{
	char sum[NUM_MAX], diff[NUM_MAX];
	size_t col, values = 0, agree = 0;
	int dec;

	if (n < 2 || t->cells[row * t->ncols].raw[0] != '\0')
		return false;
	for (col = 1; col < t->ncols; col++) {
		const struct cell *c = cell_at(t, row, col);

		if (!t->numeric[col] || c->status != NUM_OK)
			continue;
		values++;
		if (sum_rows(t, rows, n, col, sum, &dec) == NUM_OK &&
		    num_sub(c->value, sum, diff, sizeof diff) == NUM_OK &&
		    within_one_unit(diff, c->decimals))
			agree++;
	}
	return values > 0 && 2 * agree >= values;
}

/* Which rows close which: parent[] and is_total[]. ROWS is scratch room
 * for nrows indexes. */
static void
find_structure(struct table *t, size_t *rows)
{
	size_t r, e, n, i, total_from = 0, sub_from = 0;
	enum row_kind kind;

	for (r = 0; r < t->nrows; r++) {
		t->parent[r] = -1;
		t->is_total[r] = false;
	}
	for (r = 0; r < t->nrows; r++) {
		kind = label_kind(t->cells[r * t->ncols].raw);
		n = open_rows(t, total_from, r, rows);
		if (kind == ROW_PLAIN && r + 1 == t->nrows &&
		    is_unlabelled_total(t, r, rows, n))
			kind = ROW_TOTAL;
		if (kind == ROW_TOTAL || kind == ROW_SUBTOTAL) {
			n = open_rows(t, kind == ROW_SUBTOTAL ? sub_from :
			    total_from, r, rows);
			for (i = 0; i < n; i++)
				if (kind == ROW_TOTAL || !t->is_total[rows[i]])
					t->parent[rows[i]] = (long)r;
			t->is_total[r] = true;
			sub_from = r + 1;
			if (kind == ROW_TOTAL)
				total_from = r + 1;
		} else if (kind == ROW_NUMBERED && has_values(t, r)) {
			for (e = r + 1; e < t->nrows; e++)
				if (label_kind(t->cells[e * t->ncols].raw) !=
				    ROW_PLAIN || (e + 1 == t->nrows &&
				    t->cells[e * t->ncols].raw[0] == '\0'))
					break;
			for (n = 0; r + 1 + n < e; n++)
				rows[n] = r + 1 + n;
			close_category(t, r, rows, n);
			r = e - 1;
		}
	}
}

/* V with exactly SCALE decimals ("93.9", 2: "93.90") into OUT[NUM_MAX]. */
static void
at_scale(const char *v, int scale, char *out)
{
	const char *dot = strchr(v, '.');
	int have = dot != NULL ? (int)strlen(dot + 1) : 0;
	size_t len = strlen(v);

	if (len + (size_t)(scale - have) + 2 > NUM_MAX || have >= scale) {
		snprintf(out, NUM_MAX, "%s", v);
		return;
	}
	memcpy(out, v, len);
	if (dot == NULL)
		out[len++] = '.';
	while (have++ < scale)
		out[len++] = '0';
	out[len] = '\0';
}

static void
put_finding(const struct table *t, size_t row, size_t col,
    const char *computed, int computed_dec)
{
	const struct cell *stated = cell_at(t, row, col);
	char diff[NUM_MAX], a[NUM_MAX], b[NUM_MAX], d[NUM_MAX];
	int scale = stated->decimals > computed_dec ? stated->decimals :
	    computed_dec;
	bool rounding;

	if (num_sub(stated->value, computed, diff, sizeof diff) != NUM_OK) {
		warn_at(t->file, t->lines[row], "'%s': %s", stated->raw,
		    "sum too long");
		return;
	}
	if (num_cmp(diff, "0") == 0)
		return;
	rounding = within_one_unit(diff, stated->decimals);
	opt.mismatch |= !rounding;
	at_scale(stated->value, stated->decimals, a);
	at_scale(computed, computed_dec, b);
	at_scale(diff, scale, d);
	csvio_puts(&opt.out, t->id);
	csvio_puts(&opt.out, t->cells[row * t->ncols].raw);
	csvio_puts(&opt.out, t->header[col]);
	csvio_puts(&opt.out, a);
	csvio_puts(&opt.out, b);
	csvio_puts(&opt.out, d);
	csvio_puts(&opt.out, rounding ? "rounding" : "mismatch");
	csvio_end(&opt.out);
}

/* Check every total and category row against the rows it closes. */
static void
check_table(struct table *t)
{
	size_t *rows = xreallocarray(NULL, t->nrows + 1, sizeof *rows);
	size_t r, m, n, col;
	char sum[NUM_MAX];
	int dec;

	t->numeric = xcalloc(t->ncols, sizeof *t->numeric);
	t->parent = xcalloc(t->nrows + 1, sizeof *t->parent);
	t->is_total = xcalloc(t->nrows + 1, sizeof *t->is_total);
	find_numeric_columns(t);
	find_structure(t, rows);
	for (r = 0; r < t->nrows; r++) {
		for (n = 0, m = 0; m < t->nrows; m++)
			if (t->parent[m] == (long)r)
				rows[n++] = m;
		if (n == 0)
			continue;
		for (col = 1; col < t->ncols; col++) {
			if (!t->numeric[col] ||
			    cell_at(t, r, col)->status != NUM_OK)
				continue;	/* an empty total is not checked */
			if (sum_rows(t, rows, n, col, sum, &dec) != NUM_OK)
				warn_at(t->file, t->lines[r], "sum of column "
				    "'%s' too long", t->header[col]);
			else
				put_finding(t, r, col, sum, dec);
		}
	}
	free(rows);
}

static void
table_free(struct table *t)
{
	size_t i;

	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].raw);
	for (i = 0; i < t->ncols; i++)
		free(t->header[i]);
	free(t->header);
	free(t->cells);
	free(t->lines);
	free(t->numeric);
	free(t->parent);
	free(t->is_total);
	free(t->id);
	memset(t, 0, sizeof *t);
}

/* Start table T with the N header cells of ROW. */
static void
table_start(struct table *t, const char *file, const char *id,
    char *const *fields, size_t n)
{
	size_t i;

	memset(t, 0, sizeof *t);
	t->file = file;
	t->id = xstrdup(id);
	t->ncols = n;
	t->header = xreallocarray(NULL, n, sizeof *t->header);
	for (i = 0; i < n; i++)
		t->header[i] = xstrdup(fields != NULL ? fields[i] : "");
}

/* Append a row of N cells (padded or cut to the header's width). */
static void
table_add(struct table *t, char *const *fields, const size_t *lens,
    size_t n, long line)
{
	size_t i;

	if (t->nrows == t->cap) {
		t->cap = t->cap > 0 ? 2 * t->cap : 16;
		t->lines = xreallocarray(t->lines, t->cap, sizeof *t->lines);
		t->cells = xreallocarray(t->cells, t->cap,
		    t->ncols * sizeof *t->cells);
	}
	t->lines[t->nrows] = line;
	for (i = 0; i < t->ncols; i++)
		cell_parse(cell_at(t, t->nrows, i), i < n ? fields[i] : "",
		    i < n ? lens[i] : 0);
	t->nrows++;
}

/* The table id of a file name: its last run of digits ("tabel-08.csv":
 * "8"), else the name up to its first dot ("budget.csv": "budget"). */
static char *
id_of(const char *path, char *buf, size_t n)
{
	const char *base = strrchr(path, '/'), *end = NULL, *s;

	base = base != NULL ? base + 1 : path;
	for (s = base; *s != '\0'; s++)
		if (*s >= '0' && *s <= '9' && (s[1] < '0' || s[1] > '9'))
			end = s + 1;
	if (end == NULL) {
		snprintf(buf, n, "%.*s", (int)strcspn(base, "."), base);
		return buf;
	}
	for (s = end; s > base && s[-1] >= '0' && s[-1] <= '9'; s--)
		;
	while (*s == '0' && s + 1 < end)
		s++;
	snprintf(buf, n, "%.*s", (int)(end - s), s);
	return buf;
}

static bool
blank_record(const struct csvio_row *row)
{
	return row->n == 1 && row->lens[0] == 0;
}

/* Long input: the columns that matter, by name. */
struct long_cols {
	long source, table, row, col, row_label, col_header, raw;
};

static bool
long_header(const struct csvio_row *h, struct long_cols *lc)
{
	static const char *const names[] = { "source", "table", "row", "col",
	    "row_label", "col_header", "raw" };
	long *idx[] = { &lc->source, &lc->table, &lc->row, &lc->col,
	    &lc->row_label, &lc->col_header, &lc->raw };
	size_t i, f;

	for (i = 0; i < 7; i++) {
		*idx[i] = -1;
		for (f = 0; f < h->n; f++)
			if (strcmp(h->fields[f], names[i]) == 0)
				*idx[i] = (long)f;
	}
	return lc->table >= 0 && lc->row >= 0 && lc->col >= 0 &&
	    lc->row_label >= 0 && lc->raw >= 0;
}

/* Long input gathered for one table before it is checked. */
struct long_table {
	char *key;		/* source and table id of the rows gathered */
	char *id;
	struct long_cell { size_t row, col; long line; char *raw, *label,
	    *header; } *cells;
	size_t n, cap;
};

static void
long_flush(struct long_table *lt, const char *file)
{
	struct table t;
	size_t i, r, rows = 0, cols = 0;

	for (i = 0; i < lt->n; i++) {
		rows = lt->cells[i].row > rows ? lt->cells[i].row : rows;
		cols = lt->cells[i].col > cols ? lt->cells[i].col : cols;
	}
	if (lt->n > 0 && rows * (cols + 1) > 64 * lt->n + 4096) {
		warn_at(file, lt->cells[0].line, "table '%s': row and col "
		    "numbers too sparse (%zu x %zu for %zu cells)", lt->id, rows,
		    cols, lt->n);
	} else if (lt->n > 0 && (opt.id == NULL ||
	    strcmp(opt.id, lt->id) == 0)) {
		table_start(&t, file, lt->id, NULL, cols + 1);
		for (r = 0; r < rows; r++)
			table_add(&t, NULL, NULL, 0, 0);
		for (i = 0; i < lt->n; i++) {
			struct long_cell *c = &lt->cells[i];
			struct cell *label = cell_at(&t, c->row - 1, 0);

			free(cell_at(&t, c->row - 1, c->col)->raw);
			cell_parse(cell_at(&t, c->row - 1, c->col), c->raw,
			    strlen(c->raw));
			free(label->raw);
			label->raw = xstrdup(c->label);
			free(t.header[c->col]);
			t.header[c->col] = xstrdup(c->header);
			t.lines[c->row - 1] = c->line;
		}
		check_table(&t);
		table_free(&t);
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

/* One record of long input: a cell of the table it names. */
static void
long_add(struct long_table *lt, const struct long_cols *lc,
    const struct csvio_row *row, const char *file)
{
	char key[4096], *end;
	const char *src = lc->source >= 0 && (size_t)lc->source < row->n ?
	    row->fields[lc->source] : "";
	long max = lc->raw, fr, fc;
	struct long_cell *c;

	max = lc->row > max ? lc->row : max;
	max = lc->col > max ? lc->col : max;
	max = lc->row_label > max ? lc->row_label : max;
	max = lc->col_header > max ? lc->col_header : max;
	if ((size_t)max >= row->n || (size_t)lc->table >= row->n) {
		warn_at(file, row->line, "record has %zu fields, want %ld",
		    row->n, max + 1);
		return;
	}
	fr = strtol(row->fields[lc->row], &end, 10);
	if (*end != '\0' || fr < 1 || fr > 1000000 ||
	    (fc = strtol(row->fields[lc->col], &end, 10), *end != '\0') ||
	    fc < 1 || fc > 10000) {
		warn_at(file, row->line, "bad row or col number");
		return;
	}
	snprintf(key, sizeof key, "%s\n%s", src, row->fields[lc->table]);
	if (lt->key != NULL && strcmp(lt->key, key) != 0)
		long_flush(lt, file);
	if (lt->key == NULL) {
		lt->key = xstrdup(key);
		lt->id = xstrdup(row->fields[lc->table]);
	}
	xgrow(&lt->cells, &lt->cap, lt->n + 1, sizeof *lt->cells);
	c = &lt->cells[lt->n++];
	c->row = (size_t)fr;
	c->col = (size_t)fc;
	c->line = row->line;
	c->raw = xstrdup(row->fields[lc->raw]);
	c->label = xstrdup(row->fields[lc->row_label]);
	c->header = xstrdup(lc->col_header >= 0 ?
	    row->fields[lc->col_header] : "");
}

/* One input file: wide (one table) or long (any number of tables). */
static void
check_file(const char *path)
{
	struct csvio_reader *r;
	const struct csvio_row *row;
	enum csvio_status st;
	struct table t = { 0 };
	struct long_table lt = { 0 };
	struct long_cols lc;
	char idbuf[256];
	bool started = false, is_long = false;
	const char *name = strcmp(path, "-") == 0 ? "(stdin)" : path;

	errno = 0;
	if ((st = csvio_open(&r, path)) != CSVIO_OK) {
		/* errno tells why open failed; a directory leaves it 0 */
		fail(errno != 0 ? "%s: %s:" : "%s: %s", name,
		    csvio_strerror(r, st));
		if (r != NULL)
			csvio_close(r);
		return;
	}
	while ((st = csvio_next(r, &row)) == CSVIO_OK) {
		if (blank_record(row))
			continue;
		if (started && is_long) {
			long_add(&lt, &lc, row, name);
		} else if (started) {
			if (row->n != t.ncols)
				warn_at(name, row->line, "row has %zu cells, "
				    "header has %zu", row->n, t.ncols);
			table_add(&t, row->fields, row->lens, row->n,
			    row->line);
		} else if (!(is_long = long_header(row, &lc))) {
			table_start(&t, name, opt.id != NULL ? opt.id :
			    strcmp(path, "-") == 0 ? "" : id_of(path, idbuf,
			    sizeof idbuf), row->fields, row->n);
		}
		started = true;
	}
	if (st != CSVIO_EOF)
		warn_at(name, csvio_line(r), "%s", csvio_strerror(r, st));
	if (!started)
		warn_at(name, 0, "no header row");
	else if (is_long)
		long_flush(&lt, name);
	else
		check_table(&t);
	table_free(&t);
	free(lt.cells);
	csvio_close(r);
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

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":ho:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			cli_help(usage_text);
		case 'o':
			output = optarg;
			break;
		case 't':
			opt.id = optarg;
			break;
		case CLI_VERSION:
			cli_version();
		case ':':
			usage_error("option '-%c' needs an argument", optopt);
		default:
			if (optopt != 0 && optopt < 0x100)
				usage_error("invalid option '-%c'", optopt);
			usage_error("invalid option '%s'", argv[optind - 1]);
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
	size_t i;

	err_init("tabel-check");
	csvio_writer_init(&opt.out, outfile_open_or_die(&out,
	    parse_options(argc, argv)));
	for (i = 0; i < sizeof header / sizeof header[0]; i++)
		csvio_puts(&opt.out, header[i]);
	csvio_end(&opt.out);
	cli_each_input(argv + optind, check_file);
	outfile_commit_or_die(&out);
	if (opt.mismatch)
		err_raise(EXIT_DATA);
	return err_status();
}
