/* rowkind: what a row label says about its row, for tabel-xlsx. A table
 * closes with a total ("Totaal", "Eindtotaal", "Som": common/table/totalrow.h);
 * subtotal rows ("Subtotaal", "Deeltotaal") and numbered category rows
 * ("1.   Competitiviteit", "2) Innovatie") sum rows of their own
 * (DESIGN.md §1). */
#ifndef TABEL_ROWKIND_H
#define TABEL_ROWKIND_H

#include <stddef.h>

enum rowkind {
	ROWKIND_DATA,
	ROWKIND_SUBTOTAL,
	ROWKIND_TOTAL
};

/* The kind of row the LEN bytes of label at S announce. */
enum rowkind rowkind_of_label(const char *s, size_t len);

#endif
