/* test_hyphen: a word broken at a line-final hyphen, joined with or
 * without it by what the document so far writes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/text/hyphen.h"
#include "tests/unit/check.h"

/* Each case: the document's lines so far ('\n' between), the text that
 * ends in a broken word, the piece after it, the rule and the join. */
static const struct {
	const char *doc, *a, *b;
	enum hyphen_why why;
	const char *joined;
} cases[] = {
	{ "Vlaams ondernemen loont. ", "Onder-", "nemen",
	    HYPHEN_SEEN_JOINED, "Ondernemen" },
	{ "(ondernemen), ", "Onder-", "nemen 12", HYPHEN_SEEN_JOINED,
	    "Ondernemen 12" },
	{ "", "Onder-", "nemen", HYPHEN_GUESS, "Ondernemen" },
	{ "het sociaal-economische beleid ", "sociaal-", "economische",
	    HYPHEN_SEEN_HYPHENATED, "sociaal-economische" },
	{ "de economische groei ", "Het sociaal-", "economische beleid",
	    HYPHEN_SEEN_PART, "Het sociaal-economische beleid" },
	{ "", "Vlaams-", "Brabant", HYPHEN_CAPITAL, "Vlaams-Brabant" },
	{ "", "periode 2010-", "2011", HYPHEN_CAPITAL, "periode 2010-2011" },
	{ "", "EFRO-", "(Interreg)", HYPHEN_CAPITAL, "EFRO-(Interreg)" },
	{ "", "de CO2-", "reductie", HYPHEN_ACRONYM, "de CO2-reductie" },
	{ "", "IPR-", "modellen", HYPHEN_ACRONYM, "IPR-modellen" },
	{ "", "www.vlaanderen.be/naar-de-", "top", HYPHEN_ACRONYM,
	    "www.vlaanderen.be/naar-de-top" },
	{ "", "energie-", "efficiëntie", HYPHEN_VOWELS,
	    "energie-efficiëntie" },
	{ "", "Eco-", "innovatie", HYPHEN_VOWELS, "Eco-innovatie" },
	{ "", "situ-", "eren", HYPHEN_GUESS, "situeren" },
	/* The pieces of a broken word are no words to learn. */
	{ "we situ-\neren dit ", "situ-", "eren", HYPHEN_GUESS, "situeren" },
	{ "de onder-\n\nnemingen ", "Onder-", "nemingen", HYPHEN_GUESS,
	    "Ondernemingen" },
	/* A hyphenated word teaches its parts. */
	{ "Oost-Vlaanderen en infrastructuur-kosten ", "innovatie-",
	    "kosten", HYPHEN_SEEN_PART, "innovatie-kosten" },
	/* "werkgevers- en werknemers": the hyphen stands for a part. */
	{ "", "werkgevers-", "en werknemers", HYPHEN_SUSPENDED,
	    "werkgevers- en werknemers" },
	{ "", "loopbaan-", "of competentiebeleid", HYPHEN_SUSPENDED,
	    "loopbaan- of competentiebeleid" },
	{ "de bedrijfsleiders ", "Bedrijfslei-", "ders", HYPHEN_SEEN_JOINED,
	    "Bedrijfsleiders" },
	{ "ÉÉN TEKST ", "éé-", "n", HYPHEN_SEEN_JOINED, "één" },
	{ "ÉÉN TEKST ", "t-", "ekst", HYPHEN_SEEN_JOINED, "tekst" },
};

static const struct {
	const char *s;
	int broken;
} broken[] = {
	{ "Oost-", 1 }, { "Oost- ", 1 }, { "EFRO - ", 0 }, { "--", 0 },
	{ "-", 0 }, { "", 0 }, { "a-", 1 }, { "Totaal", 0 },
};

static struct hyphen_words *
learned(const char *doc)
{
	struct hyphen_words *w = hyphen_new();
	const char *nl;

	while (*doc != '\0') {
		nl = strchr(doc, '\n');
		hyphen_learn(w, doc, nl != NULL ? (size_t)(nl - doc) :
		    strlen(doc));
		if (nl == NULL)
			break;
		doc = nl + 1;
	}
	return w;
}

/* The set stays bounded: past it, learning stops and says so. */
static void
check_bound(void)
{
	struct hyphen_words *w = hyphen_new();
	bool learning = true;
	char word[32];
	int i, n;

	hyphen_learn(w, "ondernemen ", 11);
	for (i = 0; i < 100000 && learning; i++) {
		n = snprintf(word, sizeof(word), "woord%d ", i);
		learning = hyphen_learn(w, word, (size_t)n);
	}
	CHECK_INT("full", learning, false);
	CHECK(i > 30000 && i < 40000, "full after %d words", i);
	CHECK_INT("still known", hyphen_decide(w, "Onder-", 6, "nemen", 5),
	    HYPHEN_SEEN_JOINED);
	hyphen_free(w);
	hyphen_free(NULL);
}

/* Past 8 MiB of text nothing more is learned, however few words. */
static void
check_text_bound(void)
{
	struct hyphen_words *w = hyphen_new();
	static char line[4096];
	size_t seen = 0;

	memset(line, ' ', sizeof line);
	memcpy(line, "ondernemen", 10);
	while (seen + sizeof line < (8u << 20) && hyphen_learn(w, line,
	    sizeof line))
		seen += sizeof line;
	CHECK(seen + sizeof line == (8u << 20), "stopped early: %zu", seen);
	CHECK_INT("the line that reaches it", hyphen_learn(w, line,
	    sizeof line), false);
	CHECK_INT("past it", hyphen_learn(w, "overheid", 8), false);
	CHECK_INT("learned before", hyphen_decide(w, "Onder-", 6, "nemen",
	    5), HYPHEN_SEEN_JOINED);
	CHECK_INT("not learned after", hyphen_decide(w, "over-", 5, "heid",
	    4), HYPHEN_GUESS);
	hyphen_free(w);
}

int
main(void)
{
	struct hyphen_words *w;
	size_t i, len;
	char *j;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		w = learned(cases[i].doc);
		CHECK_STR(cases[i].a, hyphen_why_name(hyphen_decide(w,
		    cases[i].a, strlen(cases[i].a), cases[i].b,
		    strlen(cases[i].b))), hyphen_why_name(cases[i].why));
		j = hyphen_join(w, cases[i].a, strlen(cases[i].a), cases[i].b,
		    strlen(cases[i].b), &len);
		CHECK_STR(cases[i].a, j, cases[i].joined);
		CHECK_INT(cases[i].a, len, strlen(cases[i].joined));
		free(j);
		hyphen_free(w);
	}
	for (i = 0; i < sizeof(broken) / sizeof(broken[0]); i++)
		CHECK_INT(broken[i].s, hyphen_broken(broken[i].s,
		    strlen(broken[i].s)), broken[i].broken);
	j = hyphen_join(NULL, "Aantal ", 7, "projecten", 9, &len);
	CHECK_STR("space", j, "Aantal projecten");
	free(j);
	CHECK_INT("glue", hyphen_glue(NULL, "Oost-", 5, "Vlaanderen", 10),
	    HYPHEN_KEEP);
	CHECK_INT("glue", hyphen_glue(NULL, "Oost", 4, "Vlaanderen", 10),
	    HYPHEN_SPACE);
	CHECK_INT("glue", hyphen_glue(NULL, "Onder-", 6, "nemen", 5),
	    HYPHEN_DROP);
	check_bound();
	check_text_bound();
	for (i = 0; i < HYPHEN_WHY_COUNT; i++)
		CHECK(strcmp(hyphen_why_name(i), "unknown") != 0,
		    "rule %zu has a name", i);
	CHECK_STR("out", hyphen_why_name(HYPHEN_WHY_COUNT), "unknown");
	for (i = 0; i < HYPHEN_WHY_COUNT; i++)
		CHECK_INT(hyphen_why_name(i), hyphen_keeps(i),
		    i != HYPHEN_SEEN_JOINED && i != HYPHEN_GUESS);
	return check_done();
}
