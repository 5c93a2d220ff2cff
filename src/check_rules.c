/* The rules httpstatus check applies to a response.  Each rule's level
 * follows the RFC's keyword: a broken MUST or MUST NOT is an error, a
 * SHOULD a warning, and a MAY, advice or something odd but allowed a
 * note.  What a code requires of its header fields comes from the table;
 * the rules here are those of HTTP's framing and of every response. */

#include <errno.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "check_syntax.h"
#include "jsonscan.h"
#include "table.h"

struct check_rule {
	const char *name;
	enum check_level level;
	unsigned short rfc;
	const char *section;
	const char *says; /* for the list of rules */
};

enum {
	R_STATUS_CODE, R_STATUS_RANGE, R_FIELD_SYNTAX, R_OBS_FOLD, R_FIELD_NUL, R_NON_ASCII,
	R_BARE_LF, R_UNENDED, R_CONNECTION_FIELD, R_NO_CONTENT, R_LENGTH_AND_ENCODING,
	R_CONTENT_LENGTH, R_INCOMPLETE, R_CONTENT_RANGE, R_RANGE_MULTIPART, R_RANGE_MEANING,
	R_DATE, R_CONTENT_TYPE, R_PROBLEM_JSON, R_PROBLEM_MEMBER, R_PROBLEM_STATUS,
	R_REASON, R_VENDOR, R_UNREGISTERED, R_UNUSED, R_DEPRECATED, R_REQUIRED, R_RECOMMENDED,
	R_DEFINING, R_FORBIDDEN, R_DISCOURAGED, R_CONDITIONAL, R_SINGLETON, R_CONTENT_LENGTH_SIZE, R_CONTENT_RANGE_VALUE,
	R_HTTP_DATE, R_EXPIRES, R_RETRY_AFTER, R_LOCATION, R_ETAG, R_CHALLENGE, R_ALLOW,
	R_CACHE_CONTROL, R_MEDIA_TYPE, R_RANGE_REQUEST, R_CONDITIONAL_REQUEST, R_ALLOW_METHOD,
	R_SAFE_METHOD, R_NEGOTIATION, R_EXPECTATION, R_UNSATISFIED_RANGE, R_COUNT
};

/* The levels of R_REQUIRED to R_CONDITIONAL stand for their usual case;
 * a finding of the table's takes the level of the requirement's keyword.
 * Each row names its rule, so that the order of the enum is free. */
static const struct check_rule rules[R_COUNT] = {
	[R_STATUS_CODE] = { "status-code",
	    CHECK_ERROR, 9112, "4", "the status code is three digits" },
	[R_STATUS_RANGE] = { "status-range",
	    CHECK_ERROR, 9110, "15", "the status code is from 100 to 599" },
	[R_FIELD_SYNTAX] = { "field-syntax",
	    CHECK_ERROR, 9112, "5", "each field line is a name, a colon and a value" },
	[R_OBS_FOLD] = { "obs-fold",
	    CHECK_ERROR, 9112, "5.2", "no field value is folded onto a further line" },
	[R_FIELD_NUL] = { "field-nul",
	    CHECK_ERROR, 9110, "5.5", "no field value holds a NUL byte" },
	[R_NON_ASCII] = { "field-non-ascii",
	    CHECK_NOTE, 9110, "5.5", "field values are visible US-ASCII" },
	[R_BARE_LF] = { "bare-lf",
	    CHECK_NOTE, 9112, "2.2", "the header section's lines end in CRLF" },
	[R_UNENDED] = { "header-unended", CHECK_WARNING, 9112, "2.1",
	    "a blank line ends the header section" },
	[R_CONNECTION_FIELD] = { "connection-field", CHECK_ERROR, 9113, "8.2.2",
	    "an HTTP/2 or HTTP/3 response has no connection-specific field" },
	[R_NO_CONTENT] = { "no-content", CHECK_ERROR, 9110, "6.4.1",
	    "a 1xx, 204 or 304 response carries no content" },
	[R_LENGTH_AND_ENCODING] = { "length-and-encoding", CHECK_ERROR, 9112, "6.2",
	    "no Content-Length beside Transfer-Encoding" },
	[R_CONTENT_LENGTH] = { "content-length", CHECK_ERROR, 9110, "8.6",
	    "Content-Length is a number, and the body no longer" },
	[R_INCOMPLETE] = { "body-incomplete", CHECK_WARNING, 9112, "8",
	    "the body is as long as Content-Length says" },
	[R_CONTENT_RANGE] = { "content-range", CHECK_ERROR, 9110, "15.3.7.1",
	    "a single-part 206 has a Content-Range naming its range" },
	[R_RANGE_MULTIPART] = { "content-range-multipart", CHECK_ERROR, 9110, "15.3.7.2",
	    "a multipart 206 has no Content-Range in its header section" },
	[R_RANGE_MEANING] = { "content-range-meaning", CHECK_NOTE, 9110, "14.4",
	    "Content-Range is in a 206 or 416 response only" },
	[R_DATE] = { "date", CHECK_ERROR, 9110, "6.6.1", "a 2xx, 3xx or 4xx response has a Date" },
	[R_CONTENT_TYPE] = { "content-type",
	    CHECK_WARNING, 9110, "8.3", "content comes with a Content-Type" },
	[R_PROBLEM_JSON] = { "problem-json", CHECK_WARNING, 9457, "3",
	    "an application/problem+json body is a JSON object" },
	[R_PROBLEM_MEMBER] = { "problem-member", CHECK_WARNING, 9457, "3.1",
	    "type, title, detail and instance are strings, status a number" },
	[R_PROBLEM_STATUS] = { "problem-status", CHECK_ERROR, 9457, "3.1.2",
	    "a problem's status is the response's" },
	[R_REASON] = { "reason-phrase",
	    CHECK_NOTE, 9112, "4", "the reason phrase is the registered name" },
	[R_VENDOR] = { "vendor-code",
	    CHECK_NOTE, 9110, "15", "the code is registered, not a vendor's" },
	[R_UNREGISTERED] = { "unregistered-code",
	    CHECK_NOTE, 9110, "15", "the code is registered" },
	[R_UNUSED] = { "unused-code", CHECK_NOTE, 0, "",
	    "the code is not one the registry reserves unused (306, 418)" },
	[R_DEPRECATED] = { "deprecated-code", CHECK_NOTE, 0, "",
	    "the code is not one the registry or its RFC deprecates (305)" },
	[R_REQUIRED] = { "required-field",
	    CHECK_ERROR, 0, "", "a field the code MUST have is there" },
	[R_RECOMMENDED] = { "recommended-field",
	    CHECK_WARNING, 0, "", "a field the code SHOULD have is there" },
	[R_DEFINING] = { "defining-field", CHECK_WARNING, 0, "",
	    "a field the code is defined by, as 303 by Location, is there" },
	[R_FORBIDDEN] = { "forbidden-field",
	    CHECK_ERROR, 0, "", "a field the code MUST NOT have is not there" },
	[R_DISCOURAGED] = { "discouraged-field",
	    CHECK_WARNING, 0, "", "a field the code SHOULD NOT have is not there" },
	[R_CONDITIONAL] = { "conditional-field", CHECK_NOTE, 0, "",
	    "a field the code needs under a condition is there" },
	[R_SINGLETON] = { "singleton-field", CHECK_ERROR, 9110, "5.3",
	    "a field of one value is sent once, or with one value" },
	[R_CONTENT_LENGTH_SIZE] = { "content-length-size", CHECK_NOTE, 9110, "8.6",
	    "Content-Length is below 2^64, which recipients can count" },
	[R_CONTENT_RANGE_VALUE] = { "content-range-value", CHECK_ERROR, 9110, "14.4",
	    "Content-Range is a unit, a range that ends where it may, and a length" },
	[R_HTTP_DATE] = { "http-date", CHECK_ERROR, 9110, "5.6.7",
	    "Date, Last-Modified and Expires are IMF-fixdate HTTP-dates" },
	[R_EXPIRES] = { "expires-invalid", CHECK_NOTE, 9111, "5.3",
	    "Expires is a date, not 0 or another stand-in for the past" },
	[R_RETRY_AFTER] = { "retry-after", CHECK_ERROR, 9110, "10.2.3",
	    "Retry-After is a number of seconds or an HTTP-date" },
	[R_LOCATION] = { "location", CHECK_ERROR, 9110, "10.2.2",
	    "Location and Content-Location are URI references" },
	[R_ETAG] = { "etag", CHECK_ERROR, 9110, "8.8.3", "ETag is a quoted entity-tag" },
	[R_CHALLENGE] = { "challenge", CHECK_ERROR, 9110, "11.6.1",
	    "WWW-Authenticate and Proxy-Authenticate hold challenges" },
	[R_ALLOW] = { "allow", CHECK_ERROR, 9110, "10.2.1", "Allow lists method names" },
	[R_CACHE_CONTROL] = { "cache-control", CHECK_ERROR, 9111, "5.2",
	    "Cache-Control holds directives, max-age and s-maxage with seconds" },
	[R_MEDIA_TYPE] = { "media-type", CHECK_ERROR, 9110, "8.3.1",
	    "Content-Type is a media type with parameters" },
	[R_RANGE_REQUEST] = { "range-request", CHECK_WARNING, 9110, "14.2",
	    "a 206 or 416 answers a request with Range (curl -v)" },
	[R_CONDITIONAL_REQUEST] = { "conditional-request", CHECK_WARNING, 9110, "13.1",
	    "a 304 or 412 answers a request with a precondition (curl -v)" },
	[R_ALLOW_METHOD] = { "allow-method", CHECK_ERROR, 9110, "15.5.6",
	    "a 405's Allow leaves out the method it refused (curl -v)" },
	[R_SAFE_METHOD] = { "safe-method", CHECK_WARNING, 9110, "9.2.1",
	    "a 201 or 202 answers no GET, HEAD, OPTIONS or TRACE (curl -v)" },
	[R_NEGOTIATION] = { "negotiation-request", CHECK_WARNING, 9110, "15.5.7",
	    "a 406 answers a request with Accept fields (curl -v)" },
	[R_EXPECTATION] = { "expect-request", CHECK_WARNING, 9110, "15.5.18",
	    "a 417 answers a request with Expect (curl -v)" },
	[R_UNSATISFIED_RANGE] = { "unsatisfied-range", CHECK_WARNING, 9110, "15.5.17",
	    "a 416's Content-Range gives the current length as bytes */LENGTH" },
};

static const char *const level_names[] = { "error", "warning", "note" };

const char *
check_level_name(enum check_level level)
{
	return level_names[level];
}

void
check_spec_url(const struct finding *f, char *buf, size_t size)
{
	snprintf(buf, size, "https://www.rfc-editor.org/rfc/rfc%u#section-%s", f->rfc, f->section);
}

void
check_list_rules(FILE *out)
{
	for (size_t i = 0; i < R_COUNT; i++)
		if (rules[i].rfc != 0)
			fprintf(out, "%s\t%s\tRFC %u %s\t%s\n", rules[i].name,
			    level_names[rules[i].level], rules[i].rfc, rules[i].section, rules[i].says);
		else
			fprintf(out, "%s\t%s\ttable\t%s\n", rules[i].name, level_names[rules[i].level],
			    rules[i].says);
}

/* What a check needs at hand: the response, its fields and its code's
 * first meaning in the table (NULL for a code the table lacks). */
struct subject {
	const struct responses *rs;
	const struct response *r;
	const struct status *s;
	struct verdict *v;
	int major; /* HTTP/1.x, 2 or 3 */
};

static bool
has(const struct subject *x, const char *field)
{
	return response_field(x->rs, x->r, field) != NULL;
}

static const char *
value(const struct subject *x, const char *field)
{
	const struct header_field *f = response_field(x->rs, x->r, field);

	return f != NULL ? x->rs->text + f->value : NULL;
}

/* Adds a finding; a note on a field that already has one says nothing
 * new, and is left out. */
static struct finding *
say_finding(struct subject *x, int rule, enum check_level level, const char *field,
    const char *fmt, ...)
{
	struct verdict *v = x->v;
	struct finding *f;
	va_list ap;

	for (size_t i = 0; level == CHECK_NOTE && field != NULL && i < v->n; i++)
		if (v->f[i].field != NULL && strcasecmp(v->f[i].field, field) == 0)
			return NULL;
	if (v->n == FINDINGS_MAX)
		return NULL;
	f = &v->f[v->n++];
	f->level = level;
	f->rule = rules[rule].name;
	f->field = field;
	f->rfc = rules[rule].rfc;
	f->section = rules[rule].section;
	f->hint = f->hint_server = NULL;
	va_start(ap, fmt);
	vsnprintf(f->message, sizeof f->message, fmt, ap);
	va_end(ap);
	return f;
}

#define FIND(x, rule, field, ...) say_finding(x, rule, rules[rule].level, field, __VA_ARGS__)

/* What the bytes of the response got wrong, whatever its code, each
 * where it was first seen. */
static void
quirks(struct subject *x)
{
	static const struct {
		int rule;
		const char *says;
	} said[QUIRK_COUNT] = {
		{ R_BARE_LF, "the line ends in LF without CR: a server sends CRLF, so the input "
		    "may have been converted" },
		{ R_OBS_FOLD, "a field value is continued on a line that starts with a blank" },
		{ R_FIELD_NUL, "a field line holds a NUL byte" },
		{ R_NON_ASCII, "a field holds bytes beyond US-ASCII; recipients treat them as "
		    "opaque" },
		{ R_UNENDED, "the input ends inside the header section: the response was cut "
		    "short" },
		{ R_FIELD_SYNTAX, "a line of the header section is not a field line" },
		{ R_STATUS_CODE, "the status line's code is not three digits" },
	};

	int order[QUIRK_COUNT] = { 0 }, n = 0;

	/* in the order of their lines, which an insertion sort of seven keeps */
	for (int bit = 0; bit < QUIRK_COUNT; bit++) {
		if (!(x->r->quirks & (1u << bit)))
			continue;
		int i = n++;
		for (; i > 0 && x->r->quirk_line[order[i - 1]] > x->r->quirk_line[bit]; i--)
			order[i] = order[i - 1];
		order[i] = bit;
	}
	for (int i = 0; i < n; i++)
		FIND(x, said[order[i]].rule, NULL, "line %u: %s", x->r->quirk_line[order[i]],
		    said[order[i]].says);
}

static bool
former_name(const struct status *s, const char *reason)
{
	for (const text_ref *a = table_list(s->aliases); *a != 0; a++)
		if (strcasecmp(table_str(*a), reason) == 0)
			return true;
	return false;
}

#define ABOUT_MAX 120 /* of a vendor code's description, the bytes quoted */

/* The fields that belong to one HTTP/1.1 connection, which HTTP/2 and
 * HTTP/3 convey otherwise (RFC 9110 7.6.1). */
static const char *const connection_fields[] = {
	"Connection", "Proxy-Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade",
};

static bool
connection_field(const char *name)
{
	for (size_t i = 0; i < sizeof connection_fields / sizeof connection_fields[0]; i++)
		if (strcasecmp(name, connection_fields[i]) == 0)
			return true;
	return false;
}

/* The HTTP major version of a status line's "HTTP/2": 1, 2 or 3. */
static int
major(const char *version)
{
	if (strncmp(version, "HTTP/2", 6) == 0)
		return 2;
	return strncmp(version, "HTTP/3", 6) == 0 ? 3 : 1;
}

/* HTTP/2 and HTTP/3 forbid the fields of an HTTP/1.1 connection. */
static void
connection(struct subject *x)
{
	int v = x->major;

	for (size_t i = 0; v > 1 && i < sizeof connection_fields / sizeof connection_fields[0]; i++) {
		if (!has(x, connection_fields[i]))
			continue;
		struct finding *f = FIND(x, R_CONNECTION_FIELD, connection_fields[i], "%s is "
		    "sent in an HTTP/%d response, which has no connection-specific fields",
		    connection_fields[i], v);
		if (f != NULL && v == 3) {
			f->rfc = 9114;
			f->section = "4.2";
		}
	}
}

/* A registered code that is reserved and unused (306, 418) or deprecated
 * (305), with the section that says so; of a deprecated one, what the
 * table says of it. */
static void
retired(struct subject *x)
{
	const struct status *s = x->s;
	struct finding *f;

	if (s->vendor != 0 || (s->state != ST_UNUSED && !s->deprecated))
		return;
	if (s->state == ST_UNUSED) {
		f = FIND(x, R_UNUSED, NULL, "%d %s is reserved and unused: no HTTP specification "
		    "defines it, and clients treat it as %d00", x->r->status, table_str(s->name),
		    x->r->status / 100);
	} else {
		/* the generator measured the description's first sentence */
		int n = s->sentence;
		f = FIND(x, R_DEPRECATED, NULL, "%d %s is deprecated: %.*s%s", x->r->status,
		    table_str(s->name), n > ABOUT_MAX ? ABOUT_MAX : n, table_str(s->description),
		    n > ABOUT_MAX ? "..." : "");
	}
	if (f != NULL && s->rfc != 0) {
		f->rfc = s->rfc;
		f->section = table_str(s->section);
	}
}

/* The code itself: in range, registered, and named as registered. */
static void
code(struct subject *x)
{
	int status = x->r->status;
	const char *reason = x->rs->text + x->r->reason;

	if (status < 100 || status > 599) {
		FIND(x, R_STATUS_RANGE, NULL, "%d is outside 100 to 599, where every status "
		    "code lies%s%s%s%s", status, x->s != NULL ? "; it is " : "",
		    x->s != NULL ? table_str(x->s->vendor) : "", x->s != NULL ? "'s " : "",
		    x->s != NULL ? table_str(x->s->name) : "");
	} else if (x->s == NULL) {
		FIND(x, R_UNREGISTERED, NULL, "%d is not a registered code; clients treat it "
		    "as %d00", status, status / 100);
	} else if (x->s->vendor != 0) {
		const char *about = table_str(x->s->description), *stop = strstr(about, ". ");
		int n = (int)(stop != NULL ? stop - about : (ptrdiff_t)strlen(about) - 1);
		FIND(x, R_VENDOR, NULL, "%d is not a registered code but %s's %s: %.*s%s", status,
		    table_str(x->s->vendor), table_str(x->s->name), n > ABOUT_MAX ? ABOUT_MAX : n,
		    about, n > ABOUT_MAX ? "..." : ".");
	} else if (*reason != '\0' && strcasecmp(reason, table_str(x->s->name)) != 0) {
		FIND(x, R_REASON, NULL, "the reason phrase \"%.80s\" is %s \"%s\"", reason,
		    former_name(x->s, reason) ? "the former name of" : "not the registered name",
		    table_str(x->s->name));
	}
}

static bool
no_content_code(int status)
{
	return (status >= 100 && status < 200) || status == 204 || status == 304;
}

/* Whether the body shown is all of it: a client that decoded the content
 * (curl --compressed) shows a body of another length. */
static bool
body_as_sent(const struct subject *x)
{
	const char *coding = value(x, "Content-Encoding");

	return x->r->body_shown && !has(x, "Transfer-Encoding") &&
	    (coding == NULL || strcasecmp(coding, "identity") == 0);
}

/* A Content-Length past 64 bits, which recipients MUST guard against
 * (RFC 9110 8.6): any body shown is shorter. */
static void
huge_length(struct subject *x, const char *length)
{
	if (body_as_sent(x) && !no_content_code(x->r->status))
		FIND(x, R_INCOMPLETE, "Content-Length", "the body is %llu bytes, short of "
		    "Content-Length's %.40s: cut short, or the length is wrong",
		    (unsigned long long)x->r->body_len, length);
	else
		FIND(x, R_CONTENT_LENGTH_SIZE, "Content-Length", "Content-Length %.40s is 2^64 "
		    "or more, more than most recipients can count", length);
}

/* How the body is framed: Content-Length against its length, and no
 * content where the code allows none. */
static void
framing(struct subject *x)
{
	const char *length = value(x, "Content-Length");
	unsigned long long n;

	/* after a 101 the connection speaks the protocol it switched to */
	if (no_content_code(x->r->status) && x->r->status != 101 && x->r->body_shown)
		FIND(x, R_NO_CONTENT, NULL, "%llu bytes follow the header section, but a %d "
		    "response carries no content", (unsigned long long)x->r->body_len,
		    x->r->status);
	if (length != NULL && has(x, "Transfer-Encoding"))
		FIND(x, R_LENGTH_AND_ENCODING, "Content-Length", "Content-Length is sent "
		    "beside Transfer-Encoding");
	if (length != NULL && (length[strspn(length, "0123456789")] != '\0' || *length == '\0' ||
	    response_count(x->rs, x->r, "Content-Length") > 1)) {
		FIND(x, R_CONTENT_LENGTH, "Content-Length", "Content-Length is not one number");
		return;
	}
	if (length != NULL && syntax_huge_number(length)) {
		huge_length(x, length);
		return;
	}
	if (length == NULL || !body_as_sent(x) || no_content_code(x->r->status))
		return;
	errno = 0;
	n = strtoull(length, NULL, 10);
	if (errno != 0)
		return;
	if (x->r->body_len > n)
		FIND(x, R_CONTENT_LENGTH, "Content-Length", "the body is %llu bytes, longer "
		    "than Content-Length's %llu", (unsigned long long)x->r->body_len, n);
	else if (x->r->body_len < n)
		FIND(x, R_INCOMPLETE, "Content-Length", "the body is %llu bytes, short of "
		    "Content-Length's %llu: cut short, or the length is wrong",
		    (unsigned long long)x->r->body_len, n);
}

static void
content_range(struct subject *x)
{
	const char *range = value(x, "Content-Range"), *type = value(x, "Content-Type");
	bool multipart = type != NULL && strncasecmp(type, "multipart/byteranges", 20) == 0;
	struct content_range cr;
	/* a value that does not parse is content-range-value's */
	bool unsatisfied = range != NULL && syntax_content_range(range, &cr) == NULL &&
	    cr.unsatisfied;

	if (x->r->status == 206 && multipart && range != NULL)
		FIND(x, R_RANGE_MULTIPART, "Content-Range", "a multipart 206 sends "
		    "Content-Range in each part, not in the header section");
	else if (x->r->status == 206 && !multipart && range == NULL)
		FIND(x, R_CONTENT_RANGE, "Content-Range", "a single-part 206 has no "
		    "Content-Range to say which range it holds");
	else if (x->r->status == 206 && !multipart && unsatisfied)
		FIND(x, R_CONTENT_RANGE, "Content-Range", "\"%.60s\" names no range: the "
		    "*/length form belongs in a 416", range);
	else if (x->r->status == 416 && range != NULL && syntax_content_range(range, &cr) == NULL &&
	    !cr.unsatisfied)
		FIND(x, R_UNSATISFIED_RANGE, "Content-Range", "\"%.60s\" names a range, but a 416 "
		    "says none could be served: it gives the current length as bytes */LENGTH",
		    range);
	else if (range != NULL && x->r->status != 206 && x->r->status != 416)
		FIND(x, R_RANGE_MEANING, "Content-Range", "Content-Range means nothing in a "
		    "%d response", x->r->status);
}

/* Date and Content-Type, which most responses need whatever their code. */
static void
general(struct subject *x)
{
	int status = x->r->status;

	if (status >= 200 && status < 500 && !has(x, "Date"))
		FIND(x, R_DATE, "Date", "no Date: an origin server with a clock MUST send one "
		    "in a %dxx response", status / 100);
	if (x->r->body_shown && x->r->body_len > 0 && !no_content_code(status) &&
	    !has(x, "Content-Type"))
		FIND(x, R_CONTENT_TYPE, "Content-Type", "%llu bytes of content without a "
		    "Content-Type", (unsigned long long)x->r->body_len);
}

/* A problem details object (RFC 9457): JSON, its members of the types
 * the RFC gives them, and its status the response's own.  A body longer
 * than BODY_KEEP is not read. */
static void
problem(struct subject *x)
{
	struct json_member m[] = { { "type", JT_ABSENT, false, 0 }, { "title", JT_ABSENT, false, 0 },
		{ "detail", JT_ABSENT, false, 0 }, { "instance", JT_ABSENT, false, 0 },
		{ "status", JT_ABSENT, false, 0 } };
	const struct response *r = x->r;

	if (r->body_kept == 0 || r->body_kept < r->body_len)
		return;
	if (!json_scan_object(x->rs->text + r->body, r->body_kept, m, 5)) {
		FIND(x, R_PROBLEM_JSON, NULL, "the application/problem+json body is not a JSON "
		    "object");
		return;
	}
	for (size_t i = 0; i < 4; i++)
		if (m[i].type != JT_ABSENT && m[i].type != JT_STRING)
			FIND(x, R_PROBLEM_MEMBER, NULL, "the problem's \"%s\" is not a string, so "
			    "consumers MUST ignore it", m[i].name);
	if (m[4].type != JT_ABSENT && (m[4].type != JT_NUMBER || !m[4].integer))
		FIND(x, R_PROBLEM_MEMBER, NULL, "the problem's \"status\" is not a whole number, "
		    "so consumers MUST ignore it");
	else if (m[4].type != JT_ABSENT && m[4].number != r->status)
		FIND(x, R_PROBLEM_STATUS, NULL, "the problem's \"status\" is %ld, but the "
		    "response's is %d", m[4].number, r->status);
}

static const char *
content_range_value(const char *s)
{
	struct content_range cr;

	return syntax_content_range(s, &cr);
}

/* The fields whose values check reads, and the grammar each must match: a
 * sender MUST NOT send a value that does not (RFC 9110 2.2). */
static const struct {
	const char *field;
	int rule;
	const char *(*bad)(const char *value); /* what is wrong, or NULL */
} grammars[] = {
	{ "Date", R_HTTP_DATE, syntax_http_date_value },
	{ "Last-Modified", R_HTTP_DATE, syntax_http_date_value },
	{ "Expires", R_HTTP_DATE, syntax_http_date_value },
	{ "Retry-After", R_RETRY_AFTER, syntax_retry_after },
	{ "Location", R_LOCATION, syntax_uri_reference },
	{ "Content-Location", R_LOCATION, syntax_uri_reference },
	{ "ETag", R_ETAG, syntax_entity_tag },
	{ "WWW-Authenticate", R_CHALLENGE, syntax_challenges },
	{ "Proxy-Authenticate", R_CHALLENGE, syntax_challenges },
	{ "Allow", R_ALLOW, syntax_tokens },
	{ "Cache-Control", R_CACHE_CONTROL, syntax_cache_control },
	{ "Content-Type", R_MEDIA_TYPE, syntax_media_type },
	{ "Content-Range", R_CONTENT_RANGE_VALUE, content_range_value },
};

/* The fields that hold one value (RFC 9110 5.3 forbids sending them twice,
 * and a recipient cannot tell which of two values holds). */
static const char *const singletons[] = {
	"Age", "Content-Location", "Content-Range", "Content-Type", "Date", "ETag", "Expires",
	"Last-Modified", "Location", "Retry-After",
};

/* One field line against the grammar of its field, if check knows it.  An
 * Expires that is no date at all is what caches read as "already stale"
 * (RFC 9111 5.3), and common: a note of its own. */
static void
grammar(struct subject *x, const char *name, const char *v)
{
	for (size_t k = 0; k < sizeof grammars / sizeof grammars[0]; k++) {
		const char *why;
		int rule = grammars[k].rule;
		if (strcasecmp(name, grammars[k].field) != 0 || (why = grammars[k].bad(v)) == NULL)
			continue;
		if (strcasecmp(name, "Expires") == 0 && syntax_http_date(v) == DATE_BAD) {
			rule = R_EXPIRES;
			why = "is no date, which caches take as a time already past";
		}
		FIND(x, rule, grammars[k].field, "%s: \"%.60s\"%s %s", grammars[k].field, v,
		    strlen(v) > 60 ? "..." : "", why);
	}
}

/* A field of one value sent twice: the same value twice is a note, two
 * values an error (Content-Length has a rule of its own). */
static void
singleton(struct subject *x, const char *name)
{
	const struct response *r = x->r;
	const char *first = NULL;
	bool differ = false;
	size_t n = 0;

	for (size_t i = r->first_field; i < r->first_field + r->fields; i++) {
		if (strcasecmp(x->rs->text + x->rs->f[i].name, name) != 0)
			continue;
		const char *v = x->rs->text + x->rs->f[i].value;
		differ |= first != NULL && strcmp(first, v) != 0;
		first = first != NULL ? first : v;
		n++;
	}
	if (differ)
		FIND(x, R_SINGLETON, name, "%s is sent %zu times with different values, and "
		    "a recipient cannot tell which holds", name, n);
	else if (n > 1)
		say_finding(x, R_SINGLETON, CHECK_NOTE, name, "%s is sent %zu times with the "
		    "same value; a sender MUST NOT repeat it", name, n);
}

/* The values of the fields whose grammar check knows. */
static void
values(struct subject *x)
{
	const struct response *r = x->r;

	for (size_t i = r->first_field; i < r->first_field + r->fields; i++)
		grammar(x, x->rs->text + x->rs->f[i].name, x->rs->text + x->rs->f[i].value);
	for (size_t k = 0; k < sizeof singletons / sizeof singletons[0]; k++)
		singleton(x, singletons[k]);
}

/* Whether the response's Server names owner: its first product, with
 * '-' for a space, is the first words of the owner's name, in any case
 * ("nginx/1.22.1", "Apache/2.4.57 (Debian)", "Microsoft-IIS/10.0"). */
static bool
served_by(const struct subject *x, const char *owner)
{
	const char *server = value(x, "Server");
	size_t n;

	if (server == NULL || (n = strcspn(server, "/ \t")) == 0 || strlen(owner) < n ||
	    (owner[n] != '\0' && owner[n] != ' '))
		return false;
	for (size_t i = 0; i < n; i++)
		if ((server[i] == '-' ? ' ' : tolower((unsigned char)server[i])) !=
		    tolower((unsigned char)owner[i]))
			return false;
	return true;
}

/* The configuration line that adds a missing field in the server that
 * sent the response, when the table knows one. */
static void
hint(const struct subject *x, const struct requirement *q, struct finding *f)
{
	for (const text_ref *p = table_list(q->fixes); p[0] != 0; p += 3)
		if (served_by(x, table_str(p[0]))) {
			f->hint_server = table_str(p[0]);
			f->hint = table_str(p[1]);
			return;
		}
}

/* One header requirement of the table against the response. */
static void
requirement(struct subject *x, const struct requirement *q)
{
	const char *field = table_str(q->field), *note = table_str(q->note);
	const char *keyword = table_level(q);
	bool present = has(x, field), when = q->note_kind == NOTE_CONDITION;
	struct finding *f = NULL;
	int rule;
	enum check_level level;

	/* what another response would carry is not in this one, a MAY asks
	 * for nothing, content_range() settles which of a 206's conditions
	 * holds, and HTTP/2 and HTTP/3 have no Connection or Upgrade */
	if (q->note_kind == NOTE_UNSEEN || q->level == LEVEL_MAY || (when && x->r->status == 206))
		return;
	if (x->major > 1 && connection_field(field))
		return;
	if (q->level == LEVEL_MUST_NOT || q->level == LEVEL_SHOULD_NOT) {
		if (!present)
			return;
		rule = when ? R_CONDITIONAL : q->level == LEVEL_MUST_NOT ? R_FORBIDDEN : R_DISCOURAGED;
		level = rules[rule].level;
		f = say_finding(x, rule, level, field, "%s is sent, but a %d response %s have "
		    "it%s%s", field, x->r->status, keyword, note != NULL ? ": " : "",
		    note != NULL ? note : "");
	} else if (!present) {
		rule = when ? R_CONDITIONAL : q->level == LEVEL_MUST ? R_REQUIRED :
		    q->level == LEVEL_SHOULD ? R_RECOMMENDED : R_DEFINING;
		level = when ? CHECK_NOTE : rules[rule].level;
		f = say_finding(x, rule, level, field, "no %s: a %d response %s have it%s%s",
		    field, x->r->status, q->level == LEVEL_EXPECTED ? "is expected to" : keyword,
		    note != NULL ? " " : "", note != NULL ? note : "");
	}
	if (f != NULL) {
		f->rfc = q->rfc;
		f->section = table_str(q->section);
		if (!present)
			hint(x, q, f);
	}
}

/* Whether a list field value holds the word as a whole element, its
 * argument aside ("no-store" in "private, no-store"; "POST" in "GET,
 * POST"): in any case for a directive, exactly for a method, whose case
 * matters (RFC 9110 9.1). */
static bool
in_list(const char *list, const char *word, bool any_case)
{
	size_t n = strlen(word);

	for (const char *p = list; *p != '\0'; p += strcspn(p, ",") + (p[strcspn(p, ",")] != '\0')) {
		p += strspn(p, " \t");
		if ((any_case ? strncasecmp(p, word, n) : strncmp(p, word, n)) == 0 &&
		    strchr(",; \t=", p[n]) != NULL)
			return true;
	}
	return false;
}

/* Whether a cache may store the response at all: not with no-store, on
 * any of its Cache-Control lines. */
static bool
storable(const struct subject *x)
{
	const struct response *r = x->r;

	for (size_t i = r->first_field; i < r->first_field + r->fields; i++)
		if (strcasecmp(x->rs->text + x->rs->f[i].name, "Cache-Control") == 0 &&
		    in_list(x->rs->text + x->rs->f[i].value, "no-store", true))
			return false;
	return true;
}

/* The fields of one requirement under a condition, such as a 200's ETag
 * and Last-Modified: any one of them serves, so one note when all are
 * missing, and only where a cache could keep the response for them. */
static void
alternatives(struct subject *x, const struct requirement *q, const struct requirement *end)
{
	char names[160];
	size_t n = 0;

	for (const struct requirement *p = q; p < end; p++)
		if (has(x, table_str(p->field)))
			return;
	if (!storable(x))
		return;
	for (const struct requirement *p = q; p < end && n < sizeof names; p++)
		n += (size_t)snprintf(names + n, sizeof names - n, "%s%s", p == q ? "" :
		    p + 1 == end ? " or " : ", ", table_str(p->field));
	struct finding *f = FIND(x, R_CONDITIONAL, table_str(q->field), "no %s: a %d response "
	    "%s have one %s", names, x->r->status, table_level(q), table_str(q->note));
	if (f != NULL) {
		f->rfc = q->rfc;
		f->section = table_str(q->section);
	}
}

/* The table's requirements for the code, a line of the data file at a
 * time. */
static void
requirements(struct subject *x)
{
	const struct requirement *q = table_requires(x->s), *end;

	for (; q->field != 0; q = end) {
		end = q + 1;
		while (end->field != 0 && table_same_requirement(q, end))
			end++;
		if (end - q > 1 && q->note_kind == NOTE_CONDITION && q->level != LEVEL_MAY &&
		    q->level != LEVEL_MUST_NOT && q->level != LEVEL_SHOULD_NOT)
			alternatives(x, q, end);
		else
			for (const struct requirement *p = q; p < end; p++)
				requirement(x, p);
	}
}

/* Whether the request had any of the fields named, NULL-terminated. */
static bool
asked(const struct subject *x, const struct request *q, const char *const *names)
{
	for (; *names != NULL; names++)
		if (request_value(x->rs, q, *names) != NULL)
			return true;
	return false;
}

/* What the request curl -v showed says of its response: the codes that
 * answer a request field the request lacks, a 405 that allows what it
 * refused, a creation in answer to a safe method.  Without a request
 * none of this is guessed. */
static void
request(struct subject *x, const struct request *q)
{
	static const char *const range[] = { "Range", NULL },
	    *const validators[] = { "If-None-Match", "If-Modified-Since", NULL },
	    *const preconditions[] = { "If-Match", "If-Unmodified-Since", "If-None-Match",
		"If-Modified-Since", NULL },
	    *const accepts[] = { "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
		NULL },
	    *const expect[] = { "Expect", NULL };
	const char *method = x->rs->text + q->method, *allow = value(x, "Allow");
	int status = x->r->status;

	if ((status == 206 || status == 416) && !asked(x, q, range))
		FIND(x, R_RANGE_REQUEST, NULL, "a %d answers a range request, and the %s had no "
		    "Range", status, method);
	else if ((status == 304 && !asked(x, q, validators)) ||
	    (status == 412 && !asked(x, q, preconditions)))
		FIND(x, R_CONDITIONAL_REQUEST, NULL, "a %d answers a conditional request, and the "
		    "%s had no %s", status, method, status == 304 ? "If-None-Match or "
		    "If-Modified-Since" : "precondition (If-Match, If-Unmodified-Since, ...)");
	else if (status == 405 && allow != NULL && in_list(allow, method, false))
		FIND(x, R_ALLOW_METHOD, "Allow", "the 405 refused %s, but its Allow lists it: "
		    "\"%.60s\"", method, allow);
	else if ((status == 201 || status == 202) && (strcmp(method, "GET") == 0 ||
	    strcmp(method, "HEAD") == 0 || strcmp(method, "OPTIONS") == 0 ||
	    strcmp(method, "TRACE") == 0))
		FIND(x, R_SAFE_METHOD, NULL, "a %d says something was %s, in answer to %s, which "
		    "is safe: it asks for no change", status, status == 201 ? "created" :
		    "accepted for processing", method);
	else if (status == 406 && !asked(x, q, accepts))
		FIND(x, R_NEGOTIATION, NULL, "a 406 says no representation matches the request's "
		    "Accept fields, and the %s had none", method);
	else if (status == 417 && !asked(x, q, expect))
		FIND(x, R_EXPECTATION, NULL, "a 417 says the request's Expect cannot be met, and "
		    "the %s had none", method);
}

/* A proxy's 200 to curl's CONNECT ("Connection established"), which curl
 * prints before the response that came through the tunnel: no fields, no
 * body, another response after it.  It is no origin server's response,
 * and the rules of one do not apply. */
static bool
tunnel(const struct responses *rs, const struct response *r)
{
	return r->status / 100 == 2 && r->fields == 0 && !r->body_shown &&
	    (size_t)(r - rs->r) + 1 < rs->n;
}

void
check_response(const struct responses *rs, const struct response *r, struct verdict *v)
{
	struct span sp = table_code(r->status);
	struct subject x = { rs, r, sp.len > 0 ? sp.first : NULL, v, major(rs->text + r->version) };

	v->n = 0;
	quirks(&x);
	if (r->status < 0 || tunnel(rs, r))
		return;
	code(&x);
	if (x.s != NULL)
		retired(&x);
	const struct request *q = response_request(rs, r);
	if (q != NULL)
		request(&x, q);
	connection(&x);
	framing(&x);
	content_range(&x);
	values(&x);
	general(&x);
	problem(&x);
	if (x.s == NULL)
		return;
	requirements(&x);
}
