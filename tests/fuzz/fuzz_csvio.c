/* fuzz_csvio: the CSV reader (common/sys/csvio over lines and input) and
 * writer. Records keep their invariants (1..CSVIO_MAX_FIELDS fields, each
 * NUL-terminated, line numbers never going back), every status but OK is
 * followed by EOF, and what the writer makes of the records reads back as
 * the same records. */
#include "common/sys/csvio.h"
#include "common/sys/xalloc.h"

#define FUZZ_NAME "csvio"
#include "tests/fuzz/fuzz.h"

/* All records of PATH written through csvio_put, and the final status. */
static char *
read_and_write(const char *path, size_t *out_len, int *status,
    size_t *records)
{
	struct csvio_reader *r;
	const struct csvio_row *row;
	struct csvio_writer w;
	char *out = NULL;
	FILE *fp = open_memstream(&out, out_len);
	long last_line = 0;

	*records = 0;
	*status = csvio_open(&r, path);
	csvio_writer_init(&w, fp);
	while (*status == CSVIO_OK &&
	    (*status = csvio_next(r, &row)) == CSVIO_OK) {
		FUZZ_ASSERT(row->n >= 1 && row->n <= CSVIO_MAX_FIELDS,
		    "record of %zu fields", row->n);
		FUZZ_ASSERT(row->line >= last_line, "line %ld after %ld",
		    row->line, last_line);
		last_line = row->line;
		for (size_t i = 0; i < row->n; i++) {
			FUZZ_ASSERT(row->fields[i][row->lens[i]] == '\0',
			    "field %zu not terminated", i);
			csvio_put(&w, row->fields[i], row->lens[i]);
		}
		csvio_end(&w);
		(*records)++;
	}
	if (*status != CSVIO_EOF) {
		const struct csvio_row *again;

		FUZZ_ASSERT(csvio_next(r, &again) == CSVIO_EOF,
		    "status %d not followed by EOF", *status);
		FUZZ_ASSERT(strlen(csvio_strerror(r, *status)) > 0, "message");
	}
	csvio_close(r);
	csvio_writer_free(&w);
	fclose(fp);
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *first, *second;
	size_t len1, len2, n1, n2;
	int st1, st2;

	first = read_and_write(fuzz_file(0, data, size), &len1, &st1, &n1);
	/* Round trip: only for input read whole, not gzip, no BOM (dropped
	 * on reading, so a first field that starts with one cannot return). */
	if (st1 == CSVIO_EOF && !(size >= 2 && data[0] == 0x1f &&
	    data[1] == 0x8b) && !(len1 >= 3 && memcmp(first, "\xEF\xBB\xBF",
	    3) == 0)) {
		second = read_and_write(fuzz_file(1, first, len1), &len2, &st2,
		    &n2);
		/* Quoting can push a record past a limit; that is no bug. */
		if (st2 == CSVIO_EOF)
			FUZZ_ASSERT(n1 == n2 && len1 == len2 &&
			    memcmp(first, second, len1) == 0,
			    "round trip: %zu records, %zu bytes -> %zu, %zu",
			    n1, len1, n2, len2);
		free(second);
	}
	free(first);
	return 0;
}
