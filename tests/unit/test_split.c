/* test_split: header text and text-table rows into cells. */
#include <stdio.h>
#include <string.h>

#include "common/cells/split.h"
#include "tests/unit/check.h"

static const char *
join(struct layout_cell *c, size_t n)
{
	static char buf[1024];
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%.*s",
		    i ? "|" : "", (int)c[i].len, c[i].s);
	return buf;
}

static const struct {
	const char *text;
	const char *want;
} heads[] = {
	{ "Type premie Aantal ondernemingen Aantal toekenningen",
	  "Type premie|Aantal ondernemingen|Aantal toekenningen" },
	{ "# projecten steun (MEUR)", "# projecten|steun (MEUR)" },
	{ "Beslist in 2022", "Beslist in 2022" },
	{ "Maatregel 2018BA 2019BO", "Maatregel|2018BA|2019BO" },
	{ "2017 2018", "2017|2018" },
	{ "A) Speerpuntclusters B) Innovatieve bedrijfsnetwerken",
	  "A) Speerpuntclusters|B) Innovatieve bedrijfsnetwerken" },
	{ "Uitvoerende organisatie(s)", "Uitvoerende organisatie(s)" },
	{ "Dienst Aantal projecten Subsidie in euro",
	  "Dienst|Aantal projecten|Subsidie in euro" },
	{ "# projecten steun (MEUR) # projecten steun (MEUR)",
	  "# projecten|steun (MEUR)|# projecten|steun (MEUR)" },
};

static const struct {
	const char *text;
	size_t ncols;
	const char *want;
} texts[] = {
	{ "Catalisti Duurzame chemie Gestart als pool", 3,
	  "Catalisti|Duurzame chemie|Gestart als pool" },
	{ "Power to Gas  Waterstofnet vzw", 2,
	  "Power to Gas|Waterstofnet vzw" },
	{ "Flanders\xe2\x80\x99 Food Agri-voeding Gestart", 3,
	  "Flanders\xe2\x80\x99 Food|Agri-voeding|Gestart" },
	{ "Offshore energie Sirris \xe2\x80\x93 Ugent", 2,
	  "Offshore energie|Sirris \xe2\x80\x93 Ugent" },
	{ "Afgelopen 2019 ", 2, "Afgelopen 2019" },
	{ "VIL Logistiek Gestart als initiatief van de Vl. Regering", 3,
	  "VIL|Logistiek|Gestart als initiatief van de Vl. Regering" },
};

int
main(void)
{
	struct layout_cell cells[16];
	size_t i, n;

	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		n = split_header(heads[i].text, strlen(heads[i].text),
		    cells, 16, false);
		CHECK_STR(heads[i].text, join(cells, n), heads[i].want);
	}
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		n = split_text(texts[i].text, strlen(texts[i].text),
		    cells, texts[i].ncols, NULL);
		CHECK_STR(texts[i].text, join(cells, n), texts[i].want);
	}
	n = split_header("Rubriek Rekening 2021 Budget 2022", 33, cells, 16,
	    true);
	CHECK_STR("years join", join(cells, n),
	    "Rubriek|Rekening 2021|Budget 2022");
	n = split_header("Post 2021 2022", 14, cells, 16, true);
	CHECK_STR("years join, years alone", join(cells, n), "Post 2021|2022");
	/* the plain rows teach where the last column starts */
	{
		static const char *const rows[] = {
			"Catalisti Chemie Gestart als pool",
			"SIM Materialen Gestart als pool",
			"VIL Logistiek Gestart als initiatief van de Vl. "
			"Regering",
		};
		struct split_words w = { .n = 0 };

		for (i = 0; i < 3; i++)
			split_text_learn(rows[i], strlen(rows[i]), 3, &w);
		CHECK_INT("learnt", w.n, 1);
		n = split_text(rows[2], strlen(rows[2]), cells, 3, &w);
		CHECK_STR("learnt start", join(cells, n), "VIL|Logistiek|"
		    "Gestart als initiatief van de Vl. Regering");
		n = split_text("Aircargo Belgium ACB vzw", 24, cells, 2, &w);
		CHECK_STR("acronym", join(cells, n),
		    "Aircargo Belgium|ACB vzw");
	}
	return check_done();
}
