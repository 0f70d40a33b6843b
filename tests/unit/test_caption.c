/* test_caption: captions versus prose references, figures, sources, and
 * the lines that open a region, in caption.c and in tabel-amounts' prose
 * alike. */
#include <string.h>

#include "common/prose/prose.h"
#include "common/scan/tabregion.h"
#include "common/table/caption.h"
#include "tests/unit/check.h"

static const struct {
	const char *line;
	int want;
} captions[] = {
	{ "Tabel 8 Overzicht van de maatregelen ", 1 },
	{ " Tabel 11 Kmo-groeisubsidie: plafond ", 1 },
	{ "Tabel 3: Kosten per jaar", 1 },
	{ "Table 2.1 Costs", 1 },
	{ "Tabel 10 geeft een overzicht van de steun. ", 0 },
	{ "Tabel 14.. ", 0 },
	{ "Tabellen 3 en 4 ", 0 },
	{ "In Tabel 16 wordt een overzicht gegeven ", 0 },
	{ "Figuur 26 Gigarant ", 0 },
	{ "Table 4.\xe2\x80\x94" "Among bachelor recipients", 1 },
	{ "Table 1-1: Sources of air toxics", 1 },
	{ "TABLE 2 Costs", 1 },
	{ "Tableau 3 Co\xc3\xbb" "ts", 1 },
	{ "Tabelle 5 Kosten", 1 },
	{ "Exhibit 19", 1 },
	{ "Exhibit B.4", 1 },
	{ "Table A-1. Quays of the port", 1 },
	{ "Table ES-1 Locks", 1 },
	{ "Table CA3. Crews", 1 },
	{ "Table A shows the quays", 0 },
	{ "Table ABCD1 Quays", 0 },
	{ "Exhibit 2.3. Moorings by quay", 1 },
	{ "Exhibit reads: twelve barges", 0 },
	{ "Table 4.\xe2\x80\x94the next", 0 },
	{ "Table -1 Costs", 0 },
	{ "Tableau A.2 : Bilan de la commune", 1 },
	{ "Table III. Balance sheet", 1 },
	{ "Tabel IV Overzicht", 1 },
	{ "Table B-1: Sources", 1 },
	{ "Tabel 6.10 Kosten", 1 },
	{ "Table A Costs", 0 },
	{ "TABLE OF CONTENTS", 0 },
	{ "Table CO2 emissions", 0 },
	{ "Tabel IVa Kosten", 0 },
	{ "Table ES-1 Summary", 1 },
	{ "Table CA3. Costs", 1 },
	{ "TABLE OF 12 ROWS", 0 },
};

static const struct {
	const char *line;
	int figure, source;
} others[] = {
	{ "Figuur 26 Gigarant: waarborgbedragen ", 1, 0 },
	{ " Figuur 31 Bereik Vlaams clusterbeleid ", 1, 0 },
	{ "Figuur 32 geeft dit weer in onderstaand beeld. ", 0, 0 },
	{ "Bron: VLAIO, ICAROS ", 0, 1 },
	{ "Bronnen: eigen berekeningen ", 0, 1 },
	{ "Brontaks 3 5 ", 0, 0 },
};

/* The lines that open a region, for tabel-extract and tabel-amounts
 * alike (prose.c asks caption_opens). */
static const struct {
	const char *line;
	int want;
} opens[] = {
	{ "Tabel 9 Strategische Transformatiesteun (2022) ", 1 },
	{ " Tabel 11 Kmo-groeisubsidie: subsidieplafond ", 1 },
	{ "Figuur 1: Nieuw Industrieel Beleid NIB ", 1 },
	{ "Grafiek 2 Uitgaven ", 1 }, { "TABEL 4 KOSTEN ", 1 },
	{ "Tabel 10 geeft een overzicht van de steun ", 0 },
	{ "Figuur 32 geeft dit weer in onderstaand beeld. ", 0 },
	{ "Tabel 7 ", 1 }, { "Tabellen 7 en 8 ", 0 }, { "Tabel N ", 0 },
	{ "De Tabel 9 hieronder ", 0 }, { "Bron: VLAIO ", 0 },
};

static void
count_par(const struct prose_par *par, void *arg)
{
	(void)par;
	++*(int *)arg;
}

static int pars_seen;	/* paragraphs prose_opens saw */

static void
prose_line(const char *line, size_t len, long no, bool in_table, void *ctx)
{
	prose_feed(ctx, line, len, no, in_table, count_par, &pars_seen);
}

/* tabel-amounts: the table detector's regions (common/scan/tabregion),
 * then prose. Does LINE open a table or a figure, so that neither it nor
 * the short row under it is a paragraph? */
static int
prose_opens(const char *line)
{
	const char *lines[] = { line, "Alfa 1 2" };
	struct tabregion *tr;
	struct prose p;
	size_t i;

	pars_seen = 0;
	prose_init(&p);
	tr = tabregion_open("t", prose_line, &p);
	for (i = 0; i < 2; i++)
		tabregion_line(tr, lines[i], strlen(lines[i]), (long)i + 1);
	tabregion_finish(tr);
	tabregion_close(tr);
	prose_finish(&p, count_par, &pars_seen);
	prose_free(&p);
	return pars_seen == 0;
}

/* Which lines under a caption go on with its title. */
static void
test_goes_on(void)
{
	static const struct {
		const char *prev, *line;
		int want;
	} cases[] = {
		{ "Tabel 3: Uitgaven van de", "Vlaamse overheid", 1 },
		{ "Tabel 3: Uitgaven per domein", "(in duizend euro)", 1 },
		{ "Tabel 3: Uitgaven,", "Vlaanderen", 1 },
		{ "Tabel 3: Uitgaven", "per domein en per jaar", 1 },
		{ "Tabel 3: Groei", "Groei = (a - b) / b", 0 },
		{ "Tabel 3: Groei", "Bedragen in duizend euro.", 0 },
		{ "Tabel 3: Groei", "Bron: Departement Financien", 0 },
		{ "Tabel 3: Overzicht van de beleidsdomeinen en hun budget in "
		    "2022", "Gemeenschapscommissie", 1 },
		{ "Tabel 3: Kort", "Gemeenschapscommissie", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(cases[i].line, caption_goes_on(cases[i].prev,
		    strlen(cases[i].prev), cases[i].line, strlen(cases[i].line)),
		    cases[i].want);
}

int
main(void)
{
	const char *num;
	size_t i, numlen;

	test_goes_on();

	for (i = 0; i < sizeof(captions) / sizeof(captions[0]); i++)
		CHECK_INT(captions[i].line, caption_is(captions[i].line,
		    strlen(captions[i].line), &num, &numlen), captions[i].want);
	caption_is("Tabel 12 Kmo", 12, &num, &numlen);
	CHECK(numlen == 2 && memcmp(num, "12", 2) == 0, "number of 'Tabel 12'");
	{
		static const char *const titled[][2] = {
			{ "Tabel 12 Kmo", "Kmo" }, { "Table 3: Boats", "Boats" },
			{ "Table 4.\xe2\x80\x94Quays", "Quays" },
			{ "Table 5", "" },
		};

		for (i = 0; i < sizeof(titled) / sizeof(titled[0]); i++) {
			const char *s = titled[i][0];

			caption_is(s, strlen(s), &num, &numlen);
			CHECK_STR(s, caption_title(num, numlen, s + strlen(s)),
			    titled[i][1]);
		}
	}
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		CHECK_INT(others[i].line, caption_is_figure(others[i].line,
		    strlen(others[i].line)), others[i].figure);
		CHECK_INT(others[i].line, caption_is_source_note(others[i].line,
		    strlen(others[i].line)), others[i].source);
	}
	for (i = 0; i < sizeof(opens) / sizeof(opens[0]); i++)
		CHECK_INT(opens[i].line, caption_opens(opens[i].line,
		    strlen(opens[i].line)), opens[i].want);
	for (i = 0; i < sizeof(opens) / sizeof(opens[0]); i++)
		CHECK(prose_opens(opens[i].line) == opens[i].want,
		    "prose '%s' -> %d, want %d", opens[i].line,
		    prose_opens(opens[i].line), opens[i].want);
	CHECK_INT("lower", caption_starts_lower("\xc3\xa9\xc3\xa9n", 5), 1);
	CHECK_INT("upper", caption_starts_lower("\xc3\x89\xc3\xa9n", 5), 0);
	return check_done();
}
