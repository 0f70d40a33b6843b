/* err: one place that prints diagnostics and keeps the exit status. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/err.h"

static const char *program = "tabel";
static int worst = EXIT_OK;
static void (*die_hook)(void);

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

/* Print "PROG: [FILE:[LINE:] ]message", with strerror for a final ':'. */
static void
vreport(const char *file, long line, const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fflush(stdout);
	fprintf(stderr, "%s: ", program);
	if (file != NULL && line > 0)
		fprintf(stderr, "%s:%ld: ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
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
	fprintf(stderr, "Try '%s --help'.\n", program);
	exit(EXIT_FAIL);
}
