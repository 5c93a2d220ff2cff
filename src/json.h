/* A small streaming JSON writer with the program's one string escaper. */
#ifndef JSON_H
#define JSON_H

#include <stdbool.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 8
/* Room for the largest entry, nested in another's other_meanings: 503's is
 * 12.6 KB with what software does with it, and json_object_cached copies
 * only an object that fit whole. */
#define JSON_BUF 32768

struct json {
	FILE *out;
	bool pretty;
	int depth;
	bool after_key;               /* the next value belongs to a key just written */
	bool started[JSON_MAX_DEPTH]; /* whether each open container has a member yet */
	size_t len;                   /* bytes waiting in buf */
	size_t written;               /* bytes written out before them */
	char buf[JSON_BUF];           /* written out when a top-level value ends */
};

void json_init(struct json *j, FILE *out, bool pretty);
void json_begin_object(struct json *j);
void json_end_object(struct json *j);
void json_begin_array(struct json *j);
void json_end_array(struct json *j);
void json_key(struct json *j, const char *key); /* key: plain ASCII, never escaped */
void json_string(struct json *j, const char *s);
void json_plain_string(struct json *j, const char *s); /* s: nothing to escape */
void json_number(struct json *j, long n);
void json_bool(struct json *j, bool b);
void json_null(struct json *j);
void json_object_cached(struct json *j, const void *key,
    void (*members)(struct json *j, const void *key));

#endif
