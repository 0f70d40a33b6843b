/* xlbook: the workbook tabel-xlsx writes through libxlsxwriter: atomic
 * output (a temporary file beside the target, or copied to standard
 * output), fixed document times so the same input gives the same bytes,
 * constant-memory mode, the cell formats, the lines above a table, the
 * finishing and print setup of a table sheet. Failures are returned as libxlsxwriter's
 * lxw_error (see xlbook_strerror) or outfile's status; what libxlsxwriter
 * prints itself is caught and said as ours (err_catch_start) while the
 * workbook is open. */
#ifndef TABEL_XLBOOK_H
#define TABEL_XLBOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "common/num/num.h"
#include "common/sys/outfile.h"
#include "common/xlsx/sheetname.h"
#include "common/table/tabindex.h"
#include "common/xlsx/xllabel.h"

#define XLBOOK_MAX_ROW (LXW_ROW_MAX - 1)	/* the last row, from 0 */
#define XLBOOK_MAX_DECIMALS 15
#define XLBOOK_MAX_WIDTH 60		/* characters; longer text overflows */
#define XLBOOK_EPOCH 946684800		/* 2000-01-01: the fixed times */

/* The currencies a number format names by their own symbol. */
enum xlbook_currency {
	XLBOOK_NO_CURRENCY,	/* a scale alone: 1.234,50 mln */
	XLBOOK_EUR, XLBOOK_USD, XLBOOK_GBP, XLBOOK_CHF, XLBOOK_JPY,
	XLBOOK_NCURRENCIES
};

/* How a number is shown: plain, a percentage, or a value in the unit of
 * its cell, column or table, its scale (10^0, 10^3, 10^6, 10^9) and
 * currency after it ("(in miljoen euro)": 111,75 mln €; "in miljoen USD":
 * 1,5 mln $); XLBOOK_UNIT_STYLE(cur, scale) names the others. */
#define XLBOOK_UNIT_STYLE(cur, scale) (2 + (cur) * 4 + (scale))
enum xlbook_style {
	XLBOOK_PLAIN,		/* 1.234,50 */
	XLBOOK_PERCENT,		/* 12,5% */
	XLBOOK_EURO = XLBOOK_UNIT_STYLE(XLBOOK_EUR, 0),	/* 1.234,50 € */
	XLBOOK_NSTYLES = XLBOOK_UNIT_STYLE(XLBOOK_NCURRENCIES, 0)
};

/* The style of a value in the unit UNIT ("miljoen euro", "MEUR", "euro",
 * "in duizend USD"; read through common/num), XLBOOK_PLAIN when it names
 * none or a word the unit table lacks; the characters its suffix adds
 * into *WIDTH. */
enum xlbook_style xlbook_unit_style(const char *unit, size_t *width);
/* The same for a unit already read (num_unit_read, num_unit_under). */
enum xlbook_style xlbook_unit_style_of(const struct num_unit *u,
    size_t *width);
/* The style of an amount in the currency ISO ("EUR", "USD"; ISO 4217)
 * without a scale: XLBOOK_PLAIN for NULL or a currency without a symbol
 * here. */
enum xlbook_style xlbook_currency_style(const char *iso);

/* What a cell format adds (xlbook_format, xlbook_number_format). */
enum {
	XLBOOK_BOLD = 1,	/* totals */
	XLBOOK_HEADER = 2,	/* bold, a line under it */
	XLBOOK_WRAP = 4,	/* long labels wrap */
	XLBOOK_GUARD = 8,	/* quote prefix and text format: editing
				 * keeps it text */
	XLBOOK_MARK = 16,	/* a cell the totals check marks */
	XLBOOK_INTEGER = 32,	/* years, line numbers: no grouping */
	XLBOOK_NFLAGS = 64
};

/* A finished table sheet, for xlbook_finish_sheet. */
struct xlbook_sheet {
	lxw_worksheet *ws;
	const char *name, *caption, *document;	/* caption, document: or NULL */
	lxw_row_t header_first, header_row;	/* the header's rows */
	lxw_row_t last_row;
	size_t ncols;
	const size_t *width;	/* per column, characters */
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
	char *tmp_dir;		/* TMPDIR or /tmp, owned */
	const char *shown;	/* the target's name in messages */
	const char *lxw_name;	/* the file libxlsxwriter writes */
	char blame[300];	/* what a failure of xlbook_open or
				 * xlbook_commit is about */
	struct sheetname_set names;
	enum xllabel_lang lang;
	lxw_format *number[XLBOOK_NFLAGS][XLBOOK_NSTYLES]
	    [XLBOOK_MAX_DECIMALS + 1];
	lxw_format *text[XLBOOK_NFLAGS];
	size_t quoted[XLBOOK_NFLAGS];	/* the cell formats (xf) of guarded
					 * text, for its quote prefix */
	size_t nquoted;
	lxw_format *bold, *header, *caption, *link;
	lxw_worksheet *index;	/* NULL without an index */
	size_t nsheets;		/* sheets added by xlbook_sheet */
	struct xlbook_listed *listed;
	size_t nlisted, listed_cap;
};

/* libxlsxwriter's words for E into OUT[N] in the shape of our messages:
 * lower case, no final period. */
void xlbook_strerror(lxw_error e, char *out, size_t n);
/* Start the workbook for PATH (NULL or "-": standard output) with its
 * labels in LANG; with WITH_INDEX its first sheet is the Index. */
enum outfile_status xlbook_open(struct xlbook *b, const char *path,
    bool with_index, enum xllabel_lang lang);
/* A new sheet named NAME (valid and unique: see sheetname); NULL when
 * libxlsxwriter refuses it. */
lxw_worksheet *xlbook_sheet(struct xlbook *b, const char *name);
/* Write the LEN bytes of text at S (NUL-terminated or not) at ROW, COL. */
lxw_error xlbook_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *s, size_t len, lxw_format *format);
/* With an Index sheet: write ENTRY's caption, unit and source lines at
 * the top of WS (without ENTRY: the file PATH as the source) and a link
 * back to the Index, and set *HEADER_ROW to the row where the table
 * starts; without an Index sheet the table starts at row 0. */
lxw_error xlbook_caption(struct xlbook *b, lxw_worksheet *ws,
    const struct tabindex_entry *entry, const char *path,
    lxw_row_t *header_row);
/* The link at ROW, column A of WS back to the Index sheet. */
lxw_error xlbook_back_link(struct xlbook *b, lxw_worksheet *ws,
    lxw_row_t row);
/* The text format with FLAGS (XLBOOK_BOLD, ...); NULL for none. */
lxw_format *xlbook_format(struct xlbook *b, unsigned flags);
/* The format of a number in STYLE with DECIMALS shown, with FLAGS. */
lxw_format *xlbook_number_format(struct xlbook *b, unsigned flags,
    enum xlbook_style style, int decimals);
/* Freeze the header rows and label column, filter and size the columns,
 * and set up printing: portrait or landscape by width, one page wide,
 * the header rows and label column on every page, the caption, the
 * document and the page number in the page header and footer. */
lxw_error xlbook_finish_sheet(struct xlbook *b, const struct xlbook_sheet *s);
/* List sheet NAME on the Index sheet, with ENTRY's description. */
void xlbook_list(struct xlbook *b, const char *name,
    const struct tabindex_entry *entry);
/* Write the workbook, with the document properties of the tables from
 * SOURCES (a text for the title, or NULL); LXW_NO_ERROR or why not. The
 * Index sheet is written before (xlindex_sheet); the output stays
 * temporary until xlbook_commit. */
lxw_error xlbook_close(struct xlbook *b, const char *sources);
/* Move the written workbook into place (or copy it to standard output),
 * with the quote prefix of its guarded text set (xlbook_quote). */
enum outfile_status xlbook_commit(struct xlbook *b);
/* Remove every trace of the output. */
void xlbook_discard(struct xlbook *b);

#endif
