/* input: open a named file, or standard input for "-", with transparent
 * gzip through zlib, and read its bytes. Gzip data is inflated here rather
 * than through gzread(), which in zlib 1.2.13 can end a truncated stream
 * without an error (and without its last bytes) when a read ends exactly
 * where the input does. */
#ifndef TABEL_INPUT_H
#define TABEL_INPUT_H

#include <stddef.h>
#include <sys/types.h>

enum input_status {
	INPUT_OK,
	INPUT_EOF,
	INPUT_EOPEN,		/* cannot open (errno set) */
	INPUT_EISDIR,		/* a directory given as a file */
	INPUT_EREAD,		/* read error (errno set) */
	INPUT_ETRUNC,		/* gzip data ends inside a member */
	INPUT_ECORRUPT,		/* gzip data that zlib refuses */
	INPUT_EJUNK,		/* other data after the last gzip member */
	INPUT_STATUS_COUNT
};

struct input {
	const char *name;	/* as given, "-" shown as "(stdin)" */
	int fd;			/* -1 when closed */
	void *z;		/* z_stream for gzip input, NULL for plain */
	unsigned char *buf;	/* raw bytes read ahead: [pos, have) */
	size_t pos, have;
	_Bool member_done;	/* a gzip member ended and nothing followed yet */
	_Bool junk;		/* what followed a member is no gzip magic */
	int detail;		/* zlib's error code for ETRUNC, ECORRUPT, EJUNK */
	int errnum;		/* errno for EOPEN and EREAD */
};

/* Open PATH (NULL or "-": standard input). NAME points into PATH. */
enum input_status input_open(struct input *in, const char *path);
/* Read up to N bytes into BUF; *GOT is 0 only with INPUT_EOF. */
enum input_status input_read(struct input *in, char *buf, size_t n,
    size_t *got);
/* Close; standard input is left open for the process. */
void input_close(struct input *in);
/* A static description of STATUS, for messages. */
const char *input_strerror(enum input_status status);

#endif
