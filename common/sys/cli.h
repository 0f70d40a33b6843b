/* cli: what every program's command line shares: --help, --version, the
 * list of inputs (none or "-": standard input). */
#ifndef TABEL_CLI_H
#define TABEL_CLI_H

#include <getopt.h>

#ifndef TABEL_VERSION
#define TABEL_VERSION "0.1.0"
#endif

/* Long-option values for --help and --version, outside the char range. */
enum { CLI_HELP = 0x100, CLI_VERSION };

/* Long options every program accepts; put them in its option table. */
#define CLI_LONG_OPTIONS \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, CLI_VERSION }

/* Print USAGE to stdout and exit 0 (checking the write). */
_Noreturn void cli_help(const char *usage);
/* Print "PROG (tabel) VERSION" and exit 0. */
_Noreturn void cli_version(void);
/* Call FN for each operand from ARGV (NULL-terminated), or for "-" when
 * there are none. */
void cli_each_input(char **argv, void (*fn)(const char *path));
/* getopt_long for every program: SHORTOPTS begins with ':' (or the program
 * dies: a missing argument would pass for an unknown option); -h/--help
 * prints USAGE and --version the version (exit 0); an option error, and
 * an empty argument of -o (every program's output), is a usage error
 * (exit 2). Returns the program's next own option, or -1. */
int cli_getopt(int argc, char *argv[], const char *shortopts,
    const struct option *longopts, const char *usage);
/* Report getopt_long's error C for the option at ARGV[optind - 1] as a usage
 * error and exit 2: ':' is a missing argument, anything else unknown. */
_Noreturn void cli_option_error(int c, char *argv[]);

#endif
