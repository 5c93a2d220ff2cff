/* httpstatus: options, dispatch, and the final check of standard output. */

#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "render.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

enum { EXIT_FOUND = 0, EXIT_MISSING = 1, EXIT_USAGE = 2 };

struct options {
	bool json;
	int width;
};

static const char usage_line[] = "usage: httpstatus [-j] CODE...";

static void
help(void)
{
	printf("%s\n"
	    "       httpstatus -h | -V\n"
	    "\n"
	    "Show what an HTTP status code means, where it is defined, whether to use\n"
	    "it, and an example response.\n"
	    "\n"
	    "Options:\n"
	    "  -j, --json     print JSON: an object for one code, an array for several\n"
	    "  -h, --help     print this help and exit\n"
	    "  -V, --version  print the version and exit\n"
	    "\n"
	    "Exit status: 0 all found, 1 something not found, 2 usage or output error.\n",
	    usage_line);
}

/* One line on stderr: what was wrong, and where to read more. */
static int
usage_error(const char *what, const char *arg)
{
	if (arg != NULL)
		warnx("%s '%s'; try 'httpstatus --help'", what, arg);
	else
		warnx("%s; try 'httpstatus --help'", what);
	return EXIT_USAGE;
}

/* A long option is named as written (it may carry "=value"); a short one
 * from optopt, since it may sit inside a group such as -jx. */
static int
bad_option(char **argv)
{
	char shortopt[3] = { '-', (char)optopt, '\0' };
	const char *last = argv[optind - 1];

	if (strncmp(last, "--", 2) == 0)
		return usage_error("bad option", last);
	return usage_error("unknown option", shortopt);
}

/* COLUMNS if it is a plain positive number, else the terminal's own size. */
static int
terminal_width(void)
{
	const char *env = getenv("COLUMNS");
	struct winsize ws;
	int n = 0;

	if (env != NULL && env[0] != '\0' && strlen(env) <= 4 &&
	    strspn(env, "0123456789") == strlen(env))
		n = atoi(env);
	if (n == 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		n = ws.ws_col;
	if (n == 0)
		n = 80;
	return n < 20 ? 20 : n;
}

/* Returns the index of the first operand, or -1 after a usage error or an
 * option that ends the run (help, version). */
static int
parse_options(int argc, char **argv, struct options *opt, int *status)
{
	static const struct option longs[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "jhV", longs, NULL)) != -1) {
		switch (c) {
		case 'j':
			opt->json = true;
			break;
		case 'h':
			help();
			*status = EXIT_FOUND;
			return -1;
		case 'V':
			printf("httpstatus %s\n", VERSION);
			*status = EXIT_FOUND;
			return -1;
		default:
			*status = bad_option(argv);
			return -1;
		}
	}
	if (optind == argc) {
		*status = usage_error("no status code given", NULL);
		return -1;
	}
	return optind;
}

/* Finds an operand's meanings, or says on stderr why there are none. */
static struct span
find(const char *arg)
{
	int code = table_parse_code(arg);
	struct span sp = table_code(code);

	if (code < 0)
		warnx("'%s' is not a status code", arg);
	else if (sp.len == 0)
		warnx("'%s' is not a known status code", arg);
	return sp;
}

static int
lookup(char **args, int n, const struct options *opt)
{
	struct json j;
	int status = EXIT_FOUND, shown = 0;

	json_init(&j, stdout, true);
	if (opt->json && n > 1)
		json_begin_array(&j);
	for (int i = 0; i < n; i++) {
		struct span sp = find(args[i]);
		if (sp.len == 0) {
			status = EXIT_MISSING;
			continue;
		}
		if (opt->json)
			json_entry(&j, sp);
		else {
			if (shown++ > 0)
				putchar('\n');
			text_entry(stdout, sp, opt->width);
		}
	}
	if (opt->json && n > 1)
		json_end_array(&j);
	return status;
}

/* A reader that went away (EPIPE) is not an error; any other failure is. */
static int
finish(int status)
{
	if (fflush(stdout) != 0 && errno == EPIPE)
		return status;
	if (ferror(stdout) || fclose(stdout) != 0) {
		warnx("write error");
		return EXIT_USAGE;
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct options opt = { false, 80 };
	int status = EXIT_FOUND;
	int first = parse_options(argc, argv, &opt, &status);

	if (first >= 0) {
		if (isatty(STDOUT_FILENO))
			opt.width = terminal_width();
		status = lookup(argv + first, argc - first, &opt);
	}
	return finish(status);
}
