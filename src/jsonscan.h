/* Reading JSON, as far as httpstatus check needs: whether some bytes are
 * one JSON object, and the types of some of its members. */
#ifndef JSONSCAN_H
#define JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>

enum json_type { JT_ABSENT, JT_OBJECT, JT_ARRAY, JT_STRING, JT_NUMBER, JT_BOOL, JT_NULL };

/* A member of the object, by name, and what was found under it. */
struct json_member {
	const char *name;
	enum json_type type;
	bool integer;  /* a number without fraction or exponent */
	long number;   /* its value, when an integer of up to 9 digits */
};

/* Whether p[0..n) is one JSON object (RFC 8259), with blanks around it;
 * fills in the members asked for (the first of a name counts). */
bool json_scan_object(const char *p, size_t n, struct json_member *members, size_t count);

#endif
