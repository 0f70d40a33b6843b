/* tableid: table ids and file names, both ways (see tableid.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/xalloc.h"
#include "common/table/caption.h"
#include "common/table/tableid.h"

void
tableid_make(const char *number, int dup, long first_line, char *out,
    size_t n)
{
	if (number == NULL)
		snprintf(out, n, "L%ld", first_line);
	else if (dup > 1)
		snprintf(out, n, "%s-%d", number, dup);
	else
		snprintf(out, n, "%s", number);
}

void
tableid_file_name(const char *number, int dup, long first_line, char *out,
    size_t n)
{
	if (number == NULL)
		snprintf(out, n, "L%ld.csv", first_line);
	else
		snprintf(out, n, "tabel-%s%s%s%.0d.csv",
		    strlen(number) < 2 && number[0] >= '0' && number[0] <= '9' ?
		    "0" : "", number, dup > 1 ? "-" : "",
		    dup > 1 ? dup : 0);
}

/* Drop SUFFIX from the end of the N-byte string S; the new length. */
static size_t
drop_suffix(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n > k && strcmp(s + n - k, suffix) == 0 ? n - k : n;
}

void
tableid_stem(const char *path, char *out, size_t n)
{
	const char *base = strrchr(path, '/');
	size_t len;

	base = base != NULL ? base + 1 : path;
	snprintf(out, n, "%s", base);
	len = strlen(out);
	len = drop_suffix(out, len, ".gz");
	out[len] = '\0';
	out[drop_suffix(out, len, ".csv")] = '\0';
}

/* The bytes of S that are digits, or also dots between digits (DOTS). */
static size_t
digits(const char *s, bool dots)
{
	size_t i = 0;

	while ((s[i] >= '0' && s[i] <= '9') || (dots && i > 0 &&
	    s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9'))
		i++;
	return i;
}

/* Is S a caption number as tableid_file_name writes it: "08", "3.1",
 * "A.2", "III", then "-2" for a second table? */
static bool
is_number_name(const char *s)
{
	size_t i = caption_number_len(s, strlen(s), false), k;

	if (i == 0)
		return false;
	if (s[i] == '-' && (k = digits(s + i + 1, false)) > 0)
		i += 1 + k;
	return s[i] == '\0';
}

bool
tableid_of_file(const char *path, char *out, size_t n)
{
	char stem[256];
	const char *num;

	tableid_stem(path, stem, sizeof stem);
	if (strncmp(stem, "tabel-", 6) == 0 && is_number_name(stem + 6)) {
		/* the zero tableid_file_name pads "8" with goes */
		num = stem + 6;
		if (num[0] == '0' && digits(num, true) == 2)
			num++;
		snprintf(out, n, "%s", num);
		return true;
	}
	snprintf(out, n, "%s", stem);
	return stem[0] == 'L' && stem[1] != '\0' &&
	    digits(stem + 1, false) == strlen(stem + 1);
}

int
tableid_occurrence(struct tableid_seen *s, const char *num)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].num, num) == 0)
			return ++s->v[i].count;
	xgrow(&s->v, &s->cap, s->n + 1, sizeof(*s->v));
	s->v[s->n].num = xstrdup(num);
	s->v[s->n].count = 1;
	return s->v[s->n++].count;
}

void
tableid_seen_free(struct tableid_seen *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i].num);
	free(s->v);
	memset(s, 0, sizeof(*s));
}
