/* A JSON syntax check, bounded in depth, reading the bytes it is given
 * and never past them. */

#include <string.h>

#include "jsonscan.h"

#define DEPTH_MAX 64

struct scan {
	const char *p, *end;
};

static void
blanks(struct scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static bool
hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A string at s->p, its quote included; its bytes go to [*a, *b). */
static bool
string(struct scan *s, const char **a, const char **b)
{
	*a = ++s->p;
	for (; s->p < s->end && *s->p != '"'; s->p++) {
		if ((unsigned char)*s->p < 0x20)
			return false;
		if (*s->p != '\\')
			continue;
		if (++s->p == s->end)
			return false;
		if (*s->p == 'u') {
			if (s->end - s->p < 5 || !hex(s->p[1]) || !hex(s->p[2]) || !hex(s->p[3]) ||
			    !hex(s->p[4]))
				return false;
			s->p += 4;
		} else if (strchr("\"\\/bfnrt", *s->p) == NULL) {
			return false;
		}
	}
	if (s->p == s->end)
		return false;
	*b = s->p++;
	return true;
}

static bool
digits(struct scan *s)
{
	const char *start = s->p;

	while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		s->p++;
	return s->p > start;
}

static bool
number(struct scan *s, struct json_member *m)
{
	const char *start = s->p;
	bool whole = true;

	if (*s->p == '-')
		s->p++;
	if (s->p < s->end && *s->p == '0')
		s->p++;
	else if (!digits(s))
		return false;
	if (s->p < s->end && *s->p == '.') {
		s->p++;
		whole = false;
		if (!digits(s))
			return false;
	}
	if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
		s->p++;
		whole = false;
		if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
			s->p++;
		if (!digits(s))
			return false;
	}
	if (m != NULL) {
		m->integer = whole && s->p - start <= 9;
		m->number = 0;
		for (const char *q = start + (*start == '-'); m->integer && q < s->p; q++)
			m->number = m->number * 10 + (*q - '0');
		if (*start == '-')
			m->number = -m->number;
	}
	return true;
}

static bool
word(struct scan *s, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n) != 0)
		return false;
	s->p += n;
	return true;
}

/* A member's name and its colon; at depth 1, the member asked for under
 * that name (the first of a name counts) goes to *m. */
static bool
key(struct scan *s, int depth, struct json_member *members, size_t count,
    struct json_member **m)
{
	const char *a, *b;

	*m = NULL;
	blanks(s);
	if (s->p == s->end || *s->p != '"' || !string(s, &a, &b))
		return false;
	for (size_t i = 0; depth == 1 && i < count && *m == NULL; i++)
		if (members[i].type == JT_ABSENT && strlen(members[i].name) == (size_t)(b - a) &&
		    memcmp(members[i].name, a, (size_t)(b - a)) == 0)
			*m = &members[i];
	blanks(s);
	return s->p < s->end && *s->p++ == ':';
}

/* A value that holds no other: a string, number, true, false or null. */
static bool
scalar(struct scan *s, struct json_member *m)
{
	enum json_type type;
	const char *a, *b;
	bool ok;

	switch (*s->p) {
	case '"': type = JT_STRING; ok = string(s, &a, &b); break;
	case 't': type = JT_BOOL; ok = word(s, "true"); break;
	case 'f': type = JT_BOOL; ok = word(s, "false"); break;
	case 'n': type = JT_NULL; ok = word(s, "null"); break;
	default: type = JT_NUMBER; ok = number(s, m); break;
	}
	if (m != NULL)
		m->type = type;
	return ok;
}

/* The open objects and arrays, innermost last; a loop over them rather
 * than recursion, so that depth is a number checked, not stack spent. */
struct nest {
	int depth;
	char open[DEPTH_MAX]; /* '{' or '[' */
	struct json_member *members;
	size_t count;
};

/* After a value: the commas and closing brackets that follow it.  Returns
 * 1 when another value follows (an object's key read), 0 when the
 * outermost object has closed, -1 for a syntax error. */
static int
after_value(struct scan *s, struct nest *n, struct json_member **m)
{
	while (n->depth > 0) {
		char close = n->open[n->depth - 1] == '{' ? '}' : ']';
		blanks(s);
		if (s->p == s->end)
			return -1;
		if (*s->p == ',') {
			s->p++;
			*m = NULL;
			if (close == '}' && !key(s, n->depth, n->members, n->count, m))
				return -1;
			return 1;
		}
		if (*s->p++ != close)
			return -1;
		n->depth--;
	}
	return 0;
}

/* Opens the object or array at s->p; an empty one closes at once. */
static int
open_container(struct scan *s, struct nest *n, struct json_member **m)
{
	char c = *s->p++;

	if (n->depth == DEPTH_MAX)
		return -1;
	if (*m != NULL)
		(*m)->type = c == '{' ? JT_OBJECT : JT_ARRAY;
	*m = NULL;
	n->open[n->depth++] = c;
	blanks(s);
	if (s->p < s->end && *s->p == (c == '{' ? '}' : ']')) {
		s->p++;
		n->depth--;
		return after_value(s, n, m);
	}
	return c == '{' && !key(s, n->depth, n->members, n->count, m) ? -1 : 1;
}

bool
json_scan_object(const char *p, size_t n, struct json_member *members, size_t count)
{
	struct scan s = { p, p + n };
	struct nest nest = { .depth = 0, .members = members, .count = count };
	struct json_member *m = NULL;
	int more;

	for (size_t i = 0; i < count; i++)
		members[i].type = JT_ABSENT;
	blanks(&s);
	if (s.p == s.end || *s.p != '{')
		return false;
	do {
		blanks(&s);
		if (s.p == s.end)
			return false;
		if (*s.p == '{' || *s.p == '[')
			more = open_container(&s, &nest, &m);
		else
			more = scalar(&s, m) ? after_value(&s, &nest, &m) : -1;
	} while (more > 0);
	blanks(&s);
	return more == 0 && s.p == s.end;
}
