/* test_fuzz_utf8: replay tests/fuzz/corpus/utf8 through the fuzz_utf8
 * target (its checks become unit-test cases), so every finding stays
 * fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_utf8.c"
