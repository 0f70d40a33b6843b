/* test_normcol: which columns are amounts or dates, their unit, and the
 * locale each column elects. */
#include <stdio.h>
#include <string.h>

#include "common/normcol.h"
#include "tests/unit/check.h"

int
main(void)
{
	char *names[] = { "Maatregel", "2019 (miljoen euro)", "Datum", "x" };
	size_t lens[4], i;
	struct csvio_row header = { names, lens, 4, 1 };
	struct normcol_rule all = { NULL, NULL, 3, NUM_LOCALE_NL };
	struct normcol_rule picked = { "4", "3", 0, NUM_LOCALE_EN };
	struct normcol_set s = { 0 };
	struct normcol *c;

	for (i = 0; i < 4; i++)
		lens[i] = strlen(names[i]);
	c = normcol_get(&s, 5, &all, &header, true);
	CHECK(c->amount && !c->date && c->exp10 == 3, "past the header");
	CHECK(!s.cols[0].amount, "the label column is no amount");
	CHECK_INT("header unit", s.cols[1].exp10, 6);
	CHECK(s.cols[2].amount && s.cols[2].exp10 == 3, "no header unit");
	CHECK_INT("locale", s.cols[4].locale, NUM_LOCALE_NL);
	normcol_free(&s);
	CHECK_INT("long input", normcol_get(&s, 1, &all, &header,
	    false)->exp10, 3);
	normcol_free(&s);
	normcol_get(&s, 3, &picked, &header, true);
	CHECK(s.cols[2].date && !s.cols[2].amount, "--dates 3");
	CHECK(s.cols[3].amount && !s.cols[1].amount, "-c 4");
	CHECK_INT("--locale en", s.cols[3].locale, NUM_LOCALE_EN);
	s.cols[1].votes.en = 2;
	s.cols[2].votes.nl = 1;
	normcol_elect(&s);
	CHECK_INT("own votes en", s.cols[1].locale, NUM_LOCALE_EN);
	CHECK_INT("own votes nl", s.cols[2].locale, NUM_LOCALE_NL);
	CHECK_INT("table's votes", s.cols[3].locale, NUM_LOCALE_EN);
	CHECK(s.cols[1].votes.en == 0, "votes cleared");
	normcol_free(&s);
	return check_done();
}
