/* rowlines: the source line of each body row of a table, as index.csv's
 * row_lines column carries it from tabel-extract to tabel-check and
 * tabel-xlsx: a run-length list, one line per row in row order, "a-b"
 * for the rows on lines a, a+1, ..., b: "412-430,433,435-440"; "" for a
 * table without rows. A row whose cells came from several lines has its
 * first (table_row_line). The list is per table: memory follows the
 * largest table, never the document. */
#ifndef TABEL_ROWLINES_H
#define TABEL_ROWLINES_H

#include <stdbool.h>
#include <stddef.h>

enum rowlines_status {
	ROWLINES_OK,
	ROWLINES_ENUMBER,	/* an item is no line number (1 and up) */
	ROWLINES_EBACKWARDS,	/* "a-b" with b not past a */
	ROWLINES_ETOOMANY,	/* more lines than a count can hold */
	ROWLINES_ECOUNT,	/* another number of lines than of rows */
	ROWLINES_STATUS_COUNT
};

/* The list of LINES[0..N) into *BUF (grown as xgrow does; *CAP its
 * size), NUL-terminated. False, and "", when a line is not positive:
 * then nothing is known. */
bool rowlines_encode(const long *lines, size_t n, char **buf, size_t *cap);
/* Count the lines the list S names into *N. Else why not into WHY[LEN]
 * (the status's words and the item where it stopped, for a message). */
enum rowlines_status rowlines_count(const char *s, size_t *n, char *why,
    size_t len);
/* Read S into LINES[0..N), N the rows of the table it describes:
 * ROWLINES_OK when it names exactly N lines; else WHY as above and
 * LINES undefined. */
enum rowlines_status rowlines_parse(const char *s, long *lines, size_t n,
    char *why, size_t len);
const char *rowlines_strerror(enum rowlines_status status);

#endif
