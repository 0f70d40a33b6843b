/* colspec: column lists of the command line (see colspec.h). */
#include <stdlib.h>
#include <string.h>

#include "common/num/colspec.h"

/* The item at *CURSOR: its length; *CURSOR moves past its comma, or to
 * NULL after the last item. */
static size_t
next_item(const char **cursor, const char **item)
{
	const char *comma = strchr(*cursor, ',');
	size_t len = comma ? (size_t)(comma - *cursor) : strlen(*cursor);

	*item = *cursor;
	*cursor = comma ? comma + 1 : NULL;
	return len;
}

static bool
is_number_item(const char *item, size_t len)
{
	return len > 0 && item[0] >= '0' && item[0] <= '9';
}

/* An item "3" or "2-5" as [*FIRST, *LAST]; false when it is no valid
 * number or range. */
static bool
item_range(const char *item, size_t len, long *first, long *last)
{
	char buf[32], *end;

	if (!is_number_item(item, len) || len >= sizeof buf)
		return false;
	memcpy(buf, item, len);
	buf[len] = '\0';
	*first = *last = strtol(buf, &end, 10);
	if (*end == '-')
		*last = strtol(end + 1, &end, 10);
	return *end == '\0' && *first >= 1 && *last >= *first;
}

static bool
names_column(const struct csvio_row *header, size_t i, const char *item,
    size_t len)
{
	return i < header->n && header->lens[i] == len &&
	    memcmp(header->fields[i], item, len) == 0;
}

const char *
colspec_check(const char *spec, const char **item, size_t *len)
{
	const char *cursor = spec;
	long first, last;

	while (cursor != NULL) {
		*len = next_item(&cursor, item);
		if (*len == 0)
			return "empty column name";
		if (is_number_item(*item, *len) &&
		    !item_range(*item, *len, &first, &last))
			return "bad column number or range";
	}
	return NULL;
}

bool
colspec_picks(const char *spec, const struct csvio_row *header, size_t i)
{
	const char *cursor = spec, *item;
	long first, last;
	size_t len;

	while (cursor != NULL) {
		len = next_item(&cursor, &item);
		if (item_range(item, len, &first, &last) ?
		    (long)i + 1 >= first && (long)i + 1 <= last :
		    names_column(header, i, item, len))
			return true;
	}
	return false;
}

bool
colspec_next_unknown(const char **cursor, const struct csvio_row *header,
    const char **item, size_t *len)
{
	size_t i;
	long first, last;

	while (*cursor != NULL) {
		*len = next_item(cursor, item);
		if (item_range(*item, *len, &first, &last) &&
		    (size_t)first > header->n)
			return true;	/* "5" of a table of three columns */
		if (is_number_item(*item, *len))
			continue;
		for (i = 0; i < header->n; i++)
			if (names_column(header, i, *item, *len))
				break;
		if (i == header->n)
			return true;
	}
	return false;
}
