/* xltable: one CSV table as a worksheet (or several, past Excel's last
 * row). The table is read before anything is written, up to the limits
 * of a table held in memory (common/table/tablehold.h): its first rows
 * (XLTABLE_WINDOW) settle the notation (xlcell), and when the table is
 * within the limits, tabel-check's arithmetic (common/table/tally.h)
 * says which rows are totals, subtotals and categories and which totals
 * do not add up; a larger table gets its row kinds from the labels alone
 * (a note says so). Memory stays bounded by those limits whatever the
 * row count. */
#ifndef TABEL_XLTABLE_H
#define TABEL_XLTABLE_H

#include <stdbool.h>

#include "common/sys/csvio.h"
#include "common/table/tabindex.h"
#include "common/xlsx/xlbook.h"
#include "common/xlsx/xlcheck.h"

#define XLTABLE_WINDOW 1000	/* rows that settle the notation */

/* One input table. */
struct xltable_input {
	const char *path;	/* for messages */
	const char *display;	/* the file's name as valid UTF-8, for the
				 * sheet (no directory: the same bytes
				 * wherever the CSVs were) */
	const char *base;	/* the sheet's name before uniquing */
	const char *id;		/* the table id, or NULL */
	const struct tabindex_entry *entry;	/* NULL: none */
	bool chart;		/* chart a table of periods */
	bool normalised;	/* "4.207" is 4.207 */
	bool excel;		/* Excel's CSV (else: a BOM or ';' says so):
				 * "'=x" is the text "=x" */
};

/* Write the table read from R (its header next) into B; findings go to
 * CHECKS. Problems are reported with warn_at; a libxlsxwriter failure
 * dies. */
void xltable_write(struct xlbook *b, const struct xltable_input *in,
    struct csvio_reader *r, struct xlcheck *checks);

#endif
