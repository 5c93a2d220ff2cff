/* --code LIST: which lines a tally keeps, by their codes (codeset.c). */
#ifndef CODESET_H
#define CODESET_H

#include <stdbool.h>
#include <stddef.h>

#include "table.h"

#define CODESET_IDS 64   /* sub-statuses and error numbers one list may name */
#define CODESET_TEXT 128 /* the lists as given, for the output */

struct codeset {
	bool any;                  /* false: no --code, every line is kept */
	bool vendor;               /* every vendor's code */
	bool code[1000];           /* a status, with every sub-status of it */
	int ids[CODESET_IDS];      /* 500.19, 1020: that record alone */
	size_t nids;
	char text[CODESET_TEXT];   /* "404,5xx", as given */
};

/* Adds the items of list, comma-separated: a code (404, 000), a
 * sub-status (500.19), an error number (1020), a class (4xx) or
 * "vendor".  Returns NULL, or what was wrong with the item it copies to
 * bad. */
const char *codeset_add(struct codeset *cs, const char *list, char *bad, size_t size);

/* Whether a line whose status stands for record s (NULL when the table
 * lacks code) is kept. */
bool codeset_has(const struct codeset *cs, const struct status *s, int code);

#endif
