/* test_fuzz_lines: replay tests/fuzz/corpus/lines through the fuzz_lines target
 * (its checks become unit-test cases), so every finding stays fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_lines.c"
