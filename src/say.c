/* Messages on standard error: "name: message", as warnx(3) writes them,
 * but with the program's name as invoked made safe first.  warnx prints
 * argv[0] as it is, so a name holding control bytes could move the
 * cursor or change colours in the user's terminal.  The wording of the
 * two kinds that recur lives here too: a miss, with the input quoted and
 * the codes it may have meant, and a usage error. */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "query.h"
#include "say.h"
#include "utf8.h"

#define SHOWN_LEN 64 /* how much of a bad argument a message repeats */

static char name[256] = "httpstatus";

/* The last part of argv0, with control bytes and bytes that are not UTF-8
 * written as \xHH, cut short when it is long. */
void
say_init(const char *argv0)
{
	const char *base = argv0 != NULL && strrchr(argv0, '/') != NULL ? strrchr(argv0, '/') + 1 :
	    argv0;
	size_t n = 0;

	if (base == NULL || *base == '\0')
		return;
	for (const unsigned char *p = (const unsigned char *)base; *p != '\0' && n + 5 < sizeof name;) {
		size_t len = utf8_length(p);
		if (len == 0 || *p < 0x20 || *p == 0x7F) {
			n += (size_t)snprintf(name + n, sizeof name - n, "\\x%02x", *p++);
			continue;
		}
		if (n + len + 1 > sizeof name)
			break;
		memcpy(name + n, p, len);
		n += len;
		p += len;
	}
	name[n] = '\0';
}

static void
vsay(const char *fmt, va_list ap, const char *error)
{
	fprintf(stderr, "%s: ", name);
	vfprintf(stderr, fmt, ap);
	if (error != NULL)
		fprintf(stderr, ": %s", error);
	fputc('\n', stderr);
}

void
say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, NULL);
	va_end(ap);
}

/* As say, then ": " and what errno says, as warn(3) does. */
void
say_errno(const char *fmt, ...)
{
	const char *error = strerror(errno);
	va_list ap;

	va_start(ap, fmt);
	vsay(fmt, ap, error);
	va_end(ap);
}

void
say_write_error(int error)
{
	if (error != 0)
		say("write error: %s", strerror(error));
	else
		say("write error");
}

/* arg as a message may show it: control bytes and bytes that are not
 * UTF-8 escaped as \xHH, long input cut short. */
static const char *
shown(const char *arg, char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)arg;
	size_t n = 0;

	while (*p != '\0') {
		size_t len = utf8_length(p);
		if (n + 8 >= size || n >= SHOWN_LEN) {
			memcpy(buf + n, "...", 4);
			return buf;
		}
		if (len == 0 || *p < 0x20 || *p == 0x7F) {
			n += (size_t)snprintf(buf + n, size - n, "\\x%02x", *p++);
			continue;
		}
		if (n + len + 8 >= size)
			len = size - n - 8;
		memcpy(buf + n, p, len);
		n += len;
		p += len;
	}
	buf[n] = '\0';
	return buf;
}

/* Appends " did you mean A, B or C?" for the suggested rows, if any. */
static void
suggest(char *msg, size_t size, const struct hits *h)
{
	size_t n = strlen(msg);
	char id[16];

	for (size_t i = 0; i < h->n && n < size; i++) {
		table_id_text(h->row[i], id, sizeof id);
		n += (size_t)snprintf(msg + n, size - n, "%s%s %s", i == 0 ? "; did you mean " :
		    i + 1 == h->n ? " or " : ", ", id, table_str(h->row[i]->name));
	}
	if (h->n > 0 && n < size)
		snprintf(msg + n, size - n, "?");
}

void
say_miss(const char *what, const char *arg, const struct hits *suggestions)
{
	char buf[SHOWN_LEN + 8], msg[512];

	snprintf(msg, sizeof msg, what, shown(arg, buf, sizeof buf));
	if (suggestions != NULL)
		suggest(msg, sizeof msg, suggestions);
	say("%s", msg);
}

/* A usage error, in the one wording of all of them: what was wrong, and
 * where to read more.  Returns the exit status. */
int
say_usage(const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	say("%s; try 'httpstatus --help'", msg);
	return SAY_USAGE;
}
