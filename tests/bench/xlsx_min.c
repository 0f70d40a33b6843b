/* xlsx_min: the least a libxlsxwriter program does to write the cells of
 * a simple CSV (no quotes; canonical numbers): the yardstick tabel-xlsx is
 * measured against in tests/bench-xlsx.sh. Usage: xlsx_min OUT.xlsx < CSV */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

int
main(int argc, char *argv[])
{
	lxw_workbook_options options = { .constant_memory = LXW_TRUE };
	lxw_workbook *wb;
	lxw_worksheet *ws;
	char line[4096], *field, *end;
	lxw_row_t row = 0;
	lxw_col_t col;
	double d;

	if (argc != 2 || (wb = workbook_new_opt(argv[1], &options)) == NULL)
		return 2;
	ws = workbook_add_worksheet(wb, NULL);
	while (fgets(line, sizeof line, stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		col = 0;
		for (field = strtok(line, ","); field != NULL;
		    field = strtok(NULL, ","), col++) {
			d = strtod(field, &end);
			if (row > 0 && *end == '\0' && end != field)
				worksheet_write_number(ws, row, col, d, NULL);
			else
				worksheet_write_string(ws, row, col, field,
				    NULL);
		}
		row++;
	}
	return workbook_close(wb) == LXW_NO_ERROR ? 0 : 2;
}
