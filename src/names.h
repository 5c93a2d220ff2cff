/* How names are compared: shared by the generator, which writes the name
 * table already normalized, and the program, which normalizes the query the
 * same way before looking it up. */
#ifndef NAMES_H
#define NAMES_H

#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "words.h"

#define NAME_MAX_LEN 128 /* longer names or queries never match exactly */

/* Lower-case letters and digits of s, without the characters names may
 * spell differently, in American spelling; false when it does not fit. */
static inline bool
name_normalize(const char *s, char *out, size_t size)
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		if (strchr(" -_'\t", *s) != NULL)
			continue;
		if (n + 1 >= size)
			return false;
		out[n++] = (char)tolower((unsigned char)*s);
	}
	out[n] = '\0';
	words_americanize(out);
	return true;
}

/* norm past a prefix that libraries put before names: "http" and the
 * code (HTTP_429_TOO_MANY_REQUESTS), "status" (StatusTooManyRequests) or
 * "sc" (SC_NOT_FOUND).  A prefix alone is left as it is. */
static inline const char *
name_unprefixed(const char *norm)
{
	static const char *const prefixes[] = { "http", "status", "sc" };

	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t len = strlen(prefixes[i]);
		if (strncmp(norm, prefixes[i], len) == 0 && norm[len] != '\0') {
			norm += len;
			return norm + strspn(norm, "0123456789");
		}
	}
	return norm;
}

#endif
