/* httpstatus check: what a response gets wrong for its status code.  The
 * rules are the table's header requirements for the code, and the framing
 * and general rules of check_rules.c; each finding cites the RFC section.
 * check.c is the command, check_response.c reads the responses. */
#ifndef CHECK_H
#define CHECK_H

#include <stddef.h>
#include <stdio.h>

#include "check_response.h"

enum check_level { CHECK_ERROR, CHECK_WARNING, CHECK_NOTE };

#define FINDINGS_MAX 40 /* findings of one response; more are left out */

struct finding {
	enum check_level level;
	const char *rule;    /* its name, as the man page lists it */
	const char *field;   /* the header field concerned, or NULL */
	unsigned short rfc;
	const char *section; /* "8.6" */
	const char *hint;    /* a server's configuration line that mends it, or NULL */
	const char *hint_server;
	char message[256];
};

struct verdict {
	size_t n;
	struct finding f[FINDINGS_MAX];
};

void check_response(const struct responses *rs, const struct response *r, struct verdict *v);

const char *check_level_name(enum check_level level);

/* The link to a finding's RFC section, in buf. */
void check_spec_url(const struct finding *f, char *buf, size_t size);

/* Writes each rule with its level, RFC and section, a line each, for the
 * man page's table and the tests that hold it to the code. */
void check_list_rules(FILE *out);

#endif
