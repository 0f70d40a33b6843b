/* table: the table model, independent of any layout. A table has a
 * caption, a unit, column headers, rows of a label and raw cells with the
 * source line of each, the judgement calls made while reading it, and the
 * lines of its region that could not be placed. All its text lives in one
 * arena freed with the table: memory follows the largest table. */
#ifndef TABEL_TABLE_H
#define TABEL_TABLE_H

#include <stdbool.h>
#include <stddef.h>


struct hyphen_words;

struct table_cell {
	const char *raw;	/* as written; "" when empty */
	long line;		/* source line, 0 when empty */
};

struct table_row {
	const char *label;	/* wraps joined, space runs collapsed */
	long line;		/* first source line of the row */
	bool judged;		/* placed by a judgement call */
};

/* A judgement call (note) or a problem (warn), or an unplaced line. */
struct table_note {
	long line;
	bool warn;
	bool loose;		/* an unplaced line: text is the line */
	size_t seq;		/* order of recording, for a stable sort */
	const char *text;
};

struct table_chunk;

struct table {
	const char *source;	/* file name as given, not owned */
	const char *number;	/* caption number "8"; NULL: no caption */
	int dup;		/* n-th table with this number in source */
	const char *caption;	/* title after "Tabel N", NULL if none */
	const char *caption_unit;	/* unit text the caption states */
	long first_line, last_line;
	bool text;		/* a text table (kind "text") */
	bool left_out;		/* too large or too wide to hold: a warning
				 * says so, no rows; programs skip it */
	size_t ncols;		/* value columns */
	const char *label_header;
	const char **headers;	/* ncols column headers */
	const char **units;	/* ncols units named by headers, or NULL;
				 * "" for a count, which has none */
	struct table_row *rows;
	struct table_cell *cells;	/* nrows * ncols */
	size_t nrows, rows_cap;
	struct table_note *notes;
	size_t nnotes, notes_cap;
	struct table_chunk *arena;
};

/* Start an empty table of SOURCE; free it with table_free. */
void table_init(struct table *t, const char *source);
void table_free(struct table *t);
/* Move the contents of FROM to TO (not initialised): FROM is left empty,
 * as table_init leaves it. */
void table_move(struct table *to, struct table *from);
/* A NUL-terminated copy of S[0..LEN) in the table's arena. */
char *table_strndup(struct table *t, const char *s, size_t len);
/* Like table_strndup, with whitespace runs collapsed to one space and
 * the ends trimmed. */
char *table_squeeze(struct table *t, const char *s, size_t len);
/* Is SQUEEZED what table_squeeze makes of S[0..LEN) (as a string)? No
 * copy is made. */
bool table_squeezes_to(const char *s, size_t len, const char *squeezed);
/* Set NCOLS value columns with empty headers (before any row). */
void table_set_columns(struct table *t, size_t ncols);
/* Append a row with LABEL (copied, squeezed); returns its index. */
size_t table_add_row(struct table *t, const char *label, size_t len,
    long line);
/* Set cell COL of ROW to S[0..LEN) (copied) from source LINE. False:
 * no such row or column, nothing set. */
bool table_set_cell(struct table *t, size_t row, size_t col,
    const char *s, size_t len, long line);
/* Append S[0..LEN) to wide column COL of ROW: 0 is the label, 1..ncols
 * the cells (a wrapped cell of a text table), after a space, or joining
 * a word broken by a hyphen as the words W learned say (common/text/hyphen.h;
 * W may be NULL). */
void table_append(struct table *t, size_t row, size_t col, const char *s,
    size_t len, const struct hyphen_words *w);
/* Record a judgement call (WARN false) or a problem at LINE; ROW (or
 * (size_t)-1 for none) is marked judged. FMT is printf-like. */
void table_note(struct table *t, size_t row, long line, bool warn,
    const char *fmt, ...);
/* Leave T out at LINE, where it passed a limit of what a reader holds
 * (WHY: table_too_wide(), tablehold_strerror()): a warning "WHY, left
 * out", no rows; the programs report it and skip it (docs/limits.md). */
void table_leave_out(struct table *t, long line, const char *why);
/* Why a row of more cells than a table may have (CSVIO_MAX_FIELDS, the
 * label counted) is left out: "row has more than 16384 cells". */
const char *table_too_wide(void);
/* Record a line of the region that is not data: WARN when it could not
 * be placed, else page furniture skipped on purpose (a page number). */
void table_loose(struct table *t, long line, bool warn, const char *s,
    size_t len);
/* Record a title line of T, between its caption and its header (a
 * formula, "Bedragen in duizend euro."): a note, and where the table's
 * unit is said when the caption says none. */
void table_title_line(struct table *t, long line, const char *s,
    size_t len);
/* Has row R of T a value in any column? */
bool table_row_has_values(const struct table *t, size_t r);
/* The source line of row R of T: its first, the label's or a cell's
 * (index.csv's row_lines: common/table/rowlines.h). */
long table_row_line(const struct table *t, size_t r);
/* Copy the notes and loose lines of FROM to the end of T's. */
void table_copy_notes(struct table *t, const struct table *from);
/* The unit text a caption states ("miljoen euro", "MEUR", "euro", a
 * scale alone: "miljoen", "x 1.000"; unit_find), copied to the arena;
 * NULL when it states none. */
const char *table_unit_text(struct table *t, const char *s, size_t len);
/* The unit text a column header states, as table_unit_text but never a
 * scale alone (unit_find_money): "Bedrag (x 1.000)" under a caption in
 * euro keeps the caption's unit, its scale read from col_header. */
const char *table_header_unit_text(struct table *t, const char *s,
    size_t len);
/* The unit of the table: the first unit a header names, else the
 * caption's. */
const char *table_unit(const struct table *t);
/* The table's id ("8", "8-2", "L123") into BUF of N bytes (tableid.h). */
void table_id(const struct table *t, char *buf, size_t n);
/* The -o file name ("tabel-08.csv", "tabel-08-2.csv", "L123.csv"). */
void table_file_name(const struct table *t, char *buf, size_t n);

/* Sort the notes by line, keeping the order of notes on one line. */
void table_sort_notes(struct table *t);
/* Report the notes of T through err.h: unit conflicts and unplaced
 * lines as warnings (exit status 1), and with NOTES the judgement calls. */
void table_report(const struct table *t, bool notes);

#endif
