/* num_fix: canonical decimals held as a 64-bit count of units of
 * 10^-scale, the fast path of exact sums (common/table/tally adds up a
 * table again for every placement the judge tries). Exact or refused: a
 * value or a result past 18 digits is refused, and the caller falls
 * back on the digit arithmetic of num.h. Never binary floating point. */
#ifndef TABEL_NUM_FIX_H
#define TABEL_NUM_FIX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The largest magnitude held: 18 nines, so no sum of two overflows. */
#define NUM_FIX_MAX INT64_C(999999999999999999)
/* The most decimals held. */
#define NUM_FIX_SCALE_MAX 18

/* The value is UNITS times 10^-SCALE; |UNITS| <= NUM_FIX_MAX. */
struct num_fix {
	int64_t units;
	int scale;
};

/* Read the canonical decimal S ("-"?digits("."digits)?) into F; false
 * when S is no such decimal or does not fit. */
bool num_fix_read(const char *s, struct num_fix *f);
/* num_fix_add of two scales: B or *ACC brought to the larger first. */
bool num_fix_add_scaled(struct num_fix *acc, const struct num_fix *b,
    bool negate);

/* *ACC += B (-B when NEGATE), exactly; false, *ACC unchanged, when the
 * result does not fit. Inline: it runs for every cell added up, and the
 * cells of a column mostly share their scale. */
static inline bool
num_fix_add(struct num_fix *acc, const struct num_fix *b, bool negate)
{
	int64_t r;

	if (acc->scale != b->scale)
		return num_fix_add_scaled(acc, b, negate);
	r = acc->units + (negate ? -b->units : b->units);	/* no overflow */
	if (r > NUM_FIX_MAX || r < -NUM_FIX_MAX)
		return false;
	acc->units = r;
	return true;
}
/* Is |F| at most one unit in the DECIMALS-th decimal (DECIMALS >= 0)? */
bool num_fix_within_unit(const struct num_fix *f, int decimals);
/* F as a canonical decimal (num.h: no trailing fractional zeros, "0"
 * for zero) into OUT[N]; N of NUM_FIX_SCALE_MAX + 22 always fits. */
void num_fix_format(const struct num_fix *f, char *out, size_t n);

#endif
