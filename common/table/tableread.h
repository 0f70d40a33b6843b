/* tableread: the one reader of table CSV, for the programs that take
 * tables (tabel-check, tabel-norm). A table file is wide (a header row,
 * then one row per table row) or long (DESIGN.md §3: one row per cell,
 * recognised by the names of its columns). The reader opens the file,
 * keeps its header, and hands out the rows after it made UTF-8
 * (common/text/textfix), each with the line where its record starts.
 *
 * Long input is read by column name, wherever its columns stand: the
 * header and each row are handed out in the long form's order
 * (longform.h: field LONGFORM_RAW is the raw cell), a column the file
 * lacks empty, and the file's other columns after them in their order.
 * A record of another width than the header is reported (`long row has
 * 7 fields, header has 9`); one without a field for the table, row,
 * col, row_label or raw column is marked short (no cell can be placed
 * by it).
 *
 *	if ((st = tableread_open(&t, path, 0)) == CSVIO_OK)
 *		while ((st = tableread_next(&t, &row)) == CSVIO_OK)
 *			...;
 *	if (st != CSVIO_EOF)
 *		csvio_warn(t.csv, st);
 *	tableread_close(&t);
 */
#ifndef TABEL_TABLEREAD_H
#define TABEL_TABLEREAD_H

#include <stdbool.h>

#include "common/sys/csvio.h"
#include "common/sys/rowcopy.h"
#include "common/table/longform.h"
#include "common/text/textfix.h"

/* tableread_open's flags. */
enum {
	TABLEREAD_SKIP_BLANK = 1	/* drop blank records, also before the
					 * header (tabel-norm passes them) */
};

struct tableread {
	const char *name;	/* the file as given, "(stdin)" for "-" */
	struct csvio_reader *csv;
	struct textfix fix;	/* fields made UTF-8, reported per file */
	struct rowcopy header;	/* the first record (made UTF-8); long:
				 * in the long form's order */
	bool is_long;		/* the header names the long form's table,
				 * row, col, row_label and raw columns */
	bool short_row;		/* long: the row handed out lacks a field
				 * of a column the long form needs */
	long col[LONGFORM_COLS];	/* long: the field of each column in
				 * the file, -1 when absent */
	size_t *extra, nextra;	/* long: the file's other fields */
	size_t width;		/* long: the file's header's fields */
	int flags;
	struct csvio_row row;	/* the row handed out, line: its start */
	char **fields;		/* long: the row in the long form's order */
	size_t *lens;
};

/* Open PATH (NULL or "-": stdin) and read its header into T. CSVIO_OK;
 * CSVIO_EOF for an empty file; any other status ends the file and is for
 * csvio_warn(T->csv, status). Close T with tableread_close in every
 * case. */
enum csvio_status tableread_open(struct tableread *t, const char *path,
    int flags);
/* The next row after the header, made UTF-8 (long input: in the long
 * form's order, T->short_row set), valid until the next call; its line is
 * the line where its record starts. Statuses as csvio_next. */
enum csvio_status tableread_next(struct tableread *t,
    const struct csvio_row **row);
/* Report the file's UTF-8 count (textfix_end) and free what T holds. */
void tableread_close(struct tableread *t);

#endif
