/* tableid: which table a CSV file holds, the one rule for every tool.
 * tabel-extract names the table captioned "Tabel 8" "8" and writes it to
 * tabel-08.csv; the second table 8 of a source is "8-2" in tabel-08-2.csv;
 * a table without caption is "L<first line>" in L<first line>.csv. Read
 * back, tabel-08.csv is "8", tabel-08-2.csv "8-2", L123.csv "L123"; any
 * other file is the table named by its stem ("other.csv": "other"), so
 * tabel-check, tabel-xlsx, tabel-norm and index.csv agree on every name. */
#ifndef TABEL_TABLEID_H
#define TABEL_TABLEID_H

#include <stdbool.h>
#include <stddef.h>

/* The id into OUT[N] of the DUP-th table (from 1) captioned NUMBER ("8",
 * "3.1"), or of the table without caption (NUMBER NULL) whose first line
 * is FIRST_LINE: "8", "8-2", "L123". */
void tableid_make(const char *number, int dup, long first_line, char *out,
    size_t n);
/* The file name of that table into OUT[N]: "tabel-08.csv",
 * "tabel-08-2.csv", "L123.csv". */
void tableid_file_name(const char *number, int dup, long first_line,
    char *out, size_t n);
/* The caption numbers of one document met so far: the second table
 * captioned "Tabel 8" is table "8-2" whichever reader found it. Zeroed
 * to start; free with tableid_seen_free. */
struct tableid_seen {
	struct tableid_count {
		char *num;
		int count;
	} *v;
	size_t n, cap;
};

/* The table captioned NUM met once more: its DUP (1 for the first). */
int tableid_occurrence(struct tableid_seen *s, const char *num);
void tableid_seen_free(struct tableid_seen *s);
/* The file name of PATH without directory, ".gz" and ".csv" into OUT[N]. */
void tableid_stem(const char *path, char *out, size_t n);
/* The id of the table in the file PATH into OUT[N]; true when the name is
 * one tabel-extract gives (tabel-08.csv: "8", tabel-08-2.csv: "8-2",
 * L123.csv: "L123"), false for any other (its stem: "other"). */
bool tableid_of_file(const char *path, char *out, size_t n);

#endif
