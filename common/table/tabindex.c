/* tabindex: read index.csv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/csvio.h"
#include "common/table/tabindex.h"
#include "common/text/textfix.h"
#include "common/sys/xalloc.h"

const char *const tabindex_names[TABINDEX_NFIELDS] = {
	"source", "table", "caption", "unit", "first_line", "last_line",
	"rows", "cols", "kind", "quality",
};

static const char *const tabindex_messages[TABINDEX_STATUS_COUNT] = {
	[TABINDEX_OK] = "ok",
	[TABINDEX_EREAD] = "cannot read the index",
	[TABINDEX_ENOTABLE] = "not a table index: no 'table' column",
};

const char *
tabindex_strerror(const struct tabindex *ix, enum tabindex_status status)
{
	if (status == TABINDEX_EREAD && ix != NULL && ix->why[0] != '\0')
		return ix->why;
	if ((unsigned)status >= TABINDEX_STATUS_COUNT)
		return "unknown tabindex status";
	return tabindex_messages[status];
}

/* Map each known field to its column in HEADER (-1: absent). */
static void
map_columns(const struct csvio_row *header, long *col)
{
	for (int f = 0; f < TABINDEX_NFIELDS; f++) {
		col[f] = -1;
		for (size_t i = 0; i < header->n; i++)
			if (strcmp(header->fields[i], tabindex_names[f]) == 0) {
				col[f] = (long)i;
				break;
			}
	}
}

static void
add_entry(struct tabindex *ix, const struct csvio_row *row, const long *col)
{
	struct tabindex_entry *e;

	xgrow(&ix->entries, &ix->cap, ix->n + 1, sizeof *ix->entries);
	e = &ix->entries[ix->n++];
	e->line = row->line;
	for (int f = 0; f < TABINDEX_NFIELDS; f++)
		e->field[f] = xstrdup(col[f] >= 0 && (size_t)col[f] < row->n ?
		    row->fields[col[f]] : "");
}

enum tabindex_status
tabindex_read(struct tabindex *ix, const char *path)
{
	struct csvio_reader *r = NULL;
	const struct csvio_row *row;
	enum csvio_status st;
	long col[TABINDEX_NFIELDS];
	struct textfix fix = { 0 };	/* captions go into workbooks */

	memset(ix, 0, sizeof *ix);
	textfix_start(&fix, path, "fields");
	st = csvio_open(&r, path);
	if (st == CSVIO_OK && (st = csvio_next(r, &row)) == CSVIO_OK) {
		map_columns(row, col);
		if (col[TABINDEX_TABLE] < 0) {
			csvio_close(r);
			return TABINDEX_ENOTABLE;
		}
		while ((st = csvio_next(r, &row)) == CSVIO_OK)
			if (row->n > 1 || row->lens[0] > 0)
				add_entry(ix, textfix_row(&fix, row), col);
	}
	textfix_end(&fix);
	textfix_free(&fix);
	if (st != CSVIO_EOF) {
		ix->line = r != NULL ? csvio_line(r) : 0;
		snprintf(ix->why, sizeof ix->why, "%s", csvio_strerror(r, st));
	}
	if (r != NULL)
		csvio_close(r);
	return st == CSVIO_EOF ? TABINDEX_OK : TABINDEX_EREAD;
}

const struct tabindex_entry *
tabindex_find(const struct tabindex *ix, const char *id)
{
	for (size_t i = 0; i < ix->n; i++)
		if (strcmp(ix->entries[i].field[TABINDEX_TABLE], id) == 0)
			return &ix->entries[i];
	return NULL;
}

void
tabindex_free(struct tabindex *ix)
{
	for (size_t i = 0; i < ix->n; i++)
		for (int f = 0; f < TABINDEX_NFIELDS; f++)
			free(ix->entries[i].field[f]);
	free(ix->entries);
	memset(ix, 0, sizeof *ix);
}
