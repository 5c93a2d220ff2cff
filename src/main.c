/* httpstatus: options, dispatch, and the final check of standard output. */

#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "command.h"
#include "complete.h"
#include "say.h"
#include "pager.h"
#include "style.h"
#include "words.h"

_Static_assert(SAY_USAGE == EXIT_USAGE, "a usage error exits as the commands say");

#ifndef VERSION
#define VERSION "unknown"
#endif

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct options {
	bool json, batch, official, unofficial, brief, no_pager, verbose;
	enum color color;
	struct fields fields; /* none without -f */
	const char *complete; /* the hidden --complete mode, for completions */
	const char *vendor;   /* --vendor */
	int format;           /* --format: enum log_format, LOG_AUTO unless given */
	bool format_given, count;
	int by;               /* --by: enum log_key, -1 unless given */
	long top;             /* --top: 0 unless given */
	struct codeset codes; /* --code */
	int first;            /* the first operand */
};

#define MAX_WIDTH 100 /* prose is hard to read on longer lines */
#define MAX_LIST_WIDTH 400 /* a list's lines may use the width, up to this */

static const struct option longs[] = {
	{ "json", no_argument, NULL, 'j' },
	{ "field", required_argument, NULL, 'f' },
	{ "official", no_argument, NULL, 'o' },
	{ "unofficial", no_argument, NULL, 'u' },
	{ "stdin", no_argument, NULL, 'I' },
	{ "short", no_argument, NULL, 's' },
	{ "no-pager", no_argument, NULL, 'P' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "color", optional_argument, NULL, 'C' },
	{ "complete", required_argument, NULL, 'c' },
	{ "vendor", required_argument, NULL, 'D' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "format", required_argument, NULL, 'F' },
	{ "count", no_argument, NULL, 'N' },
	{ "by", required_argument, NULL, 'B' },
	{ "code", required_argument, NULL, 'K' },
	{ "top", required_argument, NULL, 'T' },
	{ NULL, 0, NULL, 0 },
};

static void
version(FILE *out)
{
	fprintf(out, "httpstatus %s\n", VERSION);
}

static void
help(FILE *out)
{
	fputs("usage: httpstatus [options] CODE|CLASS|NAME|WORDS...\n"
	    "       httpstatus [options] list | search WORDS... | compare CODE CODE...\n"
	    "       httpstatus [options] choose [SITUATION...]\n"
	    "       httpstatus [options] check [FILE]\n"
	    "       httpstatus [options] --stdin [FILE...]\n"
	    "       httpstatus [options] --count [--by KEY] [--code LIST] [FILE...]\n"
	    "\n"
	    "Show what HTTP status codes mean, where they are defined, whether to use\n"
	    "them, who sends them, what browsers, crawlers, caches, clients and gRPC\n"
	    "do with them, and what a response looks like.\n"
	    "\n"
	    "Operands:\n"
	    "  404, 500.19     a code (0 is 000), a sub-status, an error number: its entry\n"
	    "  4xx, 4, 41x, 41 a class or range: its codes, one line each\n"
	    "  not found       a name, former name or constant (NOT_FOUND), even with a\n"
	    "                  typo: its entry; words that carry a code (error 404,\n"
	    "                  HTTP/1.1 503 ...) give that code; other words search,\n"
	    "                  a pasted log line or error page too\n"
	    "Commands:\n"
	    "  list [CLASS]    every code, class by class (or those of CLASS)\n"
	    "  list CODE       the IIS sub-statuses of CODE (500.0, 500.19, ...)\n"
	    "  search WORDS    the codes holding the most of the words, best first\n"
	    "  compare A B...  codes side by side, after our rule for choosing\n"
	    "  choose [WORDS]  which code to send: the guide, or the answer for a\n"
	    "                  situation (rate-limited, not logged in, ...)\n"
	    "  check [FILE]    what the responses that curl -si prints (from FILE or\n"
	    "                  standard input) get wrong for their codes; exit 1 for\n"
	    "                  an error or warning\n"
	    "  help, version   this help, or the version\n"
	    "Options:\n"
	    "  -s, --short       one line per code: its name and what it means\n"
	    "  -j, --json        print JSON: an object for one code, else an array\n"
	    "  -f, --field NAME  print one field per result (an unknown NAME lists them);\n"
	    "                    NAME,NAME or -f again: tab-separated, in that order\n"
	    "      --official    keep only codes in the IANA registry\n"
	    "      --unofficial  keep only the meanings vendors give codes\n"
	    "      --vendor NAME with list: only that vendor's codes (cloudflare, iis)\n"
	    "  -, --stdin        read codes, status lines or log lines from the FILEs (-\n"
	    "                    or none: standard input), one answer a line\n"
	    "      --format=NAME with --stdin: read lines as NAME only (combined, alb,\n"
	    "                    elb, haproxy, iis, json, code); else each line's own\n"
	    "      --count       read lines as --stdin does, and print each code's count,\n"
	    "                    most frequent first, and each class's; -s for\n"
	    "                    count-code-name lines, -j for JSON\n"
	    "      --by KEY      with --count: each code's lines by path, url, client,\n"
	    "                    host, method, agent, referrer, hour or day\n"
	    "      --code LIST   with --count: only lines of these codes, sub-statuses,\n"
	    "                    classes (4xx) or vendor; with --by, broken down together\n"
	    "      --top N       with --by: the N most frequent values (10)\n"
	    "  -v, --verbose     with check: each finding's link to its RFC section\n"
	    "      --color=WHEN  colour text: auto (on a terminal), always or never\n"
	    "      --no-pager    never page text taller than the terminal\n"
	    "  -h, --help        print this help and exit\n"
	    "  -V, --version     print the version and exit\n"
	    "\n"
	    "Lists mark popularity: *** common, ** uncommon, * rare.\n"
	    "Exit status: 0 all found, 1 something not found, 2 usage or output error.\n",
	    out);
}

/* The long option nearest to name (without its dashes), a typo or two
 * away, or NULL. */
static const char *
nearest_option(const char *name)
{
	const char *best = NULL;
	int fewest = 3;

	for (const struct option *o = longs; o->name != NULL; o++) {
		int d = words_distance(o->name, name, fewest - 1);
		if (d < fewest && strcmp(o->name, "complete") != 0) {
			fewest = d;
			best = o->name;
		}
	}
	return best;
}

/* An unknown long option (or a value given to a flag), with the option it
 * may be a typo of. */
static void
unknown_long(const char *arg)
{
	char name[64];
	const char *near;

	snprintf(name, sizeof name, "--%.*s", (int)strcspn(arg + 2, "="), arg + 2);
	for (const struct option *o = longs; o->name != NULL; o++)
		if (strcmp(o->name, name + 2) == 0 && strchr(arg, '=') != NULL) {
			say_usage("option '%s' takes no value", name);
			return;
		}
	if ((near = nearest_option(name + 2)) != NULL)
		say("unknown option '%s'; did you mean '--%s'?", arg, near);
	else
		say_usage("unknown option '%s'", arg);
}

/* Says what was wrong with an option.  A long option is named as written
 * (it may carry "=value"); a short one from optopt, since it may sit
 * inside a group such as -jx. */
static void
bad_option(int c, char **argv)
{
	char shortopt[3] = { '-', (char)optopt, '\0' };
	const char *last = argv[optind - 1];
	bool is_long = strncmp(last, "--", 2) == 0;

	if (c == ':')
		say_usage("option '%s' needs a value", is_long ? last : shortopt);
	else if (is_long)
		unknown_long(last);
	else
		say_usage("unknown option '%s'", shortopt);
}

static bool
color_option(const char *when, struct options *opt)
{
	static const char *const names[] = { "auto", "always", "never" };

	/* as GNU ls has it: the value only after '=', and --color alone is
	 * always, so that "--color 404" looks up 404 */
	if (when == NULL) {
		opt->color = COLOR_ALWAYS;
		return true;
	}
	for (int i = 0; i < 3; i++)
		if (strcmp(when, names[i]) == 0) {
			opt->color = (enum color)i;
			return true;
		}
	say_usage("option '--color' takes auto, always or never, not '%s'", when);
	return false;
}

/* Adds the fields of -f; an unknown one is named, with the fields there are. */
static bool
field_option(const char *names, struct options *opt)
{
	char bad[64], list[512];
	const char *what = field_parse(names, &opt->fields, bad, sizeof bad);
	size_t n = 0;

	if (what == NULL)
		return true;
	for (int f = 0; f < FIELD_COUNT; f++)
		n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", f > 0 ? ", " : "",
		    field_names[f]);
	say("%s '%s'; fields are %s", what, bad, list);
	return false;
}

/* An unknown value of an option (a --format, a --by key), named, with
 * the values there are: nth(i) is value i, NULL past the last. */
static void
bad_value(const char *what, const char *name, const char *(*nth)(size_t))
{
	char list[256];
	size_t n = 0;

	for (size_t i = 0; nth(i) != NULL && n < sizeof list; i++)
		n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", i > 0 ? ", " : "", nth(i));
	say("unknown %s '%s'; %ss are %s", what, name, what, list);
}

/* --top's number, 1 to TOP_MAX, checked digit by digit; 0 if it is not. */
static long
top_number(const char *arg)
{
	size_t len = strlen(arg);
	long n;

	if (len == 0 || len > 4 || strspn(arg, "0123456789") != len)
		return 0;
	n = strtol(arg, NULL, 10);
	return n <= TOP_MAX ? n : 0;
}

/* The options of reading logs: --count, --format, --by, --code, --top. */
static bool
log_option(int c, const char *arg, struct options *opt)
{
	char bad[64];
	const char *what;

	switch (c) {
	case 'N':
		opt->count = opt->batch = true;
		return true;
	case 'F':
		if ((opt->format = log_format_named(arg)) < 0)
			bad_value("format", arg, log_format_name);
		opt->format_given = true;
		return opt->format >= 0;
	case 'B':
		if ((opt->by = log_key_named(arg)) < 0)
			bad_value("key", arg, log_key_name);
		return opt->by >= 0;
	case 'K':
		if ((what = codeset_add(&opt->codes, arg, bad, sizeof bad)) != NULL)
			say("--code: %s '%s'", what, bad);
		return what == NULL;
	default:
		if ((opt->top = top_number(arg)) == 0)
			say("--top takes a number from 1 to %d, not '%s'", TOP_MAX, arg);
		return opt->top > 0;
	}
}

/* The options that cannot go together, and operands that must be there;
 * false after saying which. */
static bool
check_options(int argc, const struct options *opt)
{
	const char *wrong = NULL;

	if (opt->json && opt->fields.n > 0)
		wrong = "-f and --json cannot be combined";
	else if (opt->brief && (opt->json || opt->fields.n > 0))
		wrong = "-s cannot be combined with -f or --json";
	else if (opt->count && opt->fields.n > 0)
		wrong = "--count cannot be combined with -f";
	else if (!opt->count && (opt->by >= 0 || opt->codes.any))
		wrong = opt->by >= 0 ? "--by goes with --count" : "--code goes with --count";
	else if (opt->top > 0 && opt->by < 0)
		wrong = "--top goes with --by";
	else if (opt->official && opt->unofficial)
		wrong = "--official and --unofficial cannot be combined";
	else if (opt->complete != NULL && (optind < argc || opt->batch))
		wrong = "--complete takes no operands";
	else if (optind == argc && !opt->batch && opt->complete == NULL)
		wrong = "no status code given";
	if (wrong != NULL)
		say_usage("%s", wrong);
	return wrong == NULL;
}

/* How reading the options ended: run, or stop after the help or the
 * version, or after a usage error. */
enum parsed { PARSED_RUN, PARSED_DONE, PARSED_BAD };

/* Reads the options into opt in one getopt loop, then checks them
 * together; opt->first is the first operand. */
static enum parsed
parse_options(int argc, char **argv, struct options *opt)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":jf:hVsv", longs, NULL)) != -1) {
		switch (c) {
		case 'j': opt->json = true; break;
		case 'o': opt->official = true; break;
		case 'u': opt->unofficial = true; break;
		case 'I': opt->batch = true; break;
		case 's': opt->brief = true; break;
		case 'P': opt->no_pager = true; break;
		case 'c': opt->complete = optarg; break;
		case 'D': opt->vendor = optarg; break;
		case 'v': opt->verbose = true; break;
		case 'N':
		case 'F':
		case 'B':
		case 'K':
		case 'T':
			if (!log_option(c, optarg, opt))
				return PARSED_BAD;
			break;
		case 'C':
			if (!color_option(optarg, opt))
				return PARSED_BAD;
			break;
		case 'f':
			if (!field_option(optarg, opt))
				return PARSED_BAD;
			break;
		case 'h':
			help(stdout);
			return PARSED_DONE;
		case 'V':
			version(stdout);
			return PARSED_DONE;
		default:
			bad_option(c, argv);
			return PARSED_BAD;
		}
	}
	opt->first = optind;
	return check_options(argc, opt) ? PARSED_RUN : PARSED_BAD;
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
		n = (int)strtol(env, NULL, 10);
	if (n == 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		n = ws.ws_col;
	if (n == 0)
		n = 80;
	return n < 20 ? 20 : n > MAX_LIST_WIDTH ? MAX_LIST_WIDTH : n;
}

/* auto colours a terminal unless NO_COLOR is set or TERM is dumb; JSON
 * and -f are never coloured. */
static bool
use_color(const struct options *opt)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (opt->json || opt->fields.n > 0 || opt->color == COLOR_NEVER)
		return false;
	if (opt->color == COLOR_ALWAYS)
		return true;
	return isatty(STDOUT_FILENO) && (no_color == NULL || no_color[0] == '\0') &&
	    (term == NULL || strcmp(term, "dumb") != 0);
}

static void
setup(struct output *o, const struct options *opt)
{
	bool tty = isatty(STDOUT_FILENO);

	/* fewer, larger writes into pipes and files; a terminal keeps its
	 * line buffering */
	if (!tty) {
		static char buffer[1 << 14];
		setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
	}
	memset(o, 0, sizeof *o);
	o->f = stdout;
	o->mode = opt->json ? MODE_JSON : opt->fields.n > 0 ? MODE_FIELD :
	    opt->brief ? MODE_SHORT : MODE_TEXT;
	o->fields = opt->fields;
	o->keep = opt->official ? KEEP_OFFICIAL : opt->unofficial ? KEEP_UNOFFICIAL : KEEP_ALL;
	o->vendor = opt->vendor;
	o->verbose = opt->verbose;
	o->format = opt->format_given ? (enum log_format)opt->format : LOG_AUTO;
	o->count = opt->count;
	o->by = opt->by;
	o->top = opt->top > 0 ? (size_t)opt->top : 10;
	o->codes = opt->codes;
	/* prose stops at MAX_WIDTH, where lines still read well; a list's
	 * rows, one short line each, use the terminal's whole width */
	o->list_width = tty ? terminal_width() : 80;
	o->width = o->list_width > MAX_WIDTH ? MAX_WIDTH : o->list_width;
	o->tty = tty;
	json_init(&o->json, stdout, true);
	style_enable(use_color(opt));
}

/* The commands, in any case: Search timeout. */
static const struct command {
	const char *name;
	int (*run)(struct output *o, char **args, int n);
} commands[] = {
	{ "list", command_list }, { "search", command_search }, { "compare", command_compare },
	{ "choose", command_choose }, { "check", command_check },
};

/* The command a first operand is a typo of (lsit, chek, chose), when it
 * is no code, name or word the table knows; NULL if none. */
static const char *
near_command(const char *arg)
{
	static const char *const names[] = {
		"list", "search", "compare", "choose", "check", "help", "version",
	};
	char word[WORD_MAX + 1];
	size_t len = strlen(arg);
	int limit = len <= 5 ? 1 : 2;

	if (len < 3 || len > WORD_MAX || strspn(arg, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != len)
		return NULL;
	for (size_t i = 0; i < len; i++)
		word[i] = (char)(arg[i] | 0x20);
	word[len] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (words_distance(word, names[i], limit) <= limit)
			return query_known(arg) ? NULL : names[i];
	return NULL;
}

static int
dispatch(struct output *o, char **args, int n, bool batch, const char *complete)
{
	const char *near;

	if (n == 0 && !batch)
		return complete_print(o, complete);
	if (o->vendor != NULL && (batch || n != 1 || strcasecmp(args[0], "list") != 0))
		return say_usage("--vendor goes with list alone");
	if (o->verbose && (batch || strcasecmp(args[0], "check") != 0))
		return say_usage("-v goes with check");
	bool dash = !batch && n == 1 && strcmp(args[0], "-") == 0;
	if (o->format != LOG_AUTO && !batch && !dash)
		return say_usage("--format goes with --stdin or --count");
	if (batch || dash)
		return command_batch(o, args, n);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcasecmp(args[0], commands[i].name) == 0)
			return commands[i].run(o, args + 1, n - 1);
	if (n == 1 && strcasecmp(args[0], "help") == 0) {
		help(o->f);
		return EXIT_FOUND;
	}
	if (n == 1 && strcasecmp(args[0], "version") == 0) {
		version(o->f);
		return EXIT_FOUND;
	}
	if ((near = near_command(args[0])) != NULL) {
		say("unknown command '%s'; did you mean '%s'?", args[0], near);
		return EXIT_USAGE;
	}
	return command_lookup(o, args, n);
}

/* Text for a terminal goes to memory first, so that it can be paged when
 * it is taller than the window (pager.c); never JSON, fields, standard
 * input or the completion lists.  Returns the memory stream, or NULL. */
static FILE *
start_paging(struct output *o, const struct options *opt, char **args, int n, char **text,
    size_t *len)
{
	bool batch = opt->batch || (n == 1 && strcmp(args[0], "-") == 0);
	FILE *mem;

	if (opt->no_pager || batch || opt->complete != NULL || !o->tty ||
	    (o->mode != MODE_TEXT && o->mode != MODE_SHORT) || pager_command() == NULL ||
	    (mem = open_memstream(text, len)) == NULL)
		return NULL;
	o->f = mem;
	return mem;
}

/* Shows what went to memory, through the pager when it is tall; the
 * stream sets *text and *len when it is closed. */
static int
end_paging(FILE *mem, char **text, size_t *len, int status)
{
	bool ok = fclose(mem) == 0 && pager_show(*text, *len);
	int error = errno;

	free(*text);
	if (!ok) {
		say_write_error(error);
		return EXIT_USAGE;
	}
	return status;
}

/* Any failure to write standard output is a write error, EPIPE included
 * as coreutils has it: a reader that goes away early kills the program
 * with SIGPIPE before it gets here, silently, unless SIGPIPE is ignored,
 * and then the output was cut short and the caller should hear of it. */
static int
finish(int status)
{
	/* a write that failed before (a full buffer flushed on the way) left
	 * its errno, which nothing since has had cause to change */
	int error = fflush(stdout) != 0 || ferror(stdout) ? errno : 0;
	bool failed = error != 0 || ferror(stdout);

	if (fclose(stdout) != 0) {
		error = error != 0 ? error : errno;
		failed = true;
	}
	if (failed) {
		say_write_error(error);
		return EXIT_USAGE;
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct options opt = { .by = -1 };
	struct output out;
	int status = EXIT_FOUND;
	char *text = NULL;
	size_t len = 0;

	say_init(argv[0]);
	switch (parse_options(argc, argv, &opt)) {
	case PARSED_DONE:
		return finish(EXIT_FOUND);
	case PARSED_BAD:
		return finish(EXIT_USAGE);
	case PARSED_RUN:
		break;
	}
	setup(&out, &opt);
	FILE *mem = start_paging(&out, &opt, argv + opt.first, argc - opt.first, &text, &len);
	status = dispatch(&out, argv + opt.first, argc - opt.first, opt.batch, opt.complete);
	if (mem != NULL)
		status = end_paging(mem, &text, &len, status);
	return finish(status);
}
