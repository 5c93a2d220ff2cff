/* Messages on standard error, after the program's name with its control bytes escaped. */
#ifndef SAY_H
#define SAY_H

void say_init(const char *argv0);
void say(const char *fmt, ...);
void say_errno(const char *fmt, ...);
/* "write error", with what error (an errno) says when it is not 0. */
void say_write_error(int error);

struct hits;

/* A miss: what, a format holding one %s for arg, shown safely and cut
 * short, then " did you mean A or B?" for the rows of suggestions (NULL
 * or none: nothing). */
void say_miss(const char *what, const char *arg, const struct hits *suggestions);

/* The exit status of a usage error. */
#define SAY_USAGE 2

/* A usage error, in the one wording of all of them: what was wrong, and
 * where to read more.  Returns SAY_USAGE. */
int say_usage(const char *fmt, ...);

#endif
