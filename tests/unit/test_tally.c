/* test_tally: small tables given as rows of cells separated
 * by "|" whose findings come back as "row:col stated computed diff kind". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/table/tally.h"
#include "tests/unit/check.h"

static void
collect(const struct tally_table *t, const struct tally_finding *f,
    void *arg)
{
	char *out = arg;
	size_t n = strlen(out);

	(void)t;
	snprintf(out + n, 512 - n, "%s%zu:%zu %s %s %s %s", n > 0 ? "; " : "",
	    f->row, f->col, f->stated, f->computed, f->difference,
	    f->status != TALLY_OK ? "error" : f->rounding ? "rounding" :
	    "mismatch");
}

/* Build a table from ROWS ("a|b|c" each, the first the header). */
static void
run(const char *const *rows, size_t n, char *out)
{
	struct tally_table t;
	char *fields[16], buf[256], *s;
	size_t lens[16], i, k;

	out[0] = '\0';
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%s", rows[i]);
		for (k = 0, s = buf; k < 16; k++) {
			fields[k] = s;
			s = strchr(s, '|');
			lens[k] = s != NULL ? (size_t)(s - fields[k]) :
			    strlen(fields[k]);
			if (s == NULL)
				break;
			*s++ = '\0';
		}
		if (i == 0)
			tally_start(&t, fields, k + 1);
		else
			tally_add(&t, fields, lens, k + 1, (long)i);
	}
	tally_check(&t, collect, out);
	tally_free(&t);
}

static void
test_tables(void)
{
	static const char *const plain[] = { "|n|eur", "A|1|10,5", "B|/|2",
	    "Totaal|2|12,5" };
	static const char *const rounding[] = { "|x", "A|0,132", "B|7,5",
	    "|7,6" };
	static const char *const shares[] = { "|aandeel|n", "A|50%|1",
	    "B|50%|1", "Totaal|90%|3" };
	static const char *const early[] = { "|x", "1. Cat|3,00", "a|1,00",
	    "b|2,00", "Kop|5,01", "c|2,00", "d|3,00", "TOTAAL|8,01" };
	static const char *const point[] = { "|x", "1. Cat|0,45", "a|0.200",
	    "b|0,25", "Totaal|0,45" };
	static const char *const text[] = { "|Domein", "VIL|Logistiek",
	    "Totaal|7" };
	char out[512];

	run(plain, 4, out);
	CHECK_STR("plain", out, "2:1 2 1 1 rounding");
	run(rounding, 4, out);
	CHECK_STR("label-less total", out, "2:1 7.6 7.632 -0.032 rounding");
	run(shares, 4, out);
	CHECK_STR("shares", out, "2:2 3 2 1 rounding");
	run(early, 8, out);
	CHECK_STR("early end", out, "3:1 5.01 5.00 0.01 rounding");
	run(point, 5, out);
	CHECK_STR("0.200", out, "");
	run(text, 3, out);
	CHECK_STR("text", out, "");
}

int
main(void)
{
	size_t i;

	test_tables();
	for (i = 0; i < TALLY_STATUS_COUNT; i++)
		CHECK(strcmp(tally_strerror(i), "unknown tally status") != 0,
		    "status %zu has no message", i);
	return check_done();
}
