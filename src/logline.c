/* Finding the status in a line of a log.  Each parser reads only the line
 * it is given, within its length, and gives up on anything it does not
 * expect: a log holds whatever clients sent, and a line that cannot be
 * read is a line without a status, never a reason to stop.  Some lines
 * are no request at all and are skipped whatever the format: blank ones,
 * directives (#Fields: and the other W3C lines), and the messages
 * python's http.server writes about its own work in the shape of its
 * request lines. */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "logline.h"
#include "logscan.h"
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
	for (int c = 0; c < IIS_COLUMNS; c++)
		st->iis_column[c] = -1;
	st->read = LOG_CODE;
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

/* 2015-05-13T23:39:43: an ISO 8601 time, as the load balancers write. */
static bool
iso_time(struct cursor t)
{
	return t.end - t.p >= 19 && is_digit(t.p[0]) && t.p[4] == '-' && t.p[7] == '-' &&
	    t.p[10] == 'T' && t.p[13] == ':';
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
		if (cursor_is(t, types[i]))
			return true;
	return false;
}

/* HAProxy's httplog: after the accept time in brackets, the frontend, the
 * backend/server, five timers joined by slashes (10/0/30/69/109, -1 for
 * a step never reached), then the status.  Syslog puts a prefix of its
 * own in front (haproxy[14389]:), so the timers are looked for, not
 * counted to, before HAPROXY_TOKENS (logscan.h). */
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
 * data lines that follow are read by them.  Besides the status, the
 * columns that log_key reads are remembered. */
static void
iis_fields(struct log_state *st, struct cursor s)
{
	static const char *const columns[IIS_COLUMNS] = {
		[IIS_DATE] = "date", [IIS_TIME] = "time", [IIS_METHOD] = "cs-method",
		[IIS_STEM] = "cs-uri-stem", [IIS_QUERY] = "cs-uri-query", [IIS_CLIENT] = "c-ip",
		[IIS_HOST] = "cs-host", [IIS_AGENT] = "cs(User-Agent)",
		[IIS_REFERRER] = "cs(Referer)",
	};
	struct cursor rest = s, t;

	log_init(st);
	next_token(&rest, &t); /* #Fields: */
	for (int i = 0; next_token(&rest, &t); i++) {
		if (cursor_is(t, "sc-status"))
			st->iis_status = i;
		else if (cursor_is(t, "sc-substatus"))
			st->iis_substatus = i;
		for (int c = 0; c < IIS_COLUMNS; c++)
			if (cursor_is(t, columns[c]))
				st->iis_column[c] = i;
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
 * status. */
static bool
status_key(const struct json_scan *s, struct cursor key)
{
	if (s->depth == 1)
		return cursor_is(key, "status") || cursor_is(key, "status_code") ||
		    cursor_is(key, "statusCode") || cursor_is(key, "DownstreamStatus") ||
		    cursor_is(key, "http.status_code");
	return s->depth == 2 && ((s->in[2] == IN_HTTP_REQUEST && cursor_is(key, "status")) ||
	    (s->in[2] == IN_HTTP && cursor_is(key, "status_code")));
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
	struct json_scan s;
	struct cursor key;
	int status = -1;
	bool found = false;

	json_begin(&s, line);
	while (json_key(&s, &key))
		if (!found && status_key(&s, key)) {
			status = json_status(s.p, s.end);
			found = true;
		}
	return s.depth == 0 ? status : -1;
}

/* A line that is a code or a status line, as --stdin always read:
 * "404", "500.19", "HTTP/1.1 503 Service Unavailable", "HTTP/2 404". */
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
	/* a NUL would end the copy early: 404<NUL>x is no 404 */
	if ((!status_line && p + n != end) || n >= sizeof buf || memchr(p, '\0', n) != NULL)
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

/* A blank line, or one of the messages python's http.server writes about
 * its own work in the shape of its request lines, "127.0.0.1 - -
 * [07/Dec/2026 17:45:18] code 404, message File not found", where a
 * request line has a quote after the time.  No wider: HAProxy's lines
 * have "[date] frontend" too, and they are requests. */
static bool
no_request(struct cursor s)
{
	const char *p = s.p;

	while (p < s.end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (p == s.end)
		return true;
	for (p = s.p; p < s.end && *p != ' '; p++)
		;
	if (p == s.p || s.end - p < 6 || memcmp(p, " - - [", 6) != 0)
		return false;
	p = memchr(p + 6, ']', (size_t)(s.end - p - 6));
	return p != NULL && s.end - p >= 3 && p[1] == ' ' && p[2] != '"';
}

/* A directive, #Fields: or another, is no request; where the lines may be
 * IIS's, #Fields: names the columns that the lines after it have. */
static int
directive(struct log_state *st, enum log_format want, struct cursor s)
{
	if (want == LOG_AUTO || want == LOG_IIS) {
		if (s.end - s.p > 8 && memcmp(s.p, "#Fields:", 8) == 0)
			iis_fields(st, s);
		st->read = LOG_IIS;
	}
	return LOG_SKIP;
}

/* The status of a line that is no directive, -1 for none. */
static int
status_of(struct log_state *st, enum log_format want, struct cursor s, int *sub)
{
	/* a stream that named IIS's columns holds IIS lines, but a line that
	 * is not one is still read as what it looks like */
	if (want == LOG_AUTO && st->iis_status >= 0) {
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
	case LOG_IIS: return iis(st, s, sub);
	case LOG_AUTO: break;
	}
	return -1;
}

/* A line is looked at as no request only once it has given no status:
 * most lines are requests, and a request line never has the shape of a
 * message (its quote follows the time).  A blank line or python's message
 * leaves st->read as it was; a directive is read as IIS's where IIS is
 * asked for or guessed. */
int
log_status(struct log_state *st, enum log_format want, const char *line, size_t len,
    int *sub)
{
	struct cursor s = { line, line + len };
	enum log_format was = st->read;
	int code;

	*sub = -1;
	if (len > 0 && line[0] == '#')
		return directive(st, want, s);
	if ((code = status_of(st, want, s, sub)) != -1 || !no_request(s))
		return code;
	st->read = was;
	return LOG_SKIP;
}
