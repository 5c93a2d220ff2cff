/* Finding the status in a line of a log, as the servers and load
 * balancers write them: one parser per family of formats, and a cheap
 * guess per line at which family a line is (man page, LOG FORMATS). */
#ifndef LOGLINE_H
#define LOGLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "table.h" /* enum log_format, from enums.def */

/* The IIS columns that log_key reads, besides the status. */
enum iis_column {
	IIS_DATE, IIS_TIME, IIS_METHOD, IIS_STEM, IIS_QUERY, IIS_CLIENT, IIS_HOST, IIS_AGENT,
	IIS_REFERRER, IIS_COLUMNS
};

/* What one stream has said about itself: the columns of IIS's #Fields;
 * and the format its last line was read as. */
struct log_state {
	int iis_status, iis_substatus; /* 0-based columns; -1 unknown */
	int iis_column[IIS_COLUMNS];   /* by enum iis_column; -1 unknown */
	enum log_format read;
};

/* The format that name stands for (common, vhost_combined and traefik
 * are combined's), or -1. */
int log_format_named(const char *name);

/* Name i of those --format takes, NULL past the last. */
const char *log_format_name(size_t i);

void log_init(struct log_state *st);

/* What log_status gives for a line that is no request: a blank line, a
 * directive (#Fields: ...), or a server's message about its own work
 * (python's http.server: "code 404, message File not found"). */
#define LOG_SKIP (-2)

/* The status in line (len bytes, no newline), in the format asked for or,
 * with LOG_AUTO, the one the line looks like; -1 when it holds none,
 * LOG_SKIP when it is no request.  The IIS sub-status goes to *sub, -1
 * when the line has none. */
int log_status(struct log_state *st, enum log_format want, const char *line, size_t len,
    int *sub);

/* What --by breaks a tally down by. */
enum log_key {
	KEY_PATH, KEY_URL, KEY_CLIENT, KEY_HOST, KEY_METHOD, KEY_AGENT, KEY_REFERRER, KEY_HOUR,
	KEY_DAY
};

/* The key that name stands for, or -1. */
int log_key_named(const char *name);

/* Name i of those --by takes, NULL past the last. */
const char *log_key_name(size_t i);

/* The value of key in the line that log_status last read (the same bytes),
 * as the format it was read as, written to buf (at most size - 1 bytes,
 * then a NUL); returns its whole length, as snprintf does, so that a value
 * cut short is known; -1 when the line or its format carries no such
 * value (logkey.c). */
long log_key(const struct log_state *st, enum log_key key, const char *line, size_t len,
    char *buf, size_t size);

#endif
