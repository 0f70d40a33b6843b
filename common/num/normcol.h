/* normcol: how tabel-norm reads each column of a table: amount, date or
 * text; its unit; its locale, fixed or elected from its cells' votes. */
#ifndef TABEL_NORMCOL_H
#define TABEL_NORMCOL_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/csvio.h"
#include "common/num/date.h"
#include "common/num/num.h"

/* The command line's choice: -c and --dates specs (NULL: none), --unit,
 * --locale (the starting one in auto mode). */
struct normcol_rule {
	const char *cols, *dates;
	struct num_unit unit;		/* --unit (zeroed: none) */
	enum num_locale locale;
};

/* How the cells of one column are read. */
struct normcol {
	bool amount, date;
	int exp10;			/* the column's unit: its scale, */
	const char *currency;		/* ISO 4217 code or NULL, */
	bool percent;			/* "(%)": its cells are shares */
	bool unknown_unit;		/* its header holds a unit word not in
					 * the unit table: left unscaled */
	enum num_locale locale;
	struct num_votes votes;		/* for --locale auto */
};

/* The columns of one table, made as cells reach them (starts zeroed). */
struct normcol_set {
	struct normcol *cols;
	size_t n, cap;
};

/* Column I under RULE and HEADER: -c/--dates, or all but the label column;
 * the unit of its header cell when HEADER_UNITS, else --unit. The pointer
 * holds until the next call. */
struct normcol *normcol_get(struct normcol_set *s, size_t i,
    const struct normcol_rule *rule, const struct csvio_row *header,
    bool header_units);
/* Settle each column's locale from its votes (a column without any
 * follows its whole table) and clear the votes. */
void normcol_elect(struct normcol_set *s);
void normcol_free(struct normcol_set *s);

/* How amounts are written: --keep-scale (in the table's unit, not euro)
 * and --percent fraction (50% is 0.5). */
struct normcol_output {
	bool keep_scale, fraction;
	struct num_votes *votes;	/* NULL, or counts each cell's vote
					 * (num_vote) from its one reading */
};

/* Cell S, LEN of amount column C as a canonical decimal in OUT (NUM_MAX
 * bytes): NUM_OK, NUM_MISSING with OUT empty, or why it is no amount.
 * *UNIT (UNIT may be NULL) gets what the value is in: "%" for a share
 * (the cell's "%" or its column's), else the ISO 4217 code of the cell's
 * own currency or its column's, else "" (a plain number, or with
 * --keep-scale a value in its column's scale: "7.5" of "MEUR" is no
 * amount of euro). A currency is never converted: "5 USD" is 5, in USD. */
enum num_status normcol_amount(const struct normcol *c,
    const struct normcol_output *o, const char *s, size_t len, char *out,
    const char **unit);
/* Cell S, LEN of a date column in ISO 8601 in OUT (DATE_MAX + 4 bytes);
 * a budget year keeps its phase: 2018BA and 2018BO differ. */
enum date_status normcol_date(const char *s, size_t len, char *out);

#endif
