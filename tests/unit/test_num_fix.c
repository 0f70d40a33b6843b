/* test_num_fix: the 64-bit fast path of exact sums (common/num/num_fix.h)
 * gives what the digit arithmetic of num.h gives, or refuses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num/num.h"
#include "common/num/num_fix.h"
#include "tests/unit/check.h"

/* Read then written back: the canonical form; NULL: refused. */
static const struct { const char *in, *want; } reads[] = {
	{ "0", "0" }, { "-0", "0" }, { "12", "12" }, { "-15129", "-15129" },
	{ "111.75", "111.75" }, { "0.05", "0.05" }, { "7.50", "7.5" },
	{ "999999999999999999", "999999999999999999" },
	{ "0.000000000000000001", "0.000000000000000001" },
	{ "1000000000000000000", NULL }, { "0.0000000000000000001", NULL },
	{ "", NULL }, { "-", NULL }, { ".", NULL }, { "1.2.3", NULL },
	{ "12a", NULL }, { "00012.50", "12.5" },
};

/* A op B against num_add / num_sub on the same operands. */
static const char *const operands[] = {
	"0", "1", "-1", "0.5", "-0.25", "999", "1000", "111.75", "-15129",
	"93.9", "0.001", "500000000000000000", "999999999999999999",
	"-999999999999999999", "0.000000000000000001", "123456789.123",
};

static void
test_reads(void)
{
	struct num_fix f;
	char out[64];
	size_t i;

	for (i = 0; i < sizeof reads / sizeof reads[0]; i++) {
		bool ok = num_fix_read(reads[i].in, &f);

		if (reads[i].want == NULL) {
			CHECK(!ok, "'%s' read, want refused", reads[i].in);
			continue;
		}
		CHECK(ok, "'%s' refused", reads[i].in);
		if (!ok)
			continue;
		num_fix_format(&f, out, sizeof out);
		CHECK_STR(reads[i].in, out, reads[i].want);
	}
}

static size_t
digits(const char *s)
{
	return strlen(s) - (s[0] == '-') - (strchr(s, '.') != NULL);
}

static void
test_sums(void)
{
	size_t n = sizeof operands / sizeof operands[0], i, j;
	struct num_fix a, b;
	char got[64], want[NUM_MAX];

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			for (int neg = 0; neg < 2; neg++) {
				num_fix_read(operands[i], &a);
				num_fix_read(operands[j], &b);
				(neg ? num_sub : num_add)(operands[i],
				    operands[j], want, sizeof want);
				if (!num_fix_add(&a, &b, neg)) {
					/* refused: only past 18 digits */
					CHECK(digits(want) > 18, "%s %c %s "
					    "refused, fits: %s", operands[i],
					    neg ? '-' : '+', operands[j], want);
					continue;
				}
				num_fix_format(&a, got, sizeof got);
				CHECK(strcmp(got, want) == 0, "%s %c %s -> %s, "
				    "want %s", operands[i], neg ? '-' : '+',
				    operands[j], got, want);
			}
}

static void
test_within(void)
{
	static const struct { const char *diff; int decimals; bool want; }
	    cases[] = {
		{ "0", 0, true }, { "1", 0, true }, { "-1", 0, true },
		{ "2", 0, false }, { "0.01", 2, true }, { "0.011", 2, false },
		{ "-0.032", 1, true }, { "0.1", 0, true }, { "0.1", 2, false },
		{ "0", 18, true }, { "0.000000000000000001", 18, true },
		{ "0.000000000000000002", 18, false },
	};
	struct num_fix f;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		num_fix_read(cases[i].diff, &f);
		CHECK(num_fix_within_unit(&f, cases[i].decimals) ==
		    cases[i].want, "'%s' within one unit of %d decimals: "
		    "want %d", cases[i].diff, cases[i].decimals,
		    cases[i].want);
	}
}

int
main(void)
{
	test_reads();
	test_sums();
	test_within();
	return check_done();
}
