/* tabindex: the table index tabel-extract writes beside its CSV files
 * (index.csv: source,table,caption,unit,first_line,last_line,rows,cols,
 * kind,quality); which file holds which table is common/table/tableid.h. */
#ifndef TABEL_TABINDEX_H
#define TABEL_TABINDEX_H

#include <stdbool.h>
#include <stddef.h>

enum tabindex_field {
	TABINDEX_SOURCE, TABINDEX_TABLE, TABINDEX_CAPTION, TABINDEX_UNIT,
	TABINDEX_FIRST_LINE, TABINDEX_LAST_LINE, TABINDEX_ROWS, TABINDEX_COLS,
	TABINDEX_KIND, TABINDEX_QUALITY,
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
 * that are not UTF-8 are converted and reported (common/text/textfix.h). */
enum tabindex_status tabindex_read(struct tabindex *ix, const char *path);
/* The entry of table ID ("8", "L1234": common/table/tableid.h), or NULL. */
const struct tabindex_entry *tabindex_find(const struct tabindex *ix,
    const char *id);
void tabindex_free(struct tabindex *ix);
const char *tabindex_strerror(const struct tabindex *ix,
    enum tabindex_status status);

#endif
