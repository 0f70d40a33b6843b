/* test_fuzz_csvio: replay tests/fuzz/corpus/csvio through the fuzz_csvio target
 * (its checks become unit-test cases), so every finding stays fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_csvio.c"
