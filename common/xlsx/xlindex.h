/* xlindex: the table indexes behind a workbook (index.csv of
 * tabel-extract: one per document, or several merged) and the Index
 * sheet. A table is known by its source and its table id: an index
 * describes the tables in its own directory, and an index elsewhere
 * describes a table only when one source alone has that id, so two
 * documents that both have a table 8 never share a caption. */
#ifndef TABEL_XLINDEX_H
#define TABEL_XLINDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "common/table/tabindex.h"
#include "common/xlsx/xlbook.h"

struct xlindex_file {
	char *path, *dir;	/* owned; DIR resolved when it can be */
	struct tabindex ix;
	unsigned *given;	/* per entry: inputs matched to it */
	char (*sheet)[SHEETNAME_SIZE];	/* per entry: its first sheet */
};

struct xlindex {
	struct xlindex_file *files;
	size_t n, cap;
};

/* True when PATH is named as an index ("index.csv", "index.csv.gz"). */
bool xlindex_named(const char *path);
/* Read the index at PATH and add it; on failure IX tells why (see
 * tabindex_strerror) and nothing is added. */
enum tabindex_status xlindex_add(struct xlindex *x, const char *path,
    struct tabindex *failed);
/* The entry describing table ID in the file PATH, or NULL (reported when
 * several sources have ID, or when it was matched before); SHEET is
 * remembered for the Index. */
const struct tabindex_entry *xlindex_match(struct xlindex *x,
    const char *path, const char *id, const char *sheet);
/* The source documents of all indexes, "a, b" into OUT[N]; false when
 * there are none. */
bool xlindex_sources(const struct xlindex *x, char *out, size_t n);
/* Note every entry no input was matched to. */
void xlindex_report(const struct xlindex *x);
/* Write the Index sheet of B: every table sheet (caption first, linked),
 * the tables of the indexes not given, the documents without tables. */
lxw_error xlindex_sheet(const struct xlindex *x, struct xlbook *b);
void xlindex_free(struct xlindex *x);

#endif
