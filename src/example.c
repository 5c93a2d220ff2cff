/* Example responses: status line, a fixed Date, the record's headers, a body. */

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#include "example.h"
#include "json.h"

/* A fixed date keeps the output byte-for-byte reproducible. */
#define EXAMPLE_DATE "Thu, 01 Jan 2026 00:00:00 GMT"

struct buf {
	char *data;
	size_t cap, len;
	bool full;
};

static void
put(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= b->cap - b->len)
		b->full = true;
	else
		b->len += (size_t)n;
}

static void
put_json_string(struct buf *b, const char *s)
{
	char esc[7];

	put(b, "\"");
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		json_escape_byte(*p, esc);
		put(b, "%s", esc);
	}
	put(b, "\"");
}

/* Errors get an RFC 9457 problem document; "about:blank" means the title is
 * the status name.  Success gets a small JSON resource; redirects no content. */
static const char *
body(const struct status *s, struct buf *b)
{
	switch (s->code / 100) {
	case 4:
	case 5:
		put(b, "{\n  \"type\": \"about:blank\",\n  \"title\": ");
		put_json_string(b, s->name);
		put(b, ",\n  \"status\": %d\n}\n", s->code);
		return "application/problem+json";
	case 2:
		put(b, "{\"id\":42}");
		return "application/json";
	default:
		return NULL;
	}
}

/* Writes the response (CRLF line ends, as on the wire) into buf and returns
 * its length; 0 when the code is never sent, or when buf is too small. */
size_t
example_render(const struct status *s, char *buf, size_t cap)
{
	char content[512];
	struct buf out = { buf, cap, 0, false }, in = { content, sizeof content, 0, false };
	const char *type = NULL;

	if (!s->sent || cap == 0)
		return 0;
	if (s->has_content)
		type = body(s, &in);
	put(&out, "HTTP/1.1 %d %s\r\nDate: %s\r\n", s->code, s->name, EXAMPLE_DATE);
	for (const char *const *h = s->headers; *h != NULL; h++)
		put(&out, "%s\r\n", *h);
	if (type != NULL)
		put(&out, "Content-Type: %s\r\n", type);
	if (s->has_content)
		put(&out, "Content-Length: %zu\r\n", in.len);
	put(&out, "\r\n%s", in.len > 0 ? content : "");
	return out.full || in.full ? 0 : out.len;
}
