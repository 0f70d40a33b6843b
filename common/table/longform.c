/* longform: the long CSV's columns (see longform.h). */
#include <string.h>

#include "common/table/longform.h"

static const char *const names[LONGFORM_COLS] = {
	"source", "table", "caption", "unit", "row", "col", "row_label",
	"col_header", "raw", "line",
};

static const char *const norm_names[LONGFORM_NORM_COLS] = {
	"value", "year", "period", "phase", "currency",
};

const char *
longform_norm_name(enum longform_norm_col c)
{
	return (unsigned)c < LONGFORM_NORM_COLS ? norm_names[c] : "";
}

const char *
longform_name(enum longform_col c)
{
	return (unsigned)c < LONGFORM_COLS ? names[c] : "";
}

long
longform_find(const struct csvio_row *row, enum longform_col c)
{
	size_t i;
	long found = -1;

	for (i = 0; (unsigned)c < LONGFORM_COLS && i < row->n; i++)
		if (strcmp(row->fields[i], names[c]) == 0)
			found = (long)i;	/* the last one */
	return found;
}

bool
longform_is_header(const struct csvio_row *row)
{
	size_t i;

	if (row->n < LONGFORM_COLS)
		return false;
	for (i = 0; i < LONGFORM_COLS; i++)
		if (strcmp(row->fields[i], names[i]) != 0)
			return false;
	return true;
}
