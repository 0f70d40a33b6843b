/* fuzz_detect: the table detector and builders (common/flow/detect, block,
 * build, layout, numeric, texttable, table) on any text. Every table found has sane line
 * numbers, at most CSVIO_MAX_FIELDS - 1 value columns, and its wide CSV
 * reads back with one record per row plus the header, each exactly as
 * wide as the header (DESIGN.md §3); the long and index writers run too. */
#include "common/sys/csvio.h"
#include "common/flow/detect.h"
#include "common/table/tablecsv.h"

#define FUZZ_NAME "detect"
#include "tests/fuzz/fuzz.h"

static long last_fed;

/* Read the wide CSV of T back and check its shape. */
static void
check_wide(const struct table *t, const char *csv, size_t len)
{
	struct csvio_reader *r;
	const struct csvio_row *row;
	size_t records = 0;
	int st;

	if (csvio_open(&r, fuzz_file(1, csv, len)) != CSVIO_OK) {
		csvio_close(r);
		FUZZ_ASSERT(0, "cannot reread the wide CSV");
		return;
	}
	while ((st = csvio_next(r, &row)) == CSVIO_OK) {
		FUZZ_ASSERT(row->n == t->ncols + 1, "record %zu: %zu fields, "
		    "header has %zu", records + 1, row->n, t->ncols + 1);
		records++;
	}
	/* The fuzzing build's limits are tiny: a long row may pass them. */
	if (st == CSVIO_EOF)
		FUZZ_ASSERT(records == t->nrows + 1, "%zu records for %zu rows",
		    records, t->nrows);
	else
		FUZZ_ASSERT(st == CSVIO_EINPUT || st == CSVIO_ETOOBIG ||
		    st == CSVIO_ETOOWIDE, "rereading: %s",
		    csvio_strerror(r, st));
	csvio_close(r);
}

static void
emit(struct table *t, void *ctx)
{
	struct csvio_writer w;
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	(void)ctx;
	FUZZ_ASSERT(t->first_line >= 1 && t->first_line <= t->last_line &&
	    t->last_line <= last_fed, "lines %ld-%ld of %ld", t->first_line,
	    t->last_line, last_fed);
	FUZZ_ASSERT(t->ncols < CSVIO_MAX_FIELDS, "%zu columns", t->ncols);
	for (size_t i = 0; i < t->nrows; i++)
		FUZZ_ASSERT(t->rows[i].label != NULL && t->rows[i].line <=
		    last_fed, "row %zu", i);
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		FUZZ_ASSERT(t->cells[i].raw != NULL && t->cells[i].line >= 0 &&
		    t->cells[i].line <= last_fed, "cell %zu", i);
	fp = open_memstream(&out, &len);
	csvio_writer_init(&w, fp);
	tablecsv_wide(t, &w);
	fflush(fp);
	check_wide(t, out, len);
	tablecsv_long_header(&w);
	tablecsv_long(t, &w);
	tablecsv_index(t, &w, true);
	csvio_writer_free(&w);
	fclose(fp);
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size, *nl;
	struct detect *d = detect_open("fuzz.txt", emit, NULL);

	last_fed = 0;
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		detect_line(d, s, (nl != NULL ? nl : end) - s, ++last_fed);
		s = nl != NULL ? nl + 1 : end;
	}
	detect_finish(d);
	detect_close(d);
	return 0;
}
