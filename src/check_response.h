/* Reading HTTP responses as curl -si, -sI and -siL print them, and as
 * saved to a file: each a status line, header fields and, when one was
 * shown, a body, which is counted as it streams rather than kept.  Or
 * what curl -sv URL 2>&1 prints: the "< " lines are the responses, the
 * "> " lines the requests, and the rest (curl's "* " lines, the body it
 * interleaves with them) is left out.  All of it in fixed memory: the
 * limits below are the documented ones. */
#ifndef CHECK_RESPONSE_H
#define CHECK_RESPONSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RESPONSE_MAX 64         /* responses in one input: curl follows 50 redirects */
#define FIELD_MAX 1024          /* header fields, all responses together */
#define HEADER_BYTES (1 << 20)  /* header sections, all responses together */
#define LINE_BYTES 65536        /* one status or field line */
#define BODY_KEEP 65536         /* of a problem+json body, the bytes read */

/* What was odd about a response's bytes, as a set of bits. */
enum quirk {
	QUIRK_BARE_LF = 1 << 0,     /* a line ended in LF without CR */
	QUIRK_OBS_FOLD = 1 << 1,    /* a field line continued on the next */
	QUIRK_NUL = 1 << 2,         /* a NUL byte in the header section */
	QUIRK_NON_ASCII = 1 << 3,   /* a byte above 127 in a field */
	QUIRK_UNENDED = 1 << 4,     /* the input ended inside the header section */
	QUIRK_BAD_FIELD = 1 << 5,   /* a field line without a colon, or a bad name */
	QUIRK_BAD_STATUS = 1 << 6,  /* a status line whose code is not three digits */
	QUIRK_COUNT = 7
};

/* A header field as received: its name and value, trimmed of blanks, in
 * responses.text. */
struct header_field {
	uint32_t name, value;
	uint32_t name_len, value_len;
};

struct response {
	unsigned line;       /* of its status line, from 1 */
	int status;          /* the code; -1 for QUIRK_BAD_STATUS */
	uint32_t version, code, reason; /* offsets in text of "HTTP/1.1", "200", "OK" */
	size_t first_field, fields;
	unsigned quirks;     /* enum quirk */
	unsigned quirk_line[QUIRK_COUNT]; /* where each was first seen, by bit */
	bool body_shown;     /* bytes followed the header section */
	uint64_t body_len;
	uint32_t body;       /* offset in text of the body's first bytes, when kept */
	size_t body_kept;    /* how many were kept: only of problem+json */
};

/* A request as curl -v shows it ("> " lines): its method and fields, and
 * how many status lines came before it, so that the responses after it
 * are its own. */
struct request {
	unsigned before;
	uint32_t method;     /* offset in text of "GET" */
	size_t first_field, fields;
};

struct responses {
	size_t n, nfields, used, nrequests;
	struct response r[RESPONSE_MAX];
	struct request q[RESPONSE_MAX];
	struct header_field f[FIELD_MAX];
	char text[HEADER_BYTES + BODY_KEEP];
};

/* Reads every response on fd into rs.  Returns NULL, or why the input is
 * not one or more HTTP responses or could not be read, for a one-line
 * message. */
const char *responses_read(struct responses *rs, int fd);

/* The value of the first field of r named name (any case), or NULL. */
const struct header_field *response_field(const struct responses *rs, const struct response *r,
    const char *name);

/* How many fields of r are named name. */
size_t response_count(const struct responses *rs, const struct response *r, const char *name);

/* The request r answers, when curl -v showed it, else NULL. */
const struct request *response_request(const struct responses *rs, const struct response *r);

/* The value of the request's first field named name (any case), or NULL. */
const char *request_value(const struct responses *rs, const struct request *q, const char *name);

#endif
