/* cli: help, version and input iteration shared by every program. */
#include <stdio.h>
#include <stdlib.h>

#include "common/cli.h"
#include "common/err.h"

static _Noreturn void
print_and_exit(void)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		die("(stdout): write error:");
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

_Noreturn void
cli_option_error(int c, char *argv[])
{
	if (c == ':')
		usage_error("option '%s' needs an argument", argv[optind - 1]);
	usage_error("unknown option '%s'", argv[optind - 1]);
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
