/* Reading HTTP responses from a stream: curl -si prints each response's
 * header section as it came and, for the last one, the body.  Where one
 * body ends and the next response begins is told by Content-Length and,
 * failing that, by a line that is a status line; curl -L prints no body
 * for the redirects it follows, so a status line may come right after a
 * header section.  Nothing here judges a response: check_rules.c does. */

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lineio.h"
#include "check_response.h"

struct input {
	int fd;
	const char *mem; /* with curl -v, the "< " lines, read from here */
	size_t mem_len, mem_at;
	bool transcript; /* the input is what curl -v prints */
	bool eof;
	int error; /* errno of a failed read, or 0 */
	size_t start, end;
	unsigned line; /* the number of the line at buf[start] */
	char buf[2 * LINE_BYTES + 1]; /* + 1: a NUL after a last line without its end */
};

/* Refills the buffer from the lines a transcript kept, as lineio_refill
 * does from a file. */
static ssize_t
from_memory(struct input *in)
{
	size_t n;

	memmove(in->buf, in->buf + in->start, in->end - in->start);
	in->end -= in->start;
	in->start = 0;
	n = sizeof in->buf - 1 - in->end;
	if (n > in->mem_len - in->mem_at)
		n = in->mem_len - in->mem_at;
	memcpy(in->buf + in->end, in->mem + in->mem_at, n);
	in->mem_at += n;
	in->end += n;
	return (ssize_t)n;
}

/* Makes want bytes ready when the input still holds them; returns how
 * many are ready. */
static size_t
ready(struct input *in, size_t want)
{
	while (in->end - in->start < want && !in->eof) {
		ssize_t got = in->mem != NULL ? from_memory(in) :
		    lineio_refill(in->fd, in->buf, sizeof in->buf - 1, &in->start, &in->end);
		if (got <= 0) {
			in->eof = true;
			in->error = got < 0 ? errno : 0;
		}
	}
	return in->end - in->start;
}

static bool
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether bytes p[0..n) begin a status line: HTTP/1.1 200, HTTP/2 404. */
static bool
status_line_at(const char *p, size_t n)
{
	size_t i = 6;

	if (n < 6 || memcmp(p, "HTTP/", 5) != 0 || !digit(p[5]))
		return false;
	if (i + 1 < n && p[i] == '.' && digit(p[i + 1]))
		i += 2;
	if (n < i + 4 || p[i] != ' ' || !digit(p[i + 1]) || !digit(p[i + 2]) || !digit(p[i + 3]))
		return false;
	return n == i + 4 || p[i + 4] == ' ' || p[i + 4] == '\r' || p[i + 4] == '\n';
}

static bool
at_status_line(struct input *in)
{
	size_t n = ready(in, 16);

	return status_line_at(in->buf + in->start, n);
}

/* Moves past n ready bytes, counting the lines they end. */
static void
consume(struct input *in, size_t n)
{
	const char *p = in->buf + in->start, *end = p + n;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		in->line++;
		p++;
	}
	in->start += n;
}

/* The next line without its end, NUL-terminated in place, or NULL at the
 * end of input; *len is SIZE_MAX for a line longer than LINE_BYTES. */
static char *
next_line(struct input *in, size_t *len, bool *bare_lf)
{
	size_t n = ready(in, 1);
	char *line, *nl;

	if (n == 0)
		return NULL;
	while ((nl = memchr(in->buf + in->start, '\n', n)) == NULL && !in->eof && n < LINE_BYTES)
		n = ready(in, n + 1);
	line = in->buf + in->start;
	*len = nl != NULL ? (size_t)(nl - line) : n;
	if (*len >= LINE_BYTES) {
		*len = SIZE_MAX;
		return line;
	}
	consume(in, *len + (nl != NULL));
	*bare_lf = nl != NULL && (*len == 0 || line[*len - 1] != '\r');
	if (*len > 0 && line[*len - 1] == '\r')
		(*len)--;
	line[*len] = '\0';
	return line;
}

/* Where the first bytes of a body go, and how many of them. */
struct keep {
	char *at;
	size_t room, len;
};

/* Moves past n ready bytes of a body, keeping what there is room for. */
static void
body_bytes(struct input *in, struct keep *k, size_t n)
{
	size_t take = n < k->room - k->len ? n : k->room - k->len;

	memcpy(k->at + k->len, in->buf + in->start, take);
	k->len += take;
	consume(in, n);
}

/* Counts the body that follows a header section, keeping its first bytes
 * in k: limit bytes when Content-Length gives it, and on while the bytes
 * after them are not a status line; to the end of input or to the next
 * status line otherwise. */
static uint64_t
skip_body(struct input *in, uint64_t limit, struct keep *k)
{
	uint64_t len = 0;
	size_t n;

	while (len < limit && (n = ready(in, 1)) > 0) {
		if (n > limit - len)
			n = (size_t)(limit - len);
		body_bytes(in, k, n);
		len += n;
	}
	if (len == limit && (ready(in, 1) == 0 || at_status_line(in)))
		return len;
	while ((n = ready(in, 1)) > 0) {
		const char *p = in->buf + in->start, *nl = memchr(p, '\n', n);
		size_t take = nl != NULL ? (size_t)(nl - p) + 1 : n;
		body_bytes(in, k, take);
		len += take;
		if (nl != NULL && at_status_line(in))
			break;
	}
	return len;
}

/* Stores n bytes and a NUL in rs->text; returns their offset, or
 * UINT32_MAX when the text is full. */
static uint32_t
store(struct responses *rs, const char *p, size_t n)
{
	uint32_t at = (uint32_t)rs->used;

	if (rs->used >= HEADER_BYTES || n >= HEADER_BYTES - rs->used)
		return UINT32_MAX;
	memcpy(rs->text + rs->used, p, n);
	rs->text[rs->used + n] = '\0';
	rs->used += n + 1;
	return at;
}

static char why[160];

static const char *
fail(const char *fmt, unsigned line)
{
	snprintf(why, sizeof why, fmt, line);
	return why;
}

static const char *const too_big = "the header sections are larger than 1 MiB";

/* The status line of r: HTTP/1.1 200 OK, HTTP/2 404.  A code that is not
 * three digits is a quirk of the response, not a reason to stop. */
static const char *
status_line(struct responses *rs, struct response *r, char *line, size_t len)
{
	char *sp = memchr(line, ' ', len), *code, *end;

	*(sp != NULL ? sp : line + len) = '\0';
	r->version = store(rs, line, strlen(line));
	code = sp != NULL ? sp + 1 : line + len;
	for (end = code; *end != '\0' && *end != ' '; end++)
		;
	r->status = end - code == 3 && digit(code[0]) && digit(code[1]) && digit(code[2]) ?
	    (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0') : -1;
	if (r->status < 0)
		r->quirks |= QUIRK_BAD_STATUS;
	r->code = store(rs, code, (size_t)(end - code));
	while (*end == ' ')
		end++;
	r->reason = store(rs, end, strlen(end));
	return r->version == UINT32_MAX || r->code == UINT32_MAX || r->reason == UINT32_MAX ?
	    too_big : NULL;
}

static bool
token_char(unsigned char c)
{
	return c > 32 && c < 127 && strchr("\"(),/:;<=>?@[\\]{}", c) == NULL;
}

static size_t
trim(const char **p, size_t n)
{
	while (n > 0 && (**p == ' ' || **p == '\t')) {
		(*p)++;
		n--;
	}
	while (n > 0 && ((*p)[n - 1] == ' ' || (*p)[n - 1] == '\t'))
		n--;
	return n;
}

/* A continuation line (obs-fold) joins the value of the field before it,
 * after a space, as RFC 9112 5.2 tells a recipient to. */
static const char *
fold(struct responses *rs, struct response *r, const char *line, size_t len, bool after_field)
{
	struct header_field *f = &rs->f[rs->nfields - (rs->nfields > 0)];

	r->quirks |= QUIRK_OBS_FOLD;
	if (!after_field) {
		r->quirks |= QUIRK_BAD_FIELD;
		return NULL;
	}
	len = trim(&line, len);
	if (f->value + f->value_len + 1 != rs->used || rs->used >= HEADER_BYTES ||
	    len + 1 >= HEADER_BYTES - rs->used)
		return too_big;
	rs->text[rs->used - 1] = ' ';
	memcpy(rs->text + rs->used, line, len);
	rs->used += len;
	rs->text[rs->used++] = '\0';
	f->value_len += (uint32_t)len + 1;
	return NULL;
}

/* A field line; *after_field tells whether it was one that was kept, so
 * that a continuation line has a field to join. */
static const char *
field_line(struct responses *rs, struct response *r, const char *line, size_t len,
    bool *after_field)
{
	const char *colon = memchr(line, ':', len), *value;
	size_t name_len = colon != NULL ? (size_t)(colon - line) : 0, i;

	if (memchr(line, '\0', len) != NULL)
		r->quirks |= QUIRK_NUL;
	for (i = 0; i < len; i++)
		if ((unsigned char)line[i] > 127)
			r->quirks |= QUIRK_NON_ASCII;
	if (line[0] == ' ' || line[0] == '\t')
		return fold(rs, r, line, len, *after_field);
	for (i = 0; i < name_len && token_char((unsigned char)line[i]); i++)
		;
	*after_field = false;
	if (colon == NULL || name_len == 0 || i < name_len) {
		r->quirks |= QUIRK_BAD_FIELD;
		return NULL;
	}
	if (rs->nfields == FIELD_MAX)
		return "more than 1024 header fields";
	value = colon + 1;
	size_t value_len = trim(&value, len - name_len - 1);
	struct header_field *f = &rs->f[rs->nfields++];
	f->name = store(rs, line, name_len);
	f->value = store(rs, value, value_len);
	f->name_len = (uint32_t)name_len;
	f->value_len = (uint32_t)value_len;
	r->fields++;
	*after_field = true;
	return f->name == UINT32_MAX || f->value == UINT32_MAX ? too_big : NULL;
}

/* Content-Length as a number, when there is exactly one and it is one. */
static uint64_t
content_length(const struct responses *rs, const struct response *r)
{
	const struct header_field *f = response_field(rs, r, "Content-Length");
	const char *p;
	uint64_t n = 0;

	if (f == NULL || response_count(rs, r, "Content-Length") != 1 || f->value_len == 0 ||
	    f->value_len > 18)
		return UINT64_MAX;
	for (p = rs->text + f->value; *p != '\0'; p++) {
		if (!digit(*p))
			return UINT64_MAX;
		n = n * 10 + (uint64_t)(*p - '0');
	}
	return n;
}

/* Whether r's content is a problem details object in JSON (RFC 9457),
 * whose body check_rules.c reads. */
static bool
problem_json(const struct responses *rs, const struct response *r)
{
	const struct header_field *f = response_field(rs, r, "Content-Type");
	const char *type = f != NULL ? rs->text + f->value : "";
	size_t n = strcspn(type, "; \t");

	return n == 24 && strncasecmp(type, "application/problem+json", n) == 0;
}

/* Notes line as where the quirks that r did not have before were seen. */
static void
located(struct response *r, unsigned before, unsigned line)
{
	for (int bit = 0; bit < QUIRK_COUNT; bit++)
		if ((r->quirks & ~before) & (1u << bit))
			r->quirk_line[bit] = line;
}

/* The header section of r, up to the blank line that ends it. */
static const char *
header_section(struct responses *rs, struct response *r, struct input *in)
{
	size_t len;
	bool bare_lf = false, after_field = false;
	char *line;

	for (unsigned at = in->line; (line = next_line(in, &len, &bare_lf)) != NULL; at = in->line) {
		unsigned before = r->quirks;
		if (len == SIZE_MAX)
			return fail("line %u is longer than 64 KiB", in->line);
		if (bare_lf)
			r->quirks |= QUIRK_BARE_LF;
		const char *wrong = len > 0 ? field_line(rs, r, line, len, &after_field) : NULL;
		located(r, before, at);
		if (len == 0 || wrong != NULL)
			return wrong;
	}
	r->quirks |= QUIRK_UNENDED;
	located(r, r->quirks & ~(unsigned)QUIRK_UNENDED, in->line);
	return NULL;
}

static const char *
one_response(struct responses *rs, struct input *in)
{
	struct response *r = &rs->r[rs->n++];
	size_t len;
	bool bare_lf = false;
	char *line;

	memset(r, 0, sizeof *r);
	r->first_field = rs->nfields;
	r->line = in->line;
	if ((line = next_line(in, &len, &bare_lf)) == NULL)
		return "not an HTTP response: the input ended before a status line";
	if (len == SIZE_MAX)
		return fail("line %u is longer than 64 KiB", in->line);
	if (bare_lf)
		r->quirks |= QUIRK_BARE_LF;
	const char *wrong = status_line(rs, r, line, len);
	located(r, 0, r->line);
	if (wrong == NULL)
		wrong = header_section(rs, r, in);
	if (wrong != NULL || (r->quirks & QUIRK_UNENDED) || ready(in, 1) == 0 ||
	    at_status_line(in))
		return wrong;
	r->body_shown = true;
	struct keep k = { rs->text + rs->used, 0, 0 };
	if (problem_json(rs, r))
		k.room = sizeof rs->text - rs->used < BODY_KEEP ? sizeof rs->text - rs->used : BODY_KEEP;
	r->body_len = skip_body(in, content_length(rs, r), &k);
	r->body = (uint32_t)rs->used;
	r->body_kept = k.len;
	rs->used += k.len;
	return NULL;
}

/* Skips blank lines before the first status line, as a saved file may
 * have them; the first line with anything on it must start a response. */
static const char *
first_line(struct input *in)
{
	size_t n;

	while ((n = ready(in, 1)) > 0 && (in->buf[in->start] == '\n' || in->buf[in->start] == '\r'))
		consume(in, 1);
	if (n == 0)
		return in->error != 0 ? NULL : "no response at all (curl prints 000 for that; "
		    "nginx's 444 closes the connection without one)";
	n = ready(in, 5);
	if (n >= 5 && memcmp(in->buf + in->start, "HTTP/", 5) == 0)
		return NULL;
	if (n >= 2 && strchr("*<>", in->buf[in->start]) != NULL &&
	    strchr(" \r\n", in->buf[in->start + 1]) != NULL) {
		in->transcript = true;
		return NULL;
	}
	if (strchr("<{[", in->buf[in->start]) != NULL)
		return fail("not an HTTP response: line %u starts like a body (curl -si prints "
		    "the status line and header fields before it)", in->line);
	return fail("not an HTTP response: line %u is not a status line, such as HTTP/1.1 200 "
	    "OK (curl -si prints one)", in->line);
}

/* Skips the rest of a line too long to be one of curl's. */
static void
skip_line(struct input *in)
{
	size_t n;
	const char *nl = NULL;

	while ((n = ready(in, 1)) > 0 && (nl = memchr(in->buf + in->start, '\n', n)) == NULL)
		consume(in, n);
	if (nl != NULL)
		consume(in, (size_t)(nl - (in->buf + in->start)) + 1);
}

/* A "> " line of curl -v, its prefix cut: the request line of a new
 * request when first, else one of its fields or the blank line after
 * them. */
static const char *
request_line(struct responses *rs, const char *line, size_t len, bool first, unsigned before)
{
	struct request *q = &rs->q[rs->nrequests - (rs->nrequests > 0)];
	const char *colon = memchr(line, ':', len), *value;

	if (first) {
		if (rs->nrequests == RESPONSE_MAX)
			return "more than 64 requests";
		q = &rs->q[rs->nrequests++];
		memset(q, 0, sizeof *q);
		q->before = before;
		q->first_field = rs->nfields;
		q->method = store(rs, line, strcspn(line, " "));
		return q->method == UINT32_MAX ? too_big : NULL;
	}
	if (len == 0 || colon == NULL || rs->nrequests == 0)
		return NULL;
	if (rs->nfields == FIELD_MAX)
		return "more than 1024 header fields";
	value = colon + 1;
	size_t value_len = trim(&value, len - (size_t)(colon - line) - 1);
	struct header_field *f = &rs->f[rs->nfields++];
	f->name = store(rs, line, (size_t)(colon - line));
	f->value = store(rs, value, value_len);
	f->name_len = (uint32_t)(colon - line);
	f->value_len = (uint32_t)value_len;
	q->fields++;
	return f->name == UINT32_MAX || f->value == UINT32_MAX ? too_big : NULL;
}

/* Whether a line of curl -v is one of the kind prefix marks. */
static bool
marked(const char *line, size_t len, char prefix)
{
	return len > 0 && line[0] == prefix && (len == 1 || line[1] == ' ');
}

/* Reads what curl -v printed: the "> " lines are requests, kept in rs;
 * the "< " lines, their prefixes cut, the responses, which are then read
 * as curl -si's would be; the rest is left out, the body with it, as curl
 * interleaves it with its own lines as the buffers happen to flush. */
/* Where each kept line of a transcript was in the input, so that what is
 * said of line N names the line the user sees: at most a field line each,
 * a status line and a blank one per response, and some to spare. */
#define KEPT_LINES (FIELD_MAX + 4 * RESPONSE_MAX)
static unsigned kept_at[KEPT_LINES + 1];

static unsigned
input_line(const struct input *in, unsigned line)
{
	return in->mem != NULL && line >= 1 && line <= KEPT_LINES ? kept_at[line] : line;
}

static const char *
read_transcript(struct responses *rs, struct input *in)
{
	static char kept[HEADER_BYTES + HEADER_BYTES / 4];
	size_t used = 0, len, lines = 0;
	unsigned statuses = 0, at;
	bool bare_lf = false, in_request = false;
	const char *wrong = NULL;
	char *line;

	while (wrong == NULL && (at = in->line, line = next_line(in, &len, &bare_lf)) != NULL) {
		if (len == SIZE_MAX) {
			skip_line(in);
			in_request = false;
		} else if (marked(line, len, '<')) {
			size_t cut = len > 1 ? 2 : 1;
			if (len - cut + 2 > sizeof kept - used || lines == KEPT_LINES)
				return too_big;
			kept_at[++lines] = at;
			statuses += status_line_at(line + cut, len - cut);
			memcpy(kept + used, line + cut, len - cut);
			used += len - cut;
			if (!bare_lf)
				kept[used++] = '\r';
			kept[used++] = '\n';
			in_request = false;
		} else if (marked(line, len, '>') && (in_request || strstr(line, " HTTP/") != NULL)) {
			/* a request starts with its request line: a body line that
			 * happens to start so is no request */
			size_t cut = len > 1 ? 2 : 1;
			wrong = request_line(rs, line + cut, len - cut, !in_request, statuses);
			in_request = true;
		} else {
			in_request = false;
		}
	}
	if (wrong != NULL || in->error != 0)
		return wrong;
	if (used == 0)
		return "curl -v showed no response: no line starts with \"< \"";
	in->mem = kept;
	in->mem_len = used;
	in->mem_at = in->start = in->end = 0;
	in->eof = false;
	in->line = 1;
	return NULL;
}

const char *
responses_read(struct responses *rs, int fd)
{
	static struct input in;
	const char *wrong;

	memset(&in, 0, offsetof(struct input, buf));
	in.fd = fd;
	in.line = 1;
	rs->n = rs->nfields = rs->used = rs->nrequests = 0;
	wrong = first_line(&in);
	if (wrong == NULL && in.transcript)
		wrong = read_transcript(rs, &in);
	while (wrong == NULL && in.error == 0 && ready(&in, 1) > 0) {
		if (rs->n == RESPONSE_MAX)
			return "more than 64 responses";
		wrong = one_response(rs, &in);
	}
	for (size_t i = 0; in.mem != NULL && i < rs->n; i++) {
		rs->r[i].line = input_line(&in, rs->r[i].line);
		for (int bit = 0; bit < QUIRK_COUNT; bit++)
			rs->r[i].quirk_line[bit] = input_line(&in, rs->r[i].quirk_line[bit]);
	}
	return in.error != 0 ? strerror(in.error) : wrong;
}

const struct header_field *
response_field(const struct responses *rs, const struct response *r, const char *name)
{
	for (size_t i = r->first_field; i < r->first_field + r->fields; i++)
		if (strcasecmp(rs->text + rs->f[i].name, name) == 0)
			return &rs->f[i];
	return NULL;
}

const struct request *
response_request(const struct responses *rs, const struct response *r)
{
	const struct request *q = NULL;
	size_t i = (size_t)(r - rs->r);

	for (size_t k = 0; k < rs->nrequests && rs->q[k].before <= i; k++)
		q = &rs->q[k];
	return q;
}

const char *
request_value(const struct responses *rs, const struct request *q, const char *name)
{
	for (size_t i = q->first_field; i < q->first_field + q->fields; i++)
		if (strcasecmp(rs->text + rs->f[i].name, name) == 0)
			return rs->text + rs->f[i].value;
	return NULL;
}

size_t
response_count(const struct responses *rs, const struct response *r, const char *name)
{
	size_t n = 0;

	for (size_t i = r->first_field; i < r->first_field + r->fields; i++)
		n += strcasecmp(rs->text + rs->f[i].name, name) == 0;
	return n;
}
