/* textfix: utf8_fix over a file, reported once. */
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"
#include "common/text/textfix.h"
#include "common/sys/xalloc.h"

void
textfix_start(struct textfix *t, const char *name, const char *what)
{
	t->name = name;
	t->what = what;
	t->count = 0;
}

static void
count(struct textfix *t, long line, enum utf8_status st)
{
	if (t->count++ == 0)
		warn_at(t->name, line, "%s", utf8_strerror(st));
}

void
textfix_text(struct textfix *t, long line, const char **s, size_t *len)
{
	enum utf8_status st = utf8_fix(&t->fixer, *s, *len, s, len);

	if (st != UTF8_OK)
		count(t, line, st);
}

/* Append field S, LEN (NUL-terminated) to the copy as field I. */
static void
append(struct textfix *t, size_t i, const char *s, size_t len)
{
	size_t used = i == 0 ? 0 : t->offsets[i - 1] + t->row.lens[i - 1] + 1;

	xgrow(&t->bytes, &t->bytes_cap, used + len + 1, 1);
	memcpy(t->bytes + used, s, len);
	t->bytes[used + len] = '\0';
	t->offsets[i] = used;
	t->row.lens[i] = len;
}

const struct csvio_row *
textfix_row(struct textfix *t, const struct csvio_row *row)
{
	enum utf8_status st;
	const char *s;
	size_t i, len, cap;

	for (i = 0; i < row->n; i++)
		if (!utf8_clean(row->fields[i], row->lens[i]))
			break;
	if (i == row->n)
		return row;
	cap = t->cap;
	xgrow(&t->row.fields, &cap, row->n, sizeof *t->row.fields);
	cap = t->cap;
	xgrow(&t->row.lens, &cap, row->n, sizeof *t->row.lens);
	cap = t->cap;
	xgrow(&t->offsets, &cap, row->n, sizeof *t->offsets);
	t->cap = cap;
	for (i = 0; i < row->n; i++) {
		st = utf8_fix(&t->fixer, row->fields[i], row->lens[i], &s,
		    &len);
		if (st != UTF8_OK)
			count(t, row->line, st);
		append(t, i, s, len);
	}
	for (i = 0; i < row->n; i++)	/* bytes may have moved */
		t->row.fields[i] = t->bytes + t->offsets[i];
	t->row.n = row->n;
	t->row.line = row->line;
	return &t->row;
}

void
textfix_end(struct textfix *t)
{
	if (t->count > 1)
		warn_at(t->name, 0, "%ld %s with invalid UTF-8, NUL bytes or "
		    "U+FFFE/U+FFFF in all", t->count, t->what);
	t->count = 0;
}

void
textfix_free(struct textfix *t)
{
	utf8_fixer_free(&t->fixer);
	free(t->row.fields);
	free(t->row.lens);
	free(t->offsets);
	free(t->bytes);
	memset(t, 0, sizeof *t);
}
