/* outfile: output that appears whole or not at all. A named output is
 * written to a temporary file beside it and renamed on success; on
 * failure, die() or SIGINT/SIGTERM/SIGHUP/SIGXFSZ (unless ignored) the
 * temporary file is removed.
 * Standard output is checked for write errors (a full disk) on commit. */
#ifndef TABEL_OUTFILE_H
#define TABEL_OUTFILE_H

#include <stdio.h>

enum outfile_status {
	OUTFILE_OK,
	OUTFILE_EOPEN,		/* cannot create the temporary file (errno) */
	OUTFILE_EWRITE,		/* write, flush or close failed (errno) */
	OUTFILE_ERENAME,	/* rename onto the target failed (errno) */
	OUTFILE_ELINK,		/* a symbolic link to nothing */
	OUTFILE_EFOREIGN,	/* a directory to replace holds other files */
	OUTFILE_ECWD,		/* a directory to replace is the current one */
	OUTFILE_STATUS_COUNT
};

struct outfile {
	const char *path;	/* target, NULL for standard output */
	char *target;		/* PATH with its links resolved, owned */
	char *tmp;		/* temporary path beside it, owned */
	FILE *fp;		/* where to write; NULL after close */
};

/* Open PATH for writing (NULL or "-": standard output). A symbolic link
 * is followed: its target is written (beside it, renamed), the link
 * stays; a link to nothing is OUTFILE_ELINK. */
enum outfile_status outfile_open(struct outfile *o, const char *path);
/* Flush and close; rename the temporary file onto the target. On any
 * error the temporary file is removed and errno tells why. A writer that
 * wrote o->tmp itself (libxlsxwriter) sets o->fp to NULL first. */
enum outfile_status outfile_commit(struct outfile *o);
/* Close and remove the temporary file; the target is left untouched. */
void outfile_discard(struct outfile *o);
const char *outfile_strerror(enum outfile_status status);

/* PATH (NULL: PATH itself) with its symbolic links resolved, in a new
 * string; NULL with errno set when a link leads nowhere
 * (ENOENT) or cannot be read. */
char *outfile_resolve(const char *path);
/* Call FN after the temporary files when die() or a signal removes them
 * (outfile_dir removes its directory so); one FN at a time. */
void outfile_cleanup_also(void (*fn)(void));
/* Report STATUS of the output NAME (NULL: standard output) with errno
 * and exit EXIT_FAIL; a reader that went away (EPIPE: SIGPIPE ignored)
 * is no news, so that exit says nothing. */
_Noreturn void outfile_die(const char *name, enum outfile_status status);

/* For the common case: open PATH or die with a message. */
FILE *outfile_open_or_die(struct outfile *o, const char *path);
/* Commit O or die with a message naming the target. (A system failure
 * before it died already, and the exit hook removed the temporary file.) */
void outfile_commit_or_die(struct outfile *o);

#endif
