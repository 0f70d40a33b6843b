/* tableread: the one reader of table CSV, for the programs that take
 * tables (tabel-check, tabel-norm). A table file is wide (a header row,
 * then one row per table row) or long (DESIGN.md §3: one row per cell,
 * recognised by the names of its columns). The reader opens the file,
 * keeps its header, finds the long form's columns by name, and hands out
 * the rows after it made UTF-8 (common/text/textfix), each with the line
 * where its record starts.
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
	struct rowcopy header;	/* the first record (made UTF-8) */
	bool is_long;		/* the header names the long form's table,
				 * row, col, row_label and raw columns */
	bool in_order;		/* long, with the columns where longform.h
				 * puts them (more may follow) */
	long col[LONGFORM_COLS];	/* long: the field of each column by
				 * name, -1 when absent */
	int flags;
	struct csvio_row row;	/* the row handed out, line: its start */
};

/* Open PATH (NULL or "-": stdin) and read its header into T. CSVIO_OK;
 * CSVIO_EOF for an empty file; any other status ends the file and is for
 * csvio_warn(T->csv, status). Close T with tableread_close in every
 * case. */
enum csvio_status tableread_open(struct tableread *t, const char *path,
    int flags);
/* The next row after the header, made UTF-8, valid until the next call;
 * its line is the line where its record starts. Statuses as csvio_next. */
enum csvio_status tableread_next(struct tableread *t,
    const struct csvio_row **row);
/* Report the file's UTF-8 count (textfix_end) and free what T holds. */
void tableread_close(struct tableread *t);

#endif
