/* JSON output: one escaper for every string, stable layout, no allocation. */

#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

/* Writes the JSON form of the ASCII or UTF-8 byte c into out
 * (NUL-terminated) and returns its length; bytes 0x80 and up pass through. */
static size_t
json_escape_byte(unsigned char c, char out[7])
{
	/* pairs of (byte, escape letter) */
	static const char shorts[] = "\bb\tt\nn\ff\rr\"\"\\\\";

	for (size_t i = 0; i + 1 < sizeof shorts; i += 2)
		if ((unsigned char)shorts[i] == c) {
			out[0] = '\\', out[1] = shorts[i + 1], out[2] = '\0';
			return 2;
		}
	if (c < 0x20 || c == 0x7F)
		return (size_t)snprintf(out, 7, "\\u%04x", c);
	out[0] = (char)c, out[1] = '\0';
	return 1;
}

void
json_init(struct json *j, FILE *out, bool pretty)
{
	memset(j, 0, sizeof *j);
	j->out = out;
	j->pretty = pretty;
}

/* Everything goes through this buffer: the many small pieces of a
 * document cost a copy each, and stdio sees a few large writes. */
static void
flush(struct json *j)
{
	if (j->len > 0)
		fwrite(j->buf, 1, j->len, j->out);
	j->len = 0;
}

static void
put(struct json *j, const char *s, size_t n)
{
	if (n > sizeof j->buf - j->len) {
		flush(j);
		if (n > sizeof j->buf) {
			fwrite(s, 1, n, j->out);
			return;
		}
	}
	memcpy(j->buf + j->len, s, n);
	j->len += n;
}

static void
put_char(struct json *j, char c)
{
	if (j->len == sizeof j->buf)
		flush(j);
	j->buf[j->len++] = c;
}

static void
put_text(struct json *j, const char *s)
{
	put(j, s, strlen(s));
}

/* A newline and the indentation of the current depth, in one piece. */
static void
newline(struct json *j)
{
	static const char indent[] = "\n                ";

	if (j->pretty)
		put(j, indent, 1 + 2 * (size_t)j->depth);
}

/* Puts the separator and indentation due before a key or a value. */
static void
member(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth == 0)
		return;
	if (j->started[j->depth - 1])
		put_char(j, ',');
	j->started[j->depth - 1] = true;
	newline(j);
}

static void
open_container(struct json *j, char c)
{
	member(j);
	assert(j->depth < JSON_MAX_DEPTH);
	put_char(j, c);
	j->started[j->depth++] = false;
}

/* A top-level value ends with the newline that scripts expect. */
static void
close_container(struct json *j, char c)
{
	bool had_members = j->started[--j->depth];

	if (had_members)
		newline(j);
	put_char(j, c);
	if (j->depth == 0) {
		put_char(j, '\n');
		flush(j);
	}
}

void
json_begin_object(struct json *j)
{
	open_container(j, '{');
}

void
json_end_object(struct json *j)
{
	close_container(j, '}');
}

void
json_begin_array(struct json *j)
{
	open_container(j, '[');
}

void
json_end_array(struct json *j)
{
	close_container(j, ']');
}

/* Whether a byte goes into a JSON string as it is: printable ASCII but
 * the quote and the backslash.  A table, since every output byte asks. */
#define PLAIN(c) ((c) >= 0x20 && (c) < 0x7F && (c) != '"' && (c) != '\\')
#define PLAIN4(c) PLAIN(c), PLAIN((c) + 1), PLAIN((c) + 2), PLAIN((c) + 3)
#define PLAIN16(c) PLAIN4(c), PLAIN4((c) + 4), PLAIN4((c) + 8), PLAIN4((c) + 12)
#define PLAIN64(c) PLAIN16(c), PLAIN16((c) + 16), PLAIN16((c) + 32), PLAIN16((c) + 48)
static const bool plain[256] = { PLAIN64(0), PLAIN64(64), PLAIN64(128), PLAIN64(192) };

/* Escapes what JSON requires; a byte that is not part of well-formed
 * UTF-8 becomes U+FFFD, so that echoed input never breaks the document. */
static void
put_string(struct json *j, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char esc[7];

	put_char(j, '"');
	while (*p != '\0') {
		/* runs of plain ASCII, nearly all of every string, go out whole */
		const unsigned char *run = p;
		while (plain[*p])
			p++;
		if (p > run)
			put(j, (const char *)run, (size_t)(p - run));
		if (*p == '\0')
			break;
		size_t n = utf8_length(p);
		if (n == 0) {
			put_text(j, "\\ufffd");
			p++;
		} else if (n == 1) {
			put(j, esc, json_escape_byte(*p++, esc));
		} else {
			put(j, (const char *)p, n);
			p += n;
		}
	}
	put_char(j, '"');
}

/* Keys are the program's own names (fields, libraries, rule parts), plain
 * ASCII by construction, so they skip the escaper: it was 567k of the 2.9M
 * instructions callgrind counts for --json list, most of it per call. */
void
json_key(struct json *j, const char *key)
{
	member(j);
	put_char(j, '"');
	put_text(j, key);
	put_text(j, j->pretty ? "\": " : "\":");
	j->after_key = true;
}

/* A value outside any container is a whole document: write it out. */
static void
scalar_done(struct json *j)
{
	if (j->depth == 0)
		flush(j);
}

void
json_string(struct json *j, const char *s)
{
	member(j);
	put_string(j, s);
	scalar_done(j);
}

void
json_plain_string(struct json *j, const char *s)
{
	member(j);
	put_char(j, '"');
	put_text(j, s);
	put_char(j, '"');
	scalar_done(j);
}

/* Digits by hand: through snprintf the 367 numbers of --json list cost
 * 298k instructions in callgrind, five times what they cost now. */
void
json_number(struct json *j, long n)
{
	char digits[24], *p = digits + sizeof digits;
	unsigned long u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;

	member(j);
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (n < 0)
		*--p = '-';
	put(j, p, (size_t)(digits + sizeof digits - p));
	scalar_done(j);
}

void
json_bool(struct json *j, bool b)
{
	member(j);
	put_text(j, b ? "true" : "false");
	scalar_done(j);
}

void
json_null(struct json *j)
{
	member(j);
	put_text(j, "null");
	scalar_done(j);
}
