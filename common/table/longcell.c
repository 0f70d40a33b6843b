/* longcell: the unit and col_header of long rows, each read once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/table/longcell.h"
#include "common/table/longform.h"
#include "common/num/num.h"
#include "common/num/unit.h"
#include "common/sys/xalloc.h"

/* Make T hold the field; false when it already did (the work done for
 * it stands). */
static bool
text_changed(struct longcell_text *t, const char *field, size_t len)
{
	if (t->text != NULL && t->len == len && memcmp(t->text, field,
	    len) == 0)
		return false;
	xgrow(&t->text, &t->cap, len + 1, 1);
	memcpy(t->text, field, len);
	t->text[len] = '\0';
	t->len = len;
	return true;
}

const struct longcell_text *
longcell_read(struct longcell *l, const struct csvio_row *row,
    const struct num_unit *deflt)
{
	const struct longcell_text *unknown = NULL;

	l->percent = row->lens[LONGFORM_UNIT] == 1 &&
	    row->fields[LONGFORM_UNIT][0] == '%';
	if (!l->percent && text_changed(&l->unit_text,
	    row->fields[LONGFORM_UNIT], row->lens[LONGFORM_UNIT])) {
		l->unit_status = num_unit_read(l->unit_text.text,
		    l->unit_text.len, &l->unit);
		if (l->unit_status == NUM_NOT_AMOUNT && deflt != NULL)
			l->unit = *deflt;	/* no unit stated */
		if (l->unit_status == NUM_UNKNOWN_UNIT)
			unknown = &l->unit_text;
	}
	if (text_changed(&l->header_text, row->fields[LONGFORM_COL_HEADER],
	    row->lens[LONGFORM_COL_HEADER])) {
		l->header_status = date_header(l->header_text.text,
		    l->header_text.len, &l->header_date);
		l->header_unit_status = num_unit_read(l->header_text.text,
		    l->header_text.len, &l->header_unit);
		if (l->header_unit_status == NUM_UNKNOWN_UNIT)
			unknown = &l->header_text;
		/* a count has no money unit, whatever the caption says */
		if (unit_is_count(l->header_text.text, l->header_text.len)) {
			memset(&l->header_unit, 0, sizeof l->header_unit);
			l->header_unit_status = NUM_OK;
		}
	}
	return unknown;
}

struct num_unit
longcell_unit(const struct longcell *l)
{
	struct num_unit none = { 0 }, share = { .percent = true };

	if (l->percent)
		return share;	/* a percent cell: never scaled */
	/* as on wide input, a unit in the column header is the nearer */
	if (l->header_unit_status == NUM_UNKNOWN_UNIT ||
	    l->unit_status == NUM_UNKNOWN_UNIT)
		return none;
	return l->header_unit_status == NUM_OK ? num_unit_under(
	    &l->header_unit, &l->unit) : l->unit;
}

int
longcell_exp10(const struct longcell *l)
{
	return longcell_unit(l).exp10;
}

void
longcell_dates(const struct longcell *l, char *year, const char **period,
    const char **phase)
{
	const struct date_value *d = &l->header_date;

	year[0] = '\0';
	*period = *phase = "";
	if (l->header_status != DATE_OK)
		return;
	if (d->kind != DATE_YEARS)
		snprintf(year, 8, "%04d", d->year);
	*period = d->iso;
	*phase = d->phase;
}

void
longcell_free(struct longcell *l)
{
	free(l->unit_text.text);
	free(l->header_text.text);
}
