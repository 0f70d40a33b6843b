/* fuzz_lines: the line reader (common/sys/lines, common/sys/input) against a
 * plain split of the same bytes: every line comes back once, in order,
 * without its "\n", "\r\n" or lone "\r"; a line over LINES_MAX is
 * reported with its own number and skipped; the reader always reaches its end. Gzip input
 * (magic 1f 8b) is only run, not compared. */
#include "common/sys/lines.h"

#define FUZZ_NAME "lines"
#include "tests/fuzz/fuzz.h"

/* Bounds the work on a gzip bomb; far more calls than any plain input
 * the fuzzer makes. */
#define MAX_CALLS 200000

/* The next expected line of DATA from *POS: its bytes and whether it is
 * too long; false at the end. */
static int
next_piece(const uint8_t *data, size_t size, size_t *pos, size_t *start,
    size_t *len, int *cr)
{
	size_t i;

	if (*pos >= size)
		return 0;
	for (i = *pos; i < size && data[i] != '\n' && data[i] != '\r'; i++)
		continue;
	*start = *pos;
	*cr = i + 1 < size && data[i] == '\r' && data[i + 1] == '\n';
	*len = i - *pos;
	*pos = i + (i < size) + *cr;
	return 1;
}

static void
compare(const char *path, const uint8_t *data, size_t size)
{
	struct lines l;
	const char *line;
	size_t len, pos = 0, start, want;
	int st, cr;
	long lineno = 0;

	FUZZ_ASSERT(lines_open(&l, path) == LINES_OK, "open %s", path);
	while (next_piece(data, size, &pos, &start, &want, &cr)) {
		lineno++;
		st = lines_next(&l, &line, &len);
		FUZZ_ASSERT(l.lineno == lineno, "line %ld reported as %ld",
		    lineno, l.lineno);
		if (want > LINES_MAX) {
			FUZZ_ASSERT(st == LINES_ETOOLONG, "line %ld of %zu "
			    "bytes: status %d", lineno, want, st);
			continue;
		}
		FUZZ_ASSERT(st == LINES_OK, "line %ld: status %d", lineno, st);
		if (st != LINES_OK)
			break;
		FUZZ_ASSERT(len == want && l.had_cr == cr &&
		    memcmp(line, data + start, len) == 0,
		    "line %ld: %zu bytes, want %zu", lineno, len, want);
	}
	FUZZ_ASSERT(lines_next(&l, &line, &len) == LINES_EOF,
	    "no EOF after %ld lines", lineno);
	FUZZ_ASSERT(lines_next(&l, &line, &len) == LINES_EOF,
	    "EOF does not stay");
	lines_close(&l);
}

/* Gzip: read to the end; errors must end the file, not repeat. */
static void
run_gzip(const char *path)
{
	struct lines l;
	const char *line;
	size_t len;
	int st = LINES_OK, calls = 0;

	if (lines_open(&l, path) != LINES_OK) {
		lines_close(&l);
		return;
	}
	while (st != LINES_EOF && calls++ < MAX_CALLS) {
		st = lines_next(&l, &line, &len);
		FUZZ_ASSERT(st != LINES_OK || len <= LINES_MAX, "long line");
	}
	lines_close(&l);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(0, data, size);

	if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
		run_gzip(path);
	else
		compare(path, data, size);
	return 0;
}
