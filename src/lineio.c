/* Input and output in bulk, for batch mode and check.  stdio costs a lock
 * and a call chain for every line; one read(2) and one write(2) per 64 KiB
 * do not. */

#include <errno.h>
#include <unistd.h>

#include "lineio.h"

void
reader_init(struct reader *r, int fd)
{
	r->fd = fd;
	r->error = 0;
	r->start = r->end = 0;
	r->eof = r->failed = r->skipping = false;
}

ssize_t
lineio_refill(int fd, char *buf, size_t size, size_t *start, size_t *end)
{
	ssize_t got;

	if (*start > 0) {
		memmove(buf, buf + *start, *end - *start);
		*end -= *start;
		*start = 0;
	}
	do
		got = read(fd, buf + *end, size - *end);
	while (got < 0 && errno == EINTR);
	if (got > 0)
		*end += (size_t)got;
	return got;
}

/* Refills the buffer, LINEIO_BUFFER at most at a time: a read of the
 * whole megabyte would push out of the caches what the lines are counted
 * in (--count --code 404 --by path ran 8% slower so).  A line that
 * outgrows the buffer is dropped and reported as too long once its end
 * arrives, so memory stays constant. */
static void
fill(struct reader *r)
{
	size_t unread = r->end - r->start, size;
	ssize_t got;

	if (unread == sizeof r->buf) {
		r->skipping = true;
		r->start = r->end = unread = 0;
	}
	size = unread + LINEIO_BUFFER < sizeof r->buf ? unread + LINEIO_BUFFER : sizeof r->buf;
	got = lineio_refill(r->fd, r->buf, size, &r->start, &r->end);
	if (got <= 0) {
		r->eof = true;
		r->failed = got < 0;
		r->error = got < 0 ? errno : 0;
	}
}

char *
reader_next(struct reader *r, size_t *len, bool *too_long)
{
	for (;;) {
		char *line = r->buf + r->start;
		char *nl = memchr(line, '\n', r->end - r->start);
		if (nl != NULL || (r->eof && r->start < r->end)) {
			char *stop = nl != NULL ? nl : r->buf + r->end;
			*len = (size_t)(stop - line);
			*too_long = r->skipping;
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

void
sink_init(struct sink *s, int fd)
{
	s->fd = fd;
	s->error = 0;
	s->used = 0;
}

static void
write_all(struct sink *s, const char *p, size_t n)
{
	while (n > 0 && s->error == 0) {
		ssize_t done = write(s->fd, p, n);
		if (done < 0 && errno != EINTR)
			s->error = errno;
		else if (done > 0) {
			p += done;
			n -= (size_t)done;
		}
	}
}

bool
sink_flush(struct sink *s)
{
	write_all(s, s->buf, s->used);
	s->used = 0;
	return s->error == 0;
}

void
sink_write(struct sink *s, const char *p, size_t n)
{
	sink_flush(s);
	if (n < sizeof s->buf) {
		memcpy(s->buf, p, n);
		s->used = n;
	} else {
		write_all(s, p, n);
	}
}
