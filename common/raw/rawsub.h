/* rawsub: rows that cycle through a few sub-labels ("Count",
 * "Percentage", "Count", ...) under a group label printed among them, as
 * pdftotext -raw writes a label centred on its rows: the sub-labels
 * become a column of their own, the group label the label of its
 * cycle's first row. */
#ifndef TABEL_RAWSUB_H
#define TABEL_RAWSUB_H

#include "common/table/table.h"

/* Read T again with its sub-labels as a first column when every row with
 * values ends its label in one of two to four words that come round in
 * the same order, three times or more; else leave T as it is. */
void rawsub_apply(struct table *t);

#endif
