/* rowlabel: what a row label says about its row, one rule for every tool:
 * tabel-check adds up the rows a total or a numbered category closes,
 * tabel-extract lets the same rows judge ambiguous spacing, tabel-xlsx
 * sets them in bold, tabel-amounts ends a table region at a total.
 * - total, subtotal: the label's head is a total word (totalrow.h),
 *   after an item number if any ("1. Totaal");
 * - numbered category: the label opens with an item number
 *   (totalrow_numbering: "1. ", "1) ", "(3) ", "IV. ", "A. ", "a) ",
 *   "2.1 ", "1.Overige"), e.g. "IV. Overige", "(3) Derde";
 * - plain: any other label.
 * A label-less (blank) last row is a candidate total: whether it is one
 * is for the arithmetic to say (judge.h, tally.h), not for its label. */
#ifndef TABEL_ROWLABEL_H
#define TABEL_ROWLABEL_H

#include <stdbool.h>
#include <stddef.h>

enum rowlabel_kind {
	ROWLABEL_PLAIN,
	ROWLABEL_NUMBERED,
	ROWLABEL_SUBTOTAL,
	ROWLABEL_TOTAL
};

/* What the LEN bytes of label at S announce. */
enum rowlabel_kind rowlabel_kind(const char *s, size_t len);
/* May the row with the LEN-byte label at S be the table's closing total
 * for want of a label? True when the label is blank and LAST (the row is
 * the table's last). */
bool rowlabel_candidate_total(const char *s, size_t len, bool last);
/* "plain", "numbered", "subtotal", "total": for messages and tests. */
const char *rowlabel_name(enum rowlabel_kind kind);

#endif
