/* longcell: what a long row (DESIGN.md §3) says about its cell besides
 * raw: the scale from its unit or col_header, the date from col_header.
 * Rows of one table repeat these texts, so each is read once. */
#ifndef TABEL_LONGCELL_H
#define TABEL_LONGCELL_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/csvio.h"
#include "common/num/date.h"

/* The last text a column held: one buffer, grown, freed by longcell_free. */
struct longcell_text {
	char *text;
	size_t len, cap;
};

struct longcell {
	struct longcell_text unit_text, header_text;
	int unit_exp10, header_exp10;
	bool header_has_unit;
	enum date_status header_status;
	struct date_value header_date;
};

/* Take the unit and col_header of ROW (LONGFORM_COLS fields or more) into
 * L (L starts zeroed); a unit that states no scale is DEFAULT_EXP10. */
void longcell_read(struct longcell *l, const struct csvio_row *row,
    int default_exp10);
/* The power of ten of the cell: a unit in col_header is the nearer. */
int longcell_exp10(const struct longcell *l);
/* The year, period and phase columns from col_header: YEAR (8 bytes) gets
 * the first year ("" for years, which a period says); all "" for no date. */
void longcell_dates(const struct longcell *l, char *year,
    const char **period, const char **phase);
void longcell_free(struct longcell *l);

#endif
