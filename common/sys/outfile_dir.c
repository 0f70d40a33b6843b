/* outfile_dir: a temporary directory beside the target, swapped in whole
 * (see outfile_dir.h). */
#define _GNU_SOURCE		/* renameat2 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/sys/err.h"
#include "common/sys/outfile_dir.h"
#include "common/sys/xalloc.h"

static struct outfile_dir *active;	/* removed by die() or a signal */

/* Remove the files of DIR that OURS names (the temporary files of
 * outfile too, ".NAME.XXXXXX"), then DIR itself: a file of anyone else
 * keeps DIR. */
static void
remove_ours(const char *dir, bool (*ours)(const char *name))
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	int fd;

	if (dp == NULL)
		return;
	fd = dirfd(dp);
	while ((e = readdir(dp)) != NULL)
		if (strcmp(e->d_name, "..") != 0 && (ours(e->d_name) ||
		    (e->d_name[0] == '.' && strchr(e->d_name + 1, '.') !=
		    NULL)))
			unlinkat(fd, e->d_name, 0);
	closedir(dp);
	rmdir(dir);
}

static void
remove_active(void)
{
	if (active != NULL && active->tmp != NULL)
		remove_ours(active->tmp, active->ours);
}

/* The first entry of DIR that is not OURS into FOREIGN[N]; false when
 * there is none. */
static bool
find_foreign(const char *dir, bool (*ours)(const char *name), char *foreign,
    size_t n)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	bool found = false;

	if (dp == NULL)
		return false;
	while (!found && (e = readdir(dp)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (!ours(e->d_name)) {
			snprintf(foreign, n, "%s", e->d_name);
			found = true;
		}
	}
	closedir(dp);
	return found;
}

/* The mode a new DIR would get: the old one's, else 0777 less the umask
 * (mkdtemp makes 0700). */
static mode_t
dir_mode(const char *target)
{
	struct stat st;
	mode_t mask;

	if (stat(target, &st) == 0)
		return st.st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0777 & ~mask;
}

/* Is D's target the current directory ("."; a swap would leave the
 * shell in a removed one)? Its name then becomes absolute, so that the
 * temporary directory is made beside it, not in it. */
static bool
is_cwd(struct outfile_dir *d)
{
	char *real = realpath(d->target, NULL), *cwd = getcwd(NULL, 0);
	bool same = real != NULL && cwd != NULL && strcmp(real, cwd) == 0;

	if (real != NULL && !same) {
		free(d->target);
		d->target = real;
		real = NULL;
	}
	free(real);
	free(cwd);
	return same;
}

/* A temporary name beside TARGET: "PARENT/.NAME.XXXXXX", made by mkdtemp. */
static char *
make_beside(const char *target)
{
	const char *slash = strrchr(target, '/');
	size_t dirlen = slash != NULL ? (size_t)(slash - target) + 1 : 0;
	char *tmp = xmalloc(strlen(target) + 16);

	sprintf(tmp, "%.*s.%s.XXXXXX", (int)dirlen, target, target + dirlen);
	if (mkdtemp(tmp) == NULL) {
		free(tmp);
		return NULL;
	}
	return tmp;
}

enum outfile_status
outfile_dir_open(struct outfile_dir *d, const char *path,
    bool (*ours)(const char *name))
{
	struct stat st;
	size_t len;

	memset(d, 0, sizeof *d);
	d->path = path;
	d->ours = ours;
	if ((d->target = outfile_resolve(path)) == NULL)
		return errno == ENOENT ? OUTFILE_ELINK : OUTFILE_EOPEN;
	len = strlen(d->target);
	while (len > 1 && d->target[len - 1] == '/')
		d->target[--len] = '\0';	/* "out/": "out" */
	if (stat(d->target, &st) == 0 && !S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return OUTFILE_EOPEN;
	}
	if (is_cwd(d))
		return OUTFILE_ECWD;
	if (find_foreign(d->target, ours, d->foreign, sizeof d->foreign))
		return OUTFILE_EFOREIGN;
	if ((d->tmp = make_beside(d->target)) == NULL)
		return OUTFILE_EOPEN;
	active = d;
	outfile_cleanup_also(remove_active);
	if (chmod(d->tmp, dir_mode(d->target)) != 0) {
		int saved = errno;

		remove_active();
		errno = saved;
		return OUTFILE_EOPEN;
	}
	return OUTFILE_OK;
}

/* DIR/NAME, with DIR as the user gave it, for a message: die. */
static _Noreturn void
file_die(const struct outfile_dir *d, const char *name,
    enum outfile_status st)
{
	size_t len = strlen(d->path);
	char *shown = xmalloc(len + strlen(name) + 2);

	while (len > 1 && d->path[len - 1] == '/')
		len--;
	sprintf(shown, "%.*s/%s", (int)len, d->path, name);
	outfile_die(shown, st);
}

FILE *
outfile_dir_create(struct outfile_dir *d, struct outfile *o,
    const char *name)
{
	char *path = xmalloc(strlen(d->tmp) + strlen(name) + 2);
	enum outfile_status st;

	sprintf(path, "%s/%s", d->tmp, name);
	if ((st = outfile_open(o, path)) != OUTFILE_OK)
		file_die(d, name, st);
	return o->fp;
}

void
outfile_dir_close(struct outfile_dir *d, struct outfile *o,
    const char *name)
{
	char *path = (char *)o->path;	/* made by outfile_dir_create */
	enum outfile_status st = outfile_commit(o);

	free(path);
	if (st != OUTFILE_OK)
		file_die(d, name, st);
}

/* Put directory TMP in TARGET's place in one step, the old TARGET now
 * at TMP; where the file system cannot swap, the old one is moved aside
 * first (to a name in *ASIDE) and back when the new one will not go. */
static int
swap_in(const char *tmp, const char *target, char **aside)
{
	int saved;

	*aside = NULL;
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, target, RENAME_EXCHANGE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
	/* an empty directory takes a directory renamed onto it */
	if ((*aside = make_beside(target)) == NULL)
		return -1;
	if (rename(target, *aside) != 0) {
		saved = errno;
		rmdir(*aside);
		free(*aside);
		*aside = NULL;
		errno = saved;
		return -1;
	}
	if (rename(tmp, target) != 0) {
		saved = errno;
		rename(*aside, target);
		free(*aside);
		*aside = NULL;
		errno = saved;
		return -1;
	}
	return 0;
}

enum outfile_status
outfile_dir_commit(struct outfile_dir *d)
{
	enum outfile_status st = OUTFILE_OK;
	char *aside = NULL;
	int saved = 0;

	/* a rename takes a new or empty DIR; a full one is swapped */
	if (rename(d->tmp, d->target) != 0 && ((errno != EEXIST &&
	    errno != ENOTEMPTY) || swap_in(d->tmp, d->target, &aside) != 0)) {
		st = OUTFILE_ERENAME;
		saved = errno;
	}
	/* on success d->tmp (or aside) holds the old files, else the new */
	remove_ours(aside != NULL ? aside : d->tmp, d->ours);
	if (aside != NULL)
		rmdir(d->tmp);
	active = NULL;
	free(aside);
	free(d->tmp);
	free(d->target);
	d->tmp = d->target = NULL;
	errno = saved;
	return st;
}

void
outfile_dir_open_or_die(struct outfile_dir *d, const char *path,
    bool (*ours)(const char *name))
{
	enum outfile_status st = outfile_dir_open(d, path, ours);

	if (st == OUTFILE_EFOREIGN)
		die("%s: %s ('%s'): name a new directory", path,
		    outfile_strerror(st), d->foreign);
	if (st != OUTFILE_OK)
		outfile_die(path, st);
}

void
outfile_dir_commit_or_die(struct outfile_dir *d)
{
	enum outfile_status st = outfile_dir_commit(d);

	if (st != OUTFILE_OK)
		outfile_die(d->path, st);
}
