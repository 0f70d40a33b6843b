/* test_prose: captions, folding of line breaks and hyphens, table regions
 * left out, and the offset-to-line map. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/prose/prose.h"
#include "common/scan/tabregion.h"
#include "tests/unit/check.h"

/* The paragraphs of a text, joined with " | ", and their first lines. */
struct collected {
	char text[2048];
	char lines[256];
};

static void
collect(const struct prose_par *par, void *arg)
{
	struct collected *c = arg;
	size_t n = strlen(c->text);

	snprintf(c->text + n, sizeof c->text - n, "%s%s", n > 0 ? " | " : "",
	    par->text);
	n = strlen(c->lines);
	snprintf(c->lines + n, sizeof c->lines - n, "%s%ld", n > 0 ? "," : "",
	    prose_line_of(par, 0));
}

struct feed {
	struct prose p;
	struct collected *c;
};

static void
prose_line(const char *line, size_t len, long no, bool in_table, void *ctx)
{
	struct feed *f = ctx;

	prose_feed(&f->p, line, len, no, in_table, collect, f->c);
}

/* Feed TEXT line by line (lines separated by "\n") as tabel-amounts
 * does: through the table detector's regions (common/scan/tabregion). */
static void
run(const char *text, struct collected *c)
{
	struct feed f = { .c = c };
	struct tabregion *tr;
	const char *s = text, *nl;
	long lineno = 0;

	memset(c, 0, sizeof *c);
	prose_init(&f.p);
	tr = tabregion_open("t", prose_line, &f);
	for (; *s != '\0'; s = nl + 1) {
		nl = strchr(s, '\n');
		if (nl == NULL)
			nl = s + strlen(s);
		tabregion_line(tr, s, (size_t)(nl - s), ++lineno);
		if (*nl == '\0')
			break;
	}
	tabregion_finish(tr);
	tabregion_close(tr);
	prose_finish(&f.p, collect, c);
	prose_free(&f.p);
}

static void
test_paragraphs(void)
{
	static const struct { const char *in, *want, *lines; } cases[] = {
		{ "een kapitaal van € \n200 miljoen. ", "een kapitaal van € "
		    "200 miljoen.", "1" },
		{ "de onder-\nsteunen, West-\nVlaanderen en werkgevers- \n"
		    "en werknemers ", "de ondersteunen, West-Vlaanderen en "
		    "werkgevers- en werknemers", "1" },
		/* the document's own words decide (common/text/hyphen.h) */
		{ "de economische groei en de sociaal-\neconomische raad ",
		    "de economische groei en de sociaal-economische raad",
		    "1" },
		{ "de periode 2019-\n2020 en energie-\nefficientie ",
		    "de periode 2019-2020 en energie-efficientie", "1" },
		{ "Eerste alinea. \n\nTweede alinea ", "Eerste alinea. | "
		    "Tweede alinea", "1,3" },
		{ "sedert de zomer van \n\n2011 werk gemaakt ", "sedert de "
		    "zomer van 2011 werk gemaakt", "1" },
		{ "sociale inno-\n\nvatie, au serieux ", "sociale innovatie, "
		    "au serieux", "1" },
		{ "Lijst: \n- 250 miljoen euro \n- 77 miljoen euro ", "Lijst: "
		    "| - 250 miljoen euro | - 77 miljoen euro", "1,2,3" },
		{ "Voor. \nTabel 9 Steun (2022) \nGO 10 14.763.113 \n\n"
		    "KO 6 3.645.118 \nTotaal 16 18.408.231 \nIn 2022 ging "
		    "het om 20 miljoen euro. ", "Voor. | In 2022 ging het om "
		    "20 miljoen euro.", "1,7" },
		/* lines under a caption that make no table are prose: the
		 * amounts in them are found, not lost */
		{ "Tabel 14 Voorwaarden \nMax 10j, \nmax 500 k€/j steun \n\n"
		    "Inmiddels werden in totaal 7 clusters erkend en 20 "
		    "innovatieve netwerken. ", "Max 10j, max 500 k€/j steun | "
		    "Inmiddels werden in totaal 7 clusters erkend en 20 "
		    "innovatieve netwerken.", "2,5" },
		{ "Figuur 2 Grafiek \n12 14 \n50 Voor details zie het "
		    "jaarverslag van het agentschap en de bijlage \n",
		    "", "" },
		{ "o Totaal: 17.569.150 € \n 4. Innovatieve ecosystemen \n"
		    "1.2. Kmo-portefeuille ", "o Totaal: 17.569.150 € | 4. "
		    "Innovatieve ecosystemen | 1.2. Kmo-portefeuille", "1,2,3" },
		{ "Tabel 3 Steun \nGO 10 14.763.113 \nEindtotaal: 10 "
		    "14.763.113 \nBron: eigen berekening ", "Bron: eigen "
		    "berekening", "4" },
		{ "Tabel 3 Steun \nA 1 2 \nSubtotaal 1 2 \nB 3 4 \n"
		    "2. TOTAAL 4 6 \nNa de tabel ", "Na de tabel", "6" },
		{ "Zonder titel \nA 1,00 2,00 3,00 \nverder in de tekst ",
		    "Zonder titel | verder in de tekst", "1,3" },
	};
	struct collected c;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		run(cases[i].in, &c);
		CHECK_STR(cases[i].in, c.text, cases[i].want);
		CHECK_STR(cases[i].in, c.lines, cases[i].lines);
	}
}

int
main(void)
{
	test_paragraphs();
	return check_done();
}
