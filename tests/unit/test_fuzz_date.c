/* test_fuzz_date: replay tests/fuzz/corpus/date through the fuzz_date target
 * (its checks become unit-test cases), so every finding stays fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_date.c"
