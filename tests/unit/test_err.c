/* test_err: exit status bookkeeping, message format, atomic output. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/sys/err.h"
#include "common/sys/outfile.h"
#include "tests/unit/check.h"

static void
test_status(void)
{
	CHECK_INT("initial", err_status(), EXIT_OK);
	err_raise(EXIT_DATA);
	CHECK_INT("raised to 1", err_status(), EXIT_DATA);
	err_raise(EXIT_OK);
	CHECK_INT("never lowered", err_status(), EXIT_DATA);
}

static void
test_message_format(void)
{
	char buf[256] = "";
	FILE *saved = stderr;

	stderr = fmemopen(buf, sizeof buf, "w");
	err_init("tabel-test");
	warn_at("report.txt", 812, "row has %d cells, header has %d", 7, 10);
	errno = ENOENT;
	note_at("x.csv", 0, "cannot open:");
	fclose(stderr);
	stderr = saved;
	CHECK_STR("warn_at", buf, "tabel-test: report.txt:812: row has 7 cells,"
	    " header has 10\ntabel-test: x.csv: cannot open: No such file or "
	    "directory\n");
}

/* Every message one line, no control character reaching the terminal. */
static void
test_escape(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "plain text", "plain text" },
		{ "a\nb", "a\\nb" },
		{ "tab\there\r", "tab\\there\\r" },
		{ "\x1b[31mred", "\\x1b[31mred" },
		{ "del\x7f", "del\\x7f" },
		{ "caf\xc3\xa9 \xe2\x82\xac", "caf\xc3\xa9 \xe2\x82\xac" },
		{ "latin1 \xe9", "latin1 \\xe9" },
		{ "c1 \xc2\x9b", "c1 \\xc2\\x9b" },
		{ "ls \xe2\x80\xa8", "ls \\xe2\\x80\\xa8" },
		{ "cut \xe2\x82", "cut \\xe2\\x82" },
	};
	char out[64], buf[256] = "";
	FILE *saved = stderr;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err_escape(cases[i].in, strlen(cases[i].in), out, sizeof out);
		CHECK_STR(cases[i].in, out, cases[i].want);
	}
	CHECK_INT("full buffer", err_escape("abc\ndef", 7, out, 5), 3);
	CHECK_STR("full buffer", out, "abc");
	stderr = fmemopen(buf, sizeof buf, "w");
	err_init("tabel-test");
	note_at("a\nb.csv", 3, "'%s' is not an amount", "x\ny\x1b");
	fclose(stderr);
	stderr = saved;
	CHECK_STR("note_at", buf, "tabel-test: a\\nb.csv:3: 'x\\ny\\x1b' is "
	    "not an amount\n");
}

/* A quoted excerpt ends between characters, never inside one. */
static void
test_excerpt(void)
{
	char s[80];

	memset(s, 'a', sizeof s);
	CHECK_INT("short", err_excerpt("caf\xc3\xa9", 5), 5);
	CHECK_INT("long ASCII", err_excerpt(s, sizeof s), ERR_EXCERPT);
	memcpy(s + ERR_EXCERPT - 1, "\xc3\xa9", 2);	/* é over the cut */
	CHECK_INT("cut before é", err_excerpt(s, sizeof s), ERR_EXCERPT - 1);
	memcpy(s + ERR_EXCERPT - 2, "\xe2\x82\xac", 3);	/* € over it */
	CHECK_INT("cut before €", err_excerpt(s, sizeof s), ERR_EXCERPT - 2);
	memset(s, 'a', sizeof s);
	memcpy(s + ERR_EXCERPT - 2, "\xc3\xa9", 2);	/* é just before it */
	CHECK_INT("é kept whole", err_excerpt(s, sizeof s), ERR_EXCERPT);
}

static void
test_outfile(void)
{
	struct outfile o;
	char target[] = "/tmp/tabel-out-XXXXXX";
	FILE *fp;
	char buf[16] = "";

	close(mkstemp(target));
	unlink(target);
	CHECK(outfile_open(&o, target) == OUTFILE_OK, "open %s", target);
	fputs("half", o.fp);
	CHECK(access(target, F_OK) != 0, "target exists before commit");
	outfile_discard(&o);
	CHECK(access(target, F_OK) != 0, "target exists after discard");
	outfile_open(&o, target);
	fputs("whole", o.fp);
	CHECK(outfile_commit(&o) == OUTFILE_OK, "commit %s", target);
	fp = fopen(target, "r");
	CHECK(fp != NULL && fgets(buf, sizeof buf, fp) != NULL, "read back");
	CHECK_STR("committed", buf, "whole");
	if (fp != NULL)
		fclose(fp);
	unlink(target);
	CHECK(outfile_open(&o, "/nonexistent/dir/x") == OUTFILE_EOPEN,
	    "open in a missing directory");
	for (int s = 0; s < OUTFILE_STATUS_COUNT; s++)
		CHECK(strcmp(outfile_strerror(s), "unknown outfile status"),
		    "outfile status %d has no message", s);
}

/* A FIFO or device target is written in place, not replaced by a
 * regular file (as root, "-o /dev/null" replaced /dev/null); a new file
 * gets 0666 less the umask, an existing one keeps its mode. */
static void
test_outfile_targets(void)
{
	char fifo[] = "/tmp/tabel-fifo-XXXXXX", buf[8] = "";
	struct outfile o;
	struct stat st;
	int fd;

	close(mkstemp(fifo));
	unlink(fifo);
	mkfifo(fifo, 0600);
	fd = open(fifo, O_RDONLY | O_NONBLOCK);
	CHECK(outfile_open(&o, fifo) == OUTFILE_OK, "open fifo");
	fputs("x", o.fp);
	CHECK(outfile_commit(&o) == OUTFILE_OK, "commit fifo");
	CHECK(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode), "fifo replaced");
	CHECK(read(fd, buf, sizeof buf) == 1 && buf[0] == 'x', "fifo data");
	close(fd);
	unlink(fifo);
	umask(022);
	outfile_open(&o, fifo);
	outfile_commit(&o);
	CHECK(stat(fifo, &st) == 0 && (st.st_mode & 0777) == 0644,
	    "new file mode %o, want 644", (unsigned)st.st_mode & 0777);
	chmod(fifo, 0640);
	outfile_open(&o, fifo);
	outfile_commit(&o);
	CHECK(stat(fifo, &st) == 0 && (st.st_mode & 0777) == 0640,
	    "kept mode %o, want 640", (unsigned)st.st_mode & 0777);
	unlink(fifo);
	errno = 0;
	CHECK(outfile_open(&o, "/tmp") == OUTFILE_EOPEN && errno == EISDIR,
	    "a directory as output");
}

int
main(void)
{
	test_status();
	test_message_format();
	test_escape();
	test_excerpt();
	test_outfile();
	test_outfile_targets();
	return check_done();
}
