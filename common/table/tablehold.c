/* tablehold: the size of a table held in memory (see tablehold.h). */
#include "common/table/tablehold.h"

_Static_assert(TABLEHOLD_CELLS == 262144 && TABLEHOLD_BYTES == 16 << 20,
    "tablehold_strerror names the limits");

bool
tablehold_add(struct tablehold *h, size_t n, size_t bytes)
{
	if (h->over || n > TABLEHOLD_CELLS - h->cells ||
	    bytes > TABLEHOLD_BYTES - h->bytes) {
		h->over = true;
		return false;
	}
	h->rows++;
	h->cells += n;
	h->bytes += bytes;
	return true;
}

bool
tablehold_fits(size_t rows, size_t cols)
{
	return cols == 0 || rows <= TABLEHOLD_CELLS / cols;
}

const char *
tablehold_strerror(void)
{
	return "too large to hold in memory (more than 262144 cells or "
	    "16 MiB)";
}
