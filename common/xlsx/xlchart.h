/* xlchart: a native chart for a table whose columns are years or
 * periods ("2022", "2018BA", "2019-2024", "2019/2024", "2022 Q1"): the
 * charts of the source documents are lost in their text. */
#ifndef TABEL_XLCHART_H
#define TABEL_XLCHART_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#define XLCHART_MAX_SERIES 10	/* more lines than this are unreadable */
#define XLCHART_MAX_TITLE 60	/* bytes of a title before it is cut */

/* Where the table stands on its sheet and which rows to plot. */
struct xlchart_table {
	const char *sheet;	/* the worksheet's name, unquoted */
	const char *title;	/* NULL: none; long ones are cut at a word */
	const char *unit;	/* the value axis' name, or NULL */
	lxw_row_t header_row;
	lxw_col_t first_col, last_col;	/* the period columns */
	const lxw_row_t *rows;	/* rows to plot, labels in column 0 */
	size_t nrows;
	lxw_row_t at_row;	/* the chart's top left cell */
	lxw_col_t at_col;
};

/* True when the header cell S names a year or a period. */
bool xlchart_is_period(const char *s);
/* The first run of at least two period columns among the N header CELLS
 * (column 0, the labels, never counts) into *FIRST and *LAST. */
bool xlchart_periods(char *const *cells, size_t n, size_t *first,
    size_t *last);
/* TITLE cut at a word to fit OUT[N] (at most XLCHART_MAX_TITLE bytes),
 * with "..." when cut. */
void xlchart_title(const char *title, char *out, size_t n);
/* Add the chart for T to WS: columns for one row (a total), lines for
 * several. */
lxw_error xlchart_add(lxw_workbook *wb, lxw_worksheet *ws,
    const struct xlchart_table *t);

#endif
