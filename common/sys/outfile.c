/* outfile: temporary file + rename; a small registry of open temporary
 * files lets a signal or die() remove them. */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/sys/err.h"
#include "common/sys/outfile.h"
#include "common/sys/xalloc.h"

#define MAX_PENDING 16

static char *pending[MAX_PENDING];	/* temporary files to remove */
static void (*also)(void);		/* then this (outfile_dir) */

static const char *const outfile_messages[OUTFILE_STATUS_COUNT] = {
	[OUTFILE_OK] = "ok",
	[OUTFILE_EOPEN] = "cannot create output",
	[OUTFILE_EWRITE] = "write error",
	[OUTFILE_ERENAME] = "cannot rename output into place",
	[OUTFILE_ELINK] = "cannot create output: a symbolic link to nothing",
	[OUTFILE_EFOREIGN] = "will not replace a directory of other files",
	[OUTFILE_ECWD] = "will not replace the current directory: name it "
	    "from its parent",
};

const char *
outfile_strerror(enum outfile_status status)
{
	if ((unsigned)status >= OUTFILE_STATUS_COUNT)
		return "unknown outfile status";
	return outfile_messages[status];
}

static void
remove_pending(void)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i] != NULL)
			unlink(pending[i]);
	if (also != NULL)
		also();
}

static void
on_signal(int sig)
{
	remove_pending();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Remove the temporary files on SIG too, unless it is ignored (a job
 * started with "&" or nohup ignores SIGINT or SIGHUP: it stays so). */
static void
catch_signal(int sig)
{
	struct sigaction old;

	if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
		return;
	signal(sig, on_signal);
}

static void
hook_once(void)
{
	static bool hooked;

	if (!hooked) {
		hooked = true;
		err_on_die(remove_pending);
		catch_signal(SIGINT);
		catch_signal(SIGTERM);
		catch_signal(SIGHUP);
		catch_signal(SIGXFSZ);	/* past ulimit -f */
	}
}

void
outfile_cleanup_also(void (*fn)(void))
{
	hook_once();
	also = fn;
}

static void
track(char *tmp, bool add)
{
	hook_once();
	for (int i = 0; i < MAX_PENDING; i++) {
		if (add && pending[i] == NULL) {
			pending[i] = tmp;
			return;
		}
		if (!add && pending[i] == tmp) {
			pending[i] = NULL;
			return;
		}
	}
	if (add)
		die("too many output files open at once");
}

/* A device or FIFO (/dev/null, a named pipe) is written in place: a
 * temporary file renamed over it would replace the device itself. */
static enum outfile_status
open_in_place(struct outfile *o, const struct stat *st)
{
	if (S_ISDIR(st->st_mode)) {
		errno = EISDIR;
		return OUTFILE_EOPEN;
	}
	if ((o->fp = fopen(o->target, "w")) == NULL)
		return OUTFILE_EOPEN;
	return OUTFILE_OK;
}

/* The mode the target would get from open(2): its own when it exists,
 * else 0666 less the umask (mkstemp makes 0600). */
static mode_t
target_mode(const struct stat *st, bool exists)
{
	mode_t mask;

	if (exists)
		return st->st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

char *
outfile_resolve(const char *path)
{
	struct stat st;
	char *real;

	if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
		return xstrdup(path);
	if ((real = realpath(path, NULL)) == NULL)
		return NULL;
	return real;
}

static enum outfile_status
open_target(struct outfile *o, const char *path)
{
	const char *slash;
	struct stat st;
	bool exists;
	int fd;
	size_t dirlen;

	memset(o, 0, sizeof *o);
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return OUTFILE_OK;
	}
	o->path = path;
	/* A link's target is written: renaming onto the link would put a
	 * file in its place and leave the target as it was. */
	if ((o->target = outfile_resolve(path)) == NULL)
		return errno == ENOENT ? OUTFILE_ELINK : OUTFILE_EOPEN;
	path = o->target;
	exists = stat(path, &st) == 0;
	if (exists && !S_ISREG(st.st_mode))
		return open_in_place(o, &st);
	slash = strrchr(path, '/');
	dirlen = slash != NULL ? (size_t)(slash - path) + 1 : 0;
	o->tmp = xmalloc(strlen(path) + 16);
	sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
	track(o->tmp, true);
	fd = mkstemp(o->tmp);
	if (fd < 0 || fchmod(fd, target_mode(&st, exists)) != 0 ||
	    (o->fp = fdopen(fd, "w")) == NULL) {
		int saved = errno;

		if (fd >= 0) {
			close(fd);
			unlink(o->tmp);
		}
		track(o->tmp, false);
		free(o->tmp);
		o->tmp = NULL;
		errno = saved;
		return OUTFILE_EOPEN;
	}
	return OUTFILE_OK;
}

enum outfile_status
outfile_open(struct outfile *o, const char *path)
{
	enum outfile_status st = open_target(o, path);
	int saved = errno;

	if (st != OUTFILE_OK) {
		free(o->target);
		o->target = NULL;
		errno = saved;
	}
	return st;
}

enum outfile_status
outfile_commit(struct outfile *o)
{
	enum outfile_status st = OUTFILE_OK;
	int saved;

	if (o->fp == stdout) {
		if (fflush(stdout) != 0 || ferror(stdout))
			st = OUTFILE_EWRITE;
		o->fp = NULL;
		return st;
	}
	if (o->fp != NULL) {
		if (fflush(o->fp) != 0 || ferror(o->fp))
			st = OUTFILE_EWRITE;
		if (fclose(o->fp) != 0 && st == OUTFILE_OK)
			st = OUTFILE_EWRITE;
		o->fp = NULL;
	}
	if (st == OUTFILE_OK && o->tmp != NULL && rename(o->tmp, o->target) !=
	    0)
		st = OUTFILE_ERENAME;
	saved = errno;
	if (st != OUTFILE_OK && o->tmp != NULL)
		unlink(o->tmp);
	if (o->tmp != NULL) {
		track(o->tmp, false);
		free(o->tmp);
		o->tmp = NULL;
	}
	free(o->target);
	o->target = NULL;
	errno = saved;
	return st;
}

void
outfile_discard(struct outfile *o)
{
	if (o->fp != NULL && o->fp != stdout)
		fclose(o->fp);
	o->fp = NULL;
	if (o->tmp != NULL) {
		unlink(o->tmp);
		track(o->tmp, false);
		free(o->tmp);
		o->tmp = NULL;
	}
	free(o->target);
	o->target = NULL;
}

_Noreturn void
outfile_die(const char *name, enum outfile_status status)
{
	/* A reader that went away (| head) is no news: exit quietly. */
	if (status == OUTFILE_EWRITE && errno == EPIPE) {
		remove_pending();
		exit(EXIT_FAIL);
	}
	if (status == OUTFILE_ELINK || status == OUTFILE_EFOREIGN ||
	    status == OUTFILE_ECWD)
		die("%s: %s", name != NULL ? name : "(stdout)",
		    outfile_strerror(status));
	die("%s: %s:", name != NULL ? name : "(stdout)",
	    outfile_strerror(status));
}

FILE *
outfile_open_or_die(struct outfile *o, const char *path)
{
	enum outfile_status st = outfile_open(o, path);

	if (st != OUTFILE_OK)
		outfile_die(path, st);
	return o->fp;
}

void
outfile_commit_or_die(struct outfile *o)
{
	const char *name = o->path;
	enum outfile_status st = outfile_commit(o);

	if (st != OUTFILE_OK)
		outfile_die(name, st);
}
