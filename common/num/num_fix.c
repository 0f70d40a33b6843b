/* num_fix: exact decimals in 64-bit integers, for sums that fit (part
 * of num; every result that would not fit is refused, never rounded). */
#include <stdio.h>

#include "common/num/num_fix.h"

static const int64_t pow10[NUM_FIX_SCALE_MAX + 1] = {
	INT64_C(1), INT64_C(10), INT64_C(100), INT64_C(1000),
	INT64_C(10000), INT64_C(100000), INT64_C(1000000),
	INT64_C(10000000), INT64_C(100000000), INT64_C(1000000000),
	INT64_C(10000000000), INT64_C(100000000000),
	INT64_C(1000000000000), INT64_C(10000000000000),
	INT64_C(100000000000000), INT64_C(1000000000000000),
	INT64_C(10000000000000000), INT64_C(100000000000000000),
	INT64_C(1000000000000000000),
};

bool
num_fix_read(const char *s, struct num_fix *f)
{
	bool neg = *s == '-', point = false, any = false;
	int64_t units = 0;
	int digits = 0, scale = 0;

	s += neg;
	for (; *s != '\0'; s++) {
		if (*s == '.' && !point) {
			point = true;
			continue;
		}
		if (*s < '0' || *s > '9')
			return false;
		/* leading zeros cost nothing; 18 digits always fit */
		if ((digits += units != 0 || *s != '0') > 18)
			return false;
		units = units * 10 + (*s - '0');
		scale += point;
		any = true;
	}
	if (!any || scale > NUM_FIX_SCALE_MAX)
		return false;
	f->units = neg ? -units : units;
	f->scale = scale;
	return true;
}

/* *U times 10^BY, when it stays within NUM_FIX_MAX. */
static bool
rescale(int64_t *u, int by)
{
	int64_t r;

	if (by == 0)
		return true;
	if (by > NUM_FIX_SCALE_MAX ||
	    __builtin_mul_overflow(*u, pow10[by], &r) ||
	    r > NUM_FIX_MAX || r < -NUM_FIX_MAX)
		return false;
	*u = r;
	return true;
}

bool
num_fix_add_scaled(struct num_fix *acc, const struct num_fix *b,
    bool negate)
{
	int64_t x = acc->units, y = negate ? -b->units : b->units, r;
	int scale = acc->scale > b->scale ? acc->scale : b->scale;

	if (!rescale(&x, scale - acc->scale) || !rescale(&y, scale - b->scale))
		return false;
	r = x + y;	/* two magnitudes under 10^18 cannot overflow */
	if (r > NUM_FIX_MAX || r < -NUM_FIX_MAX)
		return false;
	acc->units = r;
	acc->scale = scale;
	return true;
}

bool
num_fix_within_unit(const struct num_fix *f, int decimals)
{
	int64_t mag = f->units < 0 ? -f->units : f->units;

	if (decimals >= f->scale)	/* a unit is >= the last place */
		return mag == 0 || (decimals == f->scale && mag == 1);
	if (f->scale - decimals > NUM_FIX_SCALE_MAX)
		return true;	/* a unit past 10^18 units */
	return mag <= pow10[f->scale - decimals];
}

void
num_fix_format(const struct num_fix *f, char *out, size_t n)
{
	int64_t mag = f->units < 0 ? -f->units : f->units;
	int scale = f->scale;

	while (scale > 0 && mag % 10 == 0) {	/* no trailing zeros */
		mag /= 10;
		scale--;
	}
	if (mag == 0) {
		snprintf(out, n, "0");
		return;
	}
	if (scale == 0)
		snprintf(out, n, "%s%lld", f->units < 0 ? "-" : "",
		    (long long)mag);
	else
		snprintf(out, n, "%s%lld.%0*lld", f->units < 0 ? "-" : "",
		    (long long)(mag / pow10[scale]), scale,
		    (long long)(mag % pow10[scale]));
}
