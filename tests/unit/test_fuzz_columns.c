/* test_fuzz_columns: replay tests/fuzz/corpus/columns through the
 * fuzz_columns target (its checks become unit-test cases), so every
 * finding stays fixed. */
#define FUZZ_REPLAY
#include "tests/fuzz/fuzz_columns.c"
