/* csvcount: the baseline of tests/bench-norm.sh: parse a CSV with libcsv
 * alone (the parser under tabel-norm) and count its rows and fields. */
#include <csv.h>
#include <stdio.h>

static size_t rows, fields;

static void
on_field(void *data, size_t len, void *ctx)
{
	(void)data;
	(void)len;
	(void)ctx;
	fields++;
}

static void
on_row(int term, void *ctx)
{
	(void)term;
	(void)ctx;
	rows++;
}

int
main(int argc, char *argv[])
{
	static char buf[1 << 16];
	struct csv_parser p;
	size_t n;
	FILE *fp = argc > 1 ? fopen(argv[1], "rb") : stdin;

	if (fp == NULL || csv_init(&p, CSV_APPEND_NULL) != 0)
		return 2;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_row, NULL) != n)
			return 1;
	csv_fini(&p, on_field, on_row, NULL);
	csv_free(&p);
	printf("%zu rows, %zu fields\n", rows, fields);
	return 0;
}
