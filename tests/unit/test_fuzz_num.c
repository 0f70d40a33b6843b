/* test_fuzz_num: replay tests/fuzz/corpus/num through the fuzz_num target
 * (its checks become unit-test cases), so every finding stays fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_num.c"
