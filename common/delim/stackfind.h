/* stackfind: tables whose cells stand one a line, as a web table often
 * arrives when copied from a browser: the header cells each on a line,
 * then each row's cells each on a line; or a label line followed by its
 * values each on a line, a blank line between rows or none. The column
 * count is the period with which the kinds of the lines repeat (a label
 * of text, then values), confirmed by the header's count of cells when
 * there is one. A blank line inside a row is an empty cell (as an
 * extractor of web pages prints one); the last row may end at a blank
 * line, its other cells empty. Conservative: prose, bullets, long lines,
 * tabs, a caption, two blank lines and a blank line at a label's place
 * end a table (blocks of as many lines, a blank line between, are rows
 * of one table); a table needs a column of values in every row, no
 * column of blank lines alone, two rows under a header or caption and
 * three without, and page numbers under no header are a table of
 * contents, no table. */
#ifndef TABEL_STACKFIND_H
#define TABEL_STACKFIND_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/pagelines.h"
#include "common/delim/delimcell.h"
#include "common/delim/delimregion.h"

#define STACKFIND_NONE DELIMREGION_NONE
#define STACKFIND_MAX_PERIOD 12	/* the most columns read so */

struct stackfind_table {
	size_t caption;		/* the caption line, or STACKFIND_NONE */
	size_t head;		/* first header line (== body: none) */
	size_t headers;		/* header lines: period, period - 1 or 0 */
	size_t body, end;	/* the rows: lines [body, end); the last
				 * may end early, at a blank line */
	size_t period;		/* lines a row: label and values */
	size_t stride;		/* from one row to the next: the period,
				 * one more with a blank line between */
	size_t unsure;		/* the first blank line read as an empty
				 * cell when neither a header nor two rows
				 * without one confirm the period, and the
				 * lines without them fit another; else
				 * STACKFIND_NONE */
};

struct stackfind {
	enum delimcell_kind *kind;	/* each line's, EMPTY: no cell (a
					 * blank line inside a run) */
	size_t kind_cap;
	size_t known_from, known_end;	/* lines whose cell kind is read */
	enum delimcell_kind *solid;	/* scratch: a table's kinds without
					 * its blank lines */
	size_t solid_cap;
	size_t window_end;	/* the lines over blank lines last asked */
	bool window_found;	/* for a table (window), and the table */
	struct stackfind_table window;
};

/* The tables of the lines of P into *OUT (grown, *CAP); their count,
 * in page order. */
size_t stackfind_tables(struct stackfind *f, const struct pagelines *p,
    struct stackfind_table **out, size_t *cap);
void stackfind_free(struct stackfind *f);

#endif
