/* The example response of each code, rendered from its record. */

#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define EXAMPLE_DATE "Thu, 01 Jan 2026 00:00:00 GMT"
#define EXAMPLE_MAX 4096

/* Appends to an example; false once it would not fit. */
static bool
add(char *buf, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (*len + n >= EXAMPLE_MAX)
		return false;
	memcpy(buf + *len, s, n + 1);
	*len += n;
	return true;
}

bool
gen_field_is(const struct record *r, enum key f, const char *word)
{
	return r->one[f].text != NULL && strcmp(r->one[f].text, word) == 0;
}

/* Appends a name to body at n as a JSON string's inside; returns the new
 * length.  Names are clean text (check_texts): only '"' and '\\' need
 * escaping. */
static size_t
json_name(char *body, size_t size, size_t n, const char *name)
{
	for (; *name != '\0' && n + 3 < size; name++) {
		if (*name == '"' || *name == '\\')
			body[n++] = '\\';
		body[n++] = *name;
	}
	body[n] = '\0';
	return n;
}

/* The content of the example: errors get an RFC 9457 problem document
 * ("about:blank" makes the title the status name), success a small JSON
 * resource, the rest none, unless body: says otherwise.  Returns its media type, or NULL for none. */
static const char *
example_body(const struct record *r, char *body, size_t size)
{
	const char *name = r->one[K_NAME].text;
	size_t n = 0;

	body[0] = '\0';
	/* past 599 no class says what a body would be, so only body: does */
	if (r->one[K_CONTENT].text != NULL || r->code < 200 || r->code / 100 == 3 ||
	    (r->code >= 600 && r->one[K_BODY].text == NULL))
		return NULL;
	if (gen_field_is(r, K_BODY, "json") || (r->one[K_BODY].text == NULL && r->code / 100 == 2)) {
		snprintf(body, size, "{\"id\":42}");
		return "application/json";
	}
	if (gen_field_is(r, K_BODY, "error")) {
		n = (size_t)snprintf(body, size, "{\"error\":{\"code\":%d,\"message\":\"", r->code);
		n = json_name(body, size, n, name);
		snprintf(body + n, size - n, "\"}}");
		return "application/json";
	}
	if (gen_field_is(r, K_BODY, "html")) {
		/* names are clean text with no markup in them (check_body) */
		snprintf(body, size, "<!DOCTYPE html>\n<html>\n<head><title>%d: %s</title></head>\n"
		    "<body>\n<h1>Error %d</h1>\n<p>%s</p>\n</body>\n</html>\n", r->code, name, r->code,
		    name);
		return "text/html; charset=UTF-8";
	}
	n = (size_t)snprintf(body, size, "{\n  \"type\": \"about:blank\",\n  \"title\": \"");
	n = json_name(body, size, n, name);
	snprintf(body + n, size - n, "\",\n  \"status\": %d\n}\n", r->code);
	return "application/problem+json";
}

/* The whole raw response, with CRLF line ends as on the wire: status line,
 * Date, the record's header lines, Content-Type and Content-Length when it
 * has content, and the content.  NULL for a code that is never sent, and
 * for a sub-status or vendor error number: those travel as an HTTP status,
 * whose example they share. */
char *
example_render(const struct record *r)
{
	char *buf = gen_realloc(NULL, EXAMPLE_MAX), body[512], line[1024];
	const char *type = example_body(r, body, sizeof body);
	size_t len = 0;
	bool ok;

	if (r->one[K_SENT].text != NULL || r->code >= ID_ERROR_MIN) {
		free(buf);
		return NULL;
	}
	buf[0] = '\0';
	snprintf(line, sizeof line, "HTTP/1.1 %d %s\r\nDate: " EXAMPLE_DATE "\r\n", r->code,
	    r->one[K_NAME].text);
	ok = add(buf, &len, line);
	for (int i = 0; i < r->nmany[K_HEADER]; i++)
		ok = ok && add(buf, &len, r->many[K_HEADER][i].text) && add(buf, &len, "\r\n");
	if (type != NULL) {
		snprintf(line, sizeof line, "Content-Type: %s\r\n", type);
		ok = ok && add(buf, &len, line);
	}
	if (r->one[K_CONTENT].text == NULL) {
		snprintf(line, sizeof line, "Content-Length: %zu\r\n", strlen(body));
		ok = ok && add(buf, &len, line);
	}
	ok = ok && add(buf, &len, "\r\n") && add(buf, &len, body);
	if (!ok)
		gen_fail(r->line, "the example response is longer than %d bytes", EXAMPLE_MAX - 1);
	return buf;
}
