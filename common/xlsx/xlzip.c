/* xlzip: a zip archive read through its central directory, one member
 * inflated (see xlzip.h; the copy is xlzip_copy.c). The numbers are
 * PKWARE's APPNOTE: little-endian fields, a local header of 30 bytes
 * before each member's name, extra field and data, a central header of
 * 46 per member, an end record of 22 and the archive's comment last. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <zlib.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/xlsx/xlzip.h"
#include "common/xlsx/xlzip_int.h"

#define END_SIG 0x06054b50UL
#define ZIP64_LOCATOR_SIG 0x07064b50UL
#define ZIP64_LOCATOR_SIZE 20
#define END_SIZE 22
#define MAX_COMMENT 65535
#define FLAG_ENCRYPTED 0x0001
#define FLAG_DESCRIPTOR 0x0008
#define FLAG_STRONG 0x0040	/* strong encryption */
#define FLAG_MASKED 0x2000	/* central directory encrypted */
#define ZIP64_EXTRA 0x0001	/* the extra field of zip64's sizes */

static const char *const messages[XLZIP_STATUS_COUNT] = {
	[XLZIP_OK] = "ok",
	[XLZIP_EREAD] = "cannot read the archive",
	[XLZIP_EWRITE] = "write error",
	[XLZIP_ENOTZIP] = "not a zip archive (no end record)",
	[XLZIP_ECORRUPT] = "damaged zip archive (its headers disagree)",
	[XLZIP_EZIP64] = "a zip64 archive, not handled",
	[XLZIP_ESPLIT] = "a zip archive over several disks, not handled",
	[XLZIP_EENCRYPTED] = "an encrypted member, not handled",
	[XLZIP_EDESCRIPTOR] = "a member with its sizes after its data "
	    "(data descriptor), not handled",
	[XLZIP_EMETHOD] = "compressed otherwise than by deflate, not handled",
	[XLZIP_ENOMEMBER] = "no such member",
	[XLZIP_ETWICE] = "two members of that name",
	[XLZIP_ETOOBIG] = "member too large",
	[XLZIP_EDATA] = "damaged member (its data does not inflate to its "
	    "size and CRC-32)",
};

const char *
xlzip_strerror(enum xlzip_status status)
{
	if ((unsigned)status >= XLZIP_STATUS_COUNT)
		return "unknown xlzip status";
	return messages[status];
}

unsigned
xlzip_get16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

unsigned long
xlzip_get32(const unsigned char *p)
{
	return (unsigned long)xlzip_get16(p) |
	    (unsigned long)xlzip_get16(p + 2) << 16;
}

enum xlzip_status
xlzip_read_at(struct xlzip *z, uint64_t at, void *buf, size_t n)
{
	if (fseeko(z->fp, (off_t)at, SEEK_SET) != 0)
		return XLZIP_EREAD;
	if (fread(buf, 1, n, z->fp) != n)
		return ferror(z->fp) ? XLZIP_EREAD : XLZIP_ECORRUPT;
	return XLZIP_OK;
}

/* True when the LEN bytes of extra field at P hold zip64's sizes, whose
 * offsets a copy would have to move too. */
static bool
has_zip64(const unsigned char *p, size_t len)
{
	while (len >= 4) {
		size_t n = 4 + xlzip_get16(p + 2);

		if (xlzip_get16(p) == ZIP64_EXTRA)
			return true;
		if (n > len)
			break;
		p += n;
		len -= n;
	}
	return false;
}

/* The shape a member may not have: encrypted, sizes after the data. */
static enum xlzip_status
check_flags(unsigned flags)
{
	if (flags & (FLAG_ENCRYPTED | FLAG_STRONG | FLAG_MASKED))
		return XLZIP_EENCRYPTED;
	if (flags & FLAG_DESCRIPTOR)
		return XLZIP_EDESCRIPTOR;
	return XLZIP_OK;
}

enum xlzip_status
xlzip_entry(const struct xlzip *z, size_t pos, struct xlzip_entry *e)
{
	const unsigned char *h = z->dir + pos;
	size_t extra;

	if (pos > z->dir_size || z->dir_size - pos < XLZIP_CENTRAL_SIZE ||
	    xlzip_get32(h) != XLZIP_CENTRAL_SIG)
		return XLZIP_ECORRUPT;
	e->name_len = xlzip_get16(h + 28);
	extra = xlzip_get16(h + 30);
	e->size = XLZIP_CENTRAL_SIZE + e->name_len + extra +
	    xlzip_get16(h + 32);
	if (z->dir_size - pos < e->size)
		return XLZIP_ECORRUPT;
	e->pos = pos;
	e->name = (const char *)h + XLZIP_CENTRAL_SIZE;
	e->flags = xlzip_get16(h + 8);
	e->method = xlzip_get16(h + 10);
	e->crc = xlzip_get32(h + 16);
	e->csize = xlzip_get32(h + 20);
	e->usize = xlzip_get32(h + 24);
	e->offset = xlzip_get32(h + 42);
	if (xlzip_get16(h + 34) != 0)
		return XLZIP_ESPLIT;
	if (e->csize == 0xFFFFFFFFUL || e->usize == 0xFFFFFFFFUL ||
	    e->offset == 0xFFFFFFFFUL || has_zip64(h + XLZIP_CENTRAL_SIZE +
	    e->name_len, extra))
		return XLZIP_EZIP64;
	return check_flags(e->flags);
}

/* Check the local header of E against it: the same name, method,
 * CRC-32 and sizes, and the whole member before the central directory;
 * its data starts at *DATA_AT. */
enum xlzip_status
xlzip_local(struct xlzip *z, const struct xlzip_entry *e, uint64_t *data_at)
{
	unsigned char h[XLZIP_LOCAL_SIZE];
	enum xlzip_status st;
	size_t extra;

	if (e->offset + (uint64_t)XLZIP_LOCAL_SIZE + e->name_len > z->dir_at)
		return XLZIP_ECORRUPT;
	if ((st = xlzip_read_at(z, e->offset, h, sizeof h)) != XLZIP_OK ||
	    (st = xlzip_read_at(z, e->offset + XLZIP_LOCAL_SIZE, z->buf,
	    e->name_len)) != XLZIP_OK)
		return st;
	if (xlzip_get32(h) != XLZIP_LOCAL_SIG ||
	    xlzip_get16(h + 26) != e->name_len ||
	    memcmp(z->buf, e->name, e->name_len) != 0)
		return XLZIP_ECORRUPT;
	if ((st = check_flags(xlzip_get16(h + 6))) != XLZIP_OK)
		return st;
	if (xlzip_get32(h + 18) == 0xFFFFFFFFUL ||
	    xlzip_get32(h + 22) == 0xFFFFFFFFUL)
		return XLZIP_EZIP64;
	if (xlzip_get16(h + 8) != e->method || xlzip_get32(h + 14) != e->crc ||
	    xlzip_get32(h + 18) != e->csize || xlzip_get32(h + 22) != e->usize)
		return XLZIP_ECORRUPT;
	extra = xlzip_get16(h + 28);
	*data_at = e->offset + XLZIP_LOCAL_SIZE + e->name_len + extra;
	if (*data_at + e->csize > z->dir_at)
		return XLZIP_ECORRUPT;
	if ((st = xlzip_read_at(z, *data_at - extra, z->buf, extra)) !=
	    XLZIP_OK)
		return st;
	return has_zip64(z->buf, extra) ? XLZIP_EZIP64 : XLZIP_OK;
}

/* Does the end record start at I of the last TAIL bytes of the archive
 * in BUF, its comment running to the end? */
static bool
is_end(const unsigned char *buf, size_t i, size_t tail)
{
	return xlzip_get32(buf + i) == END_SIG &&
	    i + END_SIZE + xlzip_get16(buf + i + 20) == tail;
}

/* Find the end record among the last bytes of the SIZE bytes of the
 * archive, the last one whose comment runs to the end; keep it and the
 * comment, and check the shape it gives. */
static enum xlzip_status
read_end(struct xlzip *z, uint64_t size)
{
	size_t tail = size < END_SIZE + MAX_COMMENT ? (size_t)size :
	    END_SIZE + MAX_COMMENT, i;
	unsigned char *buf, *e, locator[4];
	enum xlzip_status st;
	uint64_t end_at;

	if (tail < END_SIZE)
		return XLZIP_ENOTZIP;
	buf = xmalloc(tail);
	if ((st = xlzip_read_at(z, size - tail, buf, tail)) != XLZIP_OK) {
		free(buf);
		return st;
	}
	for (i = tail - END_SIZE; i > 0 && !is_end(buf, i, tail); i--)
		;
	if (!is_end(buf, i, tail)) {
		free(buf);
		return XLZIP_ENOTZIP;
	}
	z->end_size = tail - i;
	z->end = xmalloc(z->end_size);
	memcpy(z->end, buf + i, z->end_size);
	free(buf);
	end_at = size - z->end_size;
	e = z->end;
	if (end_at >= ZIP64_LOCATOR_SIZE && xlzip_read_at(z, end_at -
	    ZIP64_LOCATOR_SIZE, locator, 4) == XLZIP_OK &&
	    xlzip_get32(locator) == ZIP64_LOCATOR_SIG)
		return XLZIP_EZIP64;
	if (xlzip_get16(e + 10) == 0xFFFF || xlzip_get32(e + 12) ==
	    0xFFFFFFFFUL || xlzip_get32(e + 16) == 0xFFFFFFFFUL)
		return XLZIP_EZIP64;
	if (xlzip_get16(e + 4) != 0 || xlzip_get16(e + 6) != 0 ||
	    xlzip_get16(e + 8) != xlzip_get16(e + 10))
		return XLZIP_ESPLIT;
	z->entries = xlzip_get16(e + 10);
	z->dir_size = xlzip_get32(e + 12);
	z->dir_at = xlzip_get32(e + 16);
	return z->dir_at + z->dir_size > end_at ? XLZIP_ECORRUPT : XLZIP_OK;
}

/* Read the central directory and check each member it lists. */
static enum xlzip_status
read_dir(struct xlzip *z)
{
	struct xlzip_entry e;
	enum xlzip_status st;
	uint64_t data_at;
	size_t pos = 0;

	z->dir = xmalloc(z->dir_size + 1);
	if ((st = xlzip_read_at(z, z->dir_at, z->dir, z->dir_size)) !=
	    XLZIP_OK)
		return st;
	for (unsigned long k = 0; k < z->entries; k++, pos += e.size)
		if ((st = xlzip_entry(z, pos, &e)) != XLZIP_OK ||
		    (st = xlzip_local(z, &e, &data_at)) != XLZIP_OK)
			return st;
	return pos == z->dir_size ? XLZIP_OK : XLZIP_ECORRUPT;
}

enum xlzip_status
xlzip_open(struct xlzip *z, FILE *fp)
{
	enum xlzip_status st;
	off_t size;

	memset(z, 0, sizeof *z);
	z->fp = fp;
	z->buf = xmalloc(XLZIP_CHUNK);
	if (fseeko(fp, 0, SEEK_END) != 0 || (size = ftello(fp)) < 0)
		st = XLZIP_EREAD;
	else if ((st = read_end(z, (uint64_t)size)) == XLZIP_OK)
		st = read_dir(z);
	if (st != XLZIP_OK)
		xlzip_close(z);
	return st;
}

enum xlzip_status
xlzip_find(const struct xlzip *z, const char *name, struct xlzip_entry *e)
{
	struct xlzip_entry at;
	size_t n = strlen(name), pos = 0;
	bool found = false;

	for (unsigned long k = 0; k < z->entries; k++, pos += at.size) {
		xlzip_entry(z, pos, &at);	/* checked by xlzip_open */
		if (at.name_len != n || memcmp(at.name, name, n) != 0)
			continue;
		if (found)
			return XLZIP_ETWICE;
		*e = at;
		found = true;
	}
	return found ? XLZIP_OK : XLZIP_ENOMEMBER;
}

/* Inflate E's data at AT of the archive into OUT, E->usize bytes and
 * one more: a member that inflates to more than its size is damaged. */
static enum xlzip_status
inflate_member(struct xlzip *z, const struct xlzip_entry *e, uint64_t at,
    unsigned char *out)
{
	z_stream s = { 0 };
	unsigned long left = e->csize;
	int ret;

	if ((ret = inflateInit2(&s, -MAX_WBITS)) != Z_OK)
		die("zlib: %s", zError(ret));
	if (fseeko(z->fp, (off_t)at, SEEK_SET) != 0) {
		inflateEnd(&s);
		return XLZIP_EREAD;
	}
	s.next_out = out;
	s.avail_out = (uInt)e->usize + 1;	/* usize < 0xFFFFFFFF */
	do {
		if (s.avail_in == 0 && left > 0) {
			s.avail_in = (uInt)fread(z->buf, 1, left < XLZIP_CHUNK ?
			    left : XLZIP_CHUNK, z->fp);
			s.next_in = z->buf;
			left -= s.avail_in;
			if (s.avail_in == 0)
				break;
		}
		ret = inflate(&s, Z_NO_FLUSH);
	} while (ret == Z_OK);
	inflateEnd(&s);
	if (ferror(z->fp))
		return XLZIP_EREAD;
	return ret == Z_STREAM_END && s.total_out == e->usize ? XLZIP_OK :
	    XLZIP_EDATA;
}

enum xlzip_status
xlzip_read(struct xlzip *z, const char *name, size_t max, char **data,
    size_t *len)
{
	struct xlzip_entry e;
	enum xlzip_status st;
	uint64_t at;
	unsigned char *buf;

	*data = NULL;
	*len = 0;
	if ((st = xlzip_find(z, name, &e)) != XLZIP_OK ||
	    (st = xlzip_local(z, &e, &at)) != XLZIP_OK)
		return st;
	if (e.method != XLZIP_STORED && e.method != XLZIP_DEFLATED)
		return XLZIP_EMETHOD;
	if (e.usize > max)
		return XLZIP_ETOOBIG;
	buf = xmalloc(e.usize + 1);
	if (e.method == XLZIP_STORED)
		st = e.csize != e.usize ? XLZIP_EDATA : xlzip_read_at(z, at,
		    buf, e.usize);
	else
		st = inflate_member(z, &e, at, buf);
	if (st == XLZIP_OK && crc32(0, buf, (uInt)e.usize) != e.crc)
		st = XLZIP_EDATA;
	if (st != XLZIP_OK) {
		free(buf);
		return st;
	}
	buf[e.usize] = '\0';
	*data = (char *)buf;
	*len = e.usize;
	return XLZIP_OK;
}

void
xlzip_close(struct xlzip *z)
{
	free(z->dir);
	free(z->end);
	free(z->buf);
	z->dir = z->end = z->buf = NULL;
	z->dir_size = z->end_size = 0;
	z->entries = 0;
}
