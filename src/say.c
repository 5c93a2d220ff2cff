/* Messages on standard error: "name: message", as warnx(3) writes them,
 * but with the program's name as invoked made safe first.  warnx prints
 * argv[0] as it is, so a name holding control bytes could move the
 * cursor or change colours in the user's terminal. */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "say.h"
#include "utf8.h"

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
