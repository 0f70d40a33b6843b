/* test_rawside: side-by-side blocks of labels and values in raw text are
 * counted when most value lines agree, and each line is read as its part
 * in one block. */
#include <string.h>

#include "common/raw/rawside.h"
#include "tests/unit/check.h"

#define MAXL 8

static const struct {
	const char *name;
	const char *lines[MAXL];
	size_t head;		/* header lines first */
	size_t want;
} cases[] = {
	{ "three blocks", { "Upper", "Lower", "Weir", "March 120 March 80 May 44",
	    "April 95 May 76 March 40", "Total 305 Total 217 Total 123" }, 3,
	    3 },
	{ "too few header lines", { "Visits", "March 120 March 80 May 44",
	    "April 95 May 76 March 40", "Total 305 Total 217 Total 123" }, 1,
	    1 },
	{ "numbers in labels, unlike runs", { "Rules", "Article 5 of 1990 12 13",
	    "Article 6 of 1991 14 15", "Article 7 of 1992 16 17" }, 1, 1 },
	{ "one table", { "Boats", "North quay 40 50%", "South quay 32 40%",
	    "Dock 8 10%" }, 1, 1 },
	{ "two of four lines", { "A", "B", "Spain 3 Italy 4", "France 5 Malta 6",
	    "Total 8", "All 9" }, 2, 1 },
};

int
main(void)
{
	struct rawside sd = { 0 };
	struct rawline raw[MAXL];
	enum rawregion_kind kind[MAXL];
	struct rawregion r;
	size_t i, n, k;

	memset(raw, 0, sizeof(raw));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (n = 0; n < MAXL && cases[i].lines[n] != NULL; n++) {
			rawline_read(&raw[n], cases[i].lines[n],
			    strlen(cases[i].lines[n]), (long)n + 1);
			kind[n] = n < cases[i].head ? RAWREGION_TEXT :
			    RAWREGION_VALUE;
		}
		r.caption = RAWREGION_NONE;
		r.head = 0;
		r.body = cases[i].head;
		r.end = n;
		k = rawside_count(&sd, kind, raw, &r);
		CHECK_INT(cases[i].name, k, cases[i].want);
	}
	/* the first case again, read as its second block */
	for (n = 0; n < 6; n++) {
		rawline_read(&raw[n], cases[0].lines[n],
		    strlen(cases[0].lines[n]), (long)n + 1);
		kind[n] = n < 3 ? RAWREGION_TEXT : RAWREGION_VALUE;
	}
	r.head = 0, r.body = 3, r.end = 6;
	rawside_read(&sd, kind, raw, &r, 0, 3);
	rawside_read(&sd, kind, raw, &r, 1, 3);
	CHECK(raw[0].len == 0 && raw[1].len == 5 && raw[2].len == 0,
	    "block 2 header: %zu %zu %zu", raw[0].len, raw[1].len, raw[2].len);
	CHECK(raw[3].len == 8 && memcmp(raw[3].s, "March 80", 8) == 0,
	    "block 2 row: '%.*s'", (int)raw[3].len, raw[3].s);
	CHECK_INT("block 2 values", raw[5].nval, 1);
	for (n = 0; n < MAXL; n++)
		rawline_free(&raw[n]);
	rawside_free(&sd);
	return check_done();
}
