/* Messages on standard error, after the program's name with its control bytes escaped. */
#ifndef SAY_H
#define SAY_H

void say_init(const char *argv0);
void say(const char *fmt, ...);
void say_errno(const char *fmt, ...);

#endif
