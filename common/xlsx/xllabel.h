/* xllabel: every word tabel-xlsx writes into a workbook itself (sheet
 * names, column headers, the lines above a table, print headers), in one
 * language per workbook: Dutch by default, English with --lang en. */
#ifndef TABEL_XLLABEL_H
#define TABEL_XLLABEL_H

#include <stdbool.h>

enum xllabel_lang {
	XLLABEL_NL,
	XLLABEL_EN,
	XLLABEL_NLANGS
};

enum xllabel_id {
	XLLABEL_INDEX,		/* the Index sheet's name */
	XLLABEL_CONTROLE,	/* the findings sheet's name */
	XLLABEL_EMPTY,		/* the sheet of a workbook without tables */
	XLLABEL_NO_TABLES,	/* its message */
	XLLABEL_UNIT,		/* "Eenheid: %s" */
	XLLABEL_NO_UNIT,	/* the unit line when the index has none */
	XLLABEL_SOURCE,		/* "Bron: %s, regels %s-%s" */
	XLLABEL_SOURCE_FILE,	/* "Bron: %s" */
	XLLABEL_BACK,		/* the link back to the Index */
	XLLABEL_PAGE,		/* "Pagina &P van &N" */
	XLLABEL_ROW_KIND,	/* the row-kind column's header */
	XLLABEL_KIND_DETAIL,
	XLLABEL_KIND_CATEGORY,
	XLLABEL_KIND_SUBTOTAL,
	XLLABEL_KIND_TOTAL,
	XLLABEL_COL_CAPTION,	/* the Index's columns */
	XLLABEL_COL_DOCUMENT,
	XLLABEL_COL_UNIT,
	XLLABEL_COL_ROWS,
	XLLABEL_COL_COLS,
	XLLABEL_COL_QUALITY,
	XLLABEL_COL_SHEET,
	XLLABEL_COL_LINES,
	XLLABEL_COL_TABLE,	/* the Controle's columns */
	XLLABEL_COL_ROW,
	XLLABEL_COL_COLUMN,
	XLLABEL_COL_STATED,
	XLLABEL_COL_COMPUTED,
	XLLABEL_COL_DIFFERENCE,
	XLLABEL_COL_KIND,
	XLLABEL_COL_LINE,	/* a finding's source line */
	XLLABEL_COL_CELL,
	XLLABEL_MISMATCH,
	XLLABEL_ROUNDING,
	XLLABEL_COMPUTED_NOTE,	/* the comment on a mismatching cell */
	XLLABEL_NOT_GIVEN,	/* Index: a table of the index not given */
	XLLABEL_NO_TABLE,	/* Index: a document without tables */
	XLLABEL_TITLE,		/* the document property "title" */
	XLLABEL_SUBJECT,
	XLLABEL_NLABELS
};

/* The language named NAME ("nl", "en") into *LANG; false when unknown. */
bool xllabel_lang(const char *name, enum xllabel_lang *lang);
/* The text of label ID in LANG (a printf format where noted). */
const char *xllabel(enum xllabel_lang lang, enum xllabel_id id);

#endif
