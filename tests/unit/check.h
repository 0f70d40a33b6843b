/* check.h: the unit-test harness. A case prints only when it fails;
 * check_done() prints "N passed, N failed" and gives the exit status. */
#ifndef TABEL_CHECK_H
#define TABEL_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

/* Count one case; on failure print FILE:LINE and the message. */
#define CHECK(cond, ...) do { \
	if (cond) { \
		check_passed++; \
	} else { \
		check_failed++; \
		printf("FAIL %s:%d: ", __FILE__, __LINE__); \
		printf(__VA_ARGS__); \
		putchar('\n'); \
	} \
} while (0)

/* Compare strings, printing what came in and what was wanted. */
#define CHECK_STR(input, got, want) CHECK(strcmp((got), (want)) == 0, \
	"'%s' -> '%s', want '%s'", (input), (got), (want))

#define CHECK_INT(input, got, want) CHECK((long)(got) == (long)(want), \
	"'%s' -> %ld, want %ld", (input), (long)(got), (long)(want))

static int
check_done(void)
{
	printf("%d passed, %d failed\n", check_passed, check_failed);
	return check_failed != 0;
}

#endif
