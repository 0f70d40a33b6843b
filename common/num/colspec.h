/* colspec: columns as a user names them on the command line: numbers
 * from 1, ranges "2-5" and header names, comma-separated ("2-4,Totaal").
 * A name matches a header cell exactly. */
#ifndef TABEL_COLSPEC_H
#define TABEL_COLSPEC_H

#include <stdbool.h>
#include <stddef.h>

#include "common/sys/csvio.h"

/* Check SPEC: NULL when it is good, else why not ("empty column name":
 * "2,,3" or ""; "bad column number or range": "0", "2-", "5-3"), with
 * *ITEM and *LEN naming the item at fault. */
const char *colspec_check(const char *spec, const char **item, size_t *len);
/* Does SPEC pick column I (from 0) under HEADER? Past the header's end
 * only numbers and ranges can. */
bool colspec_picks(const char *spec, const struct csvio_row *header,
    size_t i);
/* Step *CURSOR (first: SPEC itself) to the next item of SPEC that names
 * no column of HEADER (a name no cell carries, a number or range that
 * starts past its last column), setting *ITEM and *LEN; false when no
 * such item is left. */
bool colspec_next_unknown(const char **cursor, const struct csvio_row *header,
    const char **item, size_t *len);

#endif
