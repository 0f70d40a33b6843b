/* tablecsv: a table as CSV (DESIGN.md section 3): wide (header row, then
 * one row per data row), long (one row per non-empty cell, unplaced lines
 * as row 0, col 0; the label column as col 0 with raw empty where no
 * cell carries it: its header as row 0, a row without values) and
 * the index row of tabel-find and tabel-extract -o. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "common/sys/xalloc.h"
#include "common/table/longform.h"
#include "common/table/rowlines.h"
#include "common/table/tabindex.h"
#include "common/table/tablecsv.h"

void
tablecsv_wide(const struct table *t, struct csvio_writer *w)
{
	size_t r, c;

	csvio_puts(w, t->label_header);
	for (c = 0; c < t->ncols; c++)
		csvio_puts(w, t->headers[c]);
	csvio_end(w);
	for (r = 0; r < t->nrows; r++) {
		csvio_puts(w, t->rows[r].label);
		for (c = 0; c < t->ncols; c++)
			csvio_puts(w, t->cells[r * t->ncols + c].raw);
		csvio_end(w);
	}
}

/* The fields a long row repeats, as CSV writes them, written once per
 * table rather than once per cell: field 0 "source,table,caption", 1 + C
 * the unit of column C, 1 + NCOLS + C its header, 1 + 2 NCOLS + R the
 * label of row R. Field K is TEXT[AT[K], AT[K + 1]). */
struct repeats {
	char *text;
	size_t len;
	size_t *at;
};

static void
put_prefix(const struct table *t, struct csvio_writer *w)
{
	char id[64];

	csvio_puts(w, t->source);
	table_id(t, id, sizeof(id));
	csvio_puts(w, id);
	csvio_puts(w, t->caption);
}

/* Mark the end of field *K, and start the next as a first field. */
static void
mark(struct repeats *p, size_t *k, struct csvio_writer *w)
{
	p->at[++*k] = w->len;
	w->col = 0;
}

static void
make_repeats(const struct table *t, struct repeats *p)
{
	struct csvio_writer w;
	size_t k = 0, c, r;

	p->at = xreallocarray(NULL, 2 + 2 * t->ncols + t->nrows,
	    sizeof(*p->at));
	p->at[0] = 0;
	csvio_writer_init(&w, NULL);	/* the fields stay in w.row */
	put_prefix(t, &w);
	mark(p, &k, &w);
	for (c = 0; c < t->ncols; c++) {
		csvio_puts(&w, t->units[c] ? t->units[c] : t->caption_unit);
		mark(p, &k, &w);
	}
	for (c = 0; c < t->ncols; c++) {
		csvio_puts(&w, t->headers[c]);
		mark(p, &k, &w);
	}
	for (r = 0; r < t->nrows; r++) {
		csvio_puts(&w, t->rows[r].label);
		mark(p, &k, &w);
	}
	p->text = w.row;
	p->len = w.len;
}

/* Field K of P at O (SEP first when K > 0); returns past it. */
static char *
head_field(const struct repeats *p, char *o, size_t k, char sep)
{
	size_t len = p->at[k + 1] - p->at[k];

	if (k > 0)
		*o++ = sep;
	memcpy(o, p->text + p->at[k], len);
	return o + len;
}

/* SEP and the digits of N at O (22 bytes at most); returns past them. */
static char *
head_number(char *o, size_t n, char sep)
{
	char buf[32], *e = buf + sizeof(buf), *d = e;

	do
		*--d = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	*o++ = sep;
	memcpy(o, d, (size_t)(e - d));
	return o + (e - d);
}

/* The fields of the long row of cell (R, C) before its raw text, the
 * prefix to the column header, in one piece of the row. The unit of a
 * percentage ("50%", num_is_percent) is "%", not the table's. */
static void
put_head(const struct repeats *p, const struct table *t, size_t r,
    size_t c, struct csvio_writer *w)
{
	size_t f[4] = { 0, 1 + c, 1 + 2 * t->ncols + r, 1 + t->ncols + c };
	const char *raw = t->cells[r * t->ncols + c].raw;
	bool percent = num_is_percent(raw, strlen(raw));
	size_t i, n = 2 * 22 + 2;
	char *o, *start;

	for (i = 0; i < 4; i++)
		n += 1 + p->at[f[i] + 1] - p->at[f[i]];
	start = o = csvio_room(w, n);
	o = head_field(p, o, f[0], w->sep);
	if (percent) {
		*o++ = w->sep;
		*o++ = '%';
	} else
		o = head_field(p, o, f[1], w->sep);
	o = head_number(o, r + 1, w->sep);
	o = head_number(o, c + 1, w->sep);
	o = head_field(p, o, f[2], w->sep);
	o = head_field(p, o, f[3], w->sep);
	w->len += (size_t)(o - start);
	w->col = LONGFORM_RAW;
}

/* The prefix, then UNIT: the first four fields of a long row. */
static void
put_long(const struct repeats *p, struct csvio_writer *w, const char *unit)
{
	csvio_append(w, p->text, p->at[1]);
	w->col = 3;
	csvio_puts(w, unit);
}

/* N as the next field of W: digits need no quotes, so the separator and
 * the digits go in at once (three of them in every long row). */
static void
put_long_number(struct csvio_writer *w, long n)
{
	char buf[32], *e = buf + sizeof(buf), *p = e;
	unsigned long u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (n < 0)
		*--p = '-';
	if (w->col++ > 0)
		*--p = w->sep;
	csvio_append(w, p, (size_t)(e - p));
}

void
tablecsv_long_header(struct csvio_writer *w)
{
	int c;

	for (c = 0; c < LONGFORM_COLS; c++)
		csvio_puts(w, longform_name((enum longform_col)c));
	csvio_end(w);
}

/* An unplaced line: row 0, col 0, the line's text as raw. */
static void
write_loose(const struct table *t, const struct repeats *p,
    struct csvio_writer *w, const struct table_note *n)
{
	put_long(p, w, t->caption_unit);
	put_long_number(w, 0);
	put_long_number(w, 0);
	csvio_puts(w, "");
	csvio_puts(w, "");
	csvio_puts(w, n->text);
	put_long_number(w, n->line);
	csvio_end(w);
}

/* A row of the label column (col 0) with raw empty: the label column's
 * header as row 0, or the label of data row ROW whose cells are all
 * empty (a group row), which would else leave no trace. */
static void
write_label(const struct table *t, const struct repeats *p,
    struct csvio_writer *w, size_t row, const char *label, long line)
{
	put_long(p, w, t->caption_unit);
	put_long_number(w, (long)row);
	put_long_number(w, 0);
	csvio_puts(w, label);
	csvio_puts(w, t->label_header);
	csvio_puts(w, "");
	put_long_number(w, line);
	csvio_end(w);
}

static bool
no_values(const struct table *t, size_t r)
{
	for (size_t c = 0; c < t->ncols; c++)
		if (t->cells[r * t->ncols + c].raw[0] != '\0')
			return false;
	return true;
}

void
tablecsv_long(const struct table *t, struct csvio_writer *w)
{
	size_t r, c, k = 0;
	const struct table_cell *cell;
	struct repeats p;

	make_repeats(t, &p);
	if (t->label_header != NULL && t->label_header[0] != '\0')
		write_label(t, &p, w, 0, "", t->first_line);
	for (r = 0; r <= t->nrows; r++) {
		for (; k < t->nnotes; k++) {
			if (r < t->nrows && t->notes[k].line >= t->rows[r].line)
				break;
			if (t->notes[k].loose)
				write_loose(t, &p, w, &t->notes[k]);
		}
		if (r < t->nrows && no_values(t, r))
			write_label(t, &p, w, r + 1, t->rows[r].label,
			    t->rows[r].line);
		for (c = 0; r < t->nrows && c < t->ncols; c++) {
			cell = &t->cells[r * t->ncols + c];
			if (cell->raw[0] == '\0')
				continue;
			put_head(&p, t, r, c, w);
			csvio_puts(w, cell->raw);
			put_long_number(w, cell->line);
			csvio_end(w);
		}
	}
	free(p.text);
	free(p.at);
}

void
tablecsv_index_header(struct csvio_writer *w, bool row_lines)
{
	int f;

	for (f = 0; f < TABINDEX_NFIELDS; f++)
		if (f != TABINDEX_ROW_LINES || row_lines)
			csvio_puts(w, tabindex_names[f]);
	csvio_end(w);
}

/* Share of rows placed without a judgement call, two decimals, computed
 * on integers so that it prints the same everywhere. */
static void
put_quality(const struct table *t, struct csvio_writer *w)
{
	size_t r, clean = 0;
	unsigned long q;
	char buf[32];

	for (r = 0; r < t->nrows; r++)
		clean += !t->rows[r].judged;
	q = t->nrows ? (unsigned long)((clean * 200 + t->nrows) /
	    (2 * t->nrows)) : 0;
	snprintf(buf, sizeof(buf), "%lu.%02lu", q / 100, q % 100);
	csvio_puts(w, buf);
}

/* The run-length list of the rows' first lines (rowlines.h); empty when
 * a row's line is unknown. Memory: one table's rows. */
static void
put_row_lines(const struct table *t, struct csvio_writer *w)
{
	long *lines = xreallocarray(NULL, t->nrows + 1, sizeof *lines);
	char *list = NULL;
	size_t cap = 0;

	for (size_t r = 0; r < t->nrows; r++)
		lines[r] = table_row_line(t, r);
	(void)rowlines_encode(lines, t->nrows, &list, &cap);	/* or "" */
	csvio_puts(w, list);
	free(list);
	free(lines);
}

void
tablecsv_index(const struct table *t, struct csvio_writer *w, bool row_lines)
{
	put_prefix(t, w);
	csvio_puts(w, table_unit(t));
	put_long_number(w, t->first_line);
	put_long_number(w, t->last_line);
	put_long_number(w, (long)t->nrows);
	put_long_number(w, (long)t->ncols + 1);
	csvio_puts(w, t->text ? "text" : "numeric");
	put_quality(t, w);
	if (row_lines)
		put_row_lines(t, w);
	csvio_end(w);
}
