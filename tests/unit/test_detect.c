/* test_detect: where tables start and end, what is not a table. Each
 * input is fed line by line; the tables found are summarised as
 * "id:rows:cols:first-last:kind;". */
#include <stdio.h>
#include <string.h>

#include "common/flow/detect.h"
#include "tests/unit/check.h"

static char found[512];

static void
collect(struct table *t, void *ctx)
{
	char id[32];
	size_t n = strlen(found);

	(void)ctx;
	table_id(t, id, sizeof(id));
	snprintf(found + n, sizeof(found) - n, "%s:%zu:%zu:%ld-%ld:%s;", id,
	    t->nrows, t->ncols + 1, t->first_line, t->last_line,
	    t->text ? "text" : "numeric");
}

static const char *
detect_all(const char *text)
{
	struct detect *d = detect_open("t", collect, NULL);
	const char *p = text, *nl;
	long no = 0;

	found[0] = '\0';
	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		detect_line(d, p, (size_t)(nl - p), ++no);
		p = *nl ? nl + 1 : nl;
	}
	detect_finish(d);
	detect_close(d);
	return found;
}

static const struct {
	const char *name, *text, *want;
} streams[] = {
	{ "captioned",
	  "Tekst.\n\nTabel 3 Kosten (in euro) \n\nPost 2021 2022 \n"
	  "Huur 1,0 2,0 \nTotaal 1,0 2,0 \n\nDe kosten stegen sterk in "
	  "het jaar \nvan de verhuis en daarna niet meer. \n",
	  "3:2:3:3-7:numeric;" },
	{ "prose reference only",
	  "Tabel 10 geeft een overzicht. In 2022 werden 300 dossiers \n"
	  "goedgekeurd voor 9,9 miljoen euro. \n", "" },
	{ "uncaptioned years",
	  "Balans \n\nRubriek 2021 2022 \nActiva 10 12 \nPassiva 10 12 \n\n"
	  "Einde. \n", "L3:2:3:3-5:numeric;" },
	{ "chart residue",
	  "Figuur 2 Evolutie \n\n125 398 428\n318\n2009 2010 2011\n"
	  "1974 2090\n2488\n", "" },
	{ "text table",
	  "Tabel 5 Clusters \n\n Domein Historiek \nCatalisti Chemie "
	  "Gestart als pool \nVIL Logistiek Nieuw \n \n\nTekst die volgt. \n",
	  "5:2:3:1-5:text;" },
	{ "two captions back to back",
	  "Tabel 1 A \nX 2021 2022 \nR 1 2 \nS 3 4 \nTabel 2 B \n"
	  "Y 2021 2022 \nR 5 6 \nS 7 8 \n",
	  "1:2:3:1-4:numeric;2:2:3:5-8:numeric;" },
	{ "same number twice",
	  "Tabel 1 A \nX 2021 2022 \nR 1 2 \nS 3 4 \n\nTabel 1 A \n"
	  "X 2021 2022 \nR 5 6 \nS 7 8 \n",
	  "1:2:3:1-4:numeric;1-2:2:3:6-9:numeric;" },
};

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof(streams) / sizeof(streams[0]); i++)
		CHECK_STR(streams[i].name, detect_all(streams[i].text),
		    streams[i].want);
	return check_done();
}
