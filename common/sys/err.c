/* err: one place that prints diagnostics and keeps the exit status.
 * Every message is one line: control characters and bytes that are no
 * UTF-8 in it (a quoted cell, a file name) are written as escapes. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/sys/err.h"

static const char *program = "tabel";
static int worst = EXIT_OK;
static void (*die_hook)(void);

/* While a library's own messages are caught (err_catch_start): standard
 * error is a pipe, ours go to the saved one. */
static struct {
	int pipe_fd;		/* read end, -1 when not catching */
	FILE *out;		/* the real standard error */
	const char *file;
	void (*rephrase)(char *line, size_t size, void *ctx);
	void *ctx;
} catching = { -1, NULL, NULL, NULL, NULL };

void
err_init(const char *progname)
{
	program = progname;
}

const char *
err_progname(void)
{
	return program;
}

void
err_raise(int status)
{
	if (status > worst)
		worst = status;
}

int
err_status(void)
{
	return worst;
}

void
err_on_die(void (*hook)(void))
{
	die_hook = hook;
}

/* The bytes of the UTF-8 character at S (N bytes left) that a terminal
 * shows as text, or 0 for a control character (C0, DEL, C1), a line or
 * paragraph separator, or a byte that starts no valid sequence. */
static size_t
printable_len(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned long c;

	if (s[0] < 0x20 || s[0] == 0x7f)
		return 0;
	if (s[0] < 0x80)
		return 1;
	len = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 :
	    s[0] >= 0xc2 && s[0] < 0xe0 ? 2 : 0;
	if (len == 0 || len > n || (len == 4 && s[0] > 0xf4))
		return 0;
	c = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 ||
	    c > 0x10ffff)) || (c >= 0xd800 && c <= 0xdfff))
		return 0;	/* overlong, out of range, a surrogate */
	if ((c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029)
		return 0;
	return len;
}

int
err_excerpt(const char *s, size_t len)
{
	size_t n = ERR_EXCERPT;

	if (len <= n)
		return (int)len;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;	/* s[n] goes on a character: end before it starts */
	return (int)n;
}

size_t
err_escape(const char *s, size_t len, char *out, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, k;
	char e[8];

	while (i < len && n > 0) {
		for (k = 0; i + k < len && u[i + k] >= 0x20 && u[i + k] < 0x7f;
		    k++)
			continue;	/* a run of printable ASCII, most text */
		if (k > 0 && o + k >= n) {
			k = n - 1 - o;	/* what fits of it */
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
			break;
		}
		if (k > 0 || (k = printable_len(u + i, len - i)) > 0) {
			if (o + k >= n)
				break;
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
			continue;
		}
		k = u[i] == '\n' ? 'n' : u[i] == '\t' ? 't' : u[i] == '\r' ?
		    'r' : 0;
		if (k != 0)
			snprintf(e, sizeof e, "\\%c", (int)k);
		else
			snprintf(e, sizeof e, "\\x%c%c", hex[u[i] >> 4],
			    hex[u[i] & 15]);
		if (o + strlen(e) >= n)
			break;
		memcpy(out + o, e, strlen(e));
		o += strlen(e);
		i++;	/* a C1 or separator: each byte its own escape */
	}
	if (n > 0)
		out[o] = '\0';
	return i;
}

/* The stream our messages go to: standard error, or while a library's
 * messages are caught, the real one saved aside. */
static FILE *
report_stream(void)
{
	return catching.out != NULL ? catching.out : stderr;
}

static void drain_caught(void);

/* Append LEN bytes at S to BUF[N] at *AT (escaped when ESCAPE), cut at
 * its end; BUF stays a string. */
static void
add(char *buf, size_t n, size_t *at, const char *s, size_t len, bool escape)
{
	if (escape) {
		err_escape(s, len, buf + *at, n - *at);
		*at += strlen(buf + *at);
		return;
	}
	if (len > n - 1 - *at)
		len = n - 1 - *at;
	memcpy(buf + *at, s, len);
	*at += len;
	buf[*at] = '\0';
}

/* Write "PROG: [FILE:[LINE:] ]TEXT[ WHY]" to FP as one line in one write
 * (standard error is unbuffered: a write a piece is a system call a
 * piece), FILE and TEXT escaped. */
static void
put_line(FILE *fp, const char *file, long line, const char *text,
    size_t len, const char *why)
{
	size_t flen = file != NULL ? strlen(file) : 0, at = 0;
	size_t n = strlen(program) + 4 * (flen + len) + (why != NULL ?
	    strlen(why) : 0) + 32;	/* an escape is 4 bytes at most */
	char small[2048], *buf = n <= sizeof small ? small : malloc(n);
	char number[32];

	if (buf == NULL) {
		buf = small;	/* no memory: the message cut */
		n = sizeof small;
	}
	add(buf, n - 1, &at, program, strlen(program), false);
	add(buf, n - 1, &at, ": ", 2, false);
	if (file != NULL) {
		add(buf, n - 1, &at, file, flen, true);
		snprintf(number, sizeof number, ":%ld", line);
		if (line > 0)
			add(buf, n - 1, &at, number, strlen(number), false);
		add(buf, n - 1, &at, ": ", 2, false);
	}
	add(buf, n - 1, &at, text, len, true);
	if (why != NULL) {
		add(buf, n - 1, &at, " ", 1, false);
		add(buf, n - 1, &at, why, strlen(why), false);
	}
	buf[at++] = '\n';	/* room kept: N - 1 above */
	fwrite(buf, 1, at, fp);
	if (buf != small)
		free(buf);
}

/* Print "PROG: [FILE:[LINE:] ]message", with strerror for a final ':',
 * as one line. */
static void
vreport(const char *file, long line, const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);
	char small[1024], *text = small;
	int len;
	va_list copy;

	fflush(stdout);
	drain_caught();
	va_copy(copy, ap);
	len = vsnprintf(small, sizeof small, fmt, ap);
	if (len >= (int)sizeof small && (text = malloc((size_t)len + 1)) !=
	    NULL)
		vsnprintf(text, (size_t)len + 1, fmt, copy);
	else if (len >= (int)sizeof small)
		text = small;	/* no memory: the message cut */
	va_end(copy);
	if (len < 0)
		len = 0;
	put_line(report_stream(), file, line, text, text == small && len >=
	    (int)sizeof small ? sizeof small - 1 : (size_t)len, n > 0 &&
	    fmt[n - 1] == ':' ? strerror(saved) : NULL);
	if (text != small)
		free(text);
	fflush(report_stream());
}

void
err_catch_start(const char *file, void (*rephrase)(char *line, size_t size,
    void *ctx), void *ctx)
{
	int p[2], saved;

	/* no standard error (closed): nothing to catch, and pipe() would
	 * take its number */
	if (catching.pipe_fd >= 0 || fcntl(2, F_GETFD) < 0)
		return;
	fflush(stderr);
	if (pipe(p) != 0)
		return;		/* not caught: printed as the library does */
	if ((saved = dup(2)) < 0 || (catching.out = fdopen(saved, "w")) ==
	    NULL || dup2(p[1], 2) < 0) {
		if (catching.out != NULL)
			fclose(catching.out);
		else if (saved >= 0)
			close(saved);
		catching.out = NULL;
		close(p[0]);
		close(p[1]);
		return;
	}
	close(p[1]);
	setvbuf(catching.out, NULL, _IONBF, 0);
	/* a full pipe loses a library line rather than hangs the program */
	fcntl(2, F_SETFL, fcntl(2, F_GETFL) | O_NONBLOCK);
	fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
	catching.pipe_fd = p[0];
	catching.file = file;
	catching.rephrase = rephrase;
	catching.ctx = ctx;
}

/* One line a library printed, rephrased by the caller's function and
 * reported as ours: "PROG: FILE: what". */
static void
report_caught(const char *caught)
{
	char line[1024];

	snprintf(line, sizeof line, "%s", caught);
	if (catching.rephrase != NULL)
		catching.rephrase(line, sizeof line, catching.ctx);
	if (line[0] == '\0')
		return;
	put_line(catching.out, catching.file, 0, line, strlen(line), NULL);
}

/* Report the lines caught so far. A library writes a line in one call
 * (stderr is unbuffered), far shorter than the buffer. */
static void
drain_caught(void)
{
	char buf[4096], *line, *nl;
	size_t used = 0;
	ssize_t got;

	if (catching.pipe_fd < 0)
		return;
	fflush(stderr);
	while ((got = read(catching.pipe_fd, buf + used, sizeof buf - 1 -
	    used)) > 0) {
		used += (size_t)got;
		buf[used] = '\0';
		for (line = buf; (nl = strchr(line, '\n')) != NULL;
		    line = nl + 1) {
			*nl = '\0';
			report_caught(line);
		}
		used = strlen(line);
		memmove(buf, line, used + 1);
		if (used == sizeof buf - 1) {
			report_caught(buf);
			used = 0;
		}
	}
	if (used > 0)
		report_caught(buf);
}

void
err_catch_stop(void)
{
	if (catching.pipe_fd < 0)
		return;
	drain_caught();
	fflush(stderr);
	dup2(fileno(catching.out), 2);
	fclose(catching.out);
	close(catching.pipe_fd);
	catching.pipe_fd = -1;
	catching.out = NULL;
}

void
warn_at(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(file, line, fmt, ap);
	va_end(ap);
	err_raise(EXIT_DATA);
}

void
note_at(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(file, line, fmt, ap);
	va_end(ap);
}

noreturn void
die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, 0, fmt, ap);
	va_end(ap);
	if (die_hook != NULL)
		die_hook();
	exit(EXIT_FAIL);
}

noreturn void
usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, 0, fmt, ap);
	va_end(ap);
	fprintf(report_stream(), "Try '%s --help'.\n", program);
	exit(EXIT_FAIL);
}
