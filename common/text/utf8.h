/* utf8: every text tabel writes is UTF-8 without NUL bytes (nor U+FFFE,
 * U+FFFF, which no workbook can hold). Input that is
 * not (a Latin-1 or Windows-1252 export, binary junk) is converted here,
 * one line or field at a time, and the caller reports it with its line
 * (docs/limits.md, "Encoding"):
 *
 *	st = utf8_fix(&fix, line, len, &line, &len);
 *	if (st != UTF8_OK)
 *		warn_at(name, lineno, "%s", utf8_strerror(st));
 */
#ifndef TABEL_UTF8_H
#define TABEL_UTF8_H

#include <stdbool.h>
#include <stddef.h>

enum utf8_status {
	UTF8_OK,		/* valid UTF-8 without NUL: unchanged */
	UTF8_CP1252,		/* invalid UTF-8: read as Windows-1252 */
	UTF8_NUL,		/* valid, but NUL bytes became U+FFFD */
	UTF8_NONCHAR,		/* valid, but U+FFFE, U+FFFF became U+FFFD */
	UTF8_STATUS_COUNT
};

/* Room for the converted text; owned, reused from call to call. */
struct utf8_fixer {
	char *buf;
	size_t cap;
};

/* The length of the longest prefix of the LEN bytes at S that is valid
 * UTF-8 (RFC 3629: no overlong forms, surrogates or code points past
 * U+10FFFF); LEN when all of it is. */
size_t utf8_valid_prefix(const char *s, size_t len);
/* True when all LEN bytes at S are valid UTF-8. */
bool utf8_valid(const char *s, size_t len);
/* The length of the leading run of the LEN bytes at S that is ASCII
 * without NUL: text up to there is clean (utf8_clean); found eight bytes
 * at a time, so a page can be searched whole for the lines to ask. */
size_t utf8_plain_len(const char *s, size_t len);
/* The characters of the LEN bytes of UTF-8 at S (its lead bytes). */
size_t utf8_width(const char *s, size_t len);
/* True when utf8_fix would leave the LEN bytes at S as they are: valid
 * UTF-8 without NUL, U+FFFE or U+FFFF. */
bool utf8_clean(const char *s, size_t len);
/* Make the LEN bytes at S valid UTF-8 without NUL: *OUT, *OUT_LEN are S,
 * LEN when they are (UTF8_OK), else a converted copy in F's buffer, valid
 * until the next call: each byte that is no part of a valid UTF-8
 * sequence is read as Windows-1252 (the bytes 0x80-0x9F that code page
 * leaves undefined become U+0080-U+009F, as WHATWG does), valid
 * sequences stay as they are, and NUL bytes and the noncharacters
 * U+FFFE and U+FFFF (XML, so XLSX, cannot hold them) become U+FFFD.
 * UTF8_CP1252 wins over UTF8_NUL, and that over UTF8_NONCHAR, when more
 * apply. */
enum utf8_status utf8_fix(struct utf8_fixer *f, const char *s, size_t len,
    const char **out, size_t *out_len);
/* Free F's buffer; F can be used again. */
void utf8_fixer_free(struct utf8_fixer *f);
/* The message for a caller to report, e.g. "invalid UTF-8, read as
 * Windows-1252". */
const char *utf8_strerror(enum utf8_status status);

#endif
