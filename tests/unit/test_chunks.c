/* test_chunks: a column-aligned line cut into chunks; dot leaders, rule
 * lines, numbers one space apart, words one space apart. */
#include <string.h>

#include "common/cells/chunks.h"
#include "tests/unit/check.h"

/* The chunks of a line written as "text@col|text@col". */
static void
show(const struct chunk_line *l, char *buf, size_t n)
{
	size_t k, used = 0;

	buf[0] = '\0';
	for (k = 0; k < l->n && used + 1 < n; k++)
		used += (size_t)snprintf(buf + used, n - used, "%s%.*s@%zu%s",
		    k > 0 ? "|" : "", (int)l->ch[k].len, l->s + l->ch[k].off,
		    l->ch[k].col, l->ch[k].num ? "#" : "");
}

static const struct {
	const char *line, *want;
	int rule, leader;
} cases[] = {
	{ "Region        2021   2022", "Region@0|2021@14#|2022@21#", 0, 0 },
	{ "  Total 100   22", "Total@2|100@8#|22@14#", 0, 0 },
	{ "52 52% 14", "52@0#|52%@3#|14@7#", 0, 0 },
	{ "Riders under 18", "Riders under@0|18@13#", 0, 0 },
	{ "Premie (groep 1)     2", "Premie (groep 1)@0|2@21#", 0, 0 },
	{ "Middelgrote   /    /", "Middelgrote@0|/@14#|/@19#", 0, 0 },
	{ "Plafond   25.000 euro   2 EUR", "Plafond@0|25.000 euro@10#|2 EUR@24#",
	    0, 0 },
	{ "Kost in euro   12", "Kost in euro@0|12@15#", 0, 0 },
	/* any currency sign of the unit table joins its amount */
	{ "Post   \xc2\xa3 3,5   \xc2\xa5 300   $ 5", "Post@0|\xc2\xa3 3,5@7#|"
	    "\xc2\xa5 300@15#|$ 5@23#", 0, 0 },
	{ "Groei = (a 2021 - b 2020) / b 2020", "Groei = (a 2021 - b 2020) / b "
	    "2020@0", 0, 0 },
	{ "1)     (539)  12)", "1)@0|(539)@7#|12)@14", 0, 0 },
	{ "In March 2010 the", "In March 2010 the@0", 0, 0 },
	{ "Q2 2006 \xe2\x80\x93 Q1 2010", "Q2 2006 \xe2\x80\x93 Q1 2010@0",
	    0, 0 },
	{ "15 455     2 246 496", "15 455@0#|2 246 496@11#", 0, 0 },
	{ "Intro ............ 3", "Intro@0|3@19#", 0, 1 },
	{ "Method. . . . . . 7", "Method.@0|7@18#", 0, 1 },
	{ "0.99 .......... 800    880", "0.99@0#|800@16#|880@23#", 0, 1 },
	{ "Results............12", "Results@0|12@19#", 0, 1 },
	{ "  -----------------------", "-----------------------@2", 1, 0 },
	{ "______   ______", "______@0|______@9", 1, 0 },
	{ "=====", "=====@0", 1, 0 },
	{ "- a dash is not a rule", "- a dash is not a rule@0", 0, 0 },
	{ "Caf\xc3\xa9 au lait     12", "Caf\xc3\xa9 au lait@0|12@17#", 0, 0 },
	{ "(1,204)   -5.6   n/a", "(1,204)@0#|-5.6@10#|n/a@17#", 0, 0 },
	{ "", "", 0, 0 },
};

int
main(void)
{
	struct chunk_line l = { 0 };
	char got[256];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		chunks_read(&l, cases[i].line, strlen(cases[i].line), 1);
		show(&l, got, sizeof(got));
		CHECK_STR(cases[i].line, got, cases[i].want);
		CHECK_INT(cases[i].line, l.rule, cases[i].rule);
		CHECK_INT(cases[i].line, l.leader, cases[i].leader);
	}
	chunks_read(&l, "   ", 3, 2);
	CHECK(l.blank && l.n == 0, "a line of spaces is blank");
	chunks_free(&l);
	return check_done();
}
