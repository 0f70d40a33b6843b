/* xlbook_quote: a part of xlbook: Excel's quote prefix for guarded text
 * (XLBOOK_GUARD: text starting with "=", "+", "-" or "@"), which
 * libxlsxwriter 1.1.4 cannot write. Before the workbook is closed its
 * guarded formats are noted by their place in the styles (xf index);
 * after, the finished file is copied with xl/styles.xml rewritten
 * (xlzip, xlstyles) so that those formats carry quotePrefix="1". */
#ifndef TABEL_XLBOOK_QUOTE_H
#define TABEL_XLBOOK_QUOTE_H

#include <stdio.h>

#include "common/xlsx/xlbook.h"

/* Note the cell formats of B's guarded text in b->quoted; call it just
 * before workbook_close (the formats are freed then). */
void xlbook_quote_formats(struct xlbook *b);
/* Copy the workbook at FROM to OUT with the quote prefix on the formats
 * of b->quoted. A write error is OUTFILE_EWRITE (errno says why); a
 * workbook that cannot be read back, or unlike libxlsxwriter's (not a
 * zip xlzip copies, no xl/styles.xml), ends the program with a message
 * naming the target. */
enum outfile_status xlbook_quote(struct xlbook *b, const char *from,
    FILE *out);

#endif
