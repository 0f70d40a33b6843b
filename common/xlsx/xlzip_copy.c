/* xlzip_copy: the archive written again with one member replaced (see
 * xlzip.h). The members go out in the central directory's order, each
 * one's local header, name, extra field and data as they are; the
 * replaced one gets its new method, CRC-32 and sizes in both its
 * headers, and each central header its member's new offset. */
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <zlib.h>

#include "common/sys/err.h"
#include "common/sys/xalloc.h"
#include "common/xlsx/xlzip.h"
#include "common/xlsx/xlzip_int.h"

#define ZIP32_MAX 0xFFFFFFFFUL	/* an offset or size this large is zip64 */
#define END_DIR_AT 16		/* the directory's offset in the end record */
#define CENTRAL_OFFSET 42	/* the member's offset in its central header */

/* The new content of the replaced member. */
struct packed {
	unsigned char *data;	/* deflated, owned */
	unsigned long len, raw_len, crc;
};

struct copy {
	struct xlzip *z;
	FILE *out;
	uint64_t written;
};

static void
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v & 0xFF);
	p[1] = (unsigned char)(v >> 8 & 0xFF);
}

static void
put32(unsigned char *p, unsigned long v)
{
	put16(p, (unsigned)(v & 0xFFFF));
	put16(p + 2, (unsigned)(v >> 16 & 0xFFFF));
}

/* Deflate the LEN bytes at DATA (less than 4 GiB) into P as minizip
 * does for libxlsxwriter: a raw stream at the default level, so the
 * same content gives the same bytes. */
static void
pack(const char *data, size_t len, struct packed *p)
{
	z_stream s = { 0 };
	uLong bound;
	int ret;

	if ((ret = deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED,
	    -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)) != Z_OK)
		die("zlib: %s", zError(ret));
	bound = deflateBound(&s, (uLong)len);
	p->data = xmalloc(bound);
	s.next_in = (Bytef *)(uintptr_t)data;	/* zlib reads it only */
	s.avail_in = (uInt)len;
	s.next_out = p->data;
	s.avail_out = (uInt)bound;
	if ((ret = deflate(&s, Z_FINISH)) != Z_STREAM_END)
		die("zlib: %s", zError(ret));
	p->len = s.total_out;
	p->raw_len = (unsigned long)len;
	p->crc = crc32(0, (const Bytef *)data, (uInt)len);
	deflateEnd(&s);
}

/* Set the fields of P in a local or central header from V, its
 * "version needed" field: deflate needs 2.0. */
static void
set_fields(unsigned char *v, const struct packed *p)
{
	if (xlzip_get16(v) < 20)
		put16(v, 20);
	put16(v + 4, XLZIP_DEFLATED);
	put32(v + 10, p->crc);
	put32(v + 14, p->len);
	put32(v + 18, p->raw_len);
}

/* The bytes of member E in the archive into *N: its local header, name,
 * extra field and data. */
static enum xlzip_status
span(struct xlzip *z, const struct xlzip_entry *e, uint64_t *n)
{
	enum xlzip_status st;
	uint64_t data_at;

	if ((st = xlzip_local(z, e, &data_at)) == XLZIP_OK)
		*n = data_at - e->offset + e->csize;
	return st;
}

/* Check that the copy needs no zip64: every offset in it, that of the
 * central directory last, under 4 GiB. */
static enum xlzip_status
check_size(struct xlzip *z, size_t target, const struct packed *p)
{
	struct xlzip_entry e;
	enum xlzip_status st = XLZIP_OK;
	uint64_t at = 0, n;
	size_t pos = 0;

	for (unsigned long k = 0; k < z->entries; k++, pos += e.size) {
		xlzip_entry(z, pos, &e);	/* checked by xlzip_open */
		if ((st = span(z, &e, &n)) != XLZIP_OK)
			return st;
		at += pos == target ? n - e.csize + p->len : n;
	}
	return at >= ZIP32_MAX ? XLZIP_EZIP64 : XLZIP_OK;
}

static enum xlzip_status
put(struct copy *c, const void *buf, size_t n)
{
	if (n > 0 && fwrite(buf, 1, n, c->out) != n)
		return XLZIP_EWRITE;
	c->written += n;
	return XLZIP_OK;
}

/* Copy the N bytes at AT of the archive, a chunk at a time. */
static enum xlzip_status
copy_range(struct copy *c, uint64_t at, uint64_t n)
{
	enum xlzip_status st = XLZIP_OK;
	size_t k;

	if (fseeko(c->z->fp, (off_t)at, SEEK_SET) != 0)
		return XLZIP_EREAD;
	for (; n > 0 && st == XLZIP_OK; n -= k) {
		k = n < XLZIP_CHUNK ? (size_t)n : XLZIP_CHUNK;
		if (fread(c->z->buf, 1, k, c->z->fp) != k)
			return ferror(c->z->fp) ? XLZIP_EREAD : XLZIP_ECORRUPT;
		st = put(c, c->z->buf, k);
	}
	return st;
}

/* The replaced member E: its local header with the fields of P, its
 * name and extra field as they are, P's data; CENTRAL, its central
 * header in the copy of the directory, gets the same fields. */
static enum xlzip_status
put_replaced(struct copy *c, const struct xlzip_entry *e,
    unsigned char *central, const struct packed *p)
{
	unsigned char h[XLZIP_LOCAL_SIZE];
	enum xlzip_status st;
	uint64_t data_at;

	if ((st = xlzip_local(c->z, e, &data_at)) != XLZIP_OK ||
	    (st = xlzip_read_at(c->z, e->offset, h, sizeof h)) != XLZIP_OK)
		return st;
	set_fields(h + 4, p);
	set_fields(central + 6, p);
	if ((st = put(c, h, sizeof h)) != XLZIP_OK ||
	    (st = copy_range(c, e->offset + sizeof h, data_at - e->offset -
	    sizeof h)) != XLZIP_OK)
		return st;
	return put(c, p->data, p->len);
}

/* The members, each central header in DIR (a copy of the directory)
 * given its member's new offset. */
static enum xlzip_status
put_members(struct copy *c, unsigned char *dir, size_t target,
    const struct packed *p)
{
	struct xlzip_entry e;
	enum xlzip_status st = XLZIP_OK;
	uint64_t n;
	size_t pos = 0;

	for (unsigned long k = 0; k < c->z->entries && st == XLZIP_OK; k++,
	    pos += e.size) {
		xlzip_entry(c->z, pos, &e);
		put32(dir + pos + CENTRAL_OFFSET, (unsigned long)c->written);
		if (pos == target)
			st = put_replaced(c, &e, dir + pos, p);
		else if ((st = span(c->z, &e, &n)) == XLZIP_OK)
			st = copy_range(c, e.offset, n);
	}
	return st;
}

enum xlzip_status
xlzip_copy(struct xlzip *z, FILE *out, const char *name, const char *data,
    size_t len)
{
	struct copy c = { z, out, 0 };
	struct xlzip_entry target;
	struct packed p;
	enum xlzip_status st;
	unsigned char *dir, at[4];
	uint64_t dir_at;

	if ((st = xlzip_find(z, name, &target)) != XLZIP_OK)
		return st;
	if (len >= ZIP32_MAX)
		return XLZIP_EZIP64;
	pack(data, len, &p);
	dir = xmalloc(z->dir_size + 1);
	memcpy(dir, z->dir, z->dir_size);
	if ((st = check_size(z, target.pos, &p)) == XLZIP_OK)
		st = put_members(&c, dir, target.pos, &p);
	dir_at = c.written;
	put32(at, (unsigned long)dir_at);
	if (st == XLZIP_OK)
		st = put(&c, dir, z->dir_size);
	if (st == XLZIP_OK)
		st = put(&c, z->end, END_DIR_AT);
	if (st == XLZIP_OK)
		st = put(&c, at, sizeof at);
	if (st == XLZIP_OK)
		st = put(&c, z->end + END_DIR_AT + 4, z->end_size - END_DIR_AT -
		    4);
	if (st == XLZIP_OK && ferror(out))
		st = XLZIP_EWRITE;
	free(dir);
	free(p.data);
	return st;
}
