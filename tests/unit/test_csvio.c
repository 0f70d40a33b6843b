/* test_csvio: the CSV reader against csv-spectrum's vectors and our own
 * edge cases; the writer's quoting. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/sys/csvio.h"
#include "common/sys/xalloc.h"
#include "tests/unit/check.h"

#define SPECTRUM "fixtures/peers/csv-spectrum"

/* Read a JSON string at *P (after the quote) into OUT; return its end. */
static const char *
json_string(const char *p, char *out, size_t *len)
{
	size_t n = 0;

	for (; *p != '"'; p++) {
		if (*p == '\\') {
			p++;
			switch (*p) {
			case 'n': out[n++] = '\n'; continue;
			case 'r': out[n++] = '\r'; continue;
			case 't': out[n++] = '\t'; continue;
			default: out[n++] = *p; continue;
			}
		}
		out[n++] = *p;
	}
	*len = n;
	return p + 1;
}

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf = xmalloc(1 << 16);
	size_t n = fp != NULL ? fread(buf, 1, (1 << 16) - 1, fp) : 0;

	buf[n] = '\0';
	if (fp != NULL)
		fclose(fp);
	return buf;
}

/* Compare the reader's records of one spectrum case with its JSON rows. */
static void
spectrum_case(const char *name)
{
	char path[512], field[4096];
	struct csvio_reader *r;
	const struct csvio_row *row;
	char *json, *base;
	const char *p;
	size_t len, col = 0;
	int depth = 0, st = CSVIO_OK;

	snprintf(path, sizeof path, SPECTRUM "/rows/%s", name);
	json = slurp(path);
	snprintf(path, sizeof path, SPECTRUM "/csvs/%.*s.csv",
	    (int)(strlen(name) - 5), name);
	base = path;
	CHECK(csvio_open(&r, base) == CSVIO_OK, "%s: cannot open", base);
	for (p = json; *p != '\0'; p++) {
		if (*p == '[' && ++depth == 2) {
			st = csvio_next(r, &row);
			CHECK(st == CSVIO_OK, "%s: record missing", base);
			col = 0;
		} else if (*p == ']' && depth-- == 2 && st == CSVIO_OK) {
			CHECK(col == row->n, "%s:%ld: %zu fields, want %zu",
			    base, row->line, row->n, col);
		} else if (*p == '"' && st == CSVIO_OK) {
			p = json_string(p + 1, field, &len) - 1;
			CHECK(col < row->n && row->lens[col] == len &&
			    memcmp(row->fields[col], field, len) == 0,
			    "%s: field %zu '%.*s', want '%.*s'", base, col,
			    col < row->n ? (int)row->lens[col] : 0,
			    col < row->n ? row->fields[col] : "", (int)len, field);
			col++;
		}
	}
	CHECK(csvio_next(r, &row) == CSVIO_EOF, "%s: extra records", base);
	csvio_close(r);
	free(json);
}

static void
test_spectrum(void)
{
	DIR *d = opendir(SPECTRUM "/rows");
	struct dirent *e;
	int cases = 0;

	CHECK(d != NULL, "cannot open %s/rows", SPECTRUM);
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (strstr(e->d_name, ".json") == NULL)
			continue;
		spectrum_case(e->d_name);
		cases++;
	}
	if (d != NULL)
		closedir(d);
	CHECK(cases == 12, "csv-spectrum: %d cases, want 12", cases);
	printf("csv-spectrum: %d cases run\n", cases);
}

/* Read TEXT through a temporary file; return records as "a|b;c|d;". */
static char *
read_all(const char *text, size_t n, int *status)
{
	char path[] = "/tmp/tabel-test-XXXXXX", *out = xcalloc(1, 4096);
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "wb");
	struct csvio_reader *r;
	const struct csvio_row *row;
	size_t len = 0;

	fwrite(text, 1, n, fp);
	fclose(fp);
	csvio_open(&r, path);
	while ((*status = csvio_next(r, &row)) == CSVIO_OK) {
		len += sprintf(out + len, "%ld:", row->line);
		for (size_t i = 0; i < row->n; i++)
			len += sprintf(out + len, "%s%s", i ? "|" : "",
			    row->fields[i]);
		out[len++] = ';';
	}
	csvio_close(r);
	unlink(path);
	return out;
}

static void
test_edges(void)
{
	static const struct { const char *in, *want; int status; } cases[] = {
		{ "a, b ,c\n", "1:a| b |c;", CSVIO_EOF },
		{ "a\n\nb\n", "1:a;2:;3:b;", CSVIO_EOF },
		{ "\xEF\xBB\xBFx,y\n", "1:x|y;", CSVIO_EOF },
		{ "a,\"b\nc\"\nd\n", "2:a|b\nc;3:d;", CSVIO_EOF },
		{ "a,\"open\n", "", CSVIO_EQUOTE },
		{ "x,y", "1:x|y;", CSVIO_EOF },
		{ "", "", CSVIO_EOF },
		{ "1,2\r\n3\r\n", "1:1|2;2:3;", CSVIO_EOF },
	};
	int status;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = read_all(cases[i].in, strlen(cases[i].in), &status);

		CHECK_STR(cases[i].in, got, cases[i].want);
		CHECK_INT(cases[i].in, status, cases[i].status);
		free(got);
	}
}

/* Status, csvio_line() and the next call's status after reading TEXT. */
static void
read_status(const char *text, size_t n, int *status, long *line, int *after)
{
	char path[] = "/tmp/tabel-test-XXXXXX";
	FILE *fp = fdopen(mkstemp(path), "wb");
	struct csvio_reader *r;
	const struct csvio_row *row;

	fwrite(text, 1, n, fp);
	fclose(fp);
	csvio_open(&r, path);
	while ((*status = csvio_next(r, &row)) == CSVIO_OK)
		continue;
	*line = csvio_line(r);
	*after = csvio_next(r, &row);
	csvio_close(r);
	unlink(path);
}

/* The widest record, the line of an unclosed quote, records parsed
 * before an error, and EOF after any error (no endless loop). */
static void
test_limits(void)
{
	size_t wide = CSVIO_MAX_FIELDS;
	char *text = xmalloc(wide + 16), *got;
	int status, after;
	long line;

	memset(text, ',', wide);
	memcpy(text + wide, "\nnext\n", 7);
	read_status(text, wide + 6, &status, &line, &after);
	CHECK_INT("16385 fields", status, CSVIO_ETOOWIDE);
	CHECK_INT("16385 fields: line", line, 1);
	CHECK_INT("16385 fields: then", after, CSVIO_EOF);
	read_status(text + 1, wide + 5, &status, &line, &after);
	CHECK_INT("16384 fields", status, CSVIO_EOF);
	CHECK_INT("16384 fields: line", line, 2);
	memset(text, ',', wide + 3);
	memcpy(text, "a\rb", 3);
	memcpy(text + wide + 3, "\n", 1);
	got = read_all(text, wide + 4, &status);
	CHECK_STR("record before the wide one", got, "1:a;");
	CHECK_INT("record before the wide one", status, CSVIO_ETOOWIDE);
	free(got);
	read_status("a\nb,\"open\nmore\n\nlines\n", 22, &status, &line,
	    &after);
	CHECK_INT("unclosed quote", status, CSVIO_EQUOTE);
	CHECK_INT("unclosed quote: line where it began", line, 2);
	CHECK_INT("unclosed quote: then", after, CSVIO_EOF);
	free(text);
}

static void
test_writer(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "plain", "plain" }, { "a,b", "\"a,b\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" }, { "two\nlines", "\"two\nlines\"" },
		{ " spaced ", " spaced " }, { "", "" }, { "cr\r", "\"cr\r\"" },
	};
	char buf[256];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct csvio_writer w;

		csvio_writer_init(&w, NULL);	/* the field stays in w.row */
		csvio_puts(&w, cases[i].in);
		snprintf(buf, sizeof buf, "%.*s", (int)w.len, w.row);
		csvio_writer_free(&w);
		CHECK_STR(cases[i].in, buf, cases[i].want);
	}
}

static void
test_put_row(void)
{
	static const char *const row[] = { "table", "a,b", NULL, "kind" };
	char buf[64] = "";
	FILE *fp = fmemopen(buf, sizeof buf, "w");
	struct csvio_writer w;

	csvio_writer_init(&w, fp);
	csvio_put_row(&w, row, 4);
	csvio_put_row(&w, row, 1);
	csvio_writer_free(&w);
	fclose(fp);
	CHECK_STR("put_row", buf, "table,\"a,b\",,kind\ntable\n");
}

static void
test_messages(void)
{
	for (int s = 0; s < CSVIO_STATUS_COUNT; s++)
		CHECK(strcmp(csvio_strerror(NULL, s), "unknown csvio status"),
		    "csvio status %d has no message", s);
}

int
main(void)
{
	test_spectrum();
	test_put_row();
	test_edges();
	test_limits();
	test_writer();
	test_messages();
	return check_done();
}
