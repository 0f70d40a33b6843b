/* test_rawline: the run of value tokens that ends a pdftotext -raw line,
 * each with its type, and the label before it. */
#include <string.h>

#include "common/cells/rawline.h"
#include "tests/unit/check.h"

static const struct {
	const char *line;
	const char *label;
	const char *vals;	/* the values joined by '|' */
	const char *types;	/* one letter a value: - i d p y w */
} cases[] = {
	{ "Total 100 22", "Total", "100|22", "ii" },
	{ "0 lanterns 52 52% 14 64%", "0 lanterns", "52|52%|14|64%", "ipip" },
	{ "Quay fees 3.5 % 12", "Quay fees", "3.5 %|12", "pi" },
	{ "Rowing clubs 2009 2010", "Rowing clubs", "2009|2010", "yy" },
	{ "Barges - 1,25 1,039", "Barges", "-|1,25|1,039", "-di" },
	{ "Q1 2009 12", "", "Q1 2009 12", "" },
	{ "Harbour dues", "Harbour dues", "", "" },
	{ "12 14", "", "12|14", "ii" },
	{ "Ratio % 12", "Ratio %", "12", "i" },
	{ "Kleine haven 4 1.197.922 \xe2\x82\xac", "Kleine haven",
	    "4|1.197.922 \xe2\x82\xac", "id" },
	{ "Sluis \xe2\x82\xac 834 $ 12 7 \xc2\xa3", "Sluis",
	    "\xe2\x82\xac 834|$ 12|7 \xc2\xa3", "iii" },
	{ "Kost per uur \xe2\x82\xac 12", "Kost per uur", "\xe2\x82\xac 12", "i" },
	{ "Kost in \xe2\x82\xac", "Kost in \xe2\x82\xac", "", "" },
	{ "1)", "1)", "", "" },
	{ "Plafond 25.000 euro 2,5 EUR", "Plafond", "25.000 euro|2,5 EUR",
	    "dd" },
	{ "Kost in euro 12", "Kost in euro", "12", "i" },
	{ "De kost in euro", "De kost in euro", "", "" },
	{ "2) 7 28", "2)", "7|28", "ii" },
	{ "Premie (groep 2) 7 (28)", "Premie (groep 2)", "7|(28)", "ii" },
	{ "Kost \xe2\x82\xac", "Kost \xe2\x82\xac", "", "" },
	{ "Ferries (12) 4 ", "Ferries", "(12)|4", "ii" },
	{ "Rowers 1.1 (1.1\xe2\x80\x93" "1.2) 3-5", "Rowers",
	    "1.1|(1.1\xe2\x80\x93" "1.2)|3-5", "ddd" },
	{ "Lock 15 455 12", "Lock", "15|455|12", "iii" },
	{ "Dock 4.7 Ref. - 12", "Dock", "4.7|Ref.|-|12", "d--i" },
	{ "Total EU 12 13", "Total EU", "12|13", "ii" },
	{ "Span 2006 - Q1 2010 5.5", "Span 2006 - Q1 2010", "5.5", "d" },
	{ "Q4 2009 0.17 0.70", "Q4 2009", "0.17|0.70", "dd" },
	{ "1999-2000 46,857 423.0", "", "1999-2000|46,857|423.0", "yid" },
	{ "Lock 1996\xe2\x80\x93" "97 12", "Lock", "1996\xe2\x80\x93" "97|12",
	    "yi" },
	{ "Locks 4,050 (4.3) Ref.", "Locks", "4,050|(4.3)|Ref.", "id-" },
	{ "Locks opened in 2009 and", "Locks opened in 2009 and", "", "" },
	{ "Crews (n = 469)", "Crews (n = 469)", "", "" },
	{ "Crews (n = 46) 12 14", "Crews (n = 46)", "12|14", "ii" },
	{ "Rowers 2009 0.17", "Rowers", "2009|0.17", "yd" },
	{ "Quay 12 abcde 13", "Quay 12 abcde", "13", "i" },
	{ "", "", "", "" },
};

static char
letter(enum rawline_type t)
{
	return "-idpyw"[t];
}

int
main(void)
{
	struct rawline l = { 0 };
	char vals[128], types[32], label[128];
	size_t i, k, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *s = cases[i].line;

		rawline_read(&l, s, strlen(s), 1);
		if (strcmp(s, "Q1 2009 12") == 0) {
			/* "Q1 2009" is a date, the label: "12" a value */
			CHECK_INT(s, l.nval, 1);
			CHECK_INT(s, l.label_len, 7);
			continue;
		}
		for (n = k = 0; k < l.nval; k++) {
			n += (size_t)snprintf(vals + n, sizeof(vals) - n, "%s%.*s",
			    k ? "|" : "", (int)l.val[k].len, s + l.val[k].off);
			types[k] = letter(l.val[k].type);
		}
		vals[n] = '\0';
		types[l.nval] = '\0';
		snprintf(label, sizeof(label), "%.*s", (int)l.label_len, s);
		CHECK_STR(s, label, cases[i].label);
		CHECK_STR(s, vals, cases[i].vals);
		CHECK_STR(s, types, cases[i].types);
	}
	rawline_read(&l, "Quay Yes No ~100", 16, 1);
	CHECK_INT("answers: off by default", l.nval, 1);
	rawline_answers(&l);
	CHECK_INT("answers: values", l.nval, 3);
	CHECK_INT("answers: type", l.val[0].type, RAWLINE_WORD);
	CHECK_INT("answers: label", l.label_len, 4);
	rawline_free(&l);
	rawline_read(&l, "Lock 4 12 9", 11, 1);
	rawline_unvalue(&l, 1);
	CHECK_INT("unvalue: label", l.label_len, 6);
	CHECK_INT("unvalue: values", l.nval, 2);
	CHECK_INT("blank", (rawline_read(&l, "   ", 3, 1), l.blank), 1);
	{
		static const struct {
			const char *line;
			size_t nval, label_len;
		} groups[] = {
			{ "Lock 15 455 12", 2, 4 },	/* 15 455 | 12 */
			{ "Lock 1 234 567", 1, 4 },	/* 1 234 567 */
			{ "Lock 2004 455", 2, 4 },	/* a year is no group */
			{ "Lock 15  455", 2, 4 },	/* two spaces: two */
			{ "Lock 12 45", 2, 4 },
		};

		for (i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
			const char *s = groups[i].line;

			rawline_read(&l, s, strlen(s), 1);
			rawline_groups(&l);
			CHECK_INT(s, l.nval, groups[i].nval);
			CHECK_INT(s, l.label_len, groups[i].label_len);
			CHECK_INT(s, l.groups, 0);
		}
	}
	rawline_free(&l);
	return check_done();
}
