/* xlzip: one member of a zip archive replaced, the rest copied as it is.
 * A workbook is a zip archive; libxlsxwriter 1.1.4 cannot write some of
 * what tabel wants in it (the quote prefix of xl/styles.xml), so the
 * finished workbook is copied with that member rewritten. The archive is
 * read through its central directory and checked whole before a byte
 * is written; the other members are copied in chunks, their bytes and
 * headers unchanged but for their offsets, the new member deflated.
 * Memory: the central directory, the member read and its new form.
 * Handled: one disk, no zip64, no encryption, sizes in the local headers
 * (no data descriptors), as libxlsxwriter writes; any other shape is
 * refused with its own status, never copied wrong. */
#ifndef TABEL_XLZIP_H
#define TABEL_XLZIP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define XLZIP_CHUNK 65536	/* bytes read or copied at once */

enum xlzip_status {
	XLZIP_OK,
	XLZIP_EREAD,		/* reading the archive failed (errno) */
	XLZIP_EWRITE,		/* writing the copy failed (errno) */
	XLZIP_ENOTZIP,		/* no end record: not a zip archive */
	XLZIP_ECORRUPT,		/* a header points outside the archive or
				 * disagrees with another */
	XLZIP_EZIP64,		/* zip64 (or the copy would need it) */
	XLZIP_ESPLIT,		/* spread over several disks */
	XLZIP_EENCRYPTED,	/* a member is encrypted */
	XLZIP_EDESCRIPTOR,	/* a member's sizes follow its data */
	XLZIP_EMETHOD,		/* the member is neither stored nor
				 * deflated */
	XLZIP_ENOMEMBER,	/* no member by that name */
	XLZIP_ETWICE,		/* two members by that name */
	XLZIP_ETOOBIG,		/* the member is larger than allowed */
	XLZIP_EDATA,		/* the member does not inflate, or not to
				 * its size and CRC-32 */
	XLZIP_STATUS_COUNT
};

/* An archive open for reading; starts zeroed. */
struct xlzip {
	FILE *fp;		/* the archive, not owned */
	unsigned char *dir;	/* its central directory, owned */
	size_t dir_size;
	uint64_t dir_at;	/* where it starts: the members lie before */
	unsigned long entries;	/* members in it */
	unsigned char *end;	/* its end record and comment, owned */
	size_t end_size;
	unsigned char *buf;	/* XLZIP_CHUNK bytes for reading, owned */
};

/* Read the central directory of the archive FP (seekable, binary) into
 * Z and check every member's local header against it. On failure Z
 * holds nothing to free. */
enum xlzip_status xlzip_open(struct xlzip *z, FILE *fp);
/* The content of member NAME into a new buffer *DATA (NUL-terminated,
 * owned by the caller) of *LEN bytes, at most MAX; inflated and its
 * CRC-32 checked. */
enum xlzip_status xlzip_read(struct xlzip *z, const char *name, size_t max,
    char **data, size_t *len);
/* Write the archive to OUT with member NAME's content replaced by the
 * LEN bytes at DATA (deflated); every other member and the archive's
 * comment as they are, in the central directory's order. */
enum xlzip_status xlzip_copy(struct xlzip *z, FILE *out, const char *name,
    const char *data, size_t len);
/* Free what Z holds (its FILE stays open). */
void xlzip_close(struct xlzip *z);
const char *xlzip_strerror(enum xlzip_status status);

#endif
