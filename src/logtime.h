/* Times in log lines, read into their date and hour (logtime.c). */
#ifndef LOGTIME_H
#define LOGTIME_H

#include <stdbool.h>

#include "logscan.h"

struct civil {
	int year, month, day, hour;
};

/* Whether c is a date and hour that exist. */
bool time_valid(const struct civil *c);

/* 10/Oct/2000:13:55:36 (Apache, nginx, HAProxy) or python's 07/Dec/2026
 * 17:45:18, at t's start. */
bool time_clf(struct cursor t, struct civil *c);

/* 2026-12-07, as ISO 8601 and IIS write a date. */
bool time_iso_date(struct cursor t, struct civil *c);

/* The hour of 17:45:18. */
bool time_hour(struct cursor t, struct civil *c);

/* 2026-12-07T17:45:18.123456Z, or with a space for the T. */
bool time_iso(struct cursor t, struct civil *c);

/* A JSON number at p of seconds since 1970 (milliseconds past 11 digits),
 * in UTC. */
bool time_epoch(const char *p, const char *end, struct civil *c);

/* "2026-12-07 17:00" (hour) or "2026-12-07" into buf, as snprintf
 * writes; returns the whole length. */
long time_text(const struct civil *c, bool hour, char *buf, size_t size);

#endif
