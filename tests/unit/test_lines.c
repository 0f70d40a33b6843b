/* test_lines: line splitting over plain and gzip input, and the errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/sys/lines.h"
#include "common/sys/xalloc.h"
#include "tests/unit/check.h"

static char path[64];

static void
write_file(const char *text, size_t n, int gz, size_t cut)
{
	strcpy(path, "/tmp/tabel-lines-XXXXXX");
	close(mkstemp(path));
	if (gz) {
		gzFile g = gzopen(path, "wb");

		gzwrite(g, text, (unsigned)n);
		gzclose(g);
		if (cut > 0) {
			struct stat st;

			stat(path, &st);
			truncate(path, st.st_size - (off_t)cut);
		}
	} else {
		FILE *fp = fopen(path, "wb");

		fwrite(text, 1, n, fp);
		fclose(fp);
	}
}

/* All lines of the file as "len:text;" and the final status. */
static char *
collect(int *status)
{
	struct lines l;
	const char *line;
	size_t len, used = 0, cap = 0;
	char *out = NULL;

	*status = lines_open(&l, path);
	while (*status == LINES_OK &&
	    (*status = lines_next(&l, &line, &len)) == LINES_OK) {
		xgrow(&out, &cap, used + len + 32, 1);
		used += sprintf(out + used, "%zu:", len);
		memcpy(out + used, line, len > 20 ? 20 : len);
		used += len > 20 ? 20 : len;
		out[used++] = ';';
	}
	xgrow(&out, &cap, used + 1, 1);
	out[used] = '\0';
	lines_close(&l);
	unlink(path);
	return out;
}

static void
test_cases(void)
{
	static const struct { const char *in; size_t n; int gz; const char
	    *want; int status; } cases[] = {
		{ "a \nb \n", 6, 0, "2:a ;2:b ;", LINES_EOF },
		{ "no newline", 10, 0, "10:no newline;", LINES_EOF },
		{ "crlf\r\nx\r\n", 9, 0, "4:crlf;1:x;", LINES_EOF },
		{ "\n\n", 2, 0, "0:;0:;", LINES_EOF },
		{ "mac\rcr\r", 7, 0, "3:mac;2:cr;", LINES_EOF },
		{ "a\rb\r\nc\nd", 8, 0, "1:a;1:b;1:c;1:d;", LINES_EOF },
		{ "\r\r\n\n\r", 5, 0, "0:;0:;0:;0:;", LINES_EOF },
		{ "end\r", 4, 0, "3:end;", LINES_EOF },
		{ "z\rcr\rlines\r", 11, 1, "1:z;2:cr;5:lines;", LINES_EOF },
		{ "", 0, 0, "", LINES_EOF },
		{ "nul\0byte\n", 9, 0, "8:nul", LINES_EOF },
		{ "zipped\nlines\n", 13, 1, "6:zipped;5:lines;", LINES_EOF },
		{ "\x1f", 1, 0, "1:\x1f;", LINES_EOF },
		{ "\x1f\x8bjunk\n", 7, 0, "", LINES_EINPUT },
	};
	int status;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got;

		write_file(cases[i].in, cases[i].n, cases[i].gz, 0);
		got = collect(&status);
		CHECK(strncmp(got, cases[i].want, strlen(cases[i].want)) == 0,
		    "case %zu -> '%s', want '%s'", i, got, cases[i].want);
		CHECK_INT(cases[i].in, status, cases[i].status);
		free(got);
	}
}

/* A long line across many chunks, and a truncated gzip stream. */
static void
test_long_and_truncated(void)
{
	size_t n = 3 * 1024 * 1024;
	char *big = xmalloc(n + 1);
	char *got;
	int status;

	memset(big, 'x', n);
	big[n] = '\n';
	write_file(big, n + 1, 0, 0);
	got = collect(&status);
	CHECK(strncmp(got, "3145728:", 8) == 0, "long line -> '%.20s'", got);
	free(got);
	write_file(big, n + 1, 1, 8);
	got = collect(&status);
	CHECK_INT("truncated gzip", status, LINES_EINPUT);
	free(got);
	free(big);
}

/* Statuses and line numbers of a whole read, going on after errors:
 * "ok@1:5;long@2;ok@3:5;eof@3;", at most LIMIT calls. */
static void
trace(char *out, size_t n, int limit)
{
	static const char *const names[] = { "ok", "eof", "input", "long" };
	struct lines l;
	const char *line;
	size_t len, used = 0;
	int st;

	out[0] = '\0';
	if (lines_open(&l, path) != LINES_OK)
		return;
	do {
		st = lines_next(&l, &line, &len);
		used += snprintf(out + used, n - used, "%s@%ld", names[st],
		    l.lineno);
		if (st == LINES_OK)
			used += snprintf(out + used, n - used, ":%zu", len);
		used += snprintf(out + used, n - used, ";");
	} while (st != LINES_EOF && --limit > 0 && used < n);
	lines_close(&l);
	unlink(path);
}

/* A line over LINES_MAX is reported with its own number and skipped;
 * a read error ends the file instead of repeating (no endless loop). */
static void
test_too_long(void)
{
	size_t max = LINES_MAX, n = max + 64;
	char *big = xmalloc(n + 32), got[256];

	memcpy(big, "first\n", 6);
	memset(big + 6, 'x', max + 1);
	memcpy(big + 6 + max + 1, "\nafter\n", 7);
	write_file(big, max + 14, 0, 0);
	trace(got, sizeof got, 10);
	CHECK_STR("too long, then a line", got,
	    "ok@1:5;long@2;ok@3:5;eof@3;");
	write_file(big, max + 7, 0, 0);
	trace(got, sizeof got, 10);
	CHECK_STR("too long at the end", got, "ok@1:5;long@2;eof@2;");
	memset(big + 6, 'y', max + 40);
	big[6 + max + 40] = '\n';
	write_file(big, max + 47, 1, 0);
	trace(got, sizeof got, 10);
	CHECK_STR("too long, gzip", got, "ok@1:5;long@2;eof@2;");
	memset(big, 'z', max);
	big[max] = '\n';
	write_file(big, max + 1, 0, 0);
	trace(got, sizeof got, 10);
	CHECK(strcmp(got, "ok@1:16777216;eof@1;") == 0,
	    "exactly LINES_MAX -> '%s'", got);
	/* Without its trailer: zlib 1.2.13's gzread returned the line minus
	 * its last byte here, and no error. */
	write_file(big, max + 1, 1, 8);
	trace(got, sizeof got, 10);
	CHECK_STR("truncated gzip, then", got, "input@0;eof@0;");
	free(big);
}

/* A "\r" as the last byte of a chunk: whether a "\n" follows is known
 * only after the next read; either way one line end. A too-long line
 * ended by a lone "\r" is skipped to it. */
static void
test_cr_at_chunk_end(void)
{
	size_t chunk = 256u * 1024, max = LINES_MAX;
	char *big = xmalloc(max + 64), got[256];

	memset(big, 'a', chunk - 1);
	memcpy(big + chunk - 1, "\r\nb\r", 5);
	write_file(big, chunk + 3, 0, 0);
	trace(got, sizeof got, 10);
	CHECK_STR("CRLF across chunks", got, "ok@1:262143;ok@2:1;eof@2;");
	memcpy(big + chunk - 1, "\rb\r", 4);
	write_file(big, chunk + 2, 0, 0);
	trace(got, sizeof got, 10);
	CHECK_STR("lone CR at a chunk end", got,
	    "ok@1:262143;ok@2:1;eof@2;");
	memcpy(big, "first\r", 6);
	memset(big + 6, 'x', max + 1);
	memcpy(big + 6 + max + 1, "\rafter\r", 7);
	write_file(big, max + 14, 0, 0);
	trace(got, sizeof got, 10);
	CHECK_STR("too long, lone CRs", got, "ok@1:5;long@2;ok@3:5;eof@3;");
	free(big);
}

/* Concatenated gzip members are one stream; junk after one is an error. */
static void
test_gzip_members(void)
{
	char got[256];
	gzFile g;
	FILE *fp;

	write_file("one\n", 4, 1, 0);
	g = gzopen(path, "ab");
	gzwrite(g, "two\n", 4);
	gzclose(g);
	trace(got, sizeof got, 10);
	CHECK_STR("two members", got, "ok@1:3;ok@2:3;eof@2;");
	write_file("one\n", 4, 1, 0);
	fp = fopen(path, "ab");
	fputs("junk\n", fp);
	fclose(fp);
	trace(got, sizeof got, 10);
	CHECK_STR("junk after a member", got, "ok@1:3;input@1;eof@1;");
}

/* Read P to its end; "LINE: message" of the error the
 * reader's callers report (lines_where, lines_strerror), "" for none. */
static void
read_to_error(const char *p, char *out, size_t n)
{
	struct lines l;
	const char *line;
	size_t len;
	enum lines_status st = lines_open(&l, p);

	while (st == LINES_OK)
		st = lines_next(&l, &line, &len);
	if (st == LINES_EOF)
		out[0] = '\0';
	else
		snprintf(out, n, "%ld: %s", lines_where(&l, st),
		    lines_strerror(&l, st));
	lines_close(&l);
}

/* What every program says about a broken input: the line where it broke
 * off and how many lines came before it, or the cause of a failed open
 * (with no "Success" for a directory). */
static void
test_messages(void)
{
	static const struct {
		const char *text;
		int gz;			/* 1: gzip, 2: gzip + junk,
					 * 3: gzip with a bad CRC */
		size_t cut;		/* bytes cut off the end */
		const char *want;
	} cases[] = {
		{ "a\nb\n", 0, 0, "" },
		{ "a\nb\nc\n", 1, 8, "4: gzip data ends early: "
		    "the 3 lines before it were read" },
		{ "a\n", 2, 0, "2: junk after the gzip data: "
		    "the 1 line before it was read" },
		{ "a\nb\n", 3, 0, "3: gzip data is corrupt: "
		    "the 2 lines before it were read" },
	};
	char got[256];
	FILE *fp;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		write_file(cases[i].text, strlen(cases[i].text),
		    cases[i].gz > 0, cases[i].cut);
		if (cases[i].gz == 2 && (fp = fopen(path, "ab")) != NULL) {
			fputs("junk\n", fp);
			fclose(fp);
		}
		if (cases[i].gz == 3 && (fp = fopen(path, "r+b")) != NULL) {
			fseek(fp, -8, SEEK_END);
			fputs("XXXX", fp);
			fclose(fp);
		}
		read_to_error(path, got, sizeof got);
		CHECK_STR(cases[i].text, got, cases[i].want);
		unlink(path);
	}
	read_to_error("/nonexistent/x", got, sizeof got);
	CHECK_STR("/nonexistent/x", got,
	    "0: cannot open: No such file or directory");
	read_to_error("/tmp", got, sizeof got);
	CHECK_STR("/tmp", got, "0: is a directory");
}

static void
test_open_errors(void)
{
	struct lines l;

	CHECK_INT("/nonexistent", lines_open(&l, "/nonexistent/x"),
	    LINES_EINPUT);
	CHECK_INT("/nonexistent input", l.input_status, INPUT_EOPEN);
	CHECK_INT("/tmp", lines_open(&l, "/tmp"), LINES_EINPUT);
	CHECK_INT("/tmp input", l.input_status, INPUT_EISDIR);
	for (int s = 0; s < LINES_STATUS_COUNT; s++)
		CHECK(strcmp(lines_strerror(NULL, s), "unknown lines status"),
		    "lines status %d has no message", s);
	for (int s = 0; s < INPUT_STATUS_COUNT; s++)
		CHECK(strcmp(input_strerror(s), "unknown input status"),
		    "input status %d has no message", s);
}

int
main(void)
{
	test_cases();
	test_long_and_truncated();
	test_too_long();
	test_cr_at_chunk_end();
	test_gzip_members();
	test_open_errors();
	test_messages();
	return check_done();
}
