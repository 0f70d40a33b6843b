/* xlbook_out: the output side of xlbook (see xlbook_out.h). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/xlsx/xlbook.h"
#include "common/xlsx/xlbook_out.h"
#include "common/xlsx/xlbook_quote.h"

/* The temporary directory: TMPDIR, else /tmp. libxlsxwriter keeps each
 * sheet's rows there (constant-memory mode) and standard output's
 * workbook is made there; one file made and removed at once tells
 * whether it can be written, so a failure is blamed on it. */
static enum outfile_status
check_tmp_dir(struct xlbook *b)
{
	const char *dir = getenv("TMPDIR");
	char *probe;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	b->tmp_dir = xstrdup(dir);
	probe = xmalloc(strlen(dir) + 32);
	sprintf(probe, "%s/.tabel-xlsx.XXXXXX", dir);
	fd = mkstemp(probe);
	if (fd >= 0) {
		close(fd);
		unlink(probe);
	}
	free(probe);
	if (fd < 0) {
		snprintf(b->blame, sizeof b->blame, "%s (TMPDIR)", dir);
		return OUTFILE_EOPEN;
	}
	return OUTFILE_OK;
}

/* Open the file libxlsxwriter writes: the temporary file of the target,
 * or, when the target is written in place (no temporary file), one of
 * its own in the temporary directory. */
static enum outfile_status
open_written(struct xlbook *b, struct outfile **written)
{
	enum outfile_status st;

	*written = &b->out;
	if (b->out.tmp == NULL) {
		b->scratch_name = xmalloc(strlen(b->tmp_dir) + 32);
		sprintf(b->scratch_name, "%s/tabel-xlsx.xlsx", b->tmp_dir);
		*written = &b->scratch;
		if ((st = outfile_open(&b->scratch, b->scratch_name)) !=
		    OUTFILE_OK) {
			snprintf(b->blame, sizeof b->blame, "%s (TMPDIR)",
			    b->tmp_dir);
			return st;
		}
	}
	/* libxlsxwriter opens the file by name */
	fclose((*written)->fp);
	(*written)->fp = NULL;
	return OUTFILE_OK;
}

/* A line libxlsxwriter printed ("[ERROR][./src/packager.c:1541]: Error
 * in closing member in the zipfile", "[ERROR] workbook_close(): Zip
 * ... file '.out.xlsx.Ab12Cd'. ...") as a message of ours: its source
 * position and function left out, the temporary file called by the
 * target's name, lower case, no final period. */
static void
rephrase_lxw(char *line, size_t size, void *ctx)
{
	const struct xlbook *b = ctx;
	char out[1024], *p = line, *tmp;
	size_t n;

	if (*p == '[' && (tmp = strchr(p, ']')) != NULL)
		p = tmp + 1;		/* [ERROR], [WARNING] */
	if (*p == '[' && (tmp = strchr(p, ']')) != NULL)
		p = tmp + 1;		/* [./src/packager.c:1541] */
	p += strspn(p, ": ");
	n = strspn(p, "abcdefghijklmnopqrstuvwxyz_0123456789");
	if (n > 0 && strncmp(p + n, "(): ", 4) == 0)
		p += n + 4;		/* workbook_close(): */
	out[0] = '\0';
	if (b->lxw_name != NULL && (tmp = strstr(p, b->lxw_name)) != NULL)
		snprintf(out, sizeof out, "%.*s%s%s", (int)(tmp - p), p,
		    b->shown, tmp + strlen(b->lxw_name));
	else
		snprintf(out, sizeof out, "%s", p);
	n = strlen(out);
	while (n > 0 && (out[n - 1] == '.' || out[n - 1] == ' '))
		out[--n] = '\0';
	if (out[0] >= 'A' && out[0] <= 'Z' && out[1] >= 'a' && out[1] <= 'z')
		out[0] = (char)(out[0] - 'A' + 'a');
	snprintf(line, size, "%s", out);
}

void
xlbook_strerror(lxw_error e, char *out, size_t n)
{
	size_t len;

	snprintf(out, n, "%s", lxw_strerror(e));
	len = strlen(out);
	if (len > 0 && out[len - 1] == '.')
		out[--len] = '\0';
	if (out[0] >= 'A' && out[0] <= 'Z' && out[1] >= 'a' && out[1] <= 'z')
		out[0] = (char)(out[0] - 'A' + 'a');
}

enum outfile_status
xlbook_out_open(struct xlbook *b, const char *path)
{
	struct outfile *written;
	enum outfile_status st;

	b->shown = path != NULL && strcmp(path, "-") != 0 ? path : "(stdout)";
	snprintf(b->blame, sizeof b->blame, "%s", b->shown);
	if ((st = check_tmp_dir(b)) != OUTFILE_OK ||
	    (st = outfile_open(&b->out, path)) != OUTFILE_OK ||
	    (st = open_written(b, &written)) != OUTFILE_OK)
		return st;
	b->lxw_name = written->tmp;
	err_catch_start(b->shown, rephrase_lxw, b);
	return OUTFILE_OK;
}

/* Copy the finished file at PATH to FP. */
static enum outfile_status
copy_out(const char *path, FILE *fp)
{
	char buf[65536];
	size_t n;
	bool bad;
	FILE *in = fopen(path, "rb");

	if (in == NULL)
		return OUTFILE_EWRITE;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, fp) != n)
			break;
	bad = ferror(in) || ferror(fp);
	fclose(in);
	return bad ? OUTFILE_EWRITE : OUTFILE_OK;
}

/* Copy the workbook libxlsxwriter wrote with the quote prefix set
 * (xlbook_quote), and commit the copy: into the target in place, or
 * for a file into a second temporary file beside it, which replaces
 * the target (libxlsxwriter's goes with xlbook_discard). */
static enum outfile_status
commit_quoted(struct xlbook *b)
{
	struct outfile *from = &b->out, *to = &b->scratch;
	enum outfile_status st;

	if (b->scratch_name != NULL) {
		from = &b->scratch;
		to = &b->out;
	} else if ((st = outfile_open(to, b->out.path)) != OUTFILE_OK) {
		return st;
	}
	if ((st = xlbook_quote(b, from->tmp, to->fp)) != OUTFILE_OK)
		return st;
	return outfile_commit(to);
}

enum outfile_status
xlbook_commit(struct xlbook *b)
{
	enum outfile_status st = OUTFILE_OK;

	if (b->nquoted > 0) {
		st = commit_quoted(b);
	} else {
		if (b->scratch_name != NULL)
			st = copy_out(b->scratch.tmp, b->out.fp);
		if (st == OUTFILE_OK)
			st = outfile_commit(&b->out);
	}
	xlbook_discard(b);
	return st;
}
