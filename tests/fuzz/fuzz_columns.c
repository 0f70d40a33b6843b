/* fuzz_columns: the column-aligned reader (common/scan/scan, spacing,
 * blocks, aligned, colhead, colbuild, carry) on any text, forced to
 * columns and left to choose. Every table found has sane line numbers
 * (within the input), value columns and cells (fuzz_detect runs the CSV
 * writers on tables). */
#include "common/scan/scan.h"
#include "common/sys/csvio.h"
#include "common/sys/lines.h"
#include "common/table/table.h"

#define FUZZ_NAME "columns"
#include "tests/fuzz/fuzz.h"

static long last_seen;	/* the last line of any table emitted */

static void
emit(struct table *t, void *ctx)
{
	size_t i;

	(void)ctx;
	FUZZ_ASSERT(t->first_line >= 1 && t->first_line <= t->last_line,
	    "lines %ld-%ld", t->first_line, t->last_line);
	if (t->last_line > last_seen)
		last_seen = t->last_line;
	FUZZ_ASSERT(t->ncols >= 1 && t->ncols < CSVIO_MAX_FIELDS,
	    "%zu columns", t->ncols);
	/* (The flow reader may place a row after its table's last line.) */
	for (i = 0; i < t->nrows; i++) {
		FUZZ_ASSERT(t->rows[i].label != NULL && t->rows[i].line >= 1,
		    "row %zu at line %ld", i, t->rows[i].line);
		if (t->rows[i].line > last_seen)
			last_seen = t->rows[i].line;
	}
	for (i = 0; i < t->nrows * t->ncols; i++) {
		FUZZ_ASSERT(t->cells[i].raw != NULL && t->cells[i].line >= 0,
		    "cell %zu", i);
		if (t->cells[i].line > last_seen)
			last_seen = t->cells[i].line;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(0, data, size);
	enum scan_mode modes[] = { SCAN_COLUMNS, SCAN_AUTO };
	struct lines l;
	size_t i;

	/* The input may be gzip: the lines read are known only after. */
	for (i = 0; i < 2; i++) {
		last_seen = 0;
		(void)scan_file(path, modes[i], emit, NULL, &l);
		FUZZ_ASSERT(last_seen <= l.lineno, "a table reaches line %ld "
		    "of %ld", last_seen, l.lineno);
	}
	return 0;
}
