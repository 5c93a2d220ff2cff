/* Batch mode: one output line per input line, in constant memory. */

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "command.h"
#include "count.h"
#include "say.h"
#include "render.h"

#define BATCH_BUFFER 65536
#define BATCH_LINE 4096 /* a longer line holds no status code */

struct reader {
	int fd;
	size_t start, end; /* the unread bytes are buf[start..end) */
	bool eof, failed, skipping;
	char buf[BATCH_BUFFER];
};

/* Refills the buffer; a line that outgrows it is dropped and reported as
 * too long once its end arrives, so memory stays constant. */
static void
fill(struct reader *r)
{
	ssize_t got;

	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->end == sizeof r->buf) {
		r->skipping = true;
		r->end = 0;
	}
	do
		got = read(r->fd, r->buf + r->end, sizeof r->buf - r->end);
	while (got < 0 && errno == EINTR);
	if (got <= 0) {
		r->eof = true;
		r->failed = got < 0;
		return;
	}
	r->end += (size_t)got;
}

/* The next line without its newline, or NULL at the end of input. */
static char *
next_line(struct reader *r, size_t *len, bool *too_long)
{
	for (;;) {
		char *line = r->buf + r->start;
		char *nl = memchr(line, '\n', r->end - r->start);
		if (nl != NULL || (r->eof && r->start < r->end)) {
			char *stop = nl != NULL ? nl : r->buf + r->end;
			*len = (size_t)(stop - line);
			*too_long = r->skipping || *len > BATCH_LINE;
			r->skipping = false;
			r->start = (size_t)(stop - r->buf) + (nl != NULL);
			*stop = '\0';
			return line;
		}
		if (r->eof)
			return NULL;
		fill(r);
	}
}

static void
json_error(struct json *j, const char *input, const char *error)
{
	json_begin_object(j);
	json_key(j, "input");
	if (input != NULL)
		json_string(j, input);
	else
		json_null(j);
	json_key(j, "error");
	json_string(j, error);
	json_end_object(j);
}

/* The answer for a known code, written to o's stream. */
static void
render(struct output *o, struct span sp)
{
	if (o->mode == MODE_JSON)
		json_entry(&o->json, sp, 0, NULL);
	else if (o->mode == MODE_FIELD)
		field_print(o->f, sp.first, &o->fields);
	else if (o->mode == MODE_SHORT)
		text_short(o->f, sp.first, 0);
	else {
		char id[16];
		table_id_text(sp.first, id, sizeof id);
		fprintf(o->f, "%s %s\n", id, table_str(sp.first->name));
	}
}

/* The answer for a code is the same on every line, so each code is
 * rendered once, through a memory stream, into an arena; later lines copy
 * it out.  An answer that does not fit is written directly every time.
 * Answers are kept by the row of the code's first meaning: 500 and 500.19
 * share a number but not an answer. */
struct cache {
	FILE *mem; /* opened once on buf */
	size_t used;
	unsigned int offset[QUERY_MAX];
	unsigned short length[QUERY_MAX]; /* 0: not rendered yet */
	char buf[1 << 16];
	char arena[1 << 20];
};

static bool
cache_fill(struct cache *c, struct output *o, struct span sp)
{
	FILE *real = o->f;
	long n;

	if (c->mem == NULL && (c->mem = fmemopen(c->buf, sizeof c->buf, "w")) == NULL)
		return false;
	rewind(c->mem);
	o->f = o->json.out = c->mem;
	render(o, sp);
	o->f = o->json.out = real;
	if (fflush(c->mem) != 0 || (n = ftell(c->mem)) <= 0 || (size_t)n >= sizeof c->buf ||
	    (size_t)n > sizeof c->arena - c->used || n > USHRT_MAX)
		return false;
	memcpy(c->arena + c->used, c->buf, (size_t)n);
	c->offset[sp.first - table_rows] = (unsigned int)c->used;
	c->length[sp.first - table_rows] = (unsigned short)n;
	c->used += (size_t)n;
	return true;
}

static void
answer_code(struct cache *c, struct output *o, struct span sp)
{
	size_t row = (size_t)(sp.first - table_rows);

	if (c->length[row] == 0 && !cache_fill(c, o, sp)) {
		render(o, sp);
		return;
	}
	fwrite(c->arena + c->offset[row], 1, c->length[row], o->f);
}

/* The records a line's status stands for: an IIS sub-status where the
 * log gives one that the table holds, else the status; none for a line
 * too long or with a NUL byte in it (binary, not a log line).  The line
 * loses its trailing CR and blanks, in place, so that JSON echoes it
 * without them; *code is the status found, -1 for none. */
static struct span
line_record(struct output *o, struct log_state *st, char *line, size_t len, bool too_long,
    int *code)
{
	int sub;
	struct span sp;

	*code = -1;
	if (too_long || memchr(line, '\0', len) != NULL)
		return table_code(-1);
	while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
		line[--len] = '\0';
	*code = log_status(st, o->format, line, len, &sub);
	if (*code >= 100 && *code <= 599 && sub >= 0 && sub <= ID_SUB_MAX &&
	    (sp = table_code(ID_SUB(*code, sub))).len > 0)
		return sp;
	return table_code(*code);
}

/* Writes the answer for one line; returns false when it had no known code. */
static bool
answer(struct cache *c, struct output *o, struct log_state *st, char *line, size_t len,
    bool too_long)
{
	int code;
	struct span sp = line_record(o, st, line, len, too_long, &code);

	if (sp.len > 0)
		answer_code(c, o, sp);
	else if (o->mode == MODE_JSON)
		json_error(&o->json, too_long ? NULL : line, too_long ? "line too long" :
		    code < 0 ? "not a status code" : "unknown status code");
	else
		fputc('\n', o->f);
	return sp.len > 0;
}

int
command_batch(struct output *o, int fd)
{
	static struct reader r;
	static struct cache c;
	static struct tally t;
	struct log_state st;
	bool flush = isatty(fileno(o->f));
	unsigned long bad = 0, total = 0;
	bool too_long;
	size_t len;
	char *line;

	memset(&r, 0, offsetof(struct reader, buf));
	memset(&c, 0, offsetof(struct cache, buf));
	r.fd = fd;
	json_init(&o->json, o->f, false);
	log_init(&st);
	memset(&t, 0, sizeof t);
	while ((line = next_line(&r, &len, &too_long)) != NULL) {
		total++;
		if (o->count) {
			int code;
			struct span sp = line_record(o, &st, line, len, too_long, &code);
			count_add(&t, sp, code);
			continue;
		}
		bad += !answer(&c, o, &st, line, len, too_long);
		if (flush)
			fflush(o->f);
	}
	if (c.mem != NULL)
		fclose(c.mem);
	if (r.failed) {
		say_errno("standard input");
		return EXIT_USAGE;
	}
	if (o->count)
		return count_print(o, &t);
	if (bad > 0)
		say("%lu of %lu lines had no known status code", bad, total);
	return bad > 0 ? EXIT_MISSING : EXIT_FOUND;
}
