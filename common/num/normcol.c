/* normcol: the reading of each column, decided once per table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/colspec.h"
#include "common/num/normcol.h"
#include "common/num/unit.h"
#include "common/sys/xalloc.h"

struct normcol *
normcol_get(struct normcol_set *s, size_t i, const struct normcol_rule *rule,
    const struct csvio_row *header, bool header_units)
{
	struct normcol *c;
	struct num_unit u;
	enum num_status st;

	if (i < s->n)
		return &s->cols[i];
	xgrow(&s->cols, &s->cap, i + 1, sizeof *s->cols);
	for (; s->n <= i; s->n++) {
		c = &s->cols[s->n];
		memset(c, 0, sizeof *c);
		c->locale = rule->locale;
		c->date = rule->dates != NULL &&
		    colspec_picks(rule->dates, header, s->n);
		c->amount = !c->date && (rule->cols != NULL ?
		    colspec_picks(rule->cols, header, s->n) : s->n > 0);
		u = rule->unit;
		st = header_units && s->n < header->n ?
		    num_unit_read(header->fields[s->n], header->lens[s->n],
		    &u) : NUM_NOT_AMOUNT;
		if (st == NUM_NOT_AMOUNT)
			u = rule->unit;		/* the header states none */
		else if (st == NUM_OK)	/* "(x 1.000)": --unit's currency */
			u = num_unit_under(&u, &rule->unit);
		if (header_units && s->n < header->n &&
		    unit_is_count(header->fields[s->n], header->lens[s->n]))
			memset(&u, 0, sizeof u);	/* a count: no unit */
		c->unknown_unit = st == NUM_UNKNOWN_UNIT;
		c->exp10 = u.exp10;
		c->currency = u.currency;
		c->percent = u.percent;
	}
	return &s->cols[i];
}

void
normcol_elect(struct normcol_set *s)
{
	struct num_votes table = { 0, 0 };
	size_t i;

	for (i = 0; i < s->n; i++) {
		table.nl += s->cols[i].votes.nl;
		table.en += s->cols[i].votes.en;
	}
	for (i = 0; i < s->n; i++) {
		s->cols[i].locale = num_elect(&s->cols[i].votes, &table);
		s->cols[i].votes = (struct num_votes){ 0, 0 };
	}
}

void
normcol_free(struct normcol_set *s)
{
	free(s->cols);
	memset(s, 0, sizeof *s);
}

/* The power of ten that takes amount A to its output scale. */
static int
output_exp10(const struct num_amount *a, const struct normcol *c,
    const struct normcol_output *o)
{
	if (a->percent || (c->percent && !a->has_unit))
		return o->fraction ? -2 : 0;
	if (!a->has_unit)
		return o->keep_scale ? 0 : c->exp10;
	return o->keep_scale ? -c->exp10 : 0;
}

enum num_status
normcol_amount(const struct normcol *c, const struct normcol_output *o,
    const char *s, size_t len, char *out, const char **unit)
{
	struct num_amount a;
	enum num_status st;
	int exp10;

	out[0] = '\0';
	if (unit != NULL)
		*unit = "";
	st = num_parse(s, len, c->locale, &a);
	if (o->votes != NULL) {	/* the evidence, even on failure */
		o->votes->nl += a.evidence == NUM_LOCALE_NL;
		o->votes->en += a.evidence == NUM_LOCALE_EN;
	}
	if (st != NUM_OK)
		return st;
	if (unit != NULL)
		*unit = a.percent || (c->percent && !a.has_unit) ? "%" :
		    o->keep_scale && c->exp10 != 0 ? "" :	/* in a scale */
		    a.currency != NULL ? a.currency : c->currency != NULL ?
		    c->currency : "";
	if ((exp10 = output_exp10(&a, c, o)) != 0)
		return num_scale(a.value, exp10, out, NUM_MAX);
	memcpy(out, a.value, strlen(a.value) + 1);
	return NUM_OK;
}

enum date_status
normcol_date(const char *s, size_t len, char *out)
{
	struct date_value d;
	enum date_status st = date_parse(s, len, &d);

	out[0] = '\0';
	if (st == DATE_OK)
		snprintf(out, DATE_MAX + 4, "%s%s", d.iso, d.phase);
	return st;
}
