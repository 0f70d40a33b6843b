/* test_xlstyles: the quote prefix set on chosen cell formats of styles
 * XML, where Excel writes it (after xfId), nowhere else. */
#include <stdlib.h>

#include "common/xlsx/xlstyles.h"
#include "tests/unit/check.h"

#define STYLE_XFS "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" " \
	"xfId=\"0\"/></cellStyleXfs>"
#define Q " quotePrefix=\"1\""

static const struct {
	const char *xml;
	size_t xf[3], n;
	enum xlstyles_status want;
	const char *out;	/* NULL: the XML unchanged */
} cases[] = {
	/* libxlsxwriter's shapes; cellStyleXfs is no list of cell formats */
	{ STYLE_XFS "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"0\"/>"
	    "<xf numFmtId=\"164\" fontId=\"1\" xfId=\"0\" "
	    "applyNumberFormat=\"1\"/><xf numFmtId=\"0\" xfId=\"0\" "
	    "applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf></cellXfs>",
	    { 1, 2 }, 2, XLSTYLES_OK,
	    STYLE_XFS "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"0\"/>"
	    "<xf numFmtId=\"164\" fontId=\"1\" xfId=\"0\"" Q " "
	    "applyNumberFormat=\"1\"/><xf numFmtId=\"0\" xfId=\"0\"" Q " "
	    "applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf></cellXfs>" },
	{ "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"49\"/>"
	    "</cellXfs>", { 1, 1 }, 2, XLSTYLES_OK,
	    "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf" Q " numFmtId="
	    "\"49\"/></cellXfs>" },
	{ "<cellXfs><xf xfId=\"0\" quotePrefix=\"1\"/></cellXfs>", { 0 }, 1,
	    XLSTYLES_OK, NULL },
	{ "<cellXfs>\n<xfoo/><xf\nxfId=\"12\"/></cellXfs>", { 0 }, 1,
	    XLSTYLES_OK, "<cellXfs>\n<xfoo/><xf" Q "\nxfId=\"12\"/></cellXfs>" },
	{ "<cellXfs count=\"1\"><xf xfId=\"0\"/></cellXfs>", { 0 }, 0,
	    XLSTYLES_OK, NULL },
	{ "<cellXfs count=\"0\"/>", { 0 }, 0, XLSTYLES_OK, NULL },
	/* refused */
	{ "<cellXfs count=\"0\"/>", { 0 }, 1, XLSTYLES_ERANGE, NULL },
	{ "<cellXfs><xf/><xf/></cellXfs>", { 1, 2 }, 2, XLSTYLES_ERANGE,
	    NULL },
	{ STYLE_XFS, { 0 }, 1, XLSTYLES_ENOLIST, NULL },
	{ "<cellXfsX><xf/></cellXfsX>", { 0 }, 1, XLSTYLES_ENOLIST, NULL },
	{ "<cellXfs><xf/>", { 0 }, 1, XLSTYLES_ENOLIST, NULL },
	{ "<cellXfs count=\"1\"", { 0 }, 1, XLSTYLES_ENOLIST, NULL },
	{ "<cellXfs><xf numFmtId=\"0\"</cellXfs>", { 0 }, 1,
	    XLSTYLES_ENOLIST, NULL },
	{ "", { 0 }, 1, XLSTYLES_ENOLIST, NULL },
};

int
main(void)
{
	char *out;
	size_t len;
	enum xlstyles_status st;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *xml = cases[i].xml;

		st = xlstyles_quote(xml, strlen(xml), cases[i].xf, cases[i].n,
		    &out, &len);
		CHECK(st == cases[i].want, "'%s' -> %s, want %s", xml,
		    xlstyles_strerror(st), xlstyles_strerror(cases[i].want));
		if (st != XLSTYLES_OK) {
			CHECK(out == NULL, "'%s': output on failure", xml);
			continue;
		}
		if (cases[i].out != NULL)
			CHECK_STR(xml, out, cases[i].out);
		else
			CHECK_STR(xml, out, xml);
		CHECK_INT(xml, len, strlen(out));
		free(out);
	}
	return check_done();
}
