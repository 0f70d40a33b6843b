/* totalrow: does a row label (or a line of text) announce a total or a
 * subtotal? The words and item numbers under the kinds of row labels of
 * common/table/rowlabel.h, which every tool asks.
 *
 * The label, after leading blanks and an item number ("1. ", "12) ",
 * "IV. ", "a) ", "(3) ", "2.1 ", "1."), starts with a total word in any case:
 * - total: "Totaal", "Totalen", "Total", "Totals", "Eindtotaal",
 *   "Algemeen totaal", "Totaal generaal", "Generaal totaal",
 *   "Grand total", "Som";
 * - subtotal: "Subtotaal", "Sub-totaal", "Sub totaal", "Subtotal",
 *   "Sub-total", "Deeltotaal", "Tussentotaal", and their plurals;
 * and the word ends there: at the end, a blank, a colon, a footnote mark
 * ("Totaal*", "Totaal1", "Totaal¹", "Totaal (a)") or any other sign that
 * is not a letter. So "Totaal Vlaanderen" and "TOTAAL:" are totals, but
 * "Totaalbedrag", "Totale investeringen" (an adjective), "Sommige" and
 * "In totaal" are not: the word must be the label's head. */
#ifndef TABEL_TOTALROW_H
#define TABEL_TOTALROW_H

#include <stddef.h>

enum totalrow_kind {
	TOTALROW_NONE,
	TOTALROW_SUBTOTAL,
	TOTALROW_TOTAL
};

/* What the LEN bytes of label at S announce. */
enum totalrow_kind totalrow_kind(const char *s, size_t len);
/* The bytes of the item number and blanks that open S[0, LEN) ("1. ",
 * "IV) ", "(a) ", "2.1 ", "1." of "1.Overige"), 0 when it has none. */
size_t totalrow_numbering(const char *s, size_t len);
/* The bytes of the blanks (space, tab, no-break space) opening S[0, LEN). */
size_t totalrow_blanks(const char *s, size_t len);
/* "none", "subtotal", "total": for messages and tests. */
const char *totalrow_name(enum totalrow_kind kind);

#endif
