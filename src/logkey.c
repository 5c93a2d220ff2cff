/* What --by tallies a log by: the value of a key (path, client, hour...)
 * in a line that log_status has read, found where the line's format keeps
 * it.  A value is a few pieces of the line, copied only into the caller's
 * buffer: no allocation, and one more pass over the line at most. */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "logline.h"
#include "logscan.h"
#include "logtime.h"

static const char *const key_names[] = {
	[KEY_PATH] = "path", [KEY_URL] = "url", [KEY_CLIENT] = "client", [KEY_HOST] = "host",
	[KEY_METHOD] = "method", [KEY_AGENT] = "agent", [KEY_REFERRER] = "referrer",
	[KEY_HOUR] = "hour", [KEY_DAY] = "day",
};

int
log_key_named(const char *name)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcmp(name, key_names[i]) == 0)
			return (int)i;
	return strcmp(name, "referer") == 0 ? KEY_REFERRER : -1; /* the header's spelling */
}

const char *
log_key_name(size_t i)
{
	return i < sizeof key_names / sizeof key_names[0] ? key_names[i] : NULL;
}

/* A value: pieces written one after the other, as "/" and "?q" give the
 * URL of http://example.com?q, or cs-uri-stem, "?" and cs-uri-query IIS's. */
struct value {
	struct cursor piece[3];
	int n;
};

static const char marks[] = "/?";
static const struct cursor unknown = { marks, marks }, /* no scheme, no client */
    slash = { marks, marks + 1 }, question = { marks + 1, marks + 2 };

static bool
one(struct value *v, struct cursor c)
{
	v->piece[0] = c;
	v->n = 1;
	return true;
}

static void
add(struct value *v, struct cursor c)
{
	v->piece[v->n++] = c;
}

/* Whether v is nothing: empty, or "-" as the logs write a field they
 * lack.  A value of more pieces holds a "/" or is an IIS stem and query. */
static bool
nothing(const struct value *v)
{
	struct cursor c = v->piece[0];

	return v->n == 1 && (c.p == c.end || (c.end - c.p == 1 && *c.p == '-'));
}

/* Writes what fits of v and a NUL; the whole length, as snprintf does. */
static long
render(const struct value *v, char *buf, size_t size)
{
	size_t len = 0;

	for (int i = 0; i < v->n; i++) {
		size_t n = (size_t)(v->piece[i].end - v->piece[i].p);
		if (len + 1 < size)
			memcpy(buf + len, v->piece[i].p, n < size - 1 - len ? n : size - 1 - len);
		len += n;
	}
	if (size > 0)
		buf[len < size - 1 ? len : size - 1] = '\0';
	return (long)len;
}

/* An authority without the port its scheme implies, :80 for http and
 * :443 for https; either, when the scheme is not known (a virtual host, a
 * Host header). */
static struct cursor
host_of(struct cursor a, struct cursor scheme)
{
	size_t n = (size_t)(scheme.end - scheme.p), len = (size_t)(a.end - a.p);

	if ((n == 0 || (n == 4 && strncasecmp(scheme.p, "http", 4) == 0)) && len >= 3 &&
	    memcmp(a.end - 3, ":80", 3) == 0)
		a.end -= 3;
	else if ((n == 0 || (n == 5 && strncasecmp(scheme.p, "https", 5) == 0)) && len >= 4 &&
	    memcmp(a.end - 4, ":443", 4) == 0)
		a.end -= 4;
	return a;
}

/* An address without its port: 192.0.2.1:2817, [2001:db8::1]:2817, and
 * where a port is always there (AWS, HAProxy), 2001:db8::1:2817, the port
 * after the last colon as AWS's own Athena queries read it.  Where it may
 * not be (JSON), two colons or more are an IPv6 address alone. */
static struct cursor
drop_port(struct cursor a, bool sure)
{
	const char *colon = NULL, *p;
	int colons = 0;

	if (a.p < a.end && *a.p == '[' && (p = memchr(a.p, ']', (size_t)(a.end - a.p))) != NULL)
		return (struct cursor){ a.p + 1, p };
	for (p = a.p; p < a.end; p++)
		if (*p == ':') {
			colon = p;
			colons++;
		}
	for (p = colon == NULL ? a.end : colon + 1; p < a.end && is_digit(*p); p++)
		;
	if (colon == NULL || p < a.end || p == colon + 1 || (!sure && colons > 1))
		return a;
	return (struct cursor){ a.p, colon };
}

/* The path of a target, cut at its query or fragment. */
static struct cursor
path_of(struct cursor t)
{
	const char *p = t.p;

	while (p < t.end && *p != '?' && *p != '#')
		p++;
	return (struct cursor){ t.p, p };
}

/* Splits an absolute target, http://example.com:8080/a?b, into its
 * scheme, authority and the rest from the path on; false for any other. */
static bool
absolute(struct cursor t, struct cursor *scheme, struct cursor *authority,
    struct cursor *rest)
{
	const char *p = t.p, *a;

	if (p == t.end || !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
		return false;
	while (p < t.end && (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || is_digit(*p) ||
	    *p == '+' || *p == '-' || *p == '.'))
		p++;
	if (!starts_with((struct cursor){ p, t.end }, "://"))
		return false;
	*scheme = (struct cursor){ t.p, p };
	for (a = p += 3; p < t.end && *p != '/' && *p != '?' && *p != '#'; p++)
		;
	*authority = (struct cursor){ a, p };
	*rest = (struct cursor){ p, t.end };
	return true;
}

/* The path, URL or host of a request target.  A target that is neither
 * absolute nor a path (*, CONNECT's host:443, a TLS handshake's bytes) is
 * its own path and URL, and names no host. */
static bool
from_target(enum log_key key, struct cursor t, struct value *v)
{
	struct cursor scheme, authority, rest;

	if (!absolute(t, &scheme, &authority, &rest)) {
		if (key == KEY_HOST)
			return false;
		return one(v, key == KEY_PATH && t.p < t.end && *t.p == '/' ? path_of(t) : t);
	}
	if (key == KEY_HOST)
		return one(v, host_of(authority, scheme));
	if (rest.p < rest.end && *rest.p == '/')
		return one(v, key == KEY_PATH ? path_of(rest) : rest);
	one(v, slash);
	if (key == KEY_URL)
		add(v, rest);
	return true;
}

/* The method, path, URL or host of a request line, "GET /a?b HTTP/1.1". */
static bool
from_request(enum log_key key, struct cursor req, struct value *v)
{
	struct cursor w;

	if (key == KEY_METHOD)
		return token(req, 0, &w) && one(v, w);
	if (key == KEY_PATH || key == KEY_URL || key == KEY_HOST)
		return token(req, 1, &w) && from_target(key, w, v);
	return false;
}

/* The quoted field at rest's first byte after blanks, moving past it. */
static bool
next_quoted(struct cursor *rest, struct cursor *out)
{
	const char *p = skip_blanks(rest->p, rest->end), *q;

	if (p == rest->end || *p != '"' || (q = request_end(p + 1, rest->end)) == NULL)
		return false;
	*out = (struct cursor){ p + 1, q };
	rest->p = q + 1;
	return true;
}

/* The common log format and its relatives: three tokens before the
 * bracketed time (client, identity, user), four in vhost_combined, whose
 * first is the virtual host and its port; then the quoted request, the
 * status, the size and, in combined, the quoted referrer and agent.  The
 * number of tokens before the time, or -1. */
#define CLF_HEAD 4

static int
clf_head(struct cursor s, struct cursor head[CLF_HEAD], struct cursor *stamp)
{
	struct cursor t;

	for (int n = 0; next_token(&s, &t); n++) {
		if (*t.p == '[') {
			*stamp = t;
			return n;
		}
		if (n == CLF_HEAD)
			break;
		head[n] = t;
	}
	return -1;
}

static bool
clf(enum log_key key, struct cursor s, struct value *v)
{
	struct cursor head[CLF_HEAD], stamp, rest, t;
	int n = key == KEY_CLIENT || key == KEY_HOST ? clf_head(s, head, &stamp) : -1;
	const char *p, *q;

	if (key == KEY_CLIENT)
		return n >= 1 && one(v, head[n == 4 ? 1 : 0]);
	if (key == KEY_HOST && n == 4)
		return one(v, host_of(head[0], unknown));
	if ((p = request(s)) == NULL || (q = request_end(p, s.end)) == NULL)
		return false;
	if (key != KEY_AGENT && key != KEY_REFERRER)
		return from_request(key, (struct cursor){ p, q }, v);
	rest = (struct cursor){ q + 1, s.end };
	/* past the status and the size */
	for (int i = 0; i < 2; i++)
		if (!next_token(&rest, &t))
			return false;
	if (!next_quoted(&rest, &t))
		return false;
	return key == KEY_REFERRER ? one(v, t) : next_quoted(&rest, &t) && one(v, t);
}

/* The request quoted at rest's first quote and, where the format has
 * one, the agent quoted after it. */
static bool
quoted_request(enum log_key key, struct cursor rest, bool agent, struct value *v)
{
	struct cursor t;

	if ((rest.p = memchr(rest.p, '"', (size_t)(rest.end - rest.p))) == NULL ||
	    !next_quoted(&rest, &t))
		return false;
	if (key == KEY_AGENT)
		return agent && next_quoted(&rest, &t) && one(v, t);
	return from_request(key, t, v);
}

/* A load balancer's line: the client ip:port is token 3 of an Application
 * Load Balancer's and 2 of a Classic one's (no type first); the first
 * quote opens the request, and the agent is quoted after it. */
static bool
aws(enum log_key key, struct cursor s, int client, struct value *v)
{
	struct cursor t;

	if (key == KEY_CLIENT)
		return token(s, client, &t) && one(v, drop_port(t, true));
	return quoted_request(key, s, true, v);
}

/* HAProxy's httplog: the client ip:port is the token before the accept
 * date, [06/Feb/2009:12:14:14.655], whatever syslog wrote first; the
 * request is quoted after it, and the first quote after the date is its:
 * HAProxy writes a quote in a captured header or cookie as #22. */
static bool
haproxy_date(struct cursor s, struct cursor *client, struct cursor *date)
{
	struct cursor t, prev = unknown;

	for (int i = 0; i < HAPROXY_TOKENS && next_token(&s, &t); i++) {
		/* [06/Feb/..., and not an IPv6 client's [2001:db8::9]:51000 */
		if (t.end - t.p > 4 && t.p[0] == '[' && is_digit(t.p[1]) && is_digit(t.p[2]) &&
		    t.p[3] == '/') {
			*client = prev;
			*date = t;
			return true;
		}
		prev = t;
	}
	return false;
}

static bool
haproxy(enum log_key key, struct cursor s, struct value *v)
{
	struct cursor client, date;

	if (!haproxy_date(s, &client, &date))
		return false;
	if (key == KEY_CLIENT)
		return client.p != client.end && one(v, drop_port(client, true));
	return quoted_request(key, (struct cursor){ date.end, s.end }, false, v);
}

/* IIS: the columns that #Fields named.  cs-uri-stem is the path alone,
 * with the query in cs-uri-query; IIS writes spaces in a value as '+',
 * and so they are left. */
static bool
iis(const struct log_state *st, enum log_key key, struct cursor s, struct value *v)
{
	static const enum iis_column columns[] = {
		[KEY_PATH] = IIS_STEM, [KEY_URL] = IIS_STEM, [KEY_CLIENT] = IIS_CLIENT,
		[KEY_HOST] = IIS_HOST, [KEY_METHOD] = IIS_METHOD, [KEY_AGENT] = IIS_AGENT,
		[KEY_REFERRER] = IIS_REFERRER, [KEY_HOUR] = IIS_TIME, [KEY_DAY] = IIS_DATE,
	};
	int query = st->iis_column[IIS_QUERY];
	struct cursor t, q;

	if (st->iis_column[columns[key]] < 0 || !token(s, st->iis_column[columns[key]], &t))
		return false;
	one(v, key == KEY_HOST ? host_of(t, unknown) : t);
	if (key == KEY_URL && query >= 0 && token(s, query, &q) && !cursor_is(q, "-")) {
		add(v, question);
		add(v, q);
	}
	return true;
}

/* JSON lines: the keys the common loggers write a value under, top-level
 * or inside Caddy's "request" (and its "headers", whose values are
 * arrays) or Google Cloud's "httpRequest"; one of a lower rank is taken
 * over one found before it.  A string is taken as written, escapes and
 * all: decoding them would take a copy, and a tally needs only to tell
 * values apart. */
enum json_read { J_TEXT, J_FIRST, J_ADDR, J_HOST, J_TARGET, J_REQUEST };

struct json_name {
	const char *name;
	unsigned char len, in, rank, read;
};

#define J(name, in, rank, read) { (name), sizeof(name) - 1, (in), (rank), (read) }
#define J_RANKS 3

static const struct json_name path_names[] = {
	J("uri", IN_TOP, 0, J_TARGET), J("url", IN_TOP, 0, J_TARGET),
	J("path", IN_TOP, 0, J_TARGET), J("request_uri", IN_TOP, 0, J_TARGET),
	J("RequestPath", IN_TOP, 0, J_TARGET), J("uri", IN_REQUEST, 0, J_TARGET),
	J("requestUrl", IN_HTTP_REQUEST, 0, J_TARGET), J("request", IN_TOP, 1, J_REQUEST),
	{ NULL, 0, 0, 0, 0 }
}, host_names[] = {
	J("host", IN_TOP, 0, J_HOST), J("http_host", IN_TOP, 0, J_HOST),
	J("RequestHost", IN_TOP, 0, J_HOST), J("host", IN_REQUEST, 0, J_HOST),
	J("uri", IN_TOP, 1, J_TARGET), J("url", IN_TOP, 1, J_TARGET),
	J("request_uri", IN_TOP, 1, J_TARGET), J("RequestPath", IN_TOP, 1, J_TARGET),
	J("uri", IN_REQUEST, 1, J_TARGET), J("requestUrl", IN_HTTP_REQUEST, 1, J_TARGET),
	J("request", IN_TOP, 2, J_REQUEST), { NULL, 0, 0, 0, 0 }
}, method_names[] = {
	J("method", IN_TOP, 0, J_TEXT), J("request_method", IN_TOP, 0, J_TEXT),
	J("RequestMethod", IN_TOP, 0, J_TEXT), J("http_method", IN_TOP, 0, J_TEXT),
	J("method", IN_REQUEST, 0, J_TEXT), J("requestMethod", IN_HTTP_REQUEST, 0, J_TEXT),
	J("request", IN_TOP, 1, J_REQUEST), { NULL, 0, 0, 0, 0 }
}, client_names[] = {
	J("client_ip", IN_TOP, 0, J_ADDR), J("remote_ip", IN_TOP, 1, J_ADDR),
	J("remote_addr", IN_TOP, 1, J_ADDR), J("ClientHost", IN_TOP, 1, J_ADDR),
	J("ClientAddr", IN_TOP, 1, J_ADDR), J("client_ip", IN_REQUEST, 0, J_ADDR),
	J("remote_ip", IN_REQUEST, 1, J_ADDR), J("remote_addr", IN_REQUEST, 1, J_ADDR),
	J("remoteIp", IN_HTTP_REQUEST, 0, J_ADDR), { NULL, 0, 0, 0, 0 }
}, agent_names[] = {
	J("user_agent", IN_TOP, 0, J_TEXT), J("userAgent", IN_TOP, 0, J_TEXT),
	J("http_user_agent", IN_TOP, 0, J_TEXT), J("request_User-Agent", IN_TOP, 0, J_TEXT),
	J("userAgent", IN_HTTP_REQUEST, 0, J_TEXT), J("User-Agent", IN_HEADERS, 0, J_FIRST),
	{ NULL, 0, 0, 0, 0 }
}, referrer_names[] = {
	J("referer", IN_TOP, 0, J_TEXT), J("referrer", IN_TOP, 0, J_TEXT),
	J("http_referer", IN_TOP, 0, J_TEXT), J("request_Referer", IN_TOP, 0, J_TEXT),
	J("referer", IN_HTTP_REQUEST, 0, J_TEXT), J("Referer", IN_HEADERS, 0, J_FIRST),
	{ NULL, 0, 0, 0, 0 }
}, time_names[] = {
	J("ts", IN_TOP, 0, 0), J("time", IN_TOP, 0, 0), J("timestamp", IN_TOP, 0, 0),
	J("StartUTC", IN_TOP, 0, 0), J("StartLocal", IN_TOP, 0, 0),
	J("@timestamp", IN_TOP, 0, 0), J("time_iso8601", IN_TOP, 0, 0),
	J("time_local", IN_TOP, 0, 0), { NULL, 0, 0, 0, 0 }
};

static const struct json_name *const json_names[] = {
	[KEY_PATH] = path_names, [KEY_URL] = path_names, [KEY_CLIENT] = client_names,
	[KEY_HOST] = host_names, [KEY_METHOD] = method_names, [KEY_AGENT] = agent_names,
	[KEY_REFERRER] = referrer_names, [KEY_HOUR] = time_names, [KEY_DAY] = time_names,
};

static const struct json_name *
json_find(const struct json_name *n, const struct json_scan *s, struct cursor key)
{
	enum json_in in = json_where(s);

	for (; n->name != NULL; n++)
		if (n->in == in && (size_t)(key.end - key.p) == n->len &&
		    memcmp(key.p, n->name, n->len) == 0)
			return n;
	return NULL;
}

/* The string at p, a JSON value, or the first string of an array. */
static bool
json_text(const char *p, const char *end, bool first, struct cursor *out)
{
	struct cursor rest = { p, end };

	if (first && p < end && *p == '[')
		rest.p = skip_blanks(p + 1, end);
	return next_quoted(&rest, out);
}

static bool
json_read(enum log_key key, const struct json_name *n, const char *p, const char *end,
    struct value *v)
{
	struct cursor t;

	if (!json_text(p, end, n->read == J_FIRST, &t))
		return false;
	switch ((enum json_read)n->read) {
	case J_TEXT:
	case J_FIRST: return one(v, t);
	case J_ADDR: return one(v, drop_port(t, false));
	case J_HOST: return one(v, host_of(t, unknown));
	case J_TARGET: return from_target(key, t, v);
	case J_REQUEST: return from_request(key, t, v);
	}
	return false;
}

static bool
json(enum log_key key, struct cursor s, struct value *v)
{
	struct json_scan scan;
	struct cursor name;
	const struct json_name *n;
	struct value found;
	int best = J_RANKS;

	json_begin(&scan, s);
	while (best > 0 && json_key(&scan, &name))
		if ((n = json_find(json_names[key], &scan, name)) != NULL && n->rank < best &&
		    json_read(key, n, scan.p, scan.end, &found) && !nothing(&found)) {
			*v = found;
			best = n->rank;
		}
	return best < J_RANKS;
}

static bool
json_when(struct cursor s, struct civil *c)
{
	struct json_scan scan;
	struct cursor name, t;

	json_begin(&scan, s);
	while (json_key(&scan, &name))
		if (json_find(time_names, &scan, name) != NULL &&
		    (json_text(scan.p, scan.end, false, &t) ? time_iso(t, c) || time_clf(t, c) :
		    time_epoch(scan.p, scan.end, c)))
			return true;
	return false;
}

static bool
iis_when(const struct log_state *st, enum log_key key, struct cursor s, struct civil *c)
{
	struct cursor d, t;
	int dc = st->iis_column[IIS_DATE], tc = st->iis_column[IIS_TIME];

	if (dc < 0 || !token(s, dc, &d) || d.end - d.p != 10 || !time_iso_date(d, c))
		return false;
	if (key == KEY_DAY)
		return time_valid(c);
	return tc >= 0 && token(s, tc, &t) && time_hour(t, c) && time_valid(c);
}

/* The time of a line, in the format it was read as. */
static bool
when(const struct log_state *st, enum log_key key, struct cursor s, struct civil *c)
{
	struct cursor head[CLF_HEAD], t, client;

	switch (st->read) {
	case LOG_COMBINED:
		/* Envoy's default format brackets an ISO 8601 time instead */
		return clf_head(s, head, &t) >= 0 && (time_clf((struct cursor){ t.p + 1, s.end }, c) ||
		    time_iso((struct cursor){ t.p + 1, s.end }, c));
	case LOG_ALB: return token(s, 1, &t) && time_iso(t, c);
	case LOG_ELB: return token(s, 0, &t) && time_iso(t, c);
	case LOG_HAPROXY:
		return haproxy_date(s, &client, &t) && time_clf((struct cursor){ t.p + 1, s.end }, c);
	case LOG_IIS: return iis_when(st, key, s, c);
	case LOG_JSON: return json_when(s, c);
	case LOG_CODE:
	case LOG_AUTO: break;
	}
	return false;
}

/* Any other value of a line, in the format it was read as. */
static bool
what(const struct log_state *st, enum log_key key, struct cursor s, struct value *v)
{
	switch (st->read) {
	case LOG_COMBINED: return clf(key, s, v);
	case LOG_ALB: return aws(key, s, 3, v);
	case LOG_ELB: return aws(key, s, 2, v);
	case LOG_HAPROXY: return haproxy(key, s, v);
	case LOG_IIS: return iis(st, key, s, v);
	case LOG_JSON: return json(key, s, v);
	case LOG_CODE:
	case LOG_AUTO: break;
	}
	return false;
}

long
log_key(const struct log_state *st, enum log_key key, const char *line, size_t len,
    char *buf, size_t size)
{
	struct cursor s = { line, line + len };
	struct civil c = { 0, 0, 0, 0 };
	struct value v;

	if (len == 0)
		return -1;
	if (key == KEY_HOUR || key == KEY_DAY)
		return when(st, key, s, &c) ? time_text(&c, key == KEY_HOUR, buf, size) : -1;
	return what(st, key, s, &v) && !nothing(&v) ? render(&v, buf, size) : -1;
}
