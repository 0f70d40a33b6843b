/* test_sentence: sentence ends, abbreviations, letter case. */
#include <stdio.h>
#include <string.h>

#include "common/prose/sentence.h"
#include "tests/unit/check.h"

static void
test_end(void)
{
	static const struct { const char *text, *want; size_t start; }
	    cases[] = {
		{ "In 2022 werd 9.548.000 euro. Daarna meer.",
		    "In 2022 werd 9.548.000 euro.", 0 },
		{ "Voor ca. 17.6 miljoen euro. Meer.",
		    "Voor ca. 17.6 miljoen euro.", 0 },
		{ "Dit gaat o.a. Over VLAIO en meer. Volgende.",
		    "Dit gaat o.a. Over VLAIO en meer.", 0 },
		{ "Vb. Het Vlaamse Gewest. Daarna.",
		    "Vb. Het Vlaamse Gewest.", 0 },
		{ "Het bedrag is 2.000 euro. 2022 was goed.",
		    "Het bedrag is 2.000 euro.", 0 },
		{ "Dossier nr. 5 gaat voor. Daarna.",
		    "Dossier nr. 5 gaat voor.", 0 },
		{ "Werkt het? Ja.", "Werkt het?", 0 },
		{ "Zo! Klaar.", "Zo!", 0 },
		{ "Zonder einde", "Zonder einde", 0 },
		{ "Begroot in 2022. De rest.", "Begroot in 2022.", 0 },
		{ "Door J. Peeters gezegd. Daarna.",
		    "Door J. Peeters gezegd.", 0 },
		{ "Van t.e.m. Maart loopt het. Daarna.",
		    "Van t.e.m. Maart loopt het.", 0 },
		{ "Dat is alles. \xe2\x80\x9cNieuw\xe2\x80\x9d begint.",
		    "Dat is alles.", 0 },
		{ "Klaar. \xc3\x89\xc3\xa9n twee.", "Klaar.", 0 },
		{ "een zin. en nog een", "een zin. en nog een", 0 },
		{ "Eerst. Dan twee. Drie.", "Eerst. Dan twee.", 7 },
		{ "Einde.", "Einde.", 0 }, { "", "", 0 },
	};
	char got[128];
	size_t i, end;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		end = sentence_end(cases[i].text, strlen(cases[i].text),
		    cases[i].start);
		snprintf(got, sizeof got, "%.*s", (int)end, cases[i].text);
		CHECK_STR(cases[i].text, got, cases[i].want);
	}
}

static void
test_upper(void)
{
	static const struct { const char *s; int upper, lower; } cases[] = {
		{ "Aa", 1, 0 }, { "Z", 1, 0 }, { "\xc3\x89\xc3\xa9n", 1, 0 },
		{ "\xc3\x96", 1, 0 }, { "a", 0, 1 }, { "z", 0, 1 },
		{ "\xc3\xa9", 0, 1 }, { "\xc3\x9f", 0, 1 },
		{ "\xc3\xbf", 0, 1 },
		{ "1", 0, 0 }, { "", 0, 0 }, { "\xc3", 0, 0 }, { "[", 0, 0 },
		{ "{", 0, 0 }, { "@", 0, 0 }, { "`", 0, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CHECK_INT(cases[i].s, sentence_is_upper(cases[i].s,
		    strlen(cases[i].s)), cases[i].upper);
		CHECK_INT(cases[i].s, sentence_is_lower(cases[i].s,
		    strlen(cases[i].s)), cases[i].lower);
	}
}

int
main(void)
{
	test_end();
	test_upper();
	return check_done();
}
