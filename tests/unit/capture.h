/* capture.h: the messages a unit test provokes, caught rather than
 * printed: capture() sends standard error to CAPTURED until
 * release(). */
#ifndef TABEL_CAPTURE_H
#define TABEL_CAPTURE_H

#include <stdio.h>
#include <string.h>

static char captured[1024];
static FILE *capture_stderr;

static void
capture(void)
{
	memset(captured, 0, sizeof captured);
	capture_stderr = stderr;
	stderr = fmemopen(captured, sizeof captured, "w");
}

static void
release(void)
{
	fclose(stderr);
	stderr = capture_stderr;
}

#endif
