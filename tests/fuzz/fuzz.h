/* fuzz.h: what the libFuzzer targets in tests/fuzz share. A target
 * defines FUZZ_NAME and LLVMFuzzerTestOneInput, then includes this file.
 * Built by `make fuzz` (clang, -fsanitize=fuzzer) it is a fuzzer; built
 * with FUZZ_REPLAY (tests/unit/test_fuzz_*.c, gcc, `make test`) it is a
 * unit test that replays the committed corpus tests/fuzz/corpus/NAME,
 * where every input that once crashed or failed a check is kept. */
#ifndef TABEL_FUZZ_H
#define TABEL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef FUZZ_REPLAY
#include "tests/unit/check.h"
#define FUZZ_ASSERT(cond, ...) CHECK(cond, __VA_ARGS__)
#else
#define FUZZ_ASSERT(cond, ...) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: ", __FILE__, __LINE__); \
		fprintf(stderr, __VA_ARGS__); \
		fputc('\n', stderr); \
		abort(); \
	} \
} while (0)
#endif

/* Put DATA in temporary file number SLOT (0 or 1) and return its path;
 * the readers under test take paths. The files live until exit. */
static inline const char *
fuzz_file(int slot, const void *data, size_t size)
{
	static char paths[2][64];
	static int fds[2] = { -1, -1 };

	if (fds[slot] < 0) {
		const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
		    "/tmp";

		snprintf(paths[slot], sizeof paths[slot],
		    "%s/tabel-fuzz-XXXXXX", dir);
		if ((fds[slot] = mkstemp(paths[slot])) < 0) {
			perror(paths[slot]);
			abort();
		}
		unlink(paths[slot]);	/* reopened through /proc below */
		snprintf(paths[slot], sizeof paths[slot], "/proc/self/fd/%d",
		    fds[slot]);
	}
	if (ftruncate(fds[slot], 0) != 0 ||
	    pwrite(fds[slot], data, size, 0) != (ssize_t)size) {
		perror("fuzz_file");
		abort();
	}
	return paths[slot];
}

#ifdef FUZZ_REPLAY
#include <dirent.h>

/* Replay every file of tests/fuzz/corpus/FUZZ_NAME through the target. */
int
main(void)
{
	const char *dir = "tests/fuzz/corpus/" FUZZ_NAME;
	char path[512];
	struct dirent *e;
	DIR *d = opendir(dir);
	int files = 0;

	CHECK(d != NULL, "cannot open %s", dir);
	while (d != NULL && (e = readdir(d)) != NULL) {
		FILE *fp;
		char *buf;
		long n;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if ((fp = fopen(path, "rb")) == NULL)
			continue;
		fseek(fp, 0, SEEK_END);
		n = ftell(fp);
		rewind(fp);
		buf = malloc(n > 0 ? (size_t)n : 1);
		if (buf != NULL && fread(buf, 1, (size_t)n, fp) == (size_t)n) {
			LLVMFuzzerTestOneInput((const uint8_t *)buf,
			    (size_t)n);
			files++;
		}
		free(buf);
		fclose(fp);
	}
	if (d != NULL)
		closedir(d);
	printf("%s: %d inputs replayed\n", dir, files);
	CHECK(files > 0, "%s: no inputs", dir);
	return check_done();
}
#endif

#endif
