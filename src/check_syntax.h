/* The grammar of the field values httpstatus check reads (RFC 9110 and
 * 9111): each function takes a value as received, trimmed, and returns
 * NULL when it is well formed, or what is wrong with it, as words that
 * follow the quoted value in a finding ("has no unit"). */
#ifndef CHECK_SYNTAX_H
#define CHECK_SYNTAX_H

#include <stdbool.h>
#include <stdint.h>

/* The forms of an HTTP-date (RFC 9110 5.6.7): a sender writes the first;
 * a recipient accepts all three. */
enum date_form { DATE_BAD, DATE_IMF, DATE_RFC850, DATE_ASCTIME };

enum date_form syntax_http_date(const char *s);

/* A Content-Range value taken apart: a range of bytes, or for a 416 none
 * (an asterisk for the range); the length is UINT64_MAX when the value
 * gives an asterisk for it too. */
struct content_range {
	bool unsatisfied;
	uint64_t first, last, length;
};

const char *syntax_content_range(const char *s, struct content_range *cr);
const char *syntax_http_date_value(const char *s);
const char *syntax_retry_after(const char *s);
const char *syntax_uri_reference(const char *s);
const char *syntax_entity_tag(const char *s);
const char *syntax_challenges(const char *s);
const char *syntax_tokens(const char *s);
const char *syntax_cache_control(const char *s);
const char *syntax_media_type(const char *s);

/* Whether a string of digits is 2^64 or more, past what 64 bits count. */
bool syntax_huge_number(const char *digits);

#endif
