/* outfile_dir: an output directory that appears whole or not at all, the
 * part of outfile for a program that writes many files (tabel-extract
 * -o DIR). The files go into a temporary directory beside DIR; on commit
 * it takes DIR's place in one step (the old DIR is removed only after the
 * new one is whole), so a failure leaves the old DIR or nothing, and no
 * file of an earlier run stays beside the new ones. An existing DIR is
 * replaced only when it holds nothing but the writer's own files (OURS),
 * never a directory of other files. A symbolic link is followed: its
 * target is replaced, the link stays. */
#ifndef TABEL_OUTFILE_DIR_H
#define TABEL_OUTFILE_DIR_H

#include <stdbool.h>
#include <stdio.h>

#include "common/sys/outfile.h"

struct outfile_dir {
	const char *path;	/* DIR as given, for messages */
	char *target;		/* DIR with its links resolved, owned */
	char *tmp;		/* the temporary directory, owned */
	bool (*ours)(const char *name);	/* a file the writer makes */
	char foreign[256];	/* OUTFILE_EFOREIGN: the file found */
};

/* Make the temporary directory for DIR PATH; OURS tells the files that
 * may be replaced. OUTFILE_EOPEN (errno) when it cannot be made or DIR
 * is no directory, OUTFILE_EFOREIGN when DIR holds another file (named
 * in D->foreign). Die or a signal removes the temporary directory. */
enum outfile_status outfile_dir_open(struct outfile_dir *d, const char *path,
    bool (*ours)(const char *name));
/* Open file NAME of the directory being made into O, or die with a
 * message naming DIR/NAME (never the temporary directory). */
FILE *outfile_dir_create(struct outfile_dir *d, struct outfile *o,
    const char *name);
/* Commit file NAME opened into O by outfile_dir_create, or die so. */
void outfile_dir_close(struct outfile_dir *d, struct outfile *o,
    const char *name);
/* Put the temporary directory in DIR's place and remove the old files;
 * on failure the temporary directory is removed and errno tells why. */
enum outfile_status outfile_dir_commit(struct outfile_dir *d);

/* For the common case: open or commit, or die with a message naming
 * DIR. */
void outfile_dir_open_or_die(struct outfile_dir *d, const char *path,
    bool (*ours)(const char *name));
void outfile_dir_commit_or_die(struct outfile_dir *d);

#endif
