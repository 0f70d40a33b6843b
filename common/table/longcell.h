/* longcell: what a long row (DESIGN.md §3) says about its cell besides
 * raw: the scale, currency or percent from its unit or col_header, the
 * date from col_header.
 * Rows of one table repeat these texts, so each is read once. */
#ifndef TABEL_LONGCELL_H
#define TABEL_LONGCELL_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/csvio.h"
#include "common/num/date.h"
#include "common/num/num.h"

/* The last text a column held: one buffer, grown, freed by longcell_free. */
struct longcell_text {
	char *text;
	size_t len, cap;
};

struct longcell {
	struct longcell_text unit_text, header_text;
	bool percent;		/* this row's unit is "%" (a percent cell of
				 * tabel-extract --long): unit_text stays
				 * the table's, read once */
	struct num_unit unit, header_unit;	/* as num_unit_read read them */
	enum num_status unit_status, header_unit_status;
	enum date_status header_status;
	struct date_value header_date;
};

/* Take the unit and col_header of ROW (LONGFORM_COLS fields or more) into
 * L (L starts zeroed); a unit column that states no unit is DEFLT (the
 * --unit of tabel-norm). Returns the text (the unit or col_header of ROW)
 * when it has just changed to one with a word that looks like a unit but
 * is not in the unit table, for the caller to report once (the cells
 * under it stay unscaled); NULL otherwise. */
const struct longcell_text *longcell_read(struct longcell *l,
    const struct csvio_row *row, const struct num_unit *deflt);
/* The unit of the cell: one in col_header is the nearer; a text with an
 * unknown unit word gives no scale and no currency. */
struct num_unit longcell_unit(const struct longcell *l);
/* Its power of ten: longcell_unit(L).exp10. */
int longcell_exp10(const struct longcell *l);
/* The year, period and phase columns from col_header: YEAR (8 bytes) gets
 * the first year ("" for years, which a period says); all "" for no date. */
void longcell_dates(const struct longcell *l, char *year,
    const char **period, const char **phase);
void longcell_free(struct longcell *l);

#endif
