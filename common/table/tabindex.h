/* tabindex: the table index tabel-extract writes beside its CSV files
 * (index.csv: source,table,caption,unit,first_line,last_line,rows,cols,
 * kind,quality,row_lines; tabel-find's rows are the same without
 * row_lines, the source line of each body row: common/table/rowlines.h);
 * which file holds which table is common/table/tableid.h. */
#ifndef TABEL_TABINDEX_H
#define TABEL_TABINDEX_H

#include <stdbool.h>
#include <stddef.h>

enum tabindex_field {
	TABINDEX_SOURCE, TABINDEX_TABLE, TABINDEX_CAPTION, TABINDEX_UNIT,
	TABINDEX_FIRST_LINE, TABINDEX_LAST_LINE, TABINDEX_ROWS, TABINDEX_COLS,
	TABINDEX_KIND, TABINDEX_QUALITY, TABINDEX_ROW_LINES,
	TABINDEX_NFIELDS
};

enum tabindex_status {
	TABINDEX_OK,
	TABINDEX_EREAD,		/* the CSV reader failed: see why */
	TABINDEX_ENOTABLE,	/* the header has no "table" column */
	TABINDEX_STATUS_COUNT
};

/* One row of the index; a column the file lacks is "". */
struct tabindex_entry {
	char *field[TABINDEX_NFIELDS];
	long line;
};

struct tabindex {
	struct tabindex_entry *entries;
	size_t n, cap;
	char why[128];		/* TABINDEX_EREAD: the reader's message */
	long line;		/* where reading stopped on an error */
};

/* The names of the fields, as in the header of index.csv. */
extern const char *const tabindex_names[TABINDEX_NFIELDS];

/* Read the index at PATH (columns found by name, in any order); fields
 * that are not UTF-8 are converted and reported (common/text/textfix.h),
 * and so is a row_lines that is no list of as many lines as the entry
 * has rows (then "": its rows' lines unknown, as in an index without
 * the column). */
enum tabindex_status tabindex_read(struct tabindex *ix, const char *path);
/* The entry of table ID ("8", "L1234": common/table/tableid.h), or NULL. */
const struct tabindex_entry *tabindex_find(const struct tabindex *ix,
    const char *id);
/* The source line of each of the NROWS body rows of the table E
 * describes, in a new array (the caller frees it), or NULL when the index
 * does not say (E NULL, no row_lines) or says it for another number of
 * rows: the table in FILE changed since (a note says so). */
long *tabindex_row_lines(const struct tabindex_entry *e, size_t nrows,
    const char *file);
/* The same for table ID of the index IX read from NAME, when it has one
 * entry of that id (a table is known by its id alone: an index of one
 * document); else NULL, and a note says why. */
long *tabindex_lines_of(const struct tabindex *ix, const char *name,
    const char *id, size_t nrows, const char *file);
void tabindex_free(struct tabindex *ix);
const char *tabindex_strerror(const struct tabindex *ix,
    enum tabindex_status status);

#endif
