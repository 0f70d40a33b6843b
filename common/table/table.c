/* table: the table model, its arena, and its CSV writers. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/csvio.h"
#include "common/sys/err.h"
#include "common/text/hyphen.h"
#include "common/table/table.h"
#include "common/table/tableid.h"
#include "common/num/num.h"
#include "common/num/unit.h"
#include "common/sys/xalloc.h"

#define CHUNK_MIN 16384

struct table_chunk {
	struct table_chunk *next;
	size_t size, used;
	char data[];
};

void
table_init(struct table *t, const char *source)
{
	memset(t, 0, sizeof(*t));
	t->source = source;
	t->dup = 1;
}

void
table_move(struct table *to, struct table *from)
{
	*to = *from;
	table_init(from, from->source);
}

void
table_free(struct table *t)
{
	struct table_chunk *c, *next;

	for (c = t->arena; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(t->rows);
	free(t->cells);
	free(t->notes);
	table_init(t, t->source);
}

static void *
arena_alloc(struct table *t, size_t n)
{
	struct table_chunk *c = t->arena;
	size_t size;

	n = (n + 7) & ~(size_t)7;
	if (c == NULL || c->size - c->used < n) {
		size = n > CHUNK_MIN ? n : CHUNK_MIN;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		c->next = t->arena;
		t->arena = c;
	}
	c->used += n;
	return c->data + c->used - n;
}

char *
table_strndup(struct table *t, const char *s, size_t len)
{
	char *p = arena_alloc(t, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
table_squeeze(struct table *t, const char *s, size_t len)
{
	char *p = arena_alloc(t, len + 1);
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			if (n > 0 && p[n - 1] != ' ')
				p[n++] = ' ';
		} else {
			p[n++] = s[i];
		}
	}
	while (n > 0 && p[n - 1] == ' ')
		n--;
	p[n] = '\0';
	return p;
}

bool
table_squeezes_to(const char *s, size_t len, const char *squeezed)
{
	const char *q = squeezed;
	size_t i;
	bool space = false;	/* a run of spaces after a word */

	for (i = 0; i < len && s[i] != '\0'; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			space = q > squeezed;
			continue;
		}
		if (space && *q++ != ' ')
			return false;
		space = false;
		if (*q++ != s[i])
			return false;
	}
	/* a NUL ends the string with a space before it; the end, without */
	return (i == len || !space || *q++ == ' ') && *q == '\0';
}

void
table_set_columns(struct table *t, size_t ncols)
{
	size_t i;

	t->ncols = ncols;
	t->headers = arena_alloc(t, (ncols + 1) * sizeof(*t->headers));
	t->units = arena_alloc(t, (ncols + 1) * sizeof(*t->units));
	for (i = 0; i < ncols; i++) {
		t->headers[i] = "";
		t->units[i] = NULL;
	}
	t->label_header = "";
}

size_t
table_add_row(struct table *t, const char *label, size_t len, long line)
{
	size_t i, r = t->nrows;

	if (r == t->rows_cap) {
		xgrow(&t->rows, &t->rows_cap, r + 1, sizeof(*t->rows));
		t->cells = xreallocarray(t->cells, t->rows_cap,
		    (t->ncols ? t->ncols : 1) * sizeof(*t->cells));
	}
	t->rows[r].label = table_squeeze(t, label, len);
	t->rows[r].line = line;
	t->rows[r].judged = false;
	for (i = 0; i < t->ncols; i++) {
		t->cells[r * t->ncols + i].raw = "";
		t->cells[r * t->ncols + i].line = 0;
	}
	t->nrows++;
	return r;
}

bool
table_set_cell(struct table *t, size_t row, size_t col, const char *s,
    size_t len, long line)
{
	struct table_cell *c;

	if (row >= t->nrows || col >= t->ncols)
		return false;
	c = &t->cells[row * t->ncols + col];
	c->raw = table_strndup(t, s, len);
	c->line = len > 0 ? line : 0;
	return true;
}

void
table_append(struct table *t, size_t row, size_t col, const char *s,
    size_t len, const struct hyphen_words *w)
{
	const char **dst;
	size_t n;
	char *p;

	if (row >= t->nrows || col > t->ncols)
		return;
	dst = col == 0 ? &t->rows[row].label :
	    &t->cells[row * t->ncols + col - 1].raw;
	p = hyphen_join(w, *dst, strlen(*dst), s, len, &n);
	*dst = table_squeeze(t, p, n);
	free(p);
}

static struct table_note *
new_note(struct table *t, long line)
{
	struct table_note *n;

	if (t->nnotes == t->notes_cap)
		xgrow(&t->notes, &t->notes_cap, t->nnotes + 1,
		    sizeof(*t->notes));
	n = &t->notes[t->nnotes];
	memset(n, 0, sizeof(*n));
	n->line = line;
	n->seq = t->nnotes++;
	return n;
}

void
table_note(struct table *t, size_t row, long line, bool warn,
    const char *fmt, ...)
{
	struct table_note *n = new_note(t, line);
	va_list ap;
	char buf[512];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	n->warn = warn;
	n->text = table_strndup(t, buf, strlen(buf));
	if (row < t->nrows)
		t->rows[row].judged = true;
}

void
table_loose(struct table *t, long line, bool warn, const char *s,
    size_t len)
{
	struct table_note *n = new_note(t, line);

	n->loose = true;
	n->warn = warn;
	n->text = table_squeeze(t, s, len);
}

void
table_title_line(struct table *t, long line, const char *s, size_t len)
{
	table_loose(t, line, false, s, len);
	if (t->caption_unit == NULL)
		t->caption_unit = table_unit_text(t, s, len);
}

bool
table_row_has_values(const struct table *t, size_t r)
{
	size_t c;

	for (c = 0; c < t->ncols; c++)
		if (t->cells[r * t->ncols + c].raw[0] != '\0')
			return true;
	return false;
}

long
table_row_line(const struct table *t, size_t r)
{
	long line = t->rows[r].line, c_line;

	for (size_t c = 0; c < t->ncols; c++) {
		c_line = t->cells[r * t->ncols + c].line;
		if (c_line > 0 && (line <= 0 || c_line < line))
			line = c_line;
	}
	return line;
}

void
table_copy_notes(struct table *t, const struct table *from)
{
	const struct table_note *n;
	size_t i;

	for (i = 0; i < from->nnotes; i++) {
		n = &from->notes[i];
		if (n->loose)
			table_loose(t, n->line, n->warn, n->text,
			    strlen(n->text));
		else
			table_note(t, (size_t)-1, n->line, n->warn, "%s",
			    n->text);
	}
}

void
table_id(const struct table *t, char *buf, size_t n)
{
	tableid_make(t->number, t->dup, t->first_line, buf, n);
}

void
table_file_name(const struct table *t, char *buf, size_t n)
{
	tableid_file_name(t->number, t->dup, t->first_line, buf, n);
}

const char *
table_unit_text(struct table *t, const char *s, size_t len)
{
	size_t off, n;

	if (unit_find(s, len, &off, &n) ||
	    num_unit_find_percent(s, len, &off, &n))
		return table_strndup(t, s + off, n);
	return NULL;
}

const char *
table_header_unit_text(struct table *t, const char *s, size_t len)
{
	size_t off, n;

	return unit_find_money(s, len, &off, &n) ? table_strndup(t, s + off,
	    n) : NULL;
}

const char *
table_unit(const struct table *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (t->units[i] != NULL && t->units[i][0] != '\0')
			return t->units[i];
	return t->caption_unit;
}

static int
by_line(const void *a, const void *b)
{
	const struct table_note *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
table_sort_notes(struct table *t)
{
	if (t->nnotes > 1)
		qsort(t->notes, t->nnotes, sizeof(*t->notes), by_line);
}

void
table_report(const struct table *t, bool notes)
{
	const struct table_note *n;
	char id[64];
	size_t k;

	table_id(t, id, sizeof(id));
	for (k = 0; k < t->nnotes; k++) {
		n = &t->notes[k];
		if (n->loose && n->warn)
			warn_at(t->source, n->line, "table %s: line not placed "
			    "in any cell, kept as row 0: '%s'", id, n->text);
		else if (n->warn)
			warn_at(t->source, n->line, "table %s: %s", id,
			    n->text);
		else if (!n->loose && notes)
			note_at(t->source, n->line, "table %s: %s", id,
			    n->text);
	}
}

_Static_assert(CSVIO_MAX_FIELDS == 16384, "table_too_wide names the limit");

const char *
table_too_wide(void)
{
	return "row has more than 16384 cells";
}

void
table_leave_out(struct table *t, long line, const char *why)
{
	t->left_out = true;
	if (t->last_line < line)
		t->last_line = line;
	table_note(t, (size_t)-1, line, true, "%s, left out", why);
}
