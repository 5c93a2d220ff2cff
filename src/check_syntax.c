/* The grammar of field values, as RFC 9110 and RFC 9111 give it in ABNF,
 * checked by hand: a value is read once, left to right, and the first
 * thing out of place is what the finding says. */

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "check_syntax.h"

static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", NULL };
static const char *const long_days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday", NULL };
static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
	"Sep", "Oct", "Nov", "Dec", NULL };

static bool
tchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* Skips a token; returns its length. */
static size_t
token(const char **p)
{
	const char *s = *p;

	while (tchar((unsigned char)**p))
		(*p)++;
	return (size_t)(*p - s);
}

static void
ows(const char **p)
{
	*p += strspn(*p, " \t");
}

/* Skips a quoted-string, escapes and all; false when there is none. */
static bool
quoted_string(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;

	if (*s++ != '"')
		return false;
	for (; *s != '"'; s++) {
		if (*s == '\\')
			s++;
		if (*s == '\0' || (*s < 0x20 && *s != '\t') || *s == 0x7f)
			return false;
	}
	*p = (const char *)s + 1;
	return true;
}

/* The index in set of the word p starts with, of len bytes, or -1. */
static int
word_in(const char *p, const char *const *set, size_t len)
{
	for (int i = 0; set[i] != NULL; i++)
		if (strlen(set[i]) == len && strncmp(p, set[i], len) == 0)
			return i;
	return -1;
}

/* n digits at p, into *v. */
static bool
digits(const char *p, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return false;
		*v = *v * 10 + p[i] - '0';
	}
	return true;
}

/* "08:49:37": a leap second's 60 is allowed. */
static bool
time_of_day(const char *p)
{
	int h, m, s;

	return digits(p, 2, &h) && p[2] == ':' && digits(p + 3, 2, &m) && p[5] == ':' &&
	    digits(p + 6, 2, &s) && h <= 23 && m <= 59 && s <= 60;
}

/* "06 Nov 1994" or, with sep '-' and a two-digit year, "06-Nov-94". */
static bool
day_month_year(const char *p, char sep, int year_digits)
{
	int d, y;

	return digits(p, 2, &d) && d >= 1 && d <= 31 && p[2] == sep &&
	    word_in(p + 3, months, 3) >= 0 && p[6] == sep && digits(p + 7, year_digits, &y);
}

enum date_form
syntax_http_date(const char *s)
{
	size_t n = strlen(s), comma = strcspn(s, ",");
	int d;

	/* Sun, 06 Nov 1994 08:49:37 GMT */
	if (n == 29 && word_in(s, days, 3) >= 0 && strncmp(s + 3, ", ", 2) == 0 &&
	    day_month_year(s + 5, ' ', 4) && s[16] == ' ' && time_of_day(s + 17) &&
	    strcmp(s + 25, " GMT") == 0)
		return DATE_IMF;
	/* Sunday, 06-Nov-94 08:49:37 GMT */
	if (s[comma] == ',' && word_in(s, long_days, comma) >= 0 && n == comma + 24 &&
	    s[comma + 1] == ' ' && day_month_year(s + comma + 2, '-', 2) &&
	    s[comma + 11] == ' ' && time_of_day(s + comma + 12) && strcmp(s + comma + 20, " GMT") == 0)
		return DATE_RFC850;
	/* Sun Nov  6 08:49:37 1994 */
	if (n == 24 && word_in(s, days, 3) >= 0 && s[3] == ' ' && word_in(s + 4, months, 3) >= 0 &&
	    s[7] == ' ' && (digits(s + 8, 2, &d) || (s[8] == ' ' && digits(s + 9, 1, &d))) &&
	    d >= 1 && d <= 31 && s[10] == ' ' && time_of_day(s + 11) && s[19] == ' ' &&
	    digits(s + 20, 4, &d))
		return DATE_ASCTIME;
	return DATE_BAD;
}

const char *
syntax_http_date_value(const char *s)
{
	switch (syntax_http_date(s)) {
	case DATE_IMF:
		return NULL;
	case DATE_RFC850:
	case DATE_ASCTIME:
		return "is an obsolete date form: recipients accept it, but a sender MUST write "
		    "IMF-fixdate (Sun, 06 Nov 1994 08:49:37 GMT)";
	case DATE_BAD:
		break;
	}
	return "is not an HTTP-date such as Sun, 06 Nov 1994 08:49:37 GMT";
}

const char *
syntax_retry_after(const char *s)
{
	if (*s != '\0' && s[strspn(s, "0123456789")] == '\0')
		return NULL;
	if (syntax_http_date(s) == DATE_BAD)
		return "is neither a number of seconds nor an HTTP-date";
	return syntax_http_date_value(s);
}

/* A decimal number at *p, past which *p moves; false when there is none or
 * it is 2^64 or more. */
static bool
number(const char **p, uint64_t *v)
{
	const char *s = *p;

	*v = 0;
	for (; **p >= '0' && **p <= '9'; (*p)++) {
		unsigned d = (unsigned)(**p - '0');
		if (*v > (UINT64_MAX - d) / 10)
			return false;
		*v = *v * 10 + d;
	}
	return *p > s;
}

/* After the unit: first-last, a slash and the length or an asterisk; or
 * an asterisk, a slash and the length. */
static const char *
range_resp(const char *p, struct content_range *cr)
{
	if (strncmp(p, "*/", 2) == 0) {
		p += 2;
		cr->unsatisfied = true;
		if (!number(&p, &cr->length) || *p != '\0')
			return "gives an unsatisfied range no length: it is bytes */LENGTH";
		return NULL;
	}
	if (!number(&p, &cr->first) || *p++ != '-' || !number(&p, &cr->last))
		return "does not name its range as FIRST-LAST";
	if (*p++ != '/')
		return "has no '/' before the length";
	if (strcmp(p, "*") == 0)
		cr->length = UINT64_MAX;
	else if (!number(&p, &cr->length) || *p != '\0')
		return "has no length, or '*', after the '/'";
	if (cr->last < cr->first)
		return "ends before it starts";
	if (cr->length != UINT64_MAX && cr->length <= cr->last)
		return "ends at or past the length it gives";
	return NULL;
}

const char *
syntax_content_range(const char *s, struct content_range *cr)
{
	const char *p = s;

	memset(cr, 0, sizeof *cr);
	if (token(&p) == 0 || (*s >= '0' && *s <= '9'))
		return "has no unit: it starts bytes";
	if (*p++ != ' ')
		return "needs one space after its unit";
	return range_resp(p, cr);
}

/* RFC 3986: the bytes a URI holds as they are; others are percent-encoded. */
static bool
uri_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("-._~:/?#[]@!$&'()*+,;=", c) != NULL);
}

static bool
hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

const char *
syntax_uri_reference(const char *s)
{
	const char *hash = strchr(s, '#');

	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '%' && !(hex(p[1]) && hex(p[2])))
			return "has a '%' without two hex digits after it";
		if (*p == ' ' || *p == '\t')
			return "holds a space, which a URI percent-encodes";
		if (*p != '%' && !uri_char((unsigned char)*p))
			return "holds a byte a URI percent-encodes";
	}
	if (hash != NULL && strchr(hash + 1, '#') != NULL)
		return "has two '#'";
	return NULL;
}

const char *
syntax_entity_tag(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (strncmp(s, "W/", 2) == 0)
		p += 2;
	if (*p++ != '"')
		return "is not a quoted entity-tag such as \"v1\" or W/\"v1\"";
	for (; *p != '"'; p++)
		if (*p <= 0x20 || *p == 0x7f)
			return "is not a quoted entity-tag such as \"v1\" or W/\"v1\"";
	if (p[1] != '\0')
		return "has bytes after its closing quote";
	return NULL;
}

/* An auth-scheme, then its parameters or token68: tokens, quoted strings,
 * '=', ',', '/' and blanks, in any order the list grammar allows. */
const char *
syntax_challenges(const char *s)
{
	const char *p = s;

	if (*s == '\0')
		return "is empty: a challenge names its scheme, such as Basic realm=\"api\"";
	if (token(&p) == 0 || (*p != '\0' && *p != ' ' && *p != ','))
		return "does not start with an auth-scheme, such as Basic";
	while (*p != '\0') {
		if (token(&p) > 0 || (*p != '\0' && strchr(" \t,=/", *p) != NULL && p++))
			continue;
		if (!quoted_string(&p))
			return "holds a byte no challenge does, or an unclosed quote";
	}
	return NULL;
}

const char *
syntax_tokens(const char *s)
{
	const char *p = s;

	for (;;) {
		ows(&p);
		token(&p);
		ows(&p);
		if (*p == '\0')
			return NULL;
		if (*p++ != ',')
			return "is not a comma-separated list of tokens";
	}
}

/* The directives whose argument RFC 9111 makes delta-seconds, which a
 * sender MUST NOT quote. */
static bool
takes_seconds(const char *name, size_t len)
{
	return (len == 7 && strncasecmp(name, "max-age", 7) == 0) ||
	    (len == 8 && strncasecmp(name, "s-maxage", 8) == 0);
}

static const char *
directive(const char **p)
{
	const char *name = *p;
	size_t len = token(p);
	uint64_t v;

	if (len == 0)
		return "has a directive that is no token";
	if (**p != '=')
		return takes_seconds(name, len) ? "gives max-age or s-maxage no seconds" : NULL;
	(*p)++;
	if (takes_seconds(name, len) && **p == '"')
		return "quotes the seconds of max-age or s-maxage, which a sender MUST NOT";
	if (takes_seconds(name, len))
		return number(p, &v) ? NULL : "gives max-age or s-maxage a value that is no "
		    "number of seconds";
	if (token(p) > 0 || quoted_string(p))
		return NULL;
	return "has a directive whose argument is neither a token nor a quoted string";
}

const char *
syntax_cache_control(const char *s)
{
	const char *p = s;

	for (;;) {
		const char *why;
		ows(&p);
		if (*p != ',' && *p != '\0' && (why = directive(&p)) != NULL)
			return why;
		ows(&p);
		if (*p == '\0')
			return NULL;
		if (*p++ != ',')
			return "is not a comma-separated list of directives";
	}
}

const char *
syntax_media_type(const char *s)
{
	const char *p = s;

	if (token(&p) == 0 || *p++ != '/' || token(&p) == 0)
		return "is not a media type, TYPE/SUBTYPE";
	for (;;) {
		ows(&p);
		if (*p == '\0')
			return NULL;
		if (*p++ != ';')
			return "has something other than parameters after its type";
		ows(&p);
		if (*p == ';' || *p == '\0')
			continue;
		if (token(&p) == 0 || *p++ != '=' || (token(&p) == 0 && !quoted_string(&p)))
			return "has a parameter that is not NAME=VALUE";
	}
}

bool
syntax_huge_number(const char *digits)
{
	const char *p = digits + strspn(digits, "0");
	size_t n = strlen(p);

	return n > 20 || (n == 20 && strcmp(p, "18446744073709551616") >= 0);
}
