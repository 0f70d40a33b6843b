/* rawline: the trailing value run of a pdftotext -raw line, read from the
 * end: a word is a value when common/read/chunks calls it a number; a
 * lone "%" joins the number before it. */
#include <stdlib.h>
#include <string.h>

#include "common/read/chunks.h"
#include "common/read/rawline.h"
#include "common/sys/xalloc.h"

bool
rawline_type(const char *s, size_t len, enum rawline_type *type)
{
	bool year;
	size_t i, digits = 0;

	if (len == 0 || !chunks_is_number(s, len, &year))
		return false;
	for (i = 0; i < len; i++)
		digits += s[i] >= '0' && s[i] <= '9';
	if (digits == 0)
		*type = RAWLINE_NONE;
	else if (s[len - 1] == '%')
		*type = RAWLINE_PCT;
	else if (year)
		*type = RAWLINE_YEAR;
	else if (memchr(s, '.', len) != NULL || (memchr(s, ',', len) != NULL &&
	    !(len >= 4 && s[len - 4] == ',')))
		*type = RAWLINE_DEC;	/* 1,234 is a count, 1,25 is not */
	else
		*type = RAWLINE_INT;
	return true;
}

static void
push(struct rawline *l, size_t off, size_t len, enum rawline_type type)
{
	xgrow(&l->val, &l->cap, l->nval + 1, sizeof(*l->val));
	memmove(l->val + 1, l->val, l->nval * sizeof(*l->val));
	l->val[0].off = off;
	l->val[0].len = len;
	l->val[0].type = type;
	l->nval++;
}

/* The word ending at byte END of L (spaces before END skipped): its
 * start into *START; false when there is none. */
static bool
word_before(const struct rawline *l, size_t end, size_t *start,
    size_t *wend)
{
	while (end > 0 && (l->s[end - 1] == ' ' || l->s[end - 1] == '\t'))
		end--;
	if (end == 0)
		return false;
	*wend = end;
	while (end > 0 && l->s[end - 1] != ' ' && l->s[end - 1] != '\t')
		end--;
	*start = end;
	return true;
}

void
rawline_read(struct rawline *l, const char *s, size_t len, long no)
{
	size_t end = len, start, wend, pct = 0;
	enum rawline_type type;

	l->s = s;
	l->len = len;
	l->no = no;
	l->nval = 0;
	while (word_before(l, end, &start, &wend)) {
		if (wend - start == 1 && s[start] == '%' && pct == 0) {
			pct = wend;	/* "52 %": the number comes next */
			end = start;
			continue;
		}
		if (!rawline_type(s + start, wend - start, &type) ||
		    (pct != 0 && type != RAWLINE_INT && type != RAWLINE_DEC))
			break;
		push(l, start, pct != 0 ? pct - start : wend - start,
		    pct != 0 ? RAWLINE_PCT : type);
		pct = 0;
		end = start;
	}
	if (pct != 0)
		end = pct;	/* a "%" after a word is label text */
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	l->label_len = end;
	for (start = 0; start < len && (s[start] == ' ' || s[start] == '\t' ||
	    s[start] == '\r'); start++)
		continue;
	l->blank = start == len;
}

void
rawline_unvalue(struct rawline *l, size_t k)
{
	if (k == 0 || k > l->nval)
		return;
	l->label_len = l->val[k - 1].off + l->val[k - 1].len;
	memmove(l->val, l->val + k, (l->nval - k) * sizeof(*l->val));
	l->nval -= k;
}

void
rawline_free(struct rawline *l)
{
	free(l->val);
	memset(l, 0, sizeof(*l));
}
