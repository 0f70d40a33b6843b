/* num_dec: exact decimals as digit strings, the arithmetic under num.h.
 * Internal to num; tools use num.h. */
#ifndef TABEL_NUM_DEC_H
#define TABEL_NUM_DEC_H

#include <stdbool.h>

#include "common/num/num.h"

/* Room for the digits of a scaled or summed amount. */
#define NUM_DEC_DIGITS (2 * NUM_MAX)

/* The value is 0.DIGITS times 10^POINT, negated when NEG: POINT counts
 * the integer digits and may lie outside [0, LEN]. */
struct num_dec {
	bool neg;
	int point;
	int len;
	char digits[NUM_DEC_DIGITS];
};

/* Read a plain "-"?digits("."digits)? at A into D; NUM_NOT_AMOUNT when A
 * is not one, NUM_TOO_LONG past NUM_DEC_DIGITS digits. */
enum num_status num_dec_read(const char *a, struct num_dec *d);
/* Write D canonically into OUT[N]; NUM_TOO_LONG when it does not fit. */
enum num_status num_dec_format(const struct num_dec *d, char *out, size_t n);
/* True when every digit of D is 0. */
bool num_dec_is_zero(const struct num_dec *d);

#endif
