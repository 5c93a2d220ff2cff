/* Input and output in bulk, for batch mode and check, straight through
 * read(2) and write(2): lines in, answers out, in constant memory. */
#ifndef LINEIO_H
#define LINEIO_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <sys/types.h>

#define LINEIO_BUFFER 65536
/* The longest line read whole: a request for a path of 100,000 bytes is
 * still a request, and its status is still counted.  A longer one is
 * dropped as it comes, so memory stays constant. */
#define LINEIO_LINE (1 << 20)

struct reader {
	int fd, error; /* error: the errno of a read that failed */
	size_t start, end; /* the unread bytes are buf[start..end) */
	bool eof, failed, skipping;
	char buf[LINEIO_LINE];
};

/* Output gathered and written a buffer at a time; error is the errno of
 * the first write that failed, after which nothing more is written. */
struct sink {
	int fd, error;
	size_t used;
	char buf[LINEIO_BUFFER];
};

/* Moves the unread bytes buf[*start..*end) to the front, then reads once
 * after them into the rest of size bytes, retrying a read a signal cut
 * short; returns what read(2) gave: 0 at the end of input, -1 with errno
 * for an error. */
ssize_t lineio_refill(int fd, char *buf, size_t size, size_t *start, size_t *end);

void reader_init(struct reader *r, int fd);

/* The next line, NUL-terminated in place of its newline, or NULL at the
 * end of input; *too_long when it outgrew the buffer (its bytes are then
 * not all there). */
char *reader_next(struct reader *r, size_t *len, bool *too_long);

void sink_init(struct sink *s, int fd);

/* Writes out what the sink holds; false once a write has failed. */
bool sink_flush(struct sink *s);

void sink_write(struct sink *s, const char *p, size_t n);

/* Inline, since batch mode calls it for every line it answers. */
static inline void
sink_put(struct sink *s, const char *p, size_t n)
{
	if (n <= sizeof s->buf - s->used) {
		memcpy(s->buf + s->used, p, n);
		s->used += n;
	} else {
		sink_write(s, p, n);
	}
}

/* As sink_put, for bytes that are followed by SINK_PAD more which may be
 * read: a short answer then takes one move of fixed size, which the
 * compiler writes inline, rather than a call to memcpy. */
#define SINK_PAD 32

static inline void
sink_put_padded(struct sink *s, const char *p, size_t n)
{
	if (n <= SINK_PAD && SINK_PAD <= sizeof s->buf - s->used) {
		memcpy(s->buf + s->used, p, SINK_PAD);
		s->used += n;
	} else {
		sink_put(s, p, n);
	}
}

#endif
