/* stackfind: find tables of one cell a line. Each line gets a class:
 * text (T), a number (N), a year or date (Y), a mark for none (M, which
 * fits any), or none at all (a line no cell could be: it ends a run).
 * In a run, the rows are the longest stretch of groups of P lines whose
 * classes repeat, each group opening with a label of text; the header
 * is the P (or P - 1, no label header) lines of text and years above.
 * Runs that go on over single blank lines are asked again with each
 * blank line a class of its own (B: an empty cell, never a label). */
#include <stdlib.h>
#include <string.h>

#include "common/delim/delimregion.h"
#include "common/delim/stackfind.h"
#include "common/delim/stackfind_line.h"
#include "common/sys/xalloc.h"


/* The kinds of the lines of run [FROM, END): a cell's, or EMPTY for a
 * text that ends a sentence. False when the run holds fewer than two
 * values alone. A line is asked once a page (the lines known so far
 * are one stretch: runs are asked in page order, and a run over blank
 * lines holds those of blocks). */
static bool
run_kinds(struct stackfind *f, const char *const *line, const size_t *len,
    size_t from, size_t end)
{
	size_t i, values = 0;
	const char *s;
	size_t l;

	for (i = from; i < end && values < 2; i++)
		values += stackfind_lone_value(line[i], len[i]);
	if (values < 2)
		return false;
	for (i = from; i < end; i++) {
		if (i >= f->known_from && i < f->known_end) {
			i = f->known_end - 1;
			continue;
		}
		s = line[i];
		l = len[i];
		delimcell_trim(&s, &l);
		f->kind[i] = delimcell_kind(s, l);
	}
	if (from <= f->known_end && end >= f->known_from &&
	    f->known_end > f->known_from) {
		f->known_from = from < f->known_from ? from : f->known_from;
		f->known_end = end > f->known_end ? end : f->known_end;
	} else {
		f->known_from = from;
		f->known_end = end;
	}
	return true;
}

static char
cls(enum delimcell_kind k)
{
	switch (k) {
	case DELIMCELL_TEXT:
		return 'T';
	case DELIMCELL_NUMBER:
		return 'N';
	case DELIMCELL_MISSING:
		return 'M';
	case DELIMCELL_EMPTY:	/* a blank line inside a run */
		return 'B';
	default:
		return 'Y';
	}
}

/* Groups of P lines from line S before END, each STRIDE lines after the
 * one before (P, or P + 1 with a blank line between), whose classes
 * repeat: a label of text first, each other column of one class (M and
 * B, an empty cell, fit any), a column of numbers at least, no more
 * columns of text than of numbers (a chart's labels, a header cut into
 * lines, are no rows) and none of blank lines alone. The first and the
 * last group hold a cell besides the label; the last may end at a blank
 * line before its P lines, half of them at least (*LAST: its lines, else
 * P). */
static size_t
groups(const enum delimcell_kind *kind, size_t s, size_t end, size_t p,
    size_t stride, size_t *last)
{
	char pattern[STACKFIND_MAX_PERIOD], next[STACKFIND_MAX_PERIOD], c;
	size_t g, j, at, numbers = 0, text = 0, valued = 0;
	bool value;

	memset(pattern, 0, sizeof(pattern));	/* 0: no cell yet */
	*last = p;
	for (g = 0; (at = s + g * stride) < end; g++) {
		if (cls(kind[at]) != 'T')
			break;
		memcpy(next, pattern, sizeof(next));
		for (j = 1, value = false; j < p && at + j < end; j++) {
			if ((c = cls(kind[at + j])) == 'B')
				continue;
			if (c != 'M' && next[j] != 0 && next[j] != 'M' &&
			    next[j] != c)
				break;
			if (c != 'M' || next[j] == 0)
				next[j] = c;
			value = true;
		}
		if (j < p && !(2 * (j - 1) >= p && value &&
		    cls(kind[at + j - 1]) == 'B'))
			break;
		if (!value && g == 0)
			break;
		memcpy(pattern, next, sizeof(pattern));
		if (value)
			valued = g + 1;
		if (j < p) {	/* the table ends at the blank line */
			*last = j - 1;
			break;
		}
	}
	for (j = 1; j < p; j++) {
		if (pattern[j] == 0)
			return 0;
		numbers += pattern[j] == 'N';
		text += pattern[j] == 'T';
	}
	return numbers > 0 && text <= numbers ? valued : 0;
}

/* Header lines above line S, no further up than FROM, for period P: P
 * lines of text and years (or P - 1 of two or more: the label header
 * left out; one line alone is a title as likely), 0 when they are not
 * there. */
static size_t
header_lines(const enum delimcell_kind *kind, size_t from, size_t s,
    size_t p)
{
	size_t h = 0;

	while (h < p && s - h > from && (kind[s - h - 1] == DELIMCELL_TEXT ||
	    kind[s - h - 1] == DELIMCELL_YEAR ||
	    kind[s - h - 1] == DELIMCELL_DATE))
		h++;
	return h == p || (h == p - 1 && h >= 2) ? h : 0;
}

/* The header of rows from line S into *T: right above them, or above a
 * blank line (only inside a run over blank lines: a solid run has
 * none). Its count of lines. */
static size_t
header_of(const enum delimcell_kind *kind, size_t from, size_t s,
    size_t p, struct stackfind_table *t)
{
	size_t h = header_lines(kind, from, s, p), above = s;

	if (h == 0 && s >= from + 2 && kind[s - 1] == DELIMCELL_EMPTY)
		h = header_lines(kind, from, above = s - 1, p);
	t->head = above - h;
	t->headers = h;
	return h;
}

/* Page numbers down column J, never falling: a table of contents. */
static bool
page_numbers(const char *const *line, const size_t *len,
    const struct stackfind_table *t, size_t j)
{
	size_t i;
	int v, last = 1;

	for (i = t->body + j; i < t->end; i += t->stride) {
		if ((v = delimcell_page_number(line[i], len[i])) < last)
			return false;
		last = v;
	}
	return true;
}

/* The best table in the run [FROM, END) into *T: the period and first
 * row that cover most lines, a header that fits counting as its lines.
 * False when none has rows enough. */
static bool
best_in_run(const struct stackfind *f, size_t from, size_t end,
    struct stackfind_table *t)
{
	size_t p, s, g, h, last, score, best = 0;
	struct stackfind_table c;

	for (p = 2; p <= STACKFIND_MAX_PERIOD; p++)
		for (s = from; s + 2 * p <= end; s++) {
			g = groups(f->kind, s, end, p, p, &last);
			h = header_of(f->kind, from, s, p, &c);
			if (g < (h > 0 ? 2u : 3u))
				continue;
			score = (g - 1) * p + last + h;
			if (score > best) {
				best = score;
				t->head = c.head;
				t->headers = h;
				t->body = s;
				t->end = s + (g - 1) * p + last;
				t->period = t->stride = p;
			}
		}
	return best > 0;
}

/* One past the run of cell lines from line I. */
static size_t
run_end(const struct stackfind *f, size_t i, size_t n)
{
	while (i < n && f->kind[i] != DELIMCELL_EMPTY)
		i++;
	return i;
}

static bool
blank(const char *s, size_t len)
{
	delimcell_trim(&s, &len);
	return len == 0;
}

/* Are the lines [FROM, END) a header: text, years and dates alone? */
static bool
header_block(const char *const *line, const size_t *len, size_t from,
    size_t end)
{
	enum delimcell_kind k;

	for (; from < end; from++) {
		k = delimcell_kind(line[from], len[from]);
		if (k != DELIMCELL_TEXT && k != DELIMCELL_YEAR &&
		    k != DELIMCELL_DATE)
			return false;
	}
	return true;
}

/* Rows of one block each, a blank line between: runs of the same length
 * P from line FROM, the label and its values, under a header block of P
 * or P - 1 lines (the run that ends just above, a blank line between)
 * or none. Into *T; false when they are no table. */
static bool
blocks(struct stackfind *f, const char *const *line, const size_t *len,
    size_t n, size_t from, size_t top, struct stackfind_table *t)
{
	size_t p = run_end(f, from, n) - from, at = from, last = from, k = 0;
	size_t g, h = 0, hs, whole;

	if (p < 2 || p > STACKFIND_MAX_PERIOD)
		return false;
	while (at + p <= n && run_end(f, at, n) == at + p) {
		k++;
		last = at;
		if (at + p + 1 >= n || !blank(line[at + p], len[at + p]))
			break;
		at += p + 1;
	}
	if (k < 2 || !run_kinds(f, line, len, from, last + p))
		return false;
	for (hs = from - 1; from >= top + 2 && hs > top &&
	    f->kind[hs - 1] != DELIMCELL_EMPTY; hs--)
		continue;
	if (from >= top + 2 && blank(line[from - 1], len[from - 1]) &&
	    (from - 1 - hs == p || (from - 1 - hs == p - 1 && p >= 3)) &&
	    header_block(line, len, hs, from - 1))
		h = from - 1 - hs;
	g = groups(f->kind, from, last + p, p, p + 1, &whole);
	if (g < (h > 0 ? 2u : 3u))
		return false;
	t->head = h > 0 ? hs : from;
	t->headers = h;
	t->body = from;
	t->end = from + (g - 1) * (p + 1) + p;
	t->period = p;
	t->stride = p + 1;
	return true;
}

/* Table T into *OUT unless it is a table of contents: page numbers
 * under no header or caption. */
static void
keep(struct stackfind_table *t, const char *const *line, const size_t *len,
    struct stackfind_table **out, size_t *cap, size_t *count)
{
	size_t j;

	t->caption = delimregion_caption_above(line, len, t->head);
	for (j = 1; j < t->period; j++)
		if (t->headers == 0 && t->caption == STACKFIND_NONE &&
		    page_numbers(line, len, t, j))
			return;
	xgrow(out, cap, *count + 1, sizeof(**out));
	(*out)[(*count)++] = *t;
}

/* Does table T read a blank line (an empty cell, the line between its
 * header and rows, the one its last row ends at), and are its empty
 * cells fewer than those with a value? (Half empty, the blank lines may
 * as well be spacing.) */
static bool
reads_blank(const enum delimcell_kind *kind, const struct stackfind_table *t)
{
	size_t i, blanks = 0, cells = 0;
	bool between = false;

	for (i = t->head; i < t->body; i++)
		between |= kind[i] == DELIMCELL_EMPTY;
	for (i = t->body; i < t->end; i++)
		if ((i - t->body) % t->period != 0)
			blanks += kind[i] == DELIMCELL_EMPTY, cells++;
	return (between || blanks > 0 || (t->end - t->body) % t->period !=
	    0) && 2 * blanks < cells;
}

/* Is T's period unsure: no header, fewer than two rows without a blank
 * line, and the rest of its lines (the blank lines dropped) rows of
 * another period? Then T->unsure is its first blank line. */
static void
unsure(struct stackfind *f, struct stackfind_table *t)
{
	size_t at, i, m = 0, whole = 0, q, g, last, first = STACKFIND_NONE;
	bool blanks;

	for (at = t->body; at < t->end; at += t->period) {
		for (i = at, blanks = false; i < at + t->period; i++)
			if (i >= t->end || f->kind[i] == DELIMCELL_EMPTY) {
				blanks = true;
				if (first == STACKFIND_NONE && i < t->end)
					first = i;
			}
		whole += !blanks;
	}
	t->unsure = STACKFIND_NONE;
	if (t->headers > 0 || whole >= 2 || first == STACKFIND_NONE)
		return;
	xgrow(&f->solid, &f->solid_cap, t->end - t->body, sizeof(*f->solid));
	for (i = t->body; i < t->end; i++)
		if (f->kind[i] != DELIMCELL_EMPTY)
			f->solid[m++] = f->kind[i];
	for (q = 2; q <= STACKFIND_MAX_PERIOD; q++) {
		g = q != t->period ? groups(f->solid, 0, m, q, q, &last) : 0;
		if (g >= 3 && (g - 1) * q + last == m) {
			t->unsure = first;
			return;
		}
	}
}


/* Could the lines [FROM, END) hold a table of one cell a line: of the
 * lines not blank, a third values alone, and two with a letter (labels;
 * the numbers of a chart have none)? In a table there are more: a
 * column of numbers at least as many as of text, few headers; in runs
 * of flow text, a blank line between rows, values alone are few. A
 * cheap test before the lines' kinds. */
static bool
value_dense(const char *const *line, const size_t *len, size_t from,
    size_t end)
{
	size_t i, values = 0, cells = 0, words = 0;

	for (i = from; i < end; i++) {
		if (blank(line[i], len[i]))
			continue;
		cells++;
		if (stackfind_lone_value(line[i], len[i]))
			values++;
		else if (words < 2)
			words += stackfind_has_letter(line[i], len[i]);
	}
	return 3 * values >= cells && words >= 2;
}

/* A table that begins in the run [FROM, END) and goes on over single
 * blank lines (empty cells), ending before two blank lines or a blank
 * line and a line no cell could be: into *T, false when there is none
 * or it reads no blank line (the run alone says as much). The lines so
 * joined are asked once: a later run among them gets the same answer. */
static bool
gapped(struct stackfind *f, const char *const *line, const size_t *len,
    size_t n, size_t from, size_t end, struct stackfind_table *t)
{
	size_t wend = end;

	if (from >= f->window_end) {
		while (wend + 1 < n && blank(line[wend], len[wend]) &&
		    f->kind[wend + 1] != DELIMCELL_EMPTY)
			wend = run_end(f, wend + 1, n);
		if (wend < n && blank(line[wend], len[wend]))
			wend++;	/* where the last row may end */
		f->window_end = wend;
		f->window_found = wend > end && wend - from >= 4 &&
		    value_dense(line, len, from, wend) &&
		    run_kinds(f, line, len, from, wend) &&
		    best_in_run(f, from, wend, &f->window) &&
		    reads_blank(f->kind, &f->window);
	}
	if (!f->window_found || f->window.head >= end)
		return false;
	*t = f->window;
	unsure(f, t);
	f->window_end = 0;	/* the lines after T: asked anew */
	return true;
}


size_t
stackfind_tables(struct stackfind *f, const struct pagelines *p,
    struct stackfind_table **out, size_t *cap)
{
	const char *const *line = p->line;
	const size_t *len = p->len;
	size_t from, end, top, count = 0, n = p->n;
	struct stackfind_table t;

	if (!stackfind_may_hold(p))
		return 0;
	xgrow(&f->kind, &f->kind_cap, n + 1, sizeof(*f->kind));
	stackfind_cell_lines(f, p);
	f->window_end = 0;
	f->known_from = f->known_end = 0;
	t.unsure = STACKFIND_NONE;
	for (from = 0, top = 0; from < n; from = end) {
		for (; from < n && f->kind[from] == DELIMCELL_EMPTY; from++)
			continue;
		end = run_end(f, from, n);
		if (blocks(f, line, len, n, from, top, &t)) {
			keep(&t, line, len, out, cap, &count);
			top = end = t.end;
			f->window_end = 0;
			continue;
		}
		if (gapped(f, line, len, n, from, end, &t)) {
			keep(&t, line, len, out, cap, &count);
			top = end = t.end;
			t.unsure = STACKFIND_NONE;
			continue;
		}
		if (end - from < 4 || !run_kinds(f, line, len, from, end))
			continue;
		while (end - from >= 4 && best_in_run(f, from, end, &t)) {
			keep(&t, line, len, out, cap, &count);
			top = from = t.end;
		}
	}
	return count;
}

void
stackfind_free(struct stackfind *f)
{
	free(f->kind);
	free(f->solid);
	memset(f, 0, sizeof(*f));
}
