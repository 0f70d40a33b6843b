/* rawsub: the sub-label cycle of a raw table found on its labels, then
 * the table made anew with one column more. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/raw/rawsub.h"
#include "common/sys/xalloc.h"

#define SUB_MAX 4	/* sub-labels of a cycle */
#define CYCLES_MIN 3	/* cycles that make the pattern */

/* The last word of S, into *WORD, *LEN. */
static void
last_word(const char *s, const char **word, size_t *len)
{
	size_t n = strlen(s), k = n;

	while (k > 0 && s[k - 1] != ' ')
		k--;
	*word = s + k;
	*len = n - k;
}

/* The cycle of sub-labels of T into SUB (pointers into T's first value
 * rows); returns its length, 0 when the rows do not cycle. */
static size_t
find_cycle(const struct table *t, const char **sub, size_t *sublen)
{
	size_t r, k = 0, seen = 0, len;
	const char *w;

	for (r = 0; r < t->nrows; r++) {
		if (!table_row_has_values(t, r))
			continue;
		last_word(t->rows[r].label, &w, &len);
		if (len == 0)
			return 0;
		if (seen == k && k < SUB_MAX && (k == 0 || len != sublen[0] ||
		    memcmp(w, sub[0], len) != 0)) {
			/* the first cycle */
			sub[k] = w, sublen[k++] = len;
		} else if (len != sublen[seen % k] ||
		    memcmp(w, sub[seen % k], len) != 0) {
			return 0;
		}
		seen++;
	}
	return k >= 2 && seen % k == 0 && seen / k >= CYCLES_MIN ? k : 0;
}

/* The group label of the cycle ending at row END (one past its last
 * value row), from FROM: the rows without values and the label text
 * before each sub-label, in order. */
static char *
group_text(const struct table *t, size_t from, size_t end,
    const size_t *sublen, size_t k)
{
	size_t r, n = 0, len, seen = 0, cap = 1;
	char *out = xreallocarray(NULL, cap, 1);
	const char *s;

	for (r = from; r < end; r++) {
		s = t->rows[r].label;
		len = strlen(s);
		if (table_row_has_values(t, r))
			len -= sublen[seen++ % k];
		while (len > 0 && s[len - 1] == ' ')
			len--;
		if (len == 0)
			continue;
		xgrow(&out, &cap, n + len + 2, 1);
		if (n > 0)
			out[n++] = ' ';
		memcpy(out + n, s, len);
		n += len;
	}
	out[n] = '\0';
	return out;
}

/* Copy what T says beside its rows (caption, headers, notes) into U,
 * whose columns are one more. */
static void
copy_frame(const struct table *t, struct table *u)
{
	size_t c;

	u->number = t->number ? table_strndup(u, t->number,
	    strlen(t->number)) : NULL;
	u->dup = t->dup;
	u->caption = t->caption ? table_strndup(u, t->caption,
	    strlen(t->caption)) : NULL;
	u->caption_unit = t->caption_unit ? table_strndup(u, t->caption_unit,
	    strlen(t->caption_unit)) : NULL;
	u->first_line = t->first_line;
	u->last_line = t->last_line;
	table_set_columns(u, t->ncols + 1);
	u->label_header = table_strndup(u, t->label_header,
	    strlen(t->label_header));
	for (c = 0; c < t->ncols; c++)
		u->headers[c + 1] = table_strndup(u, t->headers[c],
		    strlen(t->headers[c]));
	table_copy_notes(u, t);
}

/* One past the K-th row with values from row FROM of T; 0 when fewer
 * are left. */
static size_t
cycle_end(const struct table *t, size_t from, size_t k)
{
	size_t r, seen = 0;

	for (r = from; r < t->nrows; r++)
		if (table_row_has_values(t, r) && ++seen == k)
			return r + 1;
	return 0;
}

/* Row R of T into U with the sub-label SUB[0..LEN) (none: "") first and
 * the label LABEL. */
static void
copy_row(const struct table *t, size_t r, const char *label,
    const char *sub, size_t len, struct table *u)
{
	size_t row, c;
	const struct table_cell *cell;

	row = table_add_row(u, label, strlen(label), t->rows[r].line);
	table_set_cell(u, row, 0, sub, len, t->rows[r].line);
	for (c = 0; c < t->ncols; c++) {
		cell = &t->cells[r * t->ncols + c];
		if (cell->raw[0] != '\0')
			table_set_cell(u, row, c + 1, cell->raw,
			    strlen(cell->raw), cell->line);
	}
}

void
rawsub_apply(struct table *t)
{
	const char *sub[SUB_MAX], *w;
	size_t sublen[SUB_MAX], k, r, from, end, n, len;
	struct table u;
	char *group;

	if ((k = find_cycle(t, sub, sublen)) == 0)
		return;
	table_init(&u, t->source);
	copy_frame(t, &u);
	for (from = 0; (end = cycle_end(t, from, k)) != 0; from = end) {
		group = group_text(t, from, end, sublen, k);
		for (n = 0, r = from; r < end; r++) {
			if (!table_row_has_values(t, r))
				continue;
			last_word(t->rows[r].label, &w, &len);
			copy_row(t, r, n++ == 0 ? group : "", w, len, &u);
		}
		free(group);
	}
	for (r = from; r < t->nrows; r++)	/* rows after the last cycle */
		copy_row(t, r, t->rows[r].label, "", 0, &u);
	table_note(&u, (size_t)-1, u.first_line, false, "rows cycle through "
	    "%zu sub-labels: a column of their own, the label between them "
	    "their group's", k);
	table_free(t);
	*t = u;
}
