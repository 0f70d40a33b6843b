/* test_xlzip: a member of archives made by Python's zipfile
 * (fixtures/zip/make.py) read and replaced, the copy read back member by
 * member; the shapes xlzip does not handle refused by name; every cut
 * and every changed byte of an archive refused or read, never a crash. */
#include <stdbool.h>
#include <stdlib.h>

#include "common/xlsx/xlzip.h"
#include "tests/unit/check.h"

#define DIR "fixtures/zip/"
#define STYLES "xl/styles.xml"
#define OLD_STYLES "<?xml version=\"1.0\"?>\n<styleSheet><cellXfs " \
	"count=\"2\"><xf xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\"/>" \
	"</cellXfs></styleSheet>\n"
#define NEW_STYLES "<styleSheet><cellXfs count=\"1\"><xf xfId=\"0\" " \
	"quotePrefix=\"1\"/></cellXfs></styleSheet>"

struct bytes {
	char *data;
	size_t len;
};

static struct bytes
load(const char *path)
{
	struct bytes b = { NULL, 0 };
	FILE *fp = fopen(path, "rb");
	size_t n;

	b.data = malloc(1 << 20);
	if (fp == NULL || b.data == NULL) {
		printf("FAIL %s: cannot read\n", path);
		exit(1);
	}
	while ((n = fread(b.data + b.len, 1, (1 << 20) - b.len, fp)) > 0)
		b.len += n;
	fclose(fp);
	return b;
}

/* Open the LEN bytes at DATA as an archive: its status; Z open on OK,
 * *FP to close. */
static enum xlzip_status
open_mem(const char *data, size_t len, struct xlzip *z, FILE **fp)
{
	enum xlzip_status st;

	/* fmemopen of no bytes fails: an empty file instead */
	*fp = len > 0 ? fmemopen((void *)data, len, "rb") : tmpfile();
	st = xlzip_open(z, *fp);
	return st;
}

/* The content of member NAME of the archive in B, or its status. */
static enum xlzip_status
read_member(struct bytes b, const char *name, char **data, size_t *len)
{
	struct xlzip z;
	FILE *fp;
	enum xlzip_status st = open_mem(b.data, b.len, &z, &fp);

	*data = NULL;
	if (st == XLZIP_OK) {
		st = xlzip_read(&z, name, 1 << 20, data, len);
		xlzip_close(&z);
	}
	fclose(fp);
	return st;
}

/* The archive in B with NAME replaced by TEXT, into *OUT (malloc'd). */
static enum xlzip_status
replace(struct bytes b, const char *name, const char *text,
    struct bytes *out)
{
	struct xlzip z;
	FILE *fp, *mem = open_memstream(&out->data, &out->len);
	enum xlzip_status st = open_mem(b.data, b.len, &z, &fp);

	if (st == XLZIP_OK) {
		st = xlzip_copy(&z, mem, name, text, strlen(text));
		xlzip_close(&z);
	}
	fclose(fp);
	fclose(mem);
	return st;
}

/* Each member of ORIG reads the same from COPY, but REPLACED: TEXT. */
static void
same_but(struct bytes orig, struct bytes copy, const char *const *names,
    const char *replaced, const char *text)
{
	char *a, *b;
	size_t alen, blen;

	for (; *names != NULL; names++) {
		enum xlzip_status st = read_member(copy, *names, &b, &blen);

		CHECK(st == XLZIP_OK, "%s in the copy: %s", *names,
		    xlzip_strerror(st));
		if (st != XLZIP_OK)
			continue;
		if (strcmp(*names, replaced) == 0) {
			CHECK_STR(*names, b, text);
		} else {
			read_member(orig, *names, &a, &alen);
			CHECK(alen == blen && memcmp(a, b, alen) == 0,
			    "%s: not the same in the copy", *names);
			free(a);
		}
		free(b);
	}
}

static void
round_trip(void)
{
	static const char *const small_names[] = { "[Content_Types].xml",
	    STYLES, "docProps/stored.txt", NULL };
	static const char *const big_names[] = { STYLES,
	    "xl/media/noise.bin", NULL };
	struct bytes small = load(DIR "small.zip"), big = load(DIR "big.zip");
	struct bytes copy, again;
	char *data;
	size_t len;

	CHECK(read_member(small, STYLES, &data, &len) == XLZIP_OK &&
	    strcmp(data, OLD_STYLES) == 0, "small.zip: styles not read");
	free(data);
	CHECK(read_member(small, "docProps/stored.txt", &data, &len) ==
	    XLZIP_OK && strcmp(data, "stored as it is\n") == 0,
	    "small.zip: stored member not read");
	free(data);
	CHECK(replace(small, STYLES, NEW_STYLES, &copy) == XLZIP_OK,
	    "small.zip: no copy");
	same_but(small, copy, small_names, STYLES, NEW_STYLES);
	/* the comment stays; the same copy gives the same bytes */
	CHECK(copy.len > 18 && memcmp(copy.data + copy.len - 18,
	    "tabel test archive", 18) == 0, "small.zip: comment lost");
	CHECK(replace(small, STYLES, NEW_STYLES, &again) == XLZIP_OK &&
	    again.len == copy.len && memcmp(again.data, copy.data, copy.len)
	    == 0, "small.zip: two copies differ");
	free(again.data);
	/* a member, stored, becomes deflated */
	CHECK(replace(copy, "docProps/stored.txt", "", &again) == XLZIP_OK,
	    "small.zip: empty member");
	same_but(copy, again, small_names, "docProps/stored.txt", "");
	free(again.data);
	free(copy.data);
	/* the member after it is larger than a chunk */
	CHECK(replace(big, STYLES, NEW_STYLES, &copy) == XLZIP_OK,
	    "big.zip: no copy");
	same_but(big, copy, big_names, STYLES, NEW_STYLES);
	free(copy.data);
	free(small.data);
	free(big.data);
}

static void
refused(void)
{
	static const struct {
		const char *path, *member;
		enum xlzip_status want;
	} cases[] = {
		{ DIR "descriptor.zip", STYLES, XLZIP_EDESCRIPTOR },
		{ DIR "zip64.zip", STYLES, XLZIP_EZIP64 },
		{ DIR "method.zip", STYLES, XLZIP_EMETHOD },
		{ DIR "twice.zip", STYLES, XLZIP_ETWICE },
		{ DIR "small.zip", "xl/none.xml", XLZIP_ENOMEMBER },
		{ DIR "small.zip", "xl/styles", XLZIP_ENOMEMBER },
		{ DIR "make.py", STYLES, XLZIP_ENOTZIP },
	};
	struct bytes b, out;
	char *data;
	size_t len;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		b = load(cases[i].path);
		CHECK(read_member(b, cases[i].member, &data, &len) ==
		    cases[i].want && data == NULL, "%s: not %s", cases[i].path,
		    xlzip_strerror(cases[i].want));
		if (cases[i].want == XLZIP_ETWICE ||
		    cases[i].want == XLZIP_ENOMEMBER) {
			CHECK(replace(b, cases[i].member, "x", &out) ==
			    cases[i].want, "%s: copied", cases[i].path);
			free(out.data);
		}
		free(b.data);
	}
	b = load(DIR "small.zip");
	CHECK(read_member((struct bytes){ b.data, 0 }, STYLES, &data, &len)
	    == XLZIP_ENOTZIP, "empty file: not ENOTZIP");
	b.data[6] |= 1;		/* the first member encrypted */
	CHECK(read_member(b, STYLES, &data, &len) == XLZIP_EENCRYPTED,
	    "encrypted: not refused");
	free(b.data);
}

/* Every cut of an archive, and every byte of it changed: an error or a
 * member read whole and right (its CRC-32 holds), and a copy of it. */
static void
damaged(void)
{
	struct bytes b = load(DIR "small.zip"), out;
	char *data;
	size_t len, read_ok = 0;
	enum xlzip_status st;

	for (size_t cut = 0; cut < b.len; cut++) {
		st = read_member((struct bytes){ b.data, cut }, STYLES, &data,
		    &len);
		CHECK(st != XLZIP_OK, "cut at %zu: read", cut);
		free(data);
	}
	for (size_t i = 0; i < b.len; i++) {
		b.data[i] ^= 0x5A;
		st = read_member(b, STYLES, &data, &len);
		CHECK(st != XLZIP_OK || strcmp(data, OLD_STYLES) == 0,
		    "byte %zu changed: read wrong", i);
		read_ok += st == XLZIP_OK;
		free(data);
		if (replace(b, STYLES, NEW_STYLES, &out) == XLZIP_OK) {
			st = read_member(out, STYLES, &data, &len);
			CHECK(st == XLZIP_OK && strcmp(data, NEW_STYLES) == 0,
			    "byte %zu changed: copy unread", i);
			free(data);
		}
		free(out.data);
		b.data[i] ^= 0x5A;
	}
	/* the other members' data and the comment: some changes read */
	CHECK(read_ok > 0 && read_ok < b.len, "%zu of %zu changes read",
	    read_ok, b.len);
	free(b.data);
}

/* A full disk: the copy says so. */
static void
write_error(void)
{
	struct bytes b = load(DIR "big.zip");
	struct xlzip z;
	FILE *fp, *full = fopen("/dev/full", "w");
	enum xlzip_status st = open_mem(b.data, b.len, &z, &fp);

	if (full == NULL)
		return;
	CHECK(st == XLZIP_OK && xlzip_copy(&z, full, STYLES, "x", 1) ==
	    XLZIP_EWRITE, "/dev/full: no write error");
	xlzip_close(&z);
	fclose(fp);
	fclose(full);
	free(b.data);
}

int
main(void)
{
	round_trip();
	refused();
	damaged();
	write_error();
	return check_done();
}
