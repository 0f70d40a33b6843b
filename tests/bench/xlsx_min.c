/* xlsx_min: the least a libxlsxwriter program does to write the cells of
 * a simple CSV (no quotes; canonical numbers): the yardstick tabel-xlsx is
 * measured against in tests/bench-xlsx.sh. With "formats" it also gives
 * each number the format tabel-xlsx gives it (grouping, the decimals
 * written) and the header bold, so the two write the same cells.
 * Usage: xlsx_min OUT.xlsx CSV [formats] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static lxw_format *
number_format(lxw_workbook *wb, const char *field)
{
	static lxw_format *cache[16];
	const char *point = strchr(field, '.');
	size_t decimals = point != NULL ? strlen(point + 1) : 0;
	char code[32];

	if (decimals > 15)
		decimals = 15;
	if (cache[decimals] == NULL) {
		snprintf(code, sizeof code, "#,##0%s%.*s", decimals ? "." : "",
		    (int)decimals, "000000000000000");
		cache[decimals] = workbook_add_format(wb);
		format_set_num_format(cache[decimals], code);
	}
	return cache[decimals];
}

int
main(int argc, char *argv[])
{
	lxw_workbook_options options = { .constant_memory = LXW_TRUE };
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold;
	char line[4096], *field, *end;
	lxw_row_t row = 0;
	lxw_col_t col;
	double d;
	FILE *in;
	int formats = argc == 4 && strcmp(argv[3], "formats") == 0;

	if (argc < 3 || (in = fopen(argv[2], "r")) == NULL ||
	    (wb = workbook_new_opt(argv[1], &options)) == NULL)
		return 2;
	ws = workbook_add_worksheet(wb, NULL);
	bold = workbook_add_format(wb);
	format_set_bold(bold);
	while (fgets(line, sizeof line, in) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		col = 0;
		for (field = strtok(line, ","); field != NULL;
		    field = strtok(NULL, ","), col++) {
			d = strtod(field, &end);
			if (row > 0 && *end == '\0' && end != field)
				worksheet_write_number(ws, row, col, d,
				    formats ? number_format(wb, field) : NULL);
			else
				worksheet_write_string(ws, row, col, field,
				    formats && row == 0 ? bold : NULL);
		}
		row++;
	}
	return workbook_close(wb) == LXW_NO_ERROR ? 0 : 2;
}
