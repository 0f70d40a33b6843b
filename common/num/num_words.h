/* num_words: Dutch cardinal numbers in words, the reader under num.h.
 * Internal to num; tools use num_parse. */
#ifndef TABEL_NUM_WORDS_H
#define TABEL_NUM_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "common/num/num.h"

/* The whole of S[LEN] as a Dutch cardinal ("drieëntwintig", "drie
 * miljard") written as digits into OUT[N]; NUM_NOT_AMOUNT when S is not
 * one number in words. */
enum num_status num_words_parse(const char *s, size_t len, char *out,
    size_t n);

#endif
