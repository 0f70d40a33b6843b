/* xllabel: the workbook's own words, Dutch and English. */
#include <string.h>

#include "common/xlsx/xllabel.h"

static const char *const labels[XLLABEL_NLABELS][XLLABEL_NLANGS] = {
	[XLLABEL_INDEX] = { "Index", "Index" },
	[XLLABEL_CONTROLE] = { "Controle", "Checks" },
	[XLLABEL_EMPTY] = { "Leeg", "Empty" },
	[XLLABEL_NO_TABLES] = { "Geen tabellen in de invoer.",
	    "No tables in the input." },
	[XLLABEL_UNIT] = { "Eenheid: %s", "Unit: %s" },
	[XLLABEL_NO_UNIT] = { "Eenheid: niet vermeld in de bron",
	    "Unit: not stated in the source" },
	[XLLABEL_SOURCE] = { "Bron: %s, regels %s-%s",
	    "Source: %s, lines %s-%s" },
	[XLLABEL_SOURCE_FILE] = { "Bron: %s", "Source: %s" },
	[XLLABEL_BACK] = { "\xe2\x86\x90 Index", "\xe2\x86\x90 Index" },
	[XLLABEL_PAGE] = { "Pagina &P van &N", "Page &P of &N" },
	[XLLABEL_ROW_KIND] = { "Soort rij", "Row kind" },
	[XLLABEL_KIND_DETAIL] = { "detail", "detail" },
	[XLLABEL_KIND_CATEGORY] = { "categorie", "category" },
	[XLLABEL_KIND_SUBTOTAL] = { "subtotaal", "subtotal" },
	[XLLABEL_KIND_TOTAL] = { "totaal", "total" },
	[XLLABEL_COL_CAPTION] = { "Titel", "Caption" },
	[XLLABEL_COL_DOCUMENT] = { "Document", "Document" },
	[XLLABEL_COL_UNIT] = { "Eenheid", "Unit" },
	[XLLABEL_COL_ROWS] = { "Rijen", "Rows" },
	[XLLABEL_COL_COLS] = { "Kolommen", "Columns" },
	[XLLABEL_COL_QUALITY] = { "Kwaliteit", "Quality" },
	[XLLABEL_COL_SHEET] = { "Blad", "Sheet" },
	[XLLABEL_COL_LINES] = { "Regels", "Lines" },
	[XLLABEL_COL_TABLE] = { "Tabel", "Table" },
	[XLLABEL_COL_ROW] = { "Rij", "Row" },
	[XLLABEL_COL_COLUMN] = { "Kolom", "Column" },
	[XLLABEL_COL_STATED] = { "Vermeld", "Stated" },
	[XLLABEL_COL_COMPUTED] = { "Berekend", "Computed" },
	[XLLABEL_COL_DIFFERENCE] = { "Verschil", "Difference" },
	[XLLABEL_COL_KIND] = { "Soort", "Kind" },
	[XLLABEL_COL_LINE] = { "Regel", "Line" },
	[XLLABEL_COL_CELL] = { "Cel", "Cell" },
	[XLLABEL_MISMATCH] = { "verschil", "mismatch" },
	[XLLABEL_ROUNDING] = { "afronding", "rounding" },
	[XLLABEL_COMPUTED_NOTE] = { "Som van de rijen: %s (verschil %s)",
	    "Sum of the rows: %s (difference %s)" },
	[XLLABEL_NOT_GIVEN] = { "(niet in de invoer)", "(not in the input)" },
	[XLLABEL_NO_TABLE] = { "(geen tabellen gevonden)",
	    "(no tables found)" },
	[XLLABEL_TITLE] = { "Tabellen uit %s", "Tables from %s" },
	[XLLABEL_SUBJECT] = { "Tabellen en bedragen uit documenten, met "
	    "controle van de totalen", "Tables and amounts from documents, "
	    "with a check of the totals" },
};

bool
xllabel_lang(const char *name, enum xllabel_lang *lang)
{
	if (strcmp(name, "nl") == 0)
		*lang = XLLABEL_NL;
	else if (strcmp(name, "en") == 0)
		*lang = XLLABEL_EN;
	else
		return false;
	return true;
}

const char *
xllabel(enum xllabel_lang lang, enum xllabel_id id)
{
	return labels[id][lang];
}
