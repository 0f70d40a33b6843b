/* tablehold: the largest table a program holds in memory, one rule for
 * every program that must see a whole table before it checks or writes
 * it (tabel-check; tabel-norm --locale auto; tabel-xlsx, whose row kinds
 * come from the totals). Everything else streams, so memory follows
 * these limits, never the size of the input (docs/limits.md). A table
 * past them is reported by the caller with tablehold_strerror's words and
 * not held: its rows are skipped, or streamed without what needed them
 * all. */
#ifndef TABEL_TABLEHOLD_H
#define TABEL_TABLEHOLD_H

#include <stdbool.h>
#include <stddef.h>

/* Cells held (rows x columns, the label column too: 16384 rows of 16
 * columns) and bytes of their text. A cell costs about 140 bytes besides
 * its text in the totals arithmetic (common/table/tally.h): some 40 MB
 * at the limits, 60 MB with the text. */
#define TABLEHOLD_CELLS ((size_t)1 << 18)
#define TABLEHOLD_BYTES ((size_t)16 << 20)

struct tablehold {
	size_t rows, cells, bytes;
	bool over;		/* passed a limit: stays so */
};

/* Count a row of N cells and BYTES bytes of text into H (H starts
 * zeroed). False, and ever after, once the table passes a limit. */
bool tablehold_add(struct tablehold *h, size_t n, size_t bytes);
/* Does a grid of ROWS x COLS cells fit? (No overflow for any size.) */
bool tablehold_fits(size_t rows, size_t cols);
/* Why a table past the limits is not held, for a message after
 * "table": "too large to hold in memory (more than 262144 cells or
 * 16 MiB)". */
const char *tablehold_strerror(void);

#endif
