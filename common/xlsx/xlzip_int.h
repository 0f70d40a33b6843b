/* xlzip_int: the headers of a zip archive as the parts of xlzip read
 * them (xlzip.c: the directory and a member read; xlzip_copy.c: the
 * copy). Not for other modules. */
#ifndef TABEL_XLZIP_INT_H
#define TABEL_XLZIP_INT_H

#include <stddef.h>
#include <stdint.h>

#include "common/xlsx/xlzip.h"

#define XLZIP_LOCAL_SIG 0x04034b50UL
#define XLZIP_CENTRAL_SIG 0x02014b50UL
#define XLZIP_LOCAL_SIZE 30
#define XLZIP_CENTRAL_SIZE 46
#define XLZIP_STORED 0
#define XLZIP_DEFLATED 8

/* One member as the central directory lists it. */
struct xlzip_entry {
	size_t pos, size;	/* its central header in z->dir, with name,
				 * extra field and comment */
	const char *name;	/* in z->dir, not NUL-terminated */
	size_t name_len;
	unsigned flags, method;
	unsigned long crc, csize, usize;
	uint64_t offset;	/* of its local header */
};

/* Little-endian fields. */
unsigned xlzip_get16(const unsigned char *p);
unsigned long xlzip_get32(const unsigned char *p);
/* Read N bytes at AT of the archive into BUF: XLZIP_ECORRUPT when it
 * ends first. */
enum xlzip_status xlzip_read_at(struct xlzip *z, uint64_t at, void *buf,
    size_t n);
/* The central header at POS of z->dir into E, checked for a shape xlzip
 * handles. */
enum xlzip_status xlzip_entry(const struct xlzip *z, size_t pos,
    struct xlzip_entry *e);
/* Check E's local header against E; where its data starts into
 * *DATA_AT. Uses z->buf. */
enum xlzip_status xlzip_local(struct xlzip *z, const struct xlzip_entry *e,
    uint64_t *data_at);
/* The one member named NAME into E. */
enum xlzip_status xlzip_find(const struct xlzip *z, const char *name,
    struct xlzip_entry *e);

#endif
