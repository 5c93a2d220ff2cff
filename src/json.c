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
	/* not the buffer: every run starts here, and clearing its 32 KB
	 * touched eight pages that a lookup in text never uses */
	j->out = out;
	j->pretty = pretty;
	j->depth = 0;
	j->after_key = false;
	memset(j->started, 0, sizeof j->started);
	j->len = 0;
	j->written = 0;
}

/* Everything goes through this buffer: the many small pieces of a
 * document cost a copy each, and stdio sees a few large writes. */
static void
flush(struct json *j)
{
	if (j->len > 0)
		fwrite(j->buf, 1, j->len, j->out);
	j->written += j->len;
	j->len = 0;
}

/* Where the next n bytes go, n no more than the buffer holds.  A piece
 * asks once and is then written in place: a key with its quotes and
 * colon, a string with its quotes, a separator with its indentation.  Put
 * apart, as they were, those pieces made --json list 7% slower (timed in
 * a loop over json_entry).  What has a fixed size is copied at that size:
 * -Os makes a memcpy of variable size a rep movsb, which is slow to start. */
static char *
room(struct json *j, size_t n)
{
	if (n > sizeof j->buf - j->len)
		flush(j);
	return j->buf + j->len;
}

static void
put(struct json *j, const char *s, size_t n)
{
	if (n > sizeof j->buf) {
		flush(j);
		fwrite(s, 1, n, j->out);
		return;
	}
	memcpy(room(j, n), s, n);
	j->len += n;
}

static void
put_char(struct json *j, char c)
{
	*room(j, 1) = c;
	j->len++;
}

/* The len bytes of s between quotes, and after a key the colon (and
 * space) that follow. */
static void
put_quoted(struct json *j, const char *s, size_t len, bool key)
{
	size_t n = len + 2 + (key ? 1 + j->pretty : 0);
	char *p;

	if (n > sizeof j->buf) {
		put_char(j, '"');
		put(j, s, len);
		/* the closing quote and what follows it */
		put(j, "\": ", n - len - 1);
		return;
	}
	p = room(j, n);
	p[0] = '"';
	memcpy(p + 1, s, len);
	p[len + 1] = '"';
	if (key)
		p[len + 2] = ':';
	if (key && j->pretty)
		p[len + 3] = ' ';
	j->len += n;
}

/* A comma after an earlier member, a newline, and two spaces a level:
 * copied whole, at a fixed size, and counted to the depth. */
static const char indent[2 + 2 * JSON_MAX_DEPTH + 1] = ",\n                ";

/* A newline and the indentation of the current depth. */
static void
newline(struct json *j)
{
	if (!j->pretty)
		return;
	memcpy(room(j, sizeof indent - 2), indent + 1, sizeof indent - 2);
	j->len += 1 + 2 * (size_t)j->depth;
}

/* Puts the separator and indentation due before a key or a value. */
static void
member(struct json *j)
{
	bool later;

	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth == 0)
		return;
	later = j->started[j->depth - 1];
	j->started[j->depth - 1] = true;
	if (!j->pretty) {
		if (later)
			put_char(j, ',');
		return;
	}
	/* the comma only after an earlier member */
	memcpy(room(j, sizeof indent - 1), indent + !later, sizeof indent - 1);
	j->len += (size_t)later + 1 + 2 * (size_t)j->depth;
}

/* Opens a container, its separator written. */
static void
enter(struct json *j, char c)
{
	assert(j->depth < JSON_MAX_DEPTH);
	put_char(j, c);
	j->started[j->depth++] = false;
}

static void
open_container(struct json *j, char c)
{
	member(j);
	enter(j, c);
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

/* The object whose members members() writes for key: written anew, or
 * copied from the last one when that was for the same key at the same
 * depth, as read back from the buffer.  --json list writes a code's entry
 * in the other_meanings of each of its sub-statuses, one after another
 * (404's 29 times): 115 of its 136 other meanings, 690 KB of its 1.4 MB,
 * are such copies.  Written anew they took 1.01 ms, copied 0.63 (a loop
 * over json_entry in one process; 1.80x against 2.28x the exit-only
 * program of tests/bench).  members() must write the same for the same
 * key. */
void
json_object_cached(struct json *j, const void *key,
    void (*members)(struct json *j, const void *key))
{
	static struct {
		const void *key;
		int depth;
		bool pretty;
		size_t len;
		char text[JSON_BUF];
	} last;
	size_t written;

	member(j);
	if (last.key == key && last.depth == j->depth && last.pretty == j->pretty) {
		put(j, last.text, last.len);
		return;
	}
	/* from an empty buffer, which holds the object whole unless written out */
	flush(j);
	written = j->written;
	enter(j, '{');
	members(j, key);
	close_container(j, '}');
	last.key = NULL;
	if (j->written == written && j->depth > 0) {
		last.key = key, last.depth = j->depth, last.pretty = j->pretty;
		last.len = j->len;
		memcpy(last.text, j->buf, j->len);
	}
}

/* Whether a byte goes into a JSON string as it is: printable ASCII but
 * the quote and the backslash.  A table, since every output byte asks. */
#define PLAIN(c) ((c) >= 0x20 && (c) < 0x7F && (c) != '"' && (c) != '\\')
#define PLAIN4(c) PLAIN(c), PLAIN((c) + 1), PLAIN((c) + 2), PLAIN((c) + 3)
#define PLAIN16(c) PLAIN4(c), PLAIN4((c) + 4), PLAIN4((c) + 8), PLAIN4((c) + 12)
#define PLAIN64(c) PLAIN16(c), PLAIN16((c) + 16), PLAIN16((c) + 32), PLAIN16((c) + 48)
static const bool plain[256] = { PLAIN64(0), PLAIN64(64), PLAIN64(128), PLAIN64(192) };

/* Escapes what JSON requires; a byte that is not part of well-formed
 * UTF-8 becomes U+FFFD, so that echoed input never breaks the document.
 * Plain ASCII and well-formed UTF-8, nearly all of every string, go out
 * in runs, one copy each. */
static void
put_string(struct json *j, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;
	char esc[7];

	put_char(j, '"');
	for (;;) {
		size_t n;
		while (plain[*p])
			p++;
		if (*p >= 0x80 && (n = utf8_length(p)) > 0) {
			p += n;
			continue;
		}
		if (p > run)
			put(j, (const char *)run, (size_t)(p - run));
		if (*p == '\0')
			break;
		if (*p >= 0x80)
			put(j, "\\ufffd", 6);
		else
			put(j, esc, json_escape_byte(*p, esc));
		run = ++p;
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
	put_quoted(j, key, strlen(key), true);
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
	put_quoted(j, s, strlen(s), false);
	scalar_done(j);
}

/* Digits by hand, in place: through snprintf the 367 numbers of --json
 * list cost 298k instructions in callgrind, five times what they cost
 * now. */
void
json_number(struct json *j, long n)
{
	unsigned long u = n < 0 ? 0UL - (unsigned long)n : (unsigned long)n;
	size_t len = (n < 0) + 1;
	char *p;

	member(j);
	for (unsigned long v = u; v >= 10; v /= 10)
		len++;
	p = room(j, len) + len;
	j->len += len;
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (n < 0)
		*--p = '-';
	scalar_done(j);
}

/* true, false and null are copied at a fixed size (see room). */
void
json_bool(struct json *j, bool b)
{
	member(j);
	memcpy(room(j, 5), b ? "true" : "false", 5);
	j->len += b ? 4 : 5;
	scalar_done(j);
}

void
json_null(struct json *j)
{
	member(j);
	memcpy(room(j, 4), "null", 4);
	j->len += 4;
	scalar_done(j);
}
