/* rawside: blocks of labels and values printed side by side in raw text
 * ("Spain 268 Spain 153 Germany 91"): how many there are, and each line of
 * a region read again as its part in one block, so that each block comes
 * out as a table of its own. */
#ifndef TABEL_RAWSIDE_H
#define TABEL_RAWSIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "common/cells/rawline.h"
#include "common/raw/rawregion.h"

struct rawside {
	const char **s;		/* the region's lines as read first */
	size_t *len;
	size_t cap;
	size_t *off;		/* scratch: segment bounds of one line */
	size_t off_cap;
	size_t *hlen, *hstart;	/* scratch: header lines to blocks */
	bool *glue;
	size_t hcap;
};

/* How many blocks region R holds: K >= 2 when three or more of its value
 * lines, and most, are K runs of a label and values alike, and its header
 * has K lines or more; else 1. */
size_t rawside_count(struct rawside *sd, const enum rawregion_kind *kind,
    const struct rawline *raw, const struct rawregion *r);
/* Read the lines of R (kept as first read on the first call for R, P 0)
 * as block P of K: a value line of K runs as its P-th run, the header
 * lines cut into K groups as the P-th group, any other line whole in
 * block 0 and empty in the others. */
void rawside_read(struct rawside *sd, const enum rawregion_kind *kind,
    struct rawline *raw, const struct rawregion *r, size_t p, size_t k);
void rawside_free(struct rawside *sd);

#endif
