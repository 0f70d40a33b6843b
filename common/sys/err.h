/* err: the program name, diagnostics and the worst exit status so far. */
#ifndef TABEL_ERR_H
#define TABEL_ERR_H

#include <stdnoreturn.h>

/* Exit codes of every tabel program (docs/limits.md). Where the line
 * between 1 and 2 runs:
 *
 * EXIT_DATA (1), an input problem: anything wrong with what a program
 * reads. An input that cannot be opened (missing, a directory, no
 * permission), that breaks off (truncated or corrupt gzip, junk after it,
 * a read error) or holds bad data. It is reported as "FILE:LINE: what",
 * through warn_at; everything before the problem is processed and
 * written, and the other inputs are read. A break says how many lines
 * came before it (lines_warn, csvio_warn), so the user knows what the
 * output holds. The output, -o FILE too, is kept.
 *
 * EXIT_FAIL (2), a system failure: the program could not do its job as
 * asked. A usage error, memory running out, an output that cannot be
 * created or written (full disk), an option's own file (tabel-xlsx
 * --index, tabel-check --index) that cannot be read. It is reported through die, which ends
 * the program at once and leaves no -o FILE behind. */
enum {
	EXIT_OK = 0,		/* done, no problems */
	EXIT_DATA = 1,		/* done; problems in the input were reported */
	EXIT_FAIL = 2		/* usage error or system failure */
};

/* Set the program name used as the prefix of every message. */
void err_init(const char *progname);
/* The program name given to err_init. */
const char *err_progname(void);
/* Report a data problem at FILE:LINE (line 0: no line) and raise the
 * status to EXIT_DATA. A format ending in ':' gets strerror(errno). */
void warn_at(const char *file, long line, const char *fmt, ...);
/* Report a judgement call at FILE:LINE without raising the status. */
void note_at(const char *file, long line, const char *fmt, ...);
/* Report a system or usage failure and exit EXIT_FAIL after the exit
 * hooks (temporary output files are removed). */
noreturn void die(const char *fmt, ...);
/* Print a usage error, then "Try 'PROG --help'." and exit EXIT_FAIL. */
noreturn void usage_error(const char *fmt, ...);
/* Raise the worst status seen so far to at least STATUS. */
void err_raise(int status);
/* The worst status seen so far. */
int err_status(void);
/* Escape the LEN bytes at S into OUT[N] (NUL-terminated): control
 * characters as \n, \t, \r or \xHH (ESC is \x1b), so are C1 controls,
 * U+2028, U+2029 and bytes that are no UTF-8; other text as it is.
 * Returns the bytes of S used (fewer than LEN when OUT is full). Every
 * message passes through it, so a quoted cell or a file name never
 * splits a message or reaches the terminal as a command. */
size_t err_escape(const char *s, size_t len, char *out, size_t n);
/* A message quotes at most this many bytes of a cell or a line. */
enum { ERR_EXCERPT = 60 };
/* The bytes of S[0..LEN) a message quotes: all of them up to
 * ERR_EXCERPT, else ERR_EXCERPT or fewer, cut between two characters (a
 * cut inside one would show as "\xc3"). As an int, for "%.*s". */
int err_excerpt(const char *s, size_t len);
/* Catch what a library prints on standard error itself (libxlsxwriter's
 * "[ERROR][file.c:12]: ..."): until err_catch_stop, standard error is a
 * pipe, and each line of it is passed to REPHRASE (which may rewrite it
 * within SIZE bytes, or empty it) and reported as "PROG: FILE: line",
 * before the next message of ours (those go to the real standard error
 * meanwhile). */
void err_catch_start(const char *file, void (*rephrase)(char *line,
    size_t size, void *ctx), void *ctx);
/* Report what is left and give standard error back. */
void err_catch_stop(void);
/* Run HOOK before die() exits (one hook; outfile uses it). */
void err_on_die(void (*hook)(void));

#endif
