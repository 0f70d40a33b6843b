/* tabindex: read index.csv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/table/rowlines.h"
#include "common/table/tabindex.h"
#include "common/text/textfix.h"
#include "common/sys/xalloc.h"

const char *const tabindex_names[TABINDEX_NFIELDS] = {
	"source", "table", "caption", "unit", "first_line", "last_line",
	"rows", "cols", "kind", "quality", "row_lines",
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

/* Keep E's row_lines only when it lists a line per row (as many as
 * its rows say, when they say): else report it, read at PATH, and drop
 * it, so that no reader trusts it. Empty: not known (an index of before,
 * or tabel-find's). */
static void
check_row_lines(struct tabindex_entry *e, const char *path)
{
	char why[96], *end;
	const char *rows = e->field[TABINDEX_ROWS];
	unsigned long want = strtoul(rows, &end, 10);
	size_t n;
	enum rowlines_status st;

	if (e->field[TABINDEX_ROW_LINES][0] == '\0')
		return;
	st = rowlines_count(e->field[TABINDEX_ROW_LINES], &n, why, sizeof why);
	if (st == ROWLINES_OK && rows[0] >= '0' && rows[0] <= '9' &&
	    *end == '\0' && want != n) {
		st = ROWLINES_ECOUNT;
		snprintf(why, sizeof why, "%s: %zu lines for %s rows",
		    rowlines_strerror(st), n, rows);
	}
	if (st == ROWLINES_OK)
		return;
	warn_at(path, e->line, "table %s: row_lines: %s; the lines of its "
	    "rows unknown", e->field[TABINDEX_TABLE], why);
	e->field[TABINDEX_ROW_LINES][0] = '\0';
}

static void
add_entry(struct tabindex *ix, const struct csvio_row *row, const long *col,
    const char *path)
{
	struct tabindex_entry *e;

	xgrow(&ix->entries, &ix->cap, ix->n + 1, sizeof *ix->entries);
	e = &ix->entries[ix->n++];
	e->line = row->line;
	for (int f = 0; f < TABINDEX_NFIELDS; f++)
		e->field[f] = xstrdup(col[f] >= 0 && (size_t)col[f] < row->n ?
		    row->fields[col[f]] : "");
	check_row_lines(e, path);
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
				add_entry(ix, textfix_row(&fix, row), col,
				    path);
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

long *
tabindex_row_lines(const struct tabindex_entry *e, size_t nrows,
    const char *file)
{
	long *lines;
	char why[96];

	if (e == NULL || e->field[TABINDEX_ROW_LINES][0] == '\0')
		return NULL;
	lines = xreallocarray(NULL, nrows + 1, sizeof *lines);
	if (rowlines_parse(e->field[TABINDEX_ROW_LINES], lines, nrows, why,
	    sizeof why) == ROWLINES_OK)
		return lines;
	note_at(file, 0, "table %s: the index's row_lines: %s; the lines of "
	    "its rows unknown", e->field[TABINDEX_TABLE], why);
	free(lines);
	return NULL;
}

long *
tabindex_lines_of(const struct tabindex *ix, const char *name,
    const char *id, size_t nrows, const char *file)
{
	const struct tabindex_entry *e = NULL;
	size_t found = 0;

	for (size_t i = 0; i < ix->n; i++)
		if (strcmp(ix->entries[i].field[TABINDEX_TABLE], id) == 0 &&
		    found++ == 0)
			e = &ix->entries[i];
	if (found == 1)
		return tabindex_row_lines(e, nrows, file);
	note_at(file, 0, "table %s is %s %s: the lines of its rows unknown",
	    id, found == 0 ? "not in" : "more than once in", name);
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
