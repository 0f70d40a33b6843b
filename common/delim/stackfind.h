/* stackfind: tables whose cells stand one a line, as a web table often
 * arrives when copied from a browser: the header cells each on a line,
 * then each row's cells each on a line; or a label line followed by its
 * values each on a line, a blank line between rows or none. The column
 * count is the period with which the kinds of the lines repeat (a label
 * of text, then values), confirmed by the header's count of cells when
 * there is one. Conservative: prose, bullets, long lines, tabs and blank
 * lines end a run (blocks of as many lines, a blank line between, are
 * rows of one table); a table needs a column of values in every row, two
 * rows under a header or caption and three without, and page numbers
 * under no header are a table of contents, no table. */
#ifndef TABEL_STACKFIND_H
#define TABEL_STACKFIND_H

#include <stdbool.h>
#include <stddef.h>

#include "common/delim/delimcell.h"
#include "common/delim/delimregion.h"
#include "common/cells/pagelines.h"

#define STACKFIND_NONE DELIMREGION_NONE
#define STACKFIND_MAX_PERIOD 12	/* the most columns read so */

struct stackfind_table {
	size_t caption;		/* the caption line, or STACKFIND_NONE */
	size_t head;		/* first header line (== body: none) */
	size_t headers;		/* header lines: period, period - 1 or 0 */
	size_t body, end;	/* the rows: lines [body, end) */
	size_t period;		/* lines a row: label and values */
	size_t stride;		/* from one row to the next: the period,
				 * one more with a blank line between */
};

struct stackfind {
	enum delimcell_kind *kind;	/* each line's, EMPTY: no cell */
	size_t kind_cap;
};

/* The tables of the lines of P into *OUT (grown, *CAP); their count,
 * in page order. */
size_t stackfind_tables(struct stackfind *f, const struct pagelines *p,
    struct stackfind_table **out, size_t *cap);
void stackfind_free(struct stackfind *f);

#endif
