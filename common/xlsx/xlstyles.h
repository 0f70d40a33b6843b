/* xlstyles: xl/styles.xml changed after libxlsxwriter wrote it. Excel's
 * quote prefix (what a cell typed with a leading "'" gets: editing keeps
 * it text) is the attribute quotePrefix="1" of a cell format, an <xf> in
 * <cellXfs>; libxlsxwriter 1.1.4 cannot set it (format_set_quote_prefix
 * came in 1.1.5), so the formats of text that looks like a formula get
 * it here. */
#ifndef TABEL_XLSTYLES_H
#define TABEL_XLSTYLES_H

#include <stddef.h>

enum xlstyles_status {
	XLSTYLES_OK,
	XLSTYLES_ENOLIST,	/* no <cellXfs> list, or one cut short */
	XLSTYLES_ERANGE,	/* a format numbered past the list */
	XLSTYLES_STATUS_COUNT
};

/* Copy the LEN bytes of styles XML at XML into a new NUL-terminated
 * *OUT of *OUT_LEN bytes (owned by the caller) in which each cell
 * format numbered in XF[N] (from 0, in the order of <cellXfs>: what
 * libxlsxwriter's lxw_format_get_xf_index gives) has the quote prefix,
 * after its xfId as Excel writes it; one that has it already is left
 * as it is. On failure *OUT is NULL. */
enum xlstyles_status xlstyles_quote(const char *xml, size_t len,
    const size_t *xf, size_t n, char **out, size_t *out_len);
const char *xlstyles_strerror(enum xlstyles_status status);

#endif
