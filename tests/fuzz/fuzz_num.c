/* fuzz_num: the amount parser and the digit arithmetic (common/num/num).
 * Any bytes, in both locales: a parsed amount is a canonical decimal
 * that fits NUM_MAX; the unit reader never strays. Two integers made
 * from the input (18 digits at most, so long long cannot overflow):
 * num_add, num_sub, num_cmp agree with long long arithmetic, and
 * num_scale there and back is the identity. */
#include <ctype.h>

#include "common/num/num.h"

#define FUZZ_NAME "num"
#include "tests/fuzz/fuzz.h"

/* "-"? digits ("." digits)?, no leading zero before a digit, no "-0". */
static int
canonical(const char *s)
{
	const char *p = s + (*s == '-');
	int nonzero = 0;

	if (!isdigit((unsigned char)*p) || (*p == '0' &&
	    isdigit((unsigned char)p[1])))
		return 0;
	for (; isdigit((unsigned char)*p) || *p == '.'; p++) {
		if (*p == '.' && !isdigit((unsigned char)p[1]))
			return 0;
		if (*p == '.' && strchr(p + 1, '.') != NULL)
			return 0;
		nonzero |= *p >= '1' && *p <= '9';
	}
	return *p == '\0' && (*s != '-' || nonzero);
}

static void
check_parse(const char *s, size_t len)
{
	static const enum num_locale locales[] = { NUM_LOCALE_NL,
	    NUM_LOCALE_EN };
	struct num_amount a;
	char out[NUM_MAX];
	int exp10, st;

	for (size_t i = 0; i < 2; i++) {
		memset(&a, 0x5a, sizeof a);
		st = num_parse(s, len, locales[i], &a);
		FUZZ_ASSERT(st >= 0 && st < NUM_STATUS_COUNT, "status %d", st);
		FUZZ_ASSERT(st != NUM_OK || (memchr(a.value, 0, NUM_MAX) &&
		    canonical(a.value)), "'%.*s' -> '%.*s'", (int)len, s,
		    NUM_MAX, a.value);
		FUZZ_ASSERT(st != NUM_MISSING || a.value[0] == '\0',
		    "missing -> '%.*s'", NUM_MAX, a.value);
	}
	st = num_canonical(s, len, out, sizeof out);
	FUZZ_ASSERT(st != NUM_OK || canonical(out), "canonical '%s'", out);
	num_unit_exp10(s, len, &exp10);
	FUZZ_ASSERT(strlen(num_strerror(st)) > 0, "message");
}

/* An integer of up to 18 digits from the input bytes at *P. */
static long long
take_int(const uint8_t **p, const uint8_t *end, char *text)
{
	long long v = 0;
	size_t n = 0;
	int neg = *p < end && (**p & 1);

	if (*p < end)
		(*p)++;
	while (*p < end && n < 18 && isdigit(**p)) {
		v = v * 10 + (**p - '0');
		n++;
		(*p)++;
	}
	if (*p < end)
		(*p)++;
	if (neg && v != 0)
		v = -v;
	snprintf(text, 32, "%s%lld", v < 0 ? "-" : "",
	    v < 0 ? -v : v);
	return v;
}

static void
check_arith(const uint8_t *data, size_t size)
{
	const uint8_t *p = data, *end = data + size;
	char a[32], b[32], sum[NUM_MAX], diff[NUM_MAX], back[NUM_MAX],
	    want[64], scaled[NUM_MAX];
	long long x = take_int(&p, end, a), y = take_int(&p, end, b), z;
	int e = p < end ? *p % 41 - 20 : 3;

	z = x + y;
	snprintf(want, sizeof want, "%s%lld", z < 0 ? "-" : "",
	    z < 0 ? -z : z);
	FUZZ_ASSERT(num_add(a, b, sum, sizeof sum) == NUM_OK &&
	    strcmp(sum, want) == 0, "%s + %s = %s, want %s", a, b, sum, want);
	z = x - y;
	snprintf(want, sizeof want, "%s%lld", z < 0 ? "-" : "",
	    z < 0 ? -z : z);
	FUZZ_ASSERT(num_sub(a, b, diff, sizeof diff) == NUM_OK &&
	    strcmp(diff, want) == 0, "%s - %s = %s, want %s", a, b, diff,
	    want);
	FUZZ_ASSERT((num_cmp(a, b) > 0) == (x > y) && (num_cmp(a, b) < 0) ==
	    (x < y), "cmp %s %s", a, b);
	if (num_scale(a, e, scaled, sizeof scaled) == NUM_OK) {
		FUZZ_ASSERT(canonical(scaled), "%s e%d -> '%s'", a, e, scaled);
		FUZZ_ASSERT(num_scale(scaled, -e, back, sizeof back) ==
		    NUM_OK && num_cmp(back, a) == 0, "%s e%d e%d -> %s", a,
		    e, -e, back);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_parse((const char *)data, size);
	check_arith(data, size);
	return 0;
}
