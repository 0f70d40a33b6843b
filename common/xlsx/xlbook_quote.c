/* xlbook_quote: the quote prefix of guarded text (see xlbook_quote.h). */
#include <errno.h>
#include <stdlib.h>

#include "common/sys/err.h"
#include "common/xlsx/xlbook_quote.h"
#include "common/xlsx/xlstyles.h"
#include "common/xlsx/xlzip.h"

#define STYLES "xl/styles.xml"
/* Far above what tabel's formats make (some 27,000 of them, about 5 MB
 * of XML): a larger member is no styles of ours. */
#define STYLES_MAX ((size_t)64 << 20)

void
xlbook_quote_formats(struct xlbook *b)
{
	int32_t xf;
	size_t i;

	b->nquoted = 0;
	for (unsigned flags = 0; flags < XLBOOK_NFLAGS; flags++) {
		/* a format made is a format used (xlbook_format), so asking
		 * its index adds no style of its own; one that equals
		 * another shares its index */
		if (!(flags & XLBOOK_GUARD) || b->text[flags] == NULL ||
		    (xf = lxw_format_get_xf_index(b->text[flags])) < 0)
			continue;
		for (i = 0; i < b->nquoted && b->quoted[i] != (size_t)xf; i++)
			;
		if (i == b->nquoted)
			b->quoted[b->nquoted++] = (size_t)xf;
	}
}

/* What ZST, of the workbook of B (of its member WHAT, or NULL), means
 * to the caller: a write error is the caller's to report; a workbook
 * that cannot be read or copied ends the program, saying why (its
 * temporary files go with it). */
static enum outfile_status
check(const struct xlbook *b, enum xlzip_status zst, const char *what)
{
	if (zst == XLZIP_OK || zst == XLZIP_EWRITE)
		return zst == XLZIP_OK ? OUTFILE_OK : OUTFILE_EWRITE;
	if (zst == XLZIP_EREAD)
		die("%s: cannot read the workbook back for the quote prefix:",
		    b->shown);
	die("%s: cannot set the quote prefix: %s%s%s", b->shown,
	    what != NULL ? what : "", what != NULL ? ": " : "",
	    xlzip_strerror(zst));
}

/* The styles of Z with the prefix, and the copy to OUT. */
static enum outfile_status
quote_zip(struct xlbook *b, struct xlzip *z, FILE *out)
{
	enum xlstyles_status sst;
	char *xml, *quoted;
	size_t len, quoted_len;
	enum outfile_status st;

	check(b, xlzip_read(z, STYLES, STYLES_MAX, &xml, &len), STYLES);
	sst = xlstyles_quote(xml, len, b->quoted, b->nquoted, &quoted,
	    &quoted_len);
	free(xml);
	if (sst != XLSTYLES_OK)
		die("%s: cannot set the quote prefix: %s: %s", b->shown,
		    STYLES, xlstyles_strerror(sst));
	st = check(b, xlzip_copy(z, out, STYLES, quoted, quoted_len), NULL);
	free(quoted);
	return st;
}

enum outfile_status
xlbook_quote(struct xlbook *b, const char *from, FILE *out)
{
	struct xlzip z;
	enum outfile_status st;
	FILE *in = fopen(from, "rb");

	if (in == NULL)
		check(b, XLZIP_EREAD, NULL);
	check(b, xlzip_open(&z, in), NULL);
	st = quote_zip(b, &z, out);
	xlzip_close(&z);
	fclose(in);
	return st;
}
