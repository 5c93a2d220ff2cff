/* The cursor, tokens and JSON walk that logline.c and logkey.c both read
 * a log line with; inline, so that neither pays a call per byte or token. */
#ifndef LOGSCAN_H
#define LOGSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* The bytes of a line or of a part of it. */
struct cursor {
	const char *p, *end;
};

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline const char *
skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* The next token of *rest, split at spaces, moving *rest past it; false
 * when none is left. */
static inline bool
next_token(struct cursor *rest, struct cursor *out)
{
	const char *p = rest->p;

	while (p < rest->end && *p == ' ')
		p++;
	if (p == rest->end)
		return false;
	out->p = p;
	while (p < rest->end && *p != ' ')
		p++;
	out->end = rest->p = p;
	return true;
}

/* Token n (from 0) of s; false when the line is shorter. */
static inline bool
token(struct cursor s, int n, struct cursor *out)
{
	for (int i = 0; next_token(&s, out); i++)
		if (i == n)
			return true;
	return false;
}

/* Whether t begins with word. */
static inline bool
starts_with(struct cursor t, const char *word)
{
	size_t n = strlen(word);

	return (size_t)(t.end - t.p) >= n && memcmp(t.p, word, n) == 0;
}

static inline bool
cursor_is(struct cursor t, const char *word)
{
	size_t n = strlen(word);

	return (size_t)(t.end - t.p) == n && memcmp(t.p, word, n) == 0;
}

/* The quoted request line, "GET / HTTP/1.1", comes after the bracketed
 * time of the common log format and its relatives; the status follows
 * it.  request() is where the request begins, or NULL. */
static inline const char *
request(struct cursor s)
{
	for (const char *p = s.p; (p = memchr(p, ']', (size_t)(s.end - p))) != NULL; p++)
		if (s.end - p > 2 && p[1] == ' ' && p[2] == '"')
			return p + 3;
	return NULL;
}

/* The quote that ends a quoted field begun at p: Apache escapes a quote
 * in it as \", nginx as \x22, so a quote after an odd run of backslashes
 * is not it. */
static inline const char *
request_end(const char *p, const char *end)
{
	for (const char *q = p; (q = memchr(q, '"', (size_t)(end - q))) != NULL; q++) {
		size_t slashes = 0;
		while (q - slashes > p && q[-1 - (ptrdiff_t)slashes] == '\\')
			slashes++;
		if (slashes % 2 == 0)
			return q;
	}
	return NULL;
}

/* HAProxy's fields up to its timers come before this token, whatever
 * syslog puts first (logline.c). */
#define HAPROXY_TOKENS 16

/* JSON lines, walked key by key.  The objects whose keys the loggers
 * nest are told apart by the key that holds them: "http" and
 * "httpRequest" (Google Cloud) at the top, "request" (Caddy) and its
 * "headers". */
enum json_in { IN_TOP, IN_HTTP, IN_HTTP_REQUEST, IN_REQUEST, IN_HEADERS, IN_OTHER };

#define JSON_NAMED 3 /* deeper objects are all IN_OTHER */

struct json_scan {
	const char *p, *end;
	int depth;                  /* objects and arrays open at p; -1 after a string cut short */
	bool after_key;             /* p is at the value of key */
	struct cursor key;
	enum json_in in[JSON_NAMED + 1]; /* what the object at depth d is */
};

static inline void
json_begin(struct json_scan *s, struct cursor line)
{
	*s = (struct json_scan){ .p = line.p, .end = line.end };
	for (int d = 0; d <= JSON_NAMED; d++)
		s->in[d] = IN_OTHER;
}

/* What the object opened as the value of key is, in the one at parent. */
static inline enum json_in
json_named(enum json_in parent, struct cursor key)
{
	if (parent == IN_TOP)
		return cursor_is(key, "http") ? IN_HTTP : cursor_is(key, "httpRequest") ?
		    IN_HTTP_REQUEST : cursor_is(key, "request") ? IN_REQUEST : IN_OTHER;
	return parent == IN_REQUEST && cursor_is(key, "headers") ? IN_HEADERS : IN_OTHER;
}

/* Where the key json_key last gave is: any key at depth 1 is a top one. */
static inline enum json_in
json_where(const struct json_scan *s)
{
	if (s->depth == 1)
		return IN_TOP;
	return s->depth > 1 && s->depth <= JSON_NAMED ? s->in[s->depth] : IN_OTHER;
}

static inline void
json_open(struct json_scan *s, bool named)
{
	int d = ++s->depth;

	s->p++;
	if (d >= 1 && d <= JSON_NAMED)
		s->in[d] = d == 1 ? IN_TOP : named ? json_named(s->in[d - 1], s->key) : IN_OTHER;
}

/* The string at s->p (at its quote), moving past it; false when the line
 * ends first.  A quote after an odd run of backslashes is escaped, as
 * request_end reads it. */
static inline bool
json_string(struct json_scan *s, struct cursor *out)
{
	const char *p = request_end(s->p + 1, s->end);

	if (p == NULL)
		return false;
	*out = (struct cursor){ s->p + 1, p };
	s->p = p + 1;
	return true;
}

/* The next key, with s->p left at its value, which the caller may read
 * but not move past; false at the end of the line or of the outermost
 * object.  Strings are skipped whole, so that a key inside a value is not
 * a key; a line is a whole object when the walk ends at depth 0. */
static inline bool
json_key(struct json_scan *s, struct cursor *key)
{
	while (s->p < s->end) {
		char c = *s->p;
		bool after_key = s->after_key;

		s->after_key = false;
		if (c == '{' || c == '[') {
			json_open(s, c == '{' && after_key);
		} else if (c == '}' || c == ']') {
			s->p++;
			if (--s->depth <= 0)
				return false;
		} else if (c != '"') {
			s->p++;
		} else if (!json_string(s, key)) {
			s->depth = -1;
			return false;
		} else if ((s->p = skip_blanks(s->p, s->end)) < s->end && *s->p == ':') {
			s->p = skip_blanks(s->p + 1, s->end);
			s->key = *key;
			s->after_key = true;
			return true;
		}
	}
	return false;
}

#endif
