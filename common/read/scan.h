/* scan: the tables of a text file, read page by page (a page ends at a
 * form feed, or at a blank line before SCAN_PAGE_LINES lines) with the
 * reader its spacing calls for: the one-space flow reader
 * (common/read/detect) or the column-aligned reader (common/read/blocks,
 * colbuild). Memory follows the largest page and table, not the file. */
#ifndef TABEL_SCAN_H
#define TABEL_SCAN_H

#include <stdbool.h>

#include "common/read/detect.h"
#include "common/sys/lines.h"

#define SCAN_PAGE_LINES 400

enum scan_mode {
	SCAN_AUTO,		/* each page by its spacing */
	SCAN_FLOW,		/* one space between cells (the seeds) */
	SCAN_COLUMNS		/* cells aligned in columns (pdftotext -layout) */
};

/* "flow", "columns" or "auto" into *MODE; false for anything else. */
bool scan_mode_parse(const char *s, enum scan_mode *mode);
/* Like detect_file (common/read/detect.h), reading with MODE. */
enum lines_status scan_file(const char *path, enum scan_mode mode,
    detect_emit_fn *emit, void *ctx, struct lines *l);

#endif
