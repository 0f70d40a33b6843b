/* test_sheetcsv: both dialects, the formula guard and the decimal
 * comma. */
#include <stdio.h>
#include <string.h>

#include "common/table/sheetcsv.h"
#include "tests/unit/check.h"

/* Write one row of TEXT cells and one NUMBER in either dialect. */
static void
row(bool excel, char *buf, size_t n)
{
	static const char *const cells[] = { "=SUM(A1)", "-15,5", "@home",
	    "+31 2 123", "- tekst", "a;b", "a,b", "Totaal", "", "\t=1+2",
	    "\r@x", "\t-5", "\ttab" };
	struct sheetcsv o;
	FILE *fp = fmemopen(buf, n, "w");
	size_t i;

	sheetcsv_init(&o, fp, excel);
	for (i = 0; i < sizeof cells / sizeof cells[0]; i++)
		sheetcsv_text(&o, cells[i], strlen(cells[i]));
	sheetcsv_number(&o, "-1234.5");
	sheetcsv_number(&o, "7");
	sheetcsv_end(&o);
	fclose(fp);
	sheetcsv_free(&o);
}

int
main(void)
{
	char buf[256];

	row(false, buf, sizeof buf);
	CHECK_STR("pipeline", buf, "=SUM(A1),\"-15,5\",@home,+31 2 123,"
	    "- tekst,a;b,\"a,b\",Totaal,,\t=1+2,\"\r@x\",\t-5,\ttab,"
	    "-1234.5,7\n");
	row(true, buf, sizeof buf);
	CHECK_STR("spreadsheet", buf, "\xEF\xBB\xBF'=SUM(A1);-15,5;'@home;"
	    "'+31 2 123;'- tekst;\"a;b\";a,b;Totaal;;'\t=1+2;\"'\r@x\";"
	    "'\t-5;\ttab;-1234,5;7\r\n");
	return check_done();
}
