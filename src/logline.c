/* Finding the status in a line of a log.  Each parser reads only the line
 * it is given, within its length, and gives up on anything it does not
 * expect: a log holds whatever clients sent, and a line that cannot be
 * read is a line without a status, never a reason to stop. */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "logline.h"
#include "table.h"

/* The names --format takes: common, vhost_combined and traefik are read
 * as combined is, the status after the quoted request line. */
static const struct {
	const char *name;
	enum log_format format;
} names[] = {
	{ "code", LOG_CODE }, { "combined", LOG_COMBINED }, { "common", LOG_COMBINED },
	{ "vhost_combined", LOG_COMBINED }, { "traefik", LOG_COMBINED }, { "alb", LOG_ALB },
	{ "elb", LOG_ELB }, { "haproxy", LOG_HAPROXY }, { "iis", LOG_IIS }, { "json", LOG_JSON },
};

int
log_format_named(const char *name)
{
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i].name) == 0)
			return (int)names[i].format;
	return -1;
}

const char *
log_format_name(size_t i)
{
	return i < sizeof names / sizeof names[0] ? names[i].name : NULL;
}

void
log_init(struct log_state *st)
{
	st->iis_status = st->iis_substatus = -1;
	st->read = LOG_CODE;
}

/* A 499 in a combined log is nginx's, the server that writes it there; a
 * 460 in a load balancer's log is AWS's; and a 451 in an IIS log is
 * Exchange ActiveSync's redirect, since Exchange runs on IIS and its 451s
 * are logged there.  A list of codes or a JSON log says nothing of its
 * writer, and the registered meaning comes first as everywhere else. */
const char *const *
log_format_vendors(enum log_format f)
{
	static const char *const none[] = { NULL },
	    *const web[] = { "nginx", "Apache HTTP Server", NULL },
	    *const aws[] = { "AWS Elastic Load Balancing", NULL },
	    *const microsoft[] = { "Microsoft IIS", "Microsoft Exchange", NULL };

	switch (f) {
	case LOG_COMBINED: return web;
	case LOG_ALB:
	case LOG_ELB: return aws;
	case LOG_IIS: return microsoft;
	case LOG_CODE:
	case LOG_HAPROXY:
	case LOG_JSON:
	case LOG_AUTO: break;
	}
	return none;
}

/* The bytes of a line or of a part of it. */
struct cursor {
	const char *p, *end;
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The status at p: three digits that end a token (100 to 999, or 000 for
 * no response), or -1. */
static int
status_at(const char *p, const char *end)
{
	if (end - p < 3 || !is_digit(p[0]) || !is_digit(p[1]) || !is_digit(p[2]))
		return -1;
	if (end - p > 3 && p[3] != ' ' && p[3] != '\t' && p[3] != '"' && p[3] != ',' &&
	    p[3] != '}')
		return -1;
	int code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
	return code == 0 || code >= 100 ? code : -1;
}

/* Token n (from 0) of s, split at spaces; false when the line is shorter. */
static bool
token(struct cursor s, int n, struct cursor *out)
{
	const char *p = s.p;

	for (int i = 0;; i++) {
		while (p < s.end && *p == ' ')
			p++;
		if (p == s.end)
			return false;
		const char *start = p;
		while (p < s.end && *p != ' ')
			p++;
		if (i == n) {
			*out = (struct cursor){ start, p };
			return true;
		}
	}
}

static bool
token_is(struct cursor t, const char *word)
{
	size_t n = strlen(word);

	return (size_t)(t.end - t.p) == n && memcmp(t.p, word, n) == 0;
}

/* 2015-05-13T23:39:43: an ISO 8601 time, as the load balancers write. */
static bool
iso_time(struct cursor t)
{
	return t.end - t.p >= 19 && is_digit(t.p[0]) && t.p[4] == '-' && t.p[7] == '-' &&
	    t.p[10] == 'T' && t.p[13] == ':';
}

/* The quoted request line, "GET / HTTP/1.1", comes after the bracketed
 * time of the common log format and its relatives; the status follows
 * it.  request() is where the request begins, or NULL. */
static const char *
request(struct cursor s)
{
	for (const char *p = s.p; (p = memchr(p, ']', (size_t)(s.end - p))) != NULL; p++)
		if (s.end - p > 2 && p[1] == ' ' && p[2] == '"')
			return p + 3;
	return NULL;
}

/* The quote that ends the request: Apache escapes a quote in it as \",
 * nginx as \x22, so a quote after an odd run of backslashes is not it. */
static const char *
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

static int
combined(struct cursor s)
{
	const char *p = request(s);

	if (p == NULL || (p = request_end(p, s.end)) == NULL)
		return -1;
	for (p++; p < s.end && *p == ' '; p++)
		;
	return status_at(p, s.end);
}

/* AWS load balancers: the status a client got is field 9 of an
 * Application Load Balancer's line (after its type, http or h2...), and
 * field 8 of a Classic one's, whose line starts with the time. */
static int
alb(struct cursor s)
{
	struct cursor t;

	return token(s, 8, &t) ? status_at(t.p, t.end) : -1;
}

static int
elb(struct cursor s)
{
	struct cursor t;

	return token(s, 7, &t) ? status_at(t.p, t.end) : -1;
}

static bool
alb_type(struct cursor t)
{
	static const char *const types[] = { "http", "https", "h2", "grpcs", "ws", "wss" };

	if (t.end - t.p > 5)
		return false;
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (token_is(t, types[i]))
			return true;
	return false;
}

/* HAProxy's httplog: after the accept time in brackets, the frontend, the
 * backend/server, five timers joined by slashes (10/0/30/69/109, -1 for
 * a step never reached), then the status.  Syslog puts a prefix of its
 * own in front (haproxy[14389]:), so the timers are looked for, not
 * counted to. */
#define HAPROXY_TOKENS 16 /* the timers come before this token */

static bool
timers(struct cursor t)
{
	int slashes = 0;

	for (const char *p = t.p; p < t.end; p++) {
		if (*p == '/')
			slashes++;
		else if (!is_digit(*p) && *p != '-' && *p != '+')
			return false;
	}
	return slashes == 4;
}

static int
haproxy(struct cursor s)
{
	struct cursor t, status;

	for (int i = 0; i < HAPROXY_TOKENS && token(s, i, &t); i++)
		if (timers(t))
			return token(s, i + 1, &status) ? status_at(status.p, status.end) : -1;
	return -1;
}

/* IIS's W3C extended log names its columns in a #Fields directive; the
 * data lines that follow are read by them. */
static void
iis_fields(struct log_state *st, struct cursor s)
{
	struct cursor t;

	log_init(st);
	for (int i = 1; token(s, i, &t); i++) {
		if (token_is(t, "sc-status"))
			st->iis_status = i - 1;
		else if (token_is(t, "sc-substatus"))
			st->iis_substatus = i - 1;
	}
}

static int
iis(const struct log_state *st, struct cursor s, int *sub)
{
	struct cursor t;
	int code;

	if (st->iis_status < 0 || !token(s, st->iis_status, &t))
		return -1;
	code = status_at(t.p, t.end);
	if (code >= 0 && st->iis_substatus >= 0 && token(s, st->iis_substatus, &t) &&
	    t.end - t.p <= 3) {
		int n = 0;
		for (const char *p = t.p; p < t.end && n >= 0; p++)
			n = is_digit(*p) ? n * 10 + (*p - '0') : -1;
		*sub = n;
	}
	return code;
}

/* JSON lines.  The status is the number under one of the keys the common
 * loggers use: Caddy's status, Traefik's DownstreamStatus, status_code,
 * statusCode, http.status_code (flat, or status_code inside http) and
 * Google Cloud's status inside httpRequest.  A string or a fraction is no
 * status.  The scan skips strings whole, so a key inside a value is not a
 * key. */
struct json_scan {
	const char *p, *end;
	int depth;
	bool in_http, in_request; /* inside "http": { or "httpRequest": { */
};

/* The string at s->p (after its quote), moving past it; its bytes in
 * [*a, *b). */
static bool
scan_string(struct json_scan *s, const char **a, const char **b)
{
	*a = ++s->p;
	for (; s->p < s->end && *s->p != '"'; s->p++)
		if (*s->p == '\\')
			s->p++;
	if (s->p >= s->end)
		return false;
	*b = s->p++;
	return true;
}

static bool
key_is(const char *a, const char *b, const char *key)
{
	size_t n = strlen(key);

	return (size_t)(b - a) == n && memcmp(a, key, n) == 0;
}

/* Whether the key [a, b) at the scan's depth names the status. */
static bool
status_key(const struct json_scan *s, const char *a, const char *b)
{
	if (s->depth == 1)
		return key_is(a, b, "status") || key_is(a, b, "status_code") ||
		    key_is(a, b, "statusCode") || key_is(a, b, "DownstreamStatus") ||
		    key_is(a, b, "http.status_code");
	return s->depth == 2 && ((s->in_request && key_is(a, b, "status")) ||
	    (s->in_http && key_is(a, b, "status_code")));
}

/* The integer value at p, 100 to 999 or 0; -1 for anything else. */
static int
json_status(const char *p, const char *end)
{
	int n = 0, digits = 0;

	for (; p < end && is_digit(*p) && digits < 4; p++, digits++)
		n = n * 10 + (*p - '0');
	if (digits == 0 || digits > 3 || (p < end && (*p == '.' || *p == 'e' || *p == 'E')))
		return -1;
	return n == 0 || n >= 100 ? n : -1;
}

/* The status of a JSON line; a line cut short (its object never closes)
 * has none, whatever it held before the cut. */
static int
json(struct cursor line)
{
	struct json_scan s = { line.p, line.end, 0, false, false };
	const char *a, *b;
	int status = -1;
	bool found = false;

	while (s.p < s.end) {
		char c = *s.p;
		if (c == '{' || c == '[') {
			s.depth++;
			s.p++;
		} else if (c == '}' || c == ']') {
			if (--s.depth <= 1)
				s.in_http = s.in_request = false;
			s.p++;
			if (s.depth <= 0)
				break;
		} else if (c == '"') {
			if (!scan_string(&s, &a, &b))
				return -1;
			while (s.p < s.end && (*s.p == ' ' || *s.p == '\t'))
				s.p++;
			if (s.p == s.end || *s.p != ':')
				continue;
			for (s.p++; s.p < s.end && (*s.p == ' ' || *s.p == '\t'); s.p++)
				;
			if (!found && status_key(&s, a, b)) {
				status = json_status(s.p, s.end);
				found = true;
			}
			if (s.depth == 1 && s.p < s.end && *s.p == '{') {
				s.in_http = key_is(a, b, "http");
				s.in_request = key_is(a, b, "httpRequest");
			}
		} else {
			s.p++;
		}
	}
	return s.depth == 0 ? status : -1;
}

/* A line that is a code or a status line, as --stdin always read:
 * "404", "500.19", "HTTP/1.1 503 Service Unavailable", "HTTP/2 404". */
static const char *
skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

static int
bare(struct cursor s)
{
	char buf[32];
	const char *p = skip_blanks(s.p, s.end), *end = s.end;
	bool status_line = end - p >= 5 && memcmp(p, "HTTP/", 5) == 0;
	size_t n;

	if (status_line) {
		while (p < end && *p != ' ' && *p != '\t')
			p++;
		p = skip_blanks(p, end);
	}
	for (n = 0; p + n < end && p[n] != ' ' && p[n] != '\t'; n++)
		;
	if ((!status_line && p + n != end) || n >= sizeof buf)
		return -1;
	if (n == 3 && p[0] != '0')
		return status_at(p, p + n);
	memcpy(buf, p, n);
	buf[n] = '\0';
	return table_parse_code(buf);
}

/* Which family a line looks like, from its first bytes and tokens. */
static enum log_format
guess(struct cursor s)
{
	struct cursor t0, t1;

	if (s.p < s.end && *s.p == '{')
		return LOG_JSON;
	if (s.p < s.end && *s.p == '#')
		return LOG_IIS;
	if (!token(s, 0, &t0))
		return LOG_CODE;
	if (iso_time(t0))
		return LOG_ELB;
	if (alb_type(t0) && token(s, 1, &t1) && iso_time(t1))
		return LOG_ALB;
	if (request(s) != NULL)
		return LOG_COMBINED;
	return memchr(s.p, '[', (size_t)(s.end - s.p)) != NULL ? LOG_HAPROXY : LOG_CODE;
}

int
log_status(struct log_state *st, enum log_format want, const char *line, size_t len,
    int *sub)
{
	struct cursor s = { line, line + len };

	*sub = -1;
	/* a stream that named IIS's columns holds IIS lines, but a line that
	 * is not one is still read as what it looks like */
	if (want == LOG_AUTO && st->iis_status >= 0 && len > 0 && line[0] != '#') {
		int code = iis(st, s, sub);
		st->read = LOG_IIS;
		if (code >= 0)
			return code;
	}
	st->read = want = want == LOG_AUTO ? guess(s) : want;
	switch (want) {
	case LOG_CODE: return bare(s);
	case LOG_COMBINED: return combined(s);
	case LOG_ALB: return alb(s);
	case LOG_ELB: return elb(s);
	case LOG_HAPROXY: return haproxy(s);
	case LOG_JSON: return json(s);
	case LOG_IIS:
		if (len > 8 && memcmp(line, "#Fields:", 8) == 0)
			iis_fields(st, s);
		return len > 0 && line[0] == '#' ? -1 : iis(st, s, sub);
	case LOG_AUTO: break;
	}
	return -1;
}
