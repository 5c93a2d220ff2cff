/* JSON output: one escaper for every string, stable layout, no allocation. */

#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

/* Writes the JSON form of the ASCII or UTF-8 byte c into out
 * (NUL-terminated) and returns its length; bytes 0x80 and up pass through. */
size_t
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

static void
newline(struct json *j)
{
	if (!j->pretty)
		return;
	fputc('\n', j->out);
	for (int i = 0; i < j->depth; i++)
		fputs("  ", j->out);
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
		fputc(',', j->out);
	j->started[j->depth - 1] = true;
	newline(j);
}

static void
open_container(struct json *j, int c)
{
	member(j);
	assert(j->depth < JSON_MAX_DEPTH);
	fputc(c, j->out);
	j->started[j->depth++] = false;
}

/* A top-level value ends with the newline that scripts expect. */
static void
close_container(struct json *j, int c)
{
	bool had_members = j->started[--j->depth];

	if (had_members)
		newline(j);
	fputc(c, j->out);
	if (j->depth == 0)
		fputc('\n', j->out);
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

/* Escapes what JSON requires; a byte that is not part of well-formed
 * UTF-8 becomes U+FFFD, so that echoed input never breaks the document. */
static void
put_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char esc[7];

	fputc('"', out);
	while (*p != '\0') {
		/* runs of plain ASCII, nearly all of every string, go out whole */
		const unsigned char *run = p;
		while (*p >= 0x20 && *p < 0x7F && *p != '"' && *p != '\\')
			p++;
		if (p > run)
			fwrite(run, 1, (size_t)(p - run), out);
		if (*p == '\0')
			break;
		size_t n = utf8_length(p);
		if (n == 0) {
			fputs("\\ufffd", out);
			p++;
		} else if (n == 1) {
			json_escape_byte(*p++, esc);
			fputs(esc, out);
		} else {
			fwrite(p, 1, n, out);
			p += n;
		}
	}
	fputc('"', out);
}

void
json_key(struct json *j, const char *key)
{
	member(j);
	put_string(j->out, key);
	fputs(j->pretty ? ": " : ":", j->out);
	j->after_key = true;
}

void
json_string(struct json *j, const char *s)
{
	member(j);
	put_string(j->out, s);
}

void
json_number(struct json *j, long n)
{
	member(j);
	fprintf(j->out, "%ld", n);
}

void
json_bool(struct json *j, bool b)
{
	member(j);
	fputs(b ? "true" : "false", j->out);
}

void
json_null(struct json *j)
{
	member(j);
	fputs("null", j->out);
}
