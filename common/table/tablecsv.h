/* tablecsv: write a table as CSV: the wide form tabel-extract -t prints,
 * the long (tidy) form of --long, and tabel-find's index row. */
#ifndef TABEL_TABLECSV_H
#define TABEL_TABLECSV_H

#include <stdbool.h>

#include "common/sys/csvio.h"
#include "common/table/table.h"

/* Writers (CSV through W). Wide: header row then one row per data row;
 * long: one row per non-empty cell, unplaced lines as row 0 col 0, and
 * the rows of the wide form no cell carries as col 0 with raw empty: the
 * label column's header (its col_header) as row 0, and each row whose
 * cells are all empty (a group row) with its label;
 * index: tabel-find's row, with ROW_LINES also the source line of each
 * row as tabel-extract -o writes it in index.csv (common/table/rowlines.h;
 * write tablecsv_index_header once first, with the same ROW_LINES). */
void tablecsv_wide(const struct table *t, struct csvio_writer *w);
void tablecsv_long_header(struct csvio_writer *w);
void tablecsv_long(const struct table *t, struct csvio_writer *w);
void tablecsv_index_header(struct csvio_writer *w, bool row_lines);
void tablecsv_index(const struct table *t, struct csvio_writer *w,
    bool row_lines);
#endif
