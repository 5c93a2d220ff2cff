/* Batch mode: one output line per input line, in constant memory. */

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "command.h"
#include "count.h"
#include "lineio.h"
#include "say.h"
#include "render.h"

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

/* What a line's status stands for: the records of its code, the one of
 * them the log means, and the code (-1 for none). */
struct found {
	struct span sp;
	size_t which;
	int code;
};

/* The answer for a known code, written to o's stream. */
static void
render(struct output *o, const struct found *f)
{
	const struct status *s = f->sp.first + f->which;

	if (o->mode == MODE_JSON)
		json_entry(&o->json, f->sp, f->which, NULL);
	else if (o->mode == MODE_FIELD)
		field_print(o->f, s, &o->fields);
	else if (o->mode == MODE_SHORT)
		text_short(o->f, s, 0);
	else {
		char id[16];
		table_id_text(s, id, sizeof id);
		fprintf(o->f, "%s %s\n", id, table_str(s->name));
	}
}

/* One line's answer: what its status stands for or, in JSON, an error. */
struct reply {
	const struct found *f;
	const char *input, *error; /* error: NULL for an answer */
};

static void
draw(struct output *o, const struct reply *r)
{
	if (r->error != NULL)
		json_error(&o->json, r->input, r->error);
	else
		render(o, r->f);
}

/* The answer for a code is the same on every line, so each is drawn once,
 * through a memory stream, and kept in an arena; later lines copy it out.
 * Answers are kept by the row of the meaning answered, since 500 and
 * 500.19 share a number but not an answer, and an IIS log's 451 is not a
 * list's; by_code finds the answer for a line that is three digits and
 * nothing else without parsing it. */
struct cache {
	FILE *mem; /* opened once on buf */
	size_t used;
	unsigned int offset[QUERY_MAX];
	unsigned short length[QUERY_MAX]; /* 0: not drawn yet */
	unsigned short by_code[1000];     /* the row + 1; 0: not seen yet */
	char buf[1 << 16];
	char arena[(1 << 20) + SINK_PAD];
};

/* One run of batch mode: its input, output, answers and tally. */
struct batch {
	struct output *o;
	struct log_state st;
	bool flush; /* after each line, for a person at a terminal */
	unsigned long lines, unknown;
	struct reader in;
	struct sink out;
	struct tally tally;
	struct cache c;
};

/* Draws r into c->buf; returns its length, 0 when it did not fit. */
static size_t
capture(struct cache *c, struct output *o, const struct reply *r)
{
	FILE *real = o->f;
	long n;

	if (c->mem == NULL && (c->mem = fmemopen(c->buf, sizeof c->buf, "w")) == NULL)
		return 0;
	rewind(c->mem);
	o->f = o->json.out = c->mem;
	draw(o, r);
	o->f = o->json.out = real;
	if (fflush(c->mem) != 0 || (n = ftell(c->mem)) <= 0 || (size_t)n >= sizeof c->buf)
		return 0;
	return (size_t)n;
}

/* Writes r through the sink or, when it is too big to capture, straight
 * to the stream in its turn; returns the length captured, 0 for none. */
static size_t
emit(struct batch *b, const struct reply *r)
{
	size_t n = capture(&b->c, b->o, r);

	if (n > 0) {
		sink_put(&b->out, b->c.buf, n);
		return n;
	}
	sink_flush(&b->out);
	draw(b->o, r);
	fflush(b->o->f);
	return 0;
}

static void
answer_code(struct batch *b, const struct found *f)
{
	struct cache *c = &b->c;
	size_t row = (size_t)(f->sp.first + f->which - table_rows), n;
	struct reply r = { f, NULL, NULL };

	if (c->length[row] > 0) {
		sink_put_padded(&b->out, c->arena + c->offset[row], c->length[row]);
		return;
	}
	n = emit(b, &r);
	if (n > 0 && n <= sizeof c->arena - SINK_PAD - c->used) {
		memcpy(c->arena + c->used, c->buf, n);
		c->offset[row] = (unsigned int)c->used;
		c->length[row] = (unsigned short)n;
		c->used += n;
	}
}

/* The code of a line that is three digits, 100 to 999, and nothing else
 * (a CR aside), or -1. */
static int
three_digits(const char *p, size_t len)
{
	if (len == 4 && p[3] == '\r')
		len = 3;
	if (len != 3 || p[0] < '1' || p[0] > '9' || p[1] < '0' || p[1] > '9' || p[2] < '0' ||
	    p[2] > '9')
		return -1;
	return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/* The row of the answer for a line whose three digits are code (-1 for
 * another line), when an earlier line of the same digits found it; -1
 * otherwise.  Not while an IIS stream's columns might read the line
 * otherwise. */
static long
known_row(const struct batch *b, int code)
{
	return code >= 0 && b->st.iis_status < 0 ? (long)b->c.by_code[code] - 1 : -1;
}

/* The meaning of a code that a log in the format the line was read as
 * holds: the first of its records by one of the format's vendors, else
 * the first. */
static size_t
meant(const struct log_state *st, struct span sp)
{
	for (const char *const *v = log_format_vendors(st->read); *v != NULL && sp.len > 1; v++)
		for (size_t i = 0; i < sp.len; i++)
			if (sp.first[i].vendor != 0 && strcmp(table_str(sp.first[i].vendor), *v) == 0)
				return i;
	return 0;
}

/* What a line's status stands for: an IIS sub-status where the log gives
 * one that the table holds, else the status; nothing for a line too long
 * or with a NUL byte in it (binary, not a log line).  The line loses its
 * trailing CR and blanks, in place, so that JSON echoes it without them.
 * A line of three digits (digits, else -1) is remembered in by_code,
 * unless a --format reads it otherwise. */
static struct found
line_record(struct batch *b, char *line, size_t len, bool too_long, int digits)
{
	int sub;
	struct found f = { table_code(-1), 0, -1 };

	if (too_long || memchr(line, '\0', len) != NULL)
		return f;
	while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
		line[--len] = '\0';
	f.code = log_status(&b->st, b->o->format, line, len, &sub);
	if (f.code >= 100 && f.code <= 599 && sub >= 0 && sub <= ID_SUB_MAX &&
	    (f.sp = table_code(ID_SUB(f.code, sub))).len > 0)
		return f;
	f.sp = table_code(f.code);
	f.which = meant(&b->st, f.sp);
	if (digits >= 0 && f.sp.len > 0 && f.which == 0 && b->st.iis_status < 0 &&
	    (b->o->format == LOG_AUTO || b->o->format == LOG_CODE))
		b->c.by_code[digits] = (unsigned short)(f.sp.first - table_rows + 1);
	return f;
}

/* What one line's status stands for. */
static struct found
line_status(struct batch *b, char *line, size_t len, bool too_long)
{
	int digits = three_digits(line, len);
	long row = known_row(b, digits);
	struct found f;

	if (row < 0)
		return line_record(b, line, len, too_long, digits);
	f.code = table_rows[row].code;
	f.sp = table_code(f.code);
	f.which = 0;
	return f;
}

/* Writes the answer for one line, or counts it. */
static void
take(struct batch *b, char *line, size_t len, bool too_long)
{
	struct found f = line_status(b, line, len, too_long);

	if (b->o->count) {
		count_add(&b->tally, f.sp.len > 0 ? f.sp.first + f.which : NULL, f.code);
	} else if (f.sp.len > 0) {
		answer_code(b, &f);
	} else if (b->o->mode == MODE_JSON) {
		struct reply r = { &f, too_long ? NULL : line, too_long ? "line too long" :
		    f.code < 0 ? "not a status code" : "unknown status code" };
		emit(b, &r);
	} else {
		sink_put(&b->out, "\n", 1);
	}
	b->unknown += f.sp.len == 0;
}

/* Answers (or counts) the lines at the head of the buffer that are three
 * digits with a prepared answer, in place, for as long as they come:
 * lists of codes are mostly such lines, and for them finding and parsing
 * a line would cost more than the answer. */
static void
take_quickly(struct batch *b)
{
	struct reader *r = &b->in;
	const char *p = r->buf + r->start, *end = r->buf + r->end;
	unsigned long n = 0;

	while (end - p >= 4 && !r->skipping) {
		size_t eol = p[3] == '\n' ? 4 : (p[3] == '\r' && end - p >= 5 && p[4] == '\n') ? 5 : 0;
		long row = eol > 0 ? known_row(b, three_digits(p, 3)) : -1;
		if (row < 0 || (!b->o->count && b->c.length[row] == 0))
			break;
		if (b->o->count)
			b->tally.row[row]++;
		else
			sink_put_padded(&b->out, b->c.arena + b->c.offset[row], b->c.length[row]);
		p += eol;
		n++;
	}
	r->start = (size_t)(p - r->buf);
	b->lines += n;
}

/* The end of a run: a failure to write is a write error, and a failure to
 * read a usage error, as a file that cannot be opened is. */
static int
finish(struct batch *b)
{
	if (b->c.mem != NULL)
		fclose(b->c.mem);
	if (!sink_flush(&b->out)) {
		say("write error");
		return EXIT_USAGE;
	}
	if (b->in.failed) {
		say_errno("standard input");
		return EXIT_USAGE;
	}
	if (b->o->count) {
		b->tally.lines = b->lines;
		return count_print(b->o, &b->tally);
	}
	if (b->unknown > 0)
		say("%lu of %lu lines had no known status code", b->unknown, b->lines);
	return b->unknown > 0 ? EXIT_MISSING : EXIT_FOUND;
}

int
command_batch(struct output *o, int fd)
{
	static struct batch b;
	bool too_long;
	size_t len;

	b.o = o;
	b.flush = !o->count && isatty(fileno(o->f));
	b.lines = b.unknown = 0;
	log_init(&b.st);
	reader_init(&b.in, fd);
	fflush(o->f);
	sink_init(&b.out, fileno(o->f));
	memset(&b.tally, 0, sizeof b.tally);
	memset(&b.c, 0, offsetof(struct cache, buf));
	json_init(&o->json, o->f, false);
	for (;;) {
		if (!b.flush)
			take_quickly(&b);
		char *line = b.out.error == 0 ? reader_next(&b.in, &len, &too_long) : NULL;
		if (line == NULL)
			break;
		b.lines++;
		take(&b, line, len, too_long);
		if (b.flush)
			sink_flush(&b.out);
	}
	return finish(&b);
}
