/* sheetcsv: CSV output in one of two dialects. The pipeline dialect is
 * DESIGN.md §3's RFC 4180 (",", "\n", no BOM). The spreadsheet dialect is
 * what Excel opens directly under a Dutch or Belgian locale: ";" between
 * fields, a decimal comma in numbers, a UTF-8 byte order mark, CRLF, and
 * text that a spreadsheet would run as a formula (common/num/formula:
 * "=", "+", "-" or "@" first, after any tabs or carriage returns, and no
 * number) guarded with a leading "'". */
#ifndef TABEL_SHEETCSV_H
#define TABEL_SHEETCSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "common/sys/csvio.h"

struct sheetcsv {
	struct csvio_writer w;
	bool excel;		/* the spreadsheet dialect */
	char *guarded;		/* reused buffer for a guarded cell */
	size_t cap;
};

/* Start writing to FP in the spreadsheet dialect when EXCEL (the BOM is
 * written at once), else in the pipeline dialect. */
void sheetcsv_init(struct sheetcsv *o, FILE *fp, bool excel);
/* A text cell of LEN bytes, guarded in the spreadsheet dialect. */
void sheetcsv_text(struct sheetcsv *o, const char *s, size_t len);
/* A canonical decimal (common/num/num.h); its point becomes a comma in the
 * spreadsheet dialect. */
void sheetcsv_number(struct sheetcsv *o, const char *value);
/* End the row. */
void sheetcsv_end(struct sheetcsv *o);
void sheetcsv_free(struct sheetcsv *o);

#endif
