/* Batch mode: one output line per input line, in constant memory. */

#include <fcntl.h>
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

/* A line without an answer: an error, or a line that is no request,
 * skipped (error NULL). */
static void
json_error(struct json *j, const char *input, const char *error)
{
	json_begin_object(j);
	json_key(j, "input");
	if (input != NULL)
		json_string(j, input);
	else
		json_null(j);
	json_key(j, error != NULL ? "error" : "skipped");
	if (error != NULL)
		json_string(j, error);
	else
		json_bool(j, true);
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

/* One line's answer: what its status stands for or, in JSON, an error
 * (f NULL). */
struct reply {
	const struct found *f;
	const char *input, *error; /* error: NULL for a line skipped */
};

static void
draw(struct output *o, const struct reply *r)
{
	if (r->f == NULL)
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
	bool failed; /* a file could not be read */
	bool quick;  /* lines of three digits may skip finding their status */
	unsigned long lines, unknown;
	struct reader in;
	struct sink out;
	struct tally tally;
	struct cache c;
	char key[TOPK_VALUE + 1]; /* a line's value for --by */
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
	return code >= 0 && b->quick && b->st.iis_status < 0 ? (long)b->c.by_code[code] - 1 : -1;
}

/* The meaning of a code that a log in the format the line was read as
 * holds: the first of its records by a vendor whose products stanza says
 * it writes such logs (nginx's 499 in a combined log), in stanza order,
 * else the first.  The table holds each string once, so equal vendors
 * have equal refs. */
static size_t
meant(const struct log_state *st, struct span sp)
{
	for (const struct product *p = table_products; p->stems != 0 && sp.len > 1; p++)
		for (size_t i = 0; (p->logs & 1u << st->read) && i < sp.len; i++)
			if (sp.first[i].vendor == p->owner)
				return i;
	return 0;
}

/* What a line's status stands for: an IIS sub-status where the log gives
 * one that the table holds, else the status; nothing for a line too long.
 * A NUL byte is one more byte of the line: a path may hold one, and its
 * line's status still counts.  A line of three digits (digits, else -1)
 * is remembered in by_code, unless a --format reads it otherwise. */
static struct found
line_record(struct batch *b, const char *line, size_t len, bool too_long, int digits)
{
	int sub;
	struct found f = { table_code(-1), 0, -1 };

	if (too_long)
		return f;
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
line_status(struct batch *b, const char *line, size_t len, bool too_long)
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

/* Counts a line: in its code's row, and by --by's key, unless --code
 * leaves it out. */
static void
tally(struct batch *b, const struct found *f, const char *line, size_t len)
{
	const struct output *o = b->o;
	const struct status *s = f->sp.len > 0 ? f->sp.first + f->which : NULL;

	if (f->code >= 0 && !codeset_has(&o->codes, s, f->code)) {
		b->tally.left_out++;
		return;
	}
	count_add(&b->tally, s, f->code);
	if (o->by >= 0 && f->code >= 0)
		count_value(&b->tally, count_group(o, s, f->code), b->key,
		    log_key(&b->st, (enum log_key)o->by, line, len, b->key, sizeof b->key));
}

/* A line without an answer: an empty line keeps the output in step with
 * the input, and JSON says why. */
static void
unanswered(struct batch *b, const struct found *f, const char *line, bool too_long)
{
	struct reply r = { NULL, too_long ? NULL : line, too_long ? "line too long" :
	    f->code == LOG_SKIP ? NULL : f->code < 0 ? "not a status code" :
	    "unknown status code" };

	if (b->o->mode == MODE_JSON)
		emit(b, &r);
	else
		sink_put(&b->out, "\n", 1);
}

/* Writes the answer for one line, or counts it.  The line loses its
 * trailing CR and blanks, in place, so that JSON echoes it without them. */
static void
take(struct batch *b, char *line, size_t len, bool too_long)
{
	while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
		line[--len] = '\0';
	struct found f = line_status(b, line, len, too_long);
	bool skip = f.code == LOG_SKIP && !too_long;

	if (skip)
		b->tally.skipped++;
	else if (b->o->count)
		tally(b, &f, line, len);
	else if (f.sp.len > 0)
		answer_code(b, &f);
	b->unknown += f.sp.len == 0 && !skip;
	if (!b->o->count && f.sp.len == 0)
		unanswered(b, &f, line, too_long);
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

	while (end - p >= 4 && !r->skipping && b->quick) {
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

/* The end of a run: a failure to write is a write error; a file that
 * could not be read has been named, and makes the status 2 whatever the
 * rest held. */
static int
finish(struct batch *b)
{
	int status;

	if (b->c.mem != NULL)
		fclose(b->c.mem);
	if (!sink_flush(&b->out)) {
		say_write_error(b->out.error);
		return EXIT_USAGE;
	}
	if (b->o->count) {
		b->tally.lines = b->lines;
		status = count_print(b->o, &b->tally);
	} else {
		if (b->unknown > 0)
			say("%lu of %lu lines had no known status code", b->unknown, b->lines);
		status = b->unknown > 0 ? EXIT_MISSING : EXIT_FOUND;
	}
	return b->failed ? EXIT_USAGE : status;
}

/* Reads the lines of fd, named name in a message, in a stream of its own:
 * an IIS log's columns do not carry over to the next file. */
static void
read_fd(struct batch *b, int fd, const char *name)
{
	bool too_long;
	size_t len;

	log_init(&b->st);
	reader_init(&b->in, fd);
	for (;;) {
		if (!b->flush)
			take_quickly(b);
		char *line = b->out.error == 0 ? reader_next(&b->in, &len, &too_long) : NULL;
		if (line == NULL)
			break;
		b->lines++;
		take(b, line, len, too_long);
		if (b->flush)
			sink_flush(&b->out);
	}
	if (b->in.failed) {
		sink_flush(&b->out);
		say("%s: %s", name, strerror(b->in.error));
		b->failed = true;
	}
}

/* A file operand, as cat reads it: - is standard input. */
static void
read_file(struct batch *b, const char *name)
{
	int fd;

	if (strcmp(name, "-") == 0) {
		read_fd(b, STDIN_FILENO, "standard input");
	} else if ((fd = open(name, O_RDONLY)) < 0) {
		sink_flush(&b->out);
		say_errno("%s", name);
		b->failed = true;
	} else {
		read_fd(b, fd, name);
		close(fd);
	}
}

/* Sets b up for a run; false when --by's table cannot be had. */
static bool
start(struct batch *b, struct output *o)
{
	b->o = o;
	b->flush = !o->count && isatty(fileno(o->f));
	b->failed = false;
	b->quick = o->by < 0 && !o->codes.any;
	b->lines = b->unknown = 0;
	fflush(o->f);
	sink_init(&b->out, fileno(o->f));
	memset(&b->tally, 0, sizeof b->tally);
	memset(&b->c, 0, offsetof(struct cache, buf));
	json_init(&o->json, o->f, false);
	if (o->by >= 0 && (b->tally.by = topk_new()) == NULL) {
		say_errno("--by");
		return false;
	}
	return true;
}

int
command_batch(struct output *o, char **files, int n)
{
	static struct batch b;
	int status;

	if (!start(&b, o))
		return EXIT_USAGE;
	if (n == 0)
		read_fd(&b, STDIN_FILENO, "standard input");
	for (int i = 0; i < n; i++)
		read_file(&b, files[i]);
	status = finish(&b);
	topk_free(b.tally.by);
	return status;
}
