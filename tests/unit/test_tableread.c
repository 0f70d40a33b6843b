/* test_tableread: wide and long table CSV read into one form: the header,
 * the long form's columns by name, rows with the line where they start. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/table/tableread.h"
#include "tests/unit/capture.h"
#include "tests/unit/check.h"

/* Read TEXT as a file and describe what came out: "long" or "wide", the
 * field of raw in the file, then each row as "LINE:FIELDS" (long: and
 * ":ROW_LABEL=RAW", "!" when short), long input's header first as
 * "h:FIELDS:ROW_LABEL=RAW:LAST". */
static void
describe(const char *text, int flags, char *out, size_t n)
{
	char path[] = "/tmp/tabel-tableread-XXXXXX";
	int fd = mkstemp(path);
	struct tableread t;
	const struct csvio_row *row;
	enum csvio_status st;
	size_t used;

	write(fd, text, strlen(text));
	close(fd);
	st = tableread_open(&t, path, flags);
	used = (size_t)snprintf(out, n, "%s raw=%ld", t.is_long ? "long" :
	    "wide", t.col[LONGFORM_RAW]);
	if (t.is_long)
		used += (size_t)snprintf(out + used, n - used, " h:%zu:%s=%s:%s",
		    t.header.row.n, t.header.row.fields[LONGFORM_ROW_LABEL],
		    t.header.row.fields[LONGFORM_RAW],
		    t.header.row.fields[t.header.row.n - 1]);
	while (st == CSVIO_OK && (st = tableread_next(&t, &row)) ==
	    CSVIO_OK) {
		used += (size_t)snprintf(out + used, n - used, " %ld:%zu",
		    row->line, row->n);
		if (t.is_long)
			used += (size_t)snprintf(out + used, n - used,
			    ":%s=%s%s", row->fields[LONGFORM_ROW_LABEL],
			    row->fields[LONGFORM_RAW], t.short_row ? "!" : "");
	}
	if (st != CSVIO_EOF)
		snprintf(out + used, n - used, " error");
	tableread_close(&t);
	unlink(path);
}

/* Long rows narrower and wider than their header. */
static const char ragged[] = "table,row,col,row_label,raw,line\n1,1,1,A\n"
    "1,2,1,B,7\n1,3,1,C,8,9,10\n";

int
main(void)
{
	static const struct { const char *text; int flags; const char *want;
	} cases[] = {
		{ "", 0, "wide raw=-1" },
		{ "a,b\n1,2\n3,4\n", 0, "wide raw=-1 2:2 3:2" },
		/* a record over two lines is at the line where it starts */
		{ "a,b\n\"x\ny\",2\n3,4\n", 0, "wide raw=-1 2:2 4:2" },
		{ "a,b\n\n1,2\n", 0, "wide raw=-1 2:1 3:2" },
		{ "\na,b\n\n1,2\n", TABLEREAD_SKIP_BLANK, "wide raw=-1 4:2" },
		{ "source,table,caption,unit,row,col,row_label,col_header,"
		    "raw,line\nf,1,,,1,1,A,2019,5,9\n", 0,
		    "long raw=8 h:10:row_label=raw:line 2:10:A=5" },
		/* by name, wherever they stand, in the long form's order;
		 * the columns it lacks empty, the file's others after */
		{ "raw,row_label,col,row,table\n5,A,1,1,1\n", 0,
		    "long raw=0 h:10:row_label=raw:line 2:10:A=5" },
		{ "note,raw,row_label,col,row,table\nx,5,A,1,1,1\n", 0,
		    "long raw=1 h:11:row_label=raw:note 2:11:A=5" },
		/* a row narrower than the header: short when it lacks a
		 * needed field (raw), not when only line */
		{ ragged, 0, "long raw=4 h:10:row_label=raw:line "
		    "2:10:A=! 3:10:B=7 4:10:C=8" },
		{ "table,row,col,raw\n1,1,1,5\n", 0, "wide raw=3 2:4" },
		{ "a,\"b\n", 0, "wide raw=-1 error" },
	};
	char got[256];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		capture();
		describe(cases[i].text, cases[i].flags, got, sizeof got);
		release();
		CHECK_STR(cases[i].text, got, cases[i].want);
	}
	/* the last long case: one message shape, short or long */
	capture();
	describe(ragged, 0, got, sizeof got);
	release();
	CHECK(strstr(captured, ":2: long row has 4 fields, header has 6\n") !=
	    NULL && strstr(captured, ":4: long row has 7 fields, header has "
	    "6\n") != NULL, "%s", captured);
	return check_done();
}
