/* Finding the status in a line of a log, as the servers and load
 * balancers write them: one parser per family of formats, and a cheap
 * guess per line at which family a line is (man page, LOG FORMATS). */
#ifndef LOGLINE_H
#define LOGLINE_H

#include <stdbool.h>
#include <stddef.h>

/* The families of formats; LOG_AUTO guesses per line. */
enum log_format {
	LOG_CODE, LOG_COMBINED, LOG_ALB, LOG_ELB, LOG_HAPROXY, LOG_IIS, LOG_JSON, LOG_AUTO
};

/* What one stream has said about itself: the columns of IIS's #Fields;
 * and the format its last line was read as. */
struct log_state {
	int iis_status, iis_substatus; /* 0-based columns; -1 unknown */
	enum log_format read;
};

/* The format that name stands for (common, vhost_combined and traefik
 * are combined's), or -1. */
int log_format_named(const char *name);

/* Name i of those --format takes, NULL past the last. */
const char *log_format_name(size_t i);

void log_init(struct log_state *st);

/* The vendors whose meanings of a code a log of format f holds, ahead of
 * the other meanings of the same code; NULL-terminated. */
const char *const *log_format_vendors(enum log_format f);

/* The status in line (len bytes, no newline), in the format asked for or,
 * with LOG_AUTO, the one the line looks like; -1 when it holds none.  The
 * IIS sub-status goes to *sub, -1 when the line has none. */
int log_status(struct log_state *st, enum log_format want, const char *line, size_t len,
    int *sub);

#endif
