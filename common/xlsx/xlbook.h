/* xlbook: the workbook tabel-xlsx writes through libxlsxwriter: atomic
 * output (a temporary file beside the target, or copied to standard
 * output), fixed document times so the same input gives the same bytes,
 * constant-memory mode, the cell formats, the finishing of a table sheet
 * and the "Index" sheet. Failures are returned as libxlsxwriter's
 * lxw_error (see lxw_strerror) or outfile's status; nothing is printed. */
#ifndef TABEL_XLBOOK_H
#define TABEL_XLBOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "common/sys/outfile.h"
#include "common/xlsx/sheetname.h"
#include "common/table/tabindex.h"

#define XLBOOK_MAX_ROW (LXW_ROW_MAX - 1)	/* the last row, from 0 */
#define XLBOOK_MAX_DECIMALS 15
#define XLBOOK_MAX_WIDTH 60		/* characters; longer text overflows */
#define XLBOOK_EPOCH 946684800		/* 2000-01-01: the fixed times */

/* How a number is shown. */
enum xlbook_style {
	XLBOOK_PLAIN,		/* 1.234,50 */
	XLBOOK_PERCENT,		/* 12,5% */
	XLBOOK_EURO,		/* 1.234,50 € */
	XLBOOK_NSTYLES
};

/* A table listed on the Index sheet. */
struct xlbook_listed {
	char name[SHEETNAME_SIZE];
	const struct tabindex_entry *entry;	/* NULL: not in the index */
};

struct xlbook {
	lxw_workbook *wb;
	struct outfile out;	/* the target */
	struct outfile scratch;	/* where libxlsxwriter writes when the
				 * target is written in place (standard
				 * output, a device): copied there */
	char *scratch_name;	/* owned */
	struct sheetname_set names;
	lxw_format *number[2][XLBOOK_NSTYLES][XLBOOK_MAX_DECIMALS + 1];
	lxw_format *bold, *header, *caption;
	lxw_worksheet *index;	/* NULL without an index */
	struct xlbook_listed *listed;
	size_t nlisted, listed_cap;
};

/* Start the workbook for PATH (NULL or "-": standard output); with
 * WITH_INDEX its first sheet is "Index". */
enum outfile_status xlbook_open(struct xlbook *b, const char *path,
    bool with_index);
/* A new sheet named NAME (valid and unique: see sheetname); NULL when
 * libxlsxwriter refuses it. */
lxw_worksheet *xlbook_sheet(struct xlbook *b, const char *name);
/* Write the LEN bytes of text at S (NUL-terminated or not) at ROW, COL. */
lxw_error xlbook_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *s, size_t len, lxw_format *format);
/* Write ENTRY's caption, unit and source lines at the top of WS and set
 * *HEADER_ROW to the row where the table starts (0 without ENTRY). */
lxw_error xlbook_caption(struct xlbook *b, lxw_worksheet *ws,
    const struct tabindex_entry *entry, lxw_row_t *header_row);
/* The format of a number in STYLE with DECIMALS shown, bold or not. */
lxw_format *xlbook_number_format(struct xlbook *b, bool bold,
    enum xlbook_style style, int decimals);
/* Freeze the header row and label column, filter and size the columns
 * of a table whose header is at HEADER_ROW and last row at LAST_ROW. */
lxw_error xlbook_finish_sheet(struct xlbook *b, lxw_worksheet *ws,
    lxw_row_t header_row, lxw_row_t last_row, size_t ncols,
    const size_t *width);
/* List sheet NAME on the Index sheet, with ENTRY's description. */
void xlbook_list(struct xlbook *b, const char *name,
    const struct tabindex_entry *entry);
/* Write the Index sheet and the workbook; LXW_NO_ERROR or why not. The
 * output stays temporary until xlbook_commit. */
lxw_error xlbook_close(struct xlbook *b);
/* Move the written workbook into place (or copy it to standard output). */
enum outfile_status xlbook_commit(struct xlbook *b);
/* Remove every trace of the output. */
void xlbook_discard(struct xlbook *b);

#endif
