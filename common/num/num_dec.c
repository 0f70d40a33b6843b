/* num_dec: exact decimal arithmetic on digit strings (part of num).
 * A number is held as digits with the count of integer digits (the place
 * of the decimal point), so scaling by a power of ten only moves the
 * point and addition is schoolbook addition: nothing passes through
 * binary floating point. Reading the written forms is in num.c. */
#include <string.h>

#include "common/num/num.h"
#include "common/num/num_dec.h"

/* Write D as a canonical decimal into OUT[N]; leading zeros of the
 * integer part and trailing zeros of the fraction are dropped, "-0" is
 * "0". Places beyond the stored digits are zeros. */
enum num_status
num_dec_format(const struct num_dec *d, char *out, size_t n)
{
	int first = 0, last = d->len, i;
	size_t k = 0, need;

	while (first < d->point && first < last && d->digits[first] == '0')
		first++;
	while (last > d->point && last > first && d->digits[last - 1] == '0')
		last--;
	if (first == last) {
		if (n < 2)
			return NUM_TOO_LONG;
		memcpy(out, "0", 2);
		return NUM_OK;
	}
	need = (d->neg ? 1u : 0u) + 1 + (size_t)(d->point > first ?
	    d->point - first : 1);
	if (last > d->point)
		need += 1 + (size_t)(last - d->point);
	if (need > n)
		return NUM_TOO_LONG;
	if (d->neg)
		out[k++] = '-';
	if (d->point <= first)
		out[k++] = '0';
	if (d->point > first) {		/* stored digits, then zeros */
		i = d->point < d->len ? d->point : d->len;
		memcpy(out + k, d->digits + first, (size_t)(i - first));
		k += (size_t)(i - first);
		memset(out + k, '0', (size_t)(d->point - i));
		k += (size_t)(d->point - i);
	}
	if (last > d->point) {
		out[k++] = '.';
		for (i = d->point; i < last; i++)
			out[k++] = i < 0 ? '0' : d->digits[i];
	}
	out[k] = '\0';
	return NUM_OK;
}

/* Read canonical (or any plain "-"?digits("."digits)?) A into D. */
enum num_status
num_dec_read(const char *a, struct num_dec *d)
{
	bool seen_point = false;

	d->neg = false;
	d->point = d->len = 0;
	if (*a == '-') {
		d->neg = true;
		a++;
	}
	if (*a == '\0')
		return NUM_NOT_AMOUNT;
	for (; *a != '\0'; a++) {
		if (*a == '.' && !seen_point) {
			seen_point = true;
			d->point = d->len;
			continue;
		}
		if (*a < '0' || *a > '9')
			return NUM_NOT_AMOUNT;
		if (d->len >= NUM_DEC_DIGITS)
			return NUM_TOO_LONG;
		d->digits[d->len++] = *a;
	}
	if (!seen_point)
		d->point = d->len;
	return NUM_OK;
}

/* Canonical A with a fraction ("111.75", "-0.2") times 10^EXP10, EXP10
 * > 0, by moving the point in the text: the hot path of scaling by a
 * table unit. False when A is not in that form (*ST untouched). */
static bool
shift_point(const char *a, int exp10, char *out, size_t n,
    enum num_status *st)
{
	const char *body = a + (a[0] == '-'), *dot = strchr(body, '.'), *f;
	size_t ilen, flen, take, skip = 0, k = 0, start, intlen;
	bool zero;

	if (dot == NULL || exp10 <= 0 || exp10 > NUM_MAX)
		return false;
	ilen = (size_t)(dot - body);
	f = dot + 1;
	flen = strlen(f);
	if (ilen == 0 || flen == 0 || strspn(body, "0123456789") != ilen ||
	    strspn(f, "0123456789") != flen || f[flen - 1] == '0' ||
	    (ilen > 1 && body[0] == '0'))
		return false;
	take = flen < (size_t)exp10 ? flen : (size_t)exp10;
	zero = ilen == 1 && body[0] == '0';	/* "0.05": no "0" in front */
	while (zero && skip < take && f[skip] == '0')
		skip++;
	intlen = (zero ? take - skip : ilen + take) + (size_t)exp10 - take;
	*st = NUM_TOO_LONG;
	if ((a[0] == '-') + (intlen ? intlen : 1) + (flen > take ? 1 + flen -
	    take : 0) + 1 > n)
		return true;
	if (a[0] == '-')
		out[k++] = '-';
	start = k;
	if (!zero) {
		memcpy(out + k, body, ilen);
		k += ilen;
	}
	memcpy(out + k, f + skip, take - skip);
	k += take - skip;
	memset(out + k, '0', (size_t)exp10 - take);
	k += (size_t)exp10 - take;
	if (k == start)
		out[k++] = '0';
	if (flen > take) {
		out[k++] = '.';
		memcpy(out + k, f + take, flen - take);
		k += flen - take;
	}
	out[k] = '\0';
	*st = NUM_OK;
	return true;
}

enum num_status
num_scale(const char *a, int exp10, char *out, size_t n)
{
	struct num_dec d;
	enum num_status st;
	size_t len = strlen(a), digits = len - (a[0] == '-');

	/* the common case, an integer times a positive power: append zeros */
	if (exp10 > 0 && exp10 <= NUM_MAX && digits > 0 && a[len - digits] !=
	    '0' && strspn(a + len - digits, "0123456789") == digits) {
		if (len + (size_t)exp10 + 1 > n)
			return NUM_TOO_LONG;
		memcpy(out, a, len);
		memset(out + len, '0', (size_t)exp10);
		out[len + (size_t)exp10] = '\0';
		return NUM_OK;
	}
	if (shift_point(a, exp10, out, n, &st))
		return st;
	if ((st = num_dec_read(a, &d)) != NUM_OK)
		return st;
	if (exp10 > NUM_MAX || exp10 < -NUM_MAX)
		return NUM_TOO_LONG;
	d.point += exp10;
	return num_dec_format(&d, out, n);
}

bool
num_dec_is_zero(const struct num_dec *d)
{
	int i;

	for (i = 0; i < d->len; i++)
		if (d->digits[i] != '0')
			return false;
	return true;
}

/* The digit of D at place P (P = 0: the units, 1: tens, -1: tenths). */
static int
digit_at(const struct num_dec *d, int place)
{
	int i = d->point - 1 - place;

	if (i < 0 || i >= d->len)
		return 0;
	return d->digits[i] - '0';
}

/* Compare magnitudes of A and B over places [LOW, HIGH]. */
static int
cmp_magnitude(const struct num_dec *a, const struct num_dec *b, int low,
    int high)
{
	int p, x, y;

	for (p = high; p >= low; p--) {
		x = digit_at(a, p);
		y = digit_at(b, p);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

static int
place_low(const struct num_dec *a, const struct num_dec *b)
{
	int la = a->point - a->len, lb = b->point - b->len;

	return la < lb ? la : lb;
}

static int
place_high(const struct num_dec *a, const struct num_dec *b)
{
	return (a->point > b->point ? a->point : b->point);
}

/* R = A + B with B's sign flipped when NEGATE_B. */
static enum num_status
add_dec(const struct num_dec *a, const struct num_dec *b, bool negate_b,
    char *out, size_t n)
{
	struct num_dec r;
	const struct num_dec *big = a, *small = b;
	bool bneg = b->neg != negate_b, neg;
	int low = place_low(a, b), high = place_high(a, b), p, carry = 0, x;

	if (high - low + 1 > NUM_DEC_DIGITS)
		return NUM_TOO_LONG;
	neg = a->neg;
	if (a->neg != bneg && cmp_magnitude(a, b, low, high) < 0) {
		big = b;
		small = a;
		neg = bneg;
	}
	memset(&r, 0, sizeof r);
	r.neg = neg;
	r.len = high - low + 1;
	r.point = high + 1;
	for (p = low; p <= high; p++) {
		if (a->neg == bneg)
			x = digit_at(big, p) + digit_at(small, p) + carry;
		else
			x = digit_at(big, p) - digit_at(small, p) + carry;
		carry = x < 0 ? -1 : x / 10;
		r.digits[high - p] = (char)('0' + (x + 10) % 10);
	}
	return num_dec_format(&r, out, n);
}

enum num_status
num_add(const char *a, const char *b, char *out, size_t n)
{
	struct num_dec x, y;
	enum num_status st;

	if ((st = num_dec_read(a, &x)) != NUM_OK ||
	    (st = num_dec_read(b, &y)) != NUM_OK)
		return st;
	return add_dec(&x, &y, false, out, n);
}

enum num_status
num_sub(const char *a, const char *b, char *out, size_t n)
{
	struct num_dec x, y;
	enum num_status st;

	if ((st = num_dec_read(a, &x)) != NUM_OK ||
	    (st = num_dec_read(b, &y)) != NUM_OK)
		return st;
	return add_dec(&x, &y, true, out, n);
}

/* Unreadable numbers sort before readable ones, so the order is total. */
int
num_cmp(const char *a, const char *b)
{
	struct num_dec x, y;
	bool okx = num_dec_read(a, &x) == NUM_OK;
	bool oky = num_dec_read(b, &y) == NUM_OK;
	int c;

	if (!okx || !oky)
		return okx - oky;
	c = cmp_magnitude(&x, &y, place_low(&x, &y), place_high(&x, &y));
	if (x.neg != y.neg) {
		if (num_dec_is_zero(&x) && num_dec_is_zero(&y))
			return 0;	/* "-0" equals "0" */
		return x.neg ? -1 : 1;
	}
	return x.neg ? -c : c;
}
