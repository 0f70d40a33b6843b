/* input: plain and gzip file or stdin reading for every tool. Gzip data is
 * recognised by its magic bytes and inflated member after member; input
 * that ends inside a member, or junk after one, is an error, never a
 * quietly shorter file. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/sys/err.h"
#include "common/sys/input.h"
#include "common/sys/xalloc.h"

#define RAW_CHUNK (128u * 1024)

static const char *const input_messages[INPUT_STATUS_COUNT] = {
	[INPUT_OK] = "ok",
	[INPUT_EOF] = "end of file",
	[INPUT_EOPEN] = "cannot open",
	[INPUT_EISDIR] = "is a directory",
	[INPUT_EREAD] = "read error",
	[INPUT_ETRUNC] = "gzip data ends early",
	[INPUT_ECORRUPT] = "gzip data is corrupt",
	[INPUT_EJUNK] = "junk after the gzip data",
};

const char *
input_strerror(enum input_status status)
{
	if ((unsigned)status >= INPUT_STATUS_COUNT)
		return "unknown input status";
	return input_messages[status];
}

/* read(2) that retries on EINTR; -1 with errno on failure. */
static ssize_t
read_some(int fd, void *buf, size_t n)
{
	ssize_t r;

	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	return r;
}

/* Read ahead until two bytes are buffered or the input ends, so the gzip
 * magic can be seen even on a pipe that delivers one byte at a time. */
static enum input_status
peek_magic(struct input *in)
{
	ssize_t r;

	while (in->have < 2) {
		r = read_some(in->fd, in->buf + in->have, RAW_CHUNK - in->have);
		if (r < 0) {
			in->errnum = errno;
			return INPUT_EREAD;
		}
		if (r == 0)
			break;
		in->have += (size_t)r;
	}
	if (in->have >= 2 && in->buf[0] == 0x1f && in->buf[1] == 0x8b) {
		z_stream *z = xcalloc(1, sizeof *z);
		int ret = inflateInit2(z, 15 + 16);

		/* memory, or a zlib unlike the one built against: the
		 * system fails, not the input (common/sys/err.h) */
		if (ret != Z_OK)
			die("zlib: %s", zError(ret));
		z->next_in = in->buf;
		z->avail_in = (uInt)in->have;
		in->z = z;
	}
	return INPUT_OK;
}

enum input_status
input_open(struct input *in, const char *path)
{
	struct stat st;
	enum input_status status;

	memset(in, 0, sizeof *in);
	if (path == NULL || strcmp(path, "-") == 0) {
		in->name = "(stdin)";
		in->fd = dup(STDIN_FILENO);
	} else {
		in->name = path;
		in->fd = open(path, O_RDONLY);
	}
	if (in->fd < 0) {
		in->errnum = errno;
		return INPUT_EOPEN;
	}
	if (fstat(in->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		input_close(in);
		return INPUT_EISDIR;
	}
	in->buf = xmalloc(RAW_CHUNK);
	if ((status = peek_magic(in)) != INPUT_OK) {
		int saved = errno;

		input_close(in);
		errno = saved;
		return status;
	}
	return INPUT_OK;
}

/* Plain input: the read-ahead bytes first, then straight from the file. */
static enum input_status
read_plain(struct input *in, char *buf, size_t n, size_t *got)
{
	ssize_t r;

	if (in->pos < in->have) {
		*got = in->have - in->pos < n ? in->have - in->pos : n;
		memcpy(buf, in->buf + in->pos, *got);
		in->pos += *got;
		return INPUT_OK;
	}
	if ((r = read_some(in->fd, buf, n)) < 0) {
		in->errnum = errno;
		return INPUT_EREAD;
	}
	*got = (size_t)r;
	return r == 0 ? INPUT_EOF : INPUT_OK;
}

/* Gzip input: inflate until some output comes. The input may end only
 * right after a member; anything but another member after one is junk. */
static enum input_status
read_gzip(struct input *in, char *buf, size_t n, size_t *got)
{
	z_stream *z = in->z;
	uInt want = n > UINT_MAX ? UINT_MAX : (uInt)n;
	ssize_t r;
	int ret;

	z->next_out = (unsigned char *)buf;
	z->avail_out = want;
	while (z->avail_out == want) {
		if (z->avail_in == 0) {
			if ((r = read_some(in->fd, in->buf, RAW_CHUNK)) < 0) {
				in->errnum = errno;
				return INPUT_EREAD;
			}
			if (r == 0 && in->member_done)
				return INPUT_EOF;
			if (r == 0) {
				in->detail = Z_BUF_ERROR;
				return in->junk ? INPUT_EJUNK : INPUT_ETRUNC;
			}
			z->next_in = in->buf;
			z->avail_in = (uInt)r;
		}
		/* After a member, anything but the gzip magic is junk. */
		if (in->member_done)
			in->junk = z->next_in[0] != 0x1f ||
			    (z->avail_in > 1 && z->next_in[1] != 0x8b);
		if (in->member_done) {
			inflateReset(z);
			in->member_done = 0;
		}
		ret = inflate(z, Z_NO_FLUSH);
		*got = want - z->avail_out;
		if (ret == Z_STREAM_END) {
			in->member_done = 1;
		} else if (ret == Z_MEM_ERROR) {	/* the system's failure */
			die("zlib: %s", zError(ret));
		} else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			in->detail = ret;
			return in->junk ? INPUT_EJUNK : INPUT_ECORRUPT;
		}
	}
	return INPUT_OK;
}

enum input_status
input_read(struct input *in, char *buf, size_t n, size_t *got)
{
	enum input_status status;

	*got = 0;
	errno = 0;
	if (n == 0)
		return INPUT_OK;
	if (in->z != NULL)
		status = read_gzip(in, buf, n, got);
	else
		status = read_plain(in, buf, n, got);
	/* Output that came before an error is returned first. */
	if (status != INPUT_OK && status != INPUT_EOF && *got > 0)
		status = INPUT_OK;
	return status;
}

void
input_close(struct input *in)
{
	if (in->z != NULL) {
		inflateEnd(in->z);
		free(in->z);
		in->z = NULL;
	}
	if (in->fd >= 0)
		close(in->fd);
	in->fd = -1;
	free(in->buf);
	in->buf = NULL;
}
