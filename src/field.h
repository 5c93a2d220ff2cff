/* The fields of an entry: one list for JSON keys, -f names and their values. */
#ifndef FIELD_H
#define FIELD_H

#include <stdbool.h>
#include <stdio.h>

#include "table.h"

/* In JSON key order; other_meanings, which nests entries, is not a field. */
#define FIELDS(X) \
	X(id) X(code) X(kind) X(substatus) X(http_status) X(observed_status) \
	X(observed_source) X(name) X(aliases) X(class) \
	X(category) X(status) X(official) X(vendor) X(module) X(description) X(rfc) \
	X(spec_url) X(popularity) X(recommended) X(deprecated) X(use_case) X(notes) \
	X(related) X(example) X(headers) X(messages) X(cacheable) X(has_content) X(retry) \
	X(sender) X(browsers) X(crawlers) X(caches) X(clients) X(grpc) X(constants)

#define AS_FIELD_ENUM(name) FIELD_##name,
enum field { FIELDS(AS_FIELD_ENUM) FIELD_COUNT };
#undef AS_FIELD_ENUM

/* FT_NAMED: one string or NULL per library, keyed by table_libraries.
 * FT_REQUIRES: the header fields the spec asks for with the code.
 * FT_MESSAGES: what programs write in their logs and pages with it.
 * FT_SENDER: who sends it, the usual sender first, and a note.
 * FT_DOINGS: what one kind of software does with it. */
enum field_type {
	FT_NUMBER, FT_STRING, FT_BOOL, FT_STRINGS, FT_NUMBERS, FT_NAMED, FT_REQUIRES, FT_MESSAGES,
	FT_SENDER, FT_DOINGS
};

/* One field's value; a FT_STRING with string NULL is JSON null. */
struct field_value {
	enum field_type type;
	long number;                     /* FT_NUMBER: -1 is JSON null */
	bool boolean;
	const char *string;
	bool plain;                      /* FT_STRING: nothing in it to escape for JSON */
	const text_ref *strings;         /* ending with 0 */
	const unsigned short *numbers;   /* 0-terminated */
	const text_ref *named;           /* LIB_COUNT entries, 0 for none */
	const struct requirement *requires; /* ends with field 0 */
	const struct message *messages, *messages_end;
	const unsigned short *doings;    /* FT_DOINGS: table_doings(), of kind soft_kind */
	int soft_kind;                   /* enum software_kind */
	const struct status *status;     /* FT_SENDER: table_sender_at() of it */
};

/* Room for the values that are built rather than stored. */
struct field_scratch {
	char id[16];
	char class[4];
	char rfc[16];
};

#define FIELDS_MAX 32 /* fields one -f list may ask for, repeats included */

/* The fields -f asks for, in the order asked. */
struct fields {
	enum field list[FIELDS_MAX];
	size_t n;
};

extern const char *const field_names[FIELD_COUNT];

int field_lookup(const char *name);
const char *field_parse(const char *names, struct fields *fs, char *bad, size_t size);
void field_get(const struct status *s, enum field f, struct field_value *v,
    struct field_scratch *scratch);
void field_print(FILE *out, const struct status *s, const struct fields *fs);

#endif
