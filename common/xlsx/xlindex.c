/* xlindex: indexes by directory, the match of a table to its entry, the
 * Index sheet. */
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/table/tableid.h"
#include "common/xlsx/xlindex.h"

/* The directory of PATH, resolved when it exists ("a/b.csv": "a"). */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrndup(".", 1) :
	    xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	char *real = realpath(dir, NULL);

	if (real == NULL)
		return dir;
	free(dir);
	return real;
}

bool
xlindex_named(const char *path)
{
	char stem[16];

	tableid_stem(path, stem, sizeof stem);
	return strcmp(stem, "index") == 0;
}

/* True when paths A and B name the same file. */
static bool
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

enum tabindex_status
xlindex_add(struct xlindex *x, const char *path, struct tabindex *failed)
{
	struct xlindex_file *f;
	enum tabindex_status st;

	for (size_t i = 0; i < x->n; i++)
		if (same_file(x->files[i].path, path))
			return TABINDEX_OK;	/* given twice: once */
	xgrow(&x->files, &x->cap, x->n + 1, sizeof *x->files);
	f = &x->files[x->n];
	memset(f, 0, sizeof *f);
	if ((st = tabindex_read(&f->ix, path)) != TABINDEX_OK) {
		*failed = f->ix;
		return st;
	}
	f->path = xstrndup(path, strlen(path));
	f->dir = dir_of(path);
	f->given = xcalloc(f->ix.n + 1, sizeof *f->given);
	f->sheet = xcalloc(f->ix.n + 1, sizeof *f->sheet);
	x->n++;
	return TABINDEX_OK;
}

/* The entries of the indexes (those in DIR when SAME_DIR, else all) that
 * describe table ID: the count, the last into *FILE and *ENTRY. Two
 * entries of one source with one id cannot be told apart either. */
static size_t
candidates(const struct xlindex *x, const char *dir, bool same_dir,
    const char *id, size_t *file, size_t *entry)
{
	size_t found = 0;

	for (size_t i = 0; i < x->n; i++) {
		if (same_dir && strcmp(x->files[i].dir, dir) != 0)
			continue;
		for (size_t e = 0; e < x->files[i].ix.n; e++)
			if (strcmp(x->files[i].ix.entries[e].field[
			    TABINDEX_TABLE], id) == 0) {
				found++;
				*file = i;
				*entry = e;
			}
	}
	return found;
}

const struct tabindex_entry *
xlindex_match(struct xlindex *x, const char *path, const char *id,
    const char *sheet)
{
	char *dir;
	size_t file = 0, entry = 0, n;
	struct xlindex_file *f;

	if (x->n == 0)
		return NULL;
	dir = dir_of(path);
	if ((n = candidates(x, dir, true, id, &file, &entry)) == 0)
		n = candidates(x, dir, false, id, &file, &entry);
	free(dir);
	if (n == 0) {
		note_at(path, 0, "table %s is not in the index", id);
		return NULL;
	}
	if (n > 1) {
		warn_at(path, 0, "table %s is in the index %zu times (several "
		    "sources?): no caption; give each document's index.csv "
		    "beside its tables", id, n);
		return NULL;
	}
	f = &x->files[file];
	if (f->given[entry]++ > 0)
		warn_at(path, 0, "table %s of %s is given twice (also sheet "
		    "'%s')", id, f->ix.entries[entry].field[TABINDEX_SOURCE],
		    f->sheet[entry]);
	else
		snprintf(f->sheet[entry], sizeof f->sheet[entry], "%s", sheet);
	return &f->ix.entries[entry];
}

bool
xlindex_sources(const struct xlindex *x, char *out, size_t n)
{
	size_t len = 0;
	const char *src, *last = "";

	out[0] = '\0';
	for (size_t i = 0; i < x->n; i++)
		for (size_t e = 0; e < x->files[i].ix.n; e++) {
			src = x->files[i].ix.entries[e].field[TABINDEX_SOURCE];
			if (strcmp(src, last) == 0 || len + 3 >= n)
				continue;
			len += (size_t)snprintf(out + len, n - len, "%s%s",
			    len > 0 ? ", " : "", src);
			if (len >= n)
				len = n - 1;
			last = src;
		}
	return len > 0;
}

void
xlindex_report(const struct xlindex *x)
{
	for (size_t i = 0; i < x->n; i++)
		for (size_t e = 0; e < x->files[i].ix.n; e++)
			if (x->files[i].given[e] == 0)
				note_at(x->files[i].path,
				    x->files[i].ix.entries[e].line,
				    "table %s is not among the inputs",
				    x->files[i].ix.entries[e].field[
				    TABINDEX_TABLE]);
}

void
xlindex_free(struct xlindex *x)
{
	for (size_t i = 0; i < x->n; i++) {
		tabindex_free(&x->files[i].ix);
		free(x->files[i].path);
		free(x->files[i].dir);
		free(x->files[i].given);
		free(x->files[i].sheet);
	}
	free(x->files);
	memset(x, 0, sizeof *x);
}
