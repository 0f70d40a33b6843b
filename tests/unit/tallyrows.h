/* tallyrows.h: small tables for the unit tests of the sums, written as
 * rows of cells separated by "|", the first row the header (cell 0 the
 * row label; an empty one makes a label-less row). tallyrows_check reads
 * them as tabel-check reads a wide CSV and returns its findings as
 * "row:col stated computed difference kind", "; " between. */
#ifndef TABEL_TALLYROWS_H
#define TABEL_TALLYROWS_H

#include <stdio.h>
#include <string.h>

#include "common/table/tally.h"

#define TALLYROWS_CELLS 16
#define TALLYROWS_OUT 512	/* room for the findings of one table */

/* Split ROW at "|" into FIELDS (pointing into BUF[SIZE]) and LENS;
 * returns the cells. */
static size_t
tallyrows_split(const char *row, char *buf, size_t size, char **fields,
    size_t *lens)
{
	char *s = buf, *bar;
	size_t n = 0;

	snprintf(buf, size, "%s", row);
	do {
		bar = strchr(s, '|');
		fields[n] = s;
		lens[n] = bar != NULL ? (size_t)(bar - s) : strlen(s);
		n++;
		if (bar != NULL)
			*bar = '\0', s = bar + 1;
	} while (bar != NULL && n < TALLYROWS_CELLS);
	return n;
}

/* Start T with the N rows at ROWS. */
static void
tallyrows_build(struct tally_table *t, const char *const *rows, size_t n)
{
	char buf[256], *fields[TALLYROWS_CELLS];
	size_t lens[TALLYROWS_CELLS], i, k;

	for (i = 0; i < n; i++) {
		k = tallyrows_split(rows[i], buf, sizeof buf, fields, lens);
		if (i == 0)
			tally_start(t, fields, k);
		else
			tally_add(t, fields, lens, k, (long)i);
	}
}

/* A tally_emit_fn: append F to the findings at ARG. */
static void
tallyrows_collect(const struct tally_table *t, const struct tally_finding *f,
    void *arg)
{
	char *out = arg;
	size_t n = strlen(out);

	(void)t;
	snprintf(out + n, TALLYROWS_OUT - n, "%s%zu:%zu %s %s %s %s",
	    n > 0 ? "; " : "", f->row, f->col, f->stated, f->computed,
	    f->difference, f->status == TALLY_ENOTAMOUNT ? "noamount" :
	    f->status == TALLY_EUNCHECKED ? "unchecked" : f->status ==
	    TALLY_NOTATION ? "notation" : f->status !=
	    TALLY_OK ? "error" : f->rounding ? "rounding" : "mismatch");
}

/* The findings of the N rows at ROWS into OUT[TALLYROWS_OUT]. */
static void
tallyrows_check(const char *const *rows, size_t n, char *out)
{
	struct tally_table t;

	out[0] = '\0';
	tallyrows_build(&t, rows, n);
	tally_check(&t, tallyrows_collect, out);
	tally_free(&t);
}

#endif
