/* sheetcsv: the pipeline and the spreadsheet dialect of CSV output (see
 * sheetcsv.h). */
#include <stdlib.h>
#include <string.h>

#include "common/num/formula.h"
#include "common/num/num.h"
#include "common/table/sheetcsv.h"
#include "common/sys/xalloc.h"

void
sheetcsv_init(struct sheetcsv *o, FILE *fp, bool excel)
{
	memset(o, 0, sizeof *o);
	csvio_writer_init(&o->w, fp);
	o->excel = excel;
	if (excel) {
		o->w.sep = ';';
		fputs("\xEF\xBB\xBF", fp);
	}
}

void
sheetcsv_text(struct sheetcsv *o, const char *s, size_t len)
{
	if (!o->excel || !formula_like(s, len)) {
		csvio_put(&o->w, s, len);
		return;
	}
	xgrow(&o->guarded, &o->cap, len + 1, 1);
	o->guarded[0] = '\'';
	memcpy(o->guarded + 1, s, len);
	csvio_put(&o->w, o->guarded, len + 1);
}

void
sheetcsv_number(struct sheetcsv *o, const char *value)
{
	const char *point;
	size_t len = strlen(value);
	char comma[NUM_MAX];

	if (!o->excel || (point = strchr(value, '.')) == NULL ||
	    len >= sizeof comma) {
		csvio_put(&o->w, value, len);
		return;
	}
	memcpy(comma, value, len + 1);
	comma[point - value] = ',';
	csvio_put(&o->w, comma, len);
}

void
sheetcsv_end(struct sheetcsv *o)
{
	if (o->excel)
		csvio_append(&o->w, "\r", 1);
	csvio_end(&o->w);
}

void
sheetcsv_free(struct sheetcsv *o)
{
	free(o->guarded);
	o->guarded = NULL;
	o->cap = 0;
	csvio_writer_free(&o->w);
}
