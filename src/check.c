/* httpstatus check: reads the responses, checks each, and writes what it
 * found, as text or as JSON, once all of the input has been read, so
 * that input that is no response leaves nothing half-written. */

#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "command.h"
#include "say.h"
#include "style.h"
#include "wrap.h"

static struct responses rs;
static struct verdict verdicts[RESPONSE_MAX];

#define FINDING_INDENT 10 /* "  warning " */

/* A finding as a person reads it: the level, the message wrapped at the
 * width under a hanging indent, then dimmed on a line of its own the rule
 * and the section it comes from, and with -v on the next the section's
 * link, which no 80 columns hold beside them. */
static void
text_finding(const struct output *o, const struct finding *f)
{
	char url[96];

	fprintf(o->f, "  %s%-7s%s ", style_level((int)f->level), check_level_name(f->level),
	    style_reset());
	wrap_text(o->f, f->message, FINDING_INDENT, FINDING_INDENT, o->width);
	fprintf(o->f, "%*s%s%s, RFC %u section %s", FINDING_INDENT, "", style_dim(), f->rule,
	    f->rfc, f->section);
	check_spec_url(f, url, sizeof url);
	if (o->verbose)
		fprintf(o->f, "\n%*s%s", FINDING_INDENT, "", url);
	fprintf(o->f, "%s\n", style_reset());
	/* a line to paste is never wrapped: too long, it goes below */
	if (f->hint != NULL && FINDING_INDENT + 9 + (int)(strlen(f->hint_server) +
	    strlen(f->hint)) <= o->width)
		fprintf(o->f, "%*sfix in %s: %s\n", FINDING_INDENT, "", f->hint_server, f->hint);
	else if (f->hint != NULL)
		fprintf(o->f, "%*sfix in %s:\n%*s%s\n", FINDING_INDENT, "", f->hint_server,
		    FINDING_INDENT + 2, "", f->hint);
}

static void
text_all(const struct output *o, const size_t counts[3])
{
	for (size_t i = 0; i < rs.n; i++) {
		const struct response *r = &rs.r[i];
		fprintf(o->f, "%s%s %s%s%s%s\n", style_bold(), rs.text + r->version,
		    rs.text + r->code, rs.text[r->reason] != '\0' ? " " : "", rs.text + r->reason,
		    style_reset());
		for (size_t k = 0; k < verdicts[i].n; k++)
			text_finding(o, &verdicts[i].f[k]);
		if (verdicts[i].n == 0)
			fprintf(o->f, "  nothing to report\n");
	}
	fprintf(o->f, "%zu response%s: %zu error%s, %zu warning%s, %zu note%s\n", rs.n,
	    rs.n == 1 ? "" : "s", counts[0], counts[0] == 1 ? "" : "s", counts[1],
	    counts[1] == 1 ? "" : "s", counts[2], counts[2] == 1 ? "" : "s");
}

static void
json_finding(struct json *j, const struct finding *f)
{
	char url[96], rfc[16];

	check_spec_url(f, url, sizeof url);
	snprintf(rfc, sizeof rfc, "RFC %u", f->rfc);
	json_begin_object(j);
	json_key(j, "level");
	json_plain_string(j, check_level_name(f->level));
	json_key(j, "rule");
	json_plain_string(j, f->rule);
	json_key(j, "field");
	if (f->field != NULL)
		json_string(j, f->field);
	else
		json_null(j);
	json_key(j, "message");
	json_string(j, f->message);
	json_key(j, "rfc");
	json_plain_string(j, rfc);
	json_key(j, "section");
	json_plain_string(j, f->section);
	json_key(j, "spec_url");
	json_plain_string(j, url);
	json_key(j, "fix");
	if (f->hint != NULL) {
		json_begin_object(j);
		json_key(j, "server");
		json_string(j, f->hint_server);
		json_key(j, "line");
		json_string(j, f->hint);
		json_end_object(j);
	} else {
		json_null(j);
	}
	json_end_object(j);
}

static void
json_response(struct json *j, const struct response *r, const struct verdict *v)
{
	json_begin_object(j);
	json_key(j, "status");
	if (r->status >= 0)
		json_number(j, r->status);
	else
		json_null(j);
	json_key(j, "reason");
	json_string(j, rs.text + r->reason);
	json_key(j, "version");
	json_string(j, rs.text + r->version);
	json_key(j, "line");
	json_number(j, (long)r->line);
	json_key(j, "headers");
	json_begin_array(j);
	for (size_t i = r->first_field; i < r->first_field + r->fields; i++) {
		json_begin_object(j);
		json_key(j, "name");
		json_string(j, rs.text + rs.f[i].name);
		json_key(j, "value");
		json_string(j, rs.text + rs.f[i].value);
		json_end_object(j);
	}
	json_end_array(j);
	json_key(j, "body_length");
	if (r->body_shown)
		json_number(j, (long)r->body_len);
	else
		json_null(j);
	json_key(j, "findings");
	json_begin_array(j);
	for (size_t k = 0; k < v->n; k++)
		json_finding(j, &v->f[k]);
	json_end_array(j);
	json_end_object(j);
}

/* Whether an operand is a URL rather than a file: a scheme and "://",
 * and no such file. */
static bool
is_url(const char *arg)
{
	size_t scheme = strspn(arg, "abcdefghijklmnopqrstuvwxyz+.-");

	return scheme > 0 && strncmp(arg + scheme, "://", 3) == 0 && access(arg, F_OK) != 0;
}

/* Standard input for no operand or "-", else the file named. */
static int
open_input(char **args, int n, const char **name)
{
	*name = n == 0 || strcmp(args[0], "-") == 0 ? "standard input" : args[0];
	if (n == 0 || strcmp(args[0], "-") == 0)
		return STDIN_FILENO;
	return open(args[0], O_RDONLY);
}

int
command_check(struct output *o, char **args, int n)
{
	size_t counts[3] = { 0, 0, 0 };
	const char *name, *wrong;
	int fd;

	if (n > 1)
		return say_usage("check takes one file at most");
	if (n == 1 && is_url(args[0])) {
		say("check reads a response, not a URL: curl -si '%s' | httpstatus check", args[0]);
		return EXIT_USAGE;
	}
	if ((n == 0 || strcmp(args[0], "-") == 0) && isatty(STDIN_FILENO))
		say("check: reading a response from the terminal (Ctrl-D ends it); "
		    "curl -si URL | httpstatus check reads one from curl");
	if ((fd = open_input(args, n, &name)) < 0) {
		say_errno("%s", name);
		return EXIT_USAGE;
	}
	wrong = responses_read(&rs, fd);
	if (fd != STDIN_FILENO)
		close(fd);
	if (wrong != NULL) {
		say("%s: %s", name, wrong);
		return EXIT_USAGE;
	}
	for (size_t i = 0; i < rs.n; i++) {
		check_response(&rs, &rs.r[i], &verdicts[i]);
		for (size_t k = 0; k < verdicts[i].n; k++)
			counts[verdicts[i].f[k].level]++;
	}
	if (o->mode == MODE_JSON) {
		json_begin_array(&o->json);
		for (size_t i = 0; i < rs.n; i++)
			json_response(&o->json, &rs.r[i], &verdicts[i]);
		json_end_array(&o->json);
	} else {
		text_all(o, counts);
	}
	return counts[0] + counts[1] > 0 ? EXIT_MISSING : EXIT_FOUND;
}
