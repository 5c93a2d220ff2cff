/* Times in log lines, as the hour or day they fall in, in the log's own
 * time zone: nothing is converted, since the question is when the log's
 * own clock saw the requests.  Each reader checks its bytes' length before
 * it reads them. */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "logtime.h"

static bool
number(const char *p, int n, int *out)
{
	*out = 0;
	for (int i = 0; i < n; i++) {
		if (!is_digit(p[i]))
			return false;
		*out = *out * 10 + (p[i] - '0');
	}
	return true;
}

bool
time_valid(const struct civil *c)
{
	static const unsigned char days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = c->year % 4 == 0 && (c->year % 100 != 0 || c->year % 400 == 0);

	return c->month >= 1 && c->month <= 12 && c->day >= 1 && c->day <= days[c->month - 1] &&
	    (c->month != 2 || leap || c->day <= 28) && c->hour >= 0 && c->hour <= 23;
}

/* 10/Oct/2000:13:55:36 as Apache, nginx and HAProxy write it, or python's
 * 07/Dec/2026 17:45:18. */
bool
time_clf(struct cursor t, struct civil *c)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	const char *p = t.p;

	if (t.end - p < 15 || p[2] != '/' || p[6] != '/' || (p[11] != ':' && p[11] != ' ') ||
	    p[14] != ':')
		return false;
	c->month = 0;
	for (int m = 0; m < 12; m++)
		if (memcmp(p + 3, months + 3 * (size_t)m, 3) == 0)
			c->month = m + 1;
	return number(p, 2, &c->day) && number(p + 7, 4, &c->year) &&
	    number(p + 12, 2, &c->hour) && time_valid(c);
}

/* 2026-12-07, a date as ISO 8601 and IIS write it. */
bool
time_iso_date(struct cursor t, struct civil *c)
{
	return t.end - t.p >= 10 && t.p[4] == '-' && t.p[7] == '-' && number(t.p, 4, &c->year) &&
	    number(t.p + 5, 2, &c->month) && number(t.p + 8, 2, &c->day);
}

/* 17:45:18, or the hour of any time written so. */
bool
time_hour(struct cursor t, struct civil *c)
{
	return t.end - t.p >= 3 && t.p[2] == ':' && number(t.p, 2, &c->hour);
}

/* 2026-12-07T17:45:18.123456Z: the load balancers' and most JSON. */
bool
time_iso(struct cursor t, struct civil *c)
{
	return time_iso_date(t, c) && t.end - t.p > 10 && (t.p[10] == 'T' || t.p[10] == ' ') &&
	    time_hour((struct cursor){ t.p + 11, t.end }, c) && time_valid(c);
}

/* The date of day z counted from 1970-01-01, by Howard Hinnant's
 * civil_from_days: counted from 0000-03-01, so that a leap day ends its
 * year, in eras of 400 years of 146097 days each.  z is not negative. */
static void
civil_from_days(long long z, struct civil *c)
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	c->day = (int)(doy - (153 * mp + 2) / 5 + 1);
	c->month = (int)(mp < 10 ? mp + 3 : mp - 9);
	c->year = (int)(era * 400 + yoe + (c->month <= 2));
}

/* A JSON number of seconds since 1970 in UTC, 1733593518.52 as Caddy's ts;
 * of milliseconds when it has more than 11 digits before its point, as
 * JavaScript's loggers write (11 digits of seconds reach the year 5138). */
bool
time_epoch(const char *p, const char *end, struct civil *c)
{
	long long t = 0;
	int n = 0;

	for (; p < end && is_digit(*p) && n <= 13; p++, n++)
		t = t * 10 + (*p - '0');
	if (n == 0 || n > 13)
		return false;
	if (p < end && *p == '.')
		for (p++; p < end && is_digit(*p); p++)
			;
	if (p < end && (*p == 'e' || *p == 'E'))
		return false;
	if (n > 11)
		t /= 1000;
	civil_from_days(t / 86400, c);
	c->hour = (int)(t % 86400 / 3600);
	return true;
}

static void
put_digits(char *p, int n, int value)
{
	for (p += n; n-- > 0; value /= 10)
		*--p = (char)('0' + value % 10);
}

long
time_text(const struct civil *c, bool hour, char *buf, size_t size)
{
	char out[] = "0000-00-00 00:00";
	size_t len = hour ? 16 : 10;

	put_digits(out, 4, c->year);
	put_digits(out + 5, 2, c->month);
	put_digits(out + 8, 2, c->day);
	put_digits(out + 11, 2, c->hour);
	if (size > 0) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(buf, out, n);
		buf[n] = '\0';
	}
	return (long)len;
}

