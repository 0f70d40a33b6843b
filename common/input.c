/* input: gzip-transparent file and stdin reading for every tool. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/input.h"

static const char *const input_messages[INPUT_STATUS_COUNT] = {
	[INPUT_OK] = "ok",
	[INPUT_EOF] = "end of file",
	[INPUT_EOPEN] = "cannot open",
	[INPUT_EISDIR] = "is a directory",
	[INPUT_EREAD] = "read error",
	[INPUT_ETRUNC] = "compressed data is truncated or corrupt",
};

const char *
input_strerror(enum input_status status)
{
	if ((unsigned)status >= INPUT_STATUS_COUNT)
		return "unknown input status";
	return input_messages[status];
}

enum input_status
input_open(struct input *in, const char *path)
{
	struct stat st;
	int fd;

	memset(in, 0, sizeof *in);
	if (path == NULL || strcmp(path, "-") == 0) {
		in->name = "(stdin)";
		fd = dup(STDIN_FILENO);
	} else {
		in->name = path;
		fd = open(path, O_RDONLY);
	}
	if (fd < 0)
		return INPUT_EOPEN;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		return INPUT_EISDIR;
	}
	in->gz = gzdopen(fd, "rb");
	if (in->gz == NULL) {
		close(fd);
		errno = ENOMEM;
		return INPUT_EOPEN;
	}
	gzbuffer(in->gz, 128 * 1024);
	return INPUT_OK;
}

enum input_status
input_read(struct input *in, char *buf, size_t n, size_t *got)
{
	int r, errnum;
	unsigned want = n > (1u << 30) ? 1u << 30 : (unsigned)n;

	*got = 0;
	errno = 0;
	r = gzread(in->gz, buf, want);
	if (r < 0) {
		gzerror(in->gz, &errnum);
		in->detail = errnum;
		return errnum == Z_ERRNO ? INPUT_EREAD : INPUT_ETRUNC;
	}
	if (r == 0) {
		/* zlib reports a gzip stream cut short only here, at the end. */
		gzerror(in->gz, &errnum);
		if (errnum != Z_OK) {
			in->detail = errnum;
			return errnum == Z_ERRNO ? INPUT_EREAD : INPUT_ETRUNC;
		}
		return INPUT_EOF;
	}
	*got = (size_t)r;
	return INPUT_OK;
}

void
input_close(struct input *in)
{
	if (in->gz != NULL)
		gzclose_r(in->gz);
	in->gz = NULL;
}
