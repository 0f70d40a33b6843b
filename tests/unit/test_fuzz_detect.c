/* test_fuzz_detect: replay tests/fuzz/corpus/detect through the
 * fuzz_detect target (its checks become unit-test cases), so every
 * finding stays fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_detect.c"
