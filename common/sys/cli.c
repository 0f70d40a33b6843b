/* cli: help, version and input iteration shared by every program. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sys/cli.h"
#include "common/sys/err.h"
#include "common/sys/outfile.h"

static _Noreturn void
print_and_exit(void)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		outfile_die(NULL, OUTFILE_EWRITE);
	exit(EXIT_OK);
}

_Noreturn void
cli_help(const char *usage)
{
	fputs(usage, stdout);
	print_and_exit();
}

_Noreturn void
cli_version(void)
{
	printf("%s (tabel) %s\n", err_progname(), TABEL_VERSION);
	print_and_exit();
}

/* Whether getopt_long's error C is about a short option (then optopt names
 * it) rather than the long one at ARGV[optind - 1]. A long option's error
 * sets optopt too when the option exists ("--quiet=yes"), and optind stays
 * on a short cluster ("-xq") until its last letter, so look at both. */
static bool
short_error(int c, char *argv[])
{
	const char *next = argv[optind], *p;

	if (optopt <= 0 || optopt >= CLI_HELP)
		return false;
	if (c == '?' && next != NULL && next[0] == '-' && next[1] != '-' &&
	    (p = strchr(next + 1, optopt)) != NULL && p[1] != '\0')
		return true;
	return strncmp(argv[optind - 1], "--", 2) != 0;
}

_Noreturn void
cli_option_error(int c, char *argv[])
{
	const char *arg = argv[optind - 1], *eq = strchr(arg, '=');

	if (short_error(c, argv) && c == ':')
		usage_error("option '-%c' needs an argument", optopt);
	if (short_error(c, argv))
		usage_error("unknown option '-%c'", optopt);
	if (c == ':')
		usage_error("option '%s' needs an argument", arg);
	if (optopt != 0 && eq != NULL)
		usage_error("option '%.*s' takes no argument", (int)(eq - arg),
		    arg);
	usage_error("unknown option '%s'", arg);
}

int
cli_getopt(int argc, char *argv[], const char *shortopts,
    const struct option *longopts, const char *usage)
{
	int c;

	if (shortopts[0] != ':')
		die("cli_getopt: option string '%s' lacks its leading ':'",
		    shortopts);
	opterr = 0;		/* cli_option_error says it, once */
	c = getopt_long(argc, argv, shortopts, longopts, NULL);
	if (c == 'h')
		cli_help(usage);
	if (c == CLI_VERSION)
		cli_version();
	if (c == '?' || c == ':')
		cli_option_error(c, argv);
	/* "-o ''" (an unset variable): a usage error now, not a rename
	 * that fails after all the input was read */
	if (c == 'o' && optarg[0] == '\0')
		usage_error("option '%s' needs a file name, not ''",
		    argv[optind - 1][1] == '-' ? "--output" : "-o");
	return c;
}

void
cli_each_input(char **argv, void (*fn)(const char *path))
{
	if (*argv == NULL) {
		fn("-");
		return;
	}
	for (; *argv != NULL; argv++)
		fn(*argv);
}
