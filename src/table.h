/* The compiled-in status table and the queries over it. */
#ifndef TABLE_H
#define TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "enums.def"

#define AS_ENUM(e, s) e,
enum category { CATEGORIES(AS_ENUM) };
enum state { STATES(AS_ENUM) };
enum popularity { POPULARITIES(AS_ENUM) };
enum caching { CACHING(AS_ENUM) };
enum retry { RETRIES(AS_ENUM) };
enum library { LIBRARIES(AS_ENUM) LIB_COUNT };
enum level { LEVELS(AS_ENUM) };
#undef AS_ENUM

/* A header field a spec asks for (or forbids) with a code. */
struct requirement {
	const char *field;
	const char *note;    /* a condition or detail; NULL for none */
	const char *section;
	const char *spec_url;
	unsigned short rfc;
	unsigned char level; /* enum level */
};

/* One meaning of a code: a record of src/codes.txt. */
struct status {
	const char *name;
	const char *key;    /* the name as names.h normalizes it */
	const char *vendor; /* NULL for registered codes */
	const char *description;
	const char *use_case;
	const char *notes;
	const char *spec_url;
	const char *section;              /* RFC section, NULL without an RFC */
	const char *example;  /* the raw response, CRLF line ends; NULL if never sent */
	const char *const *aliases;       /* NULL-terminated */
	const char *const *headers;       /* "Name: value", NULL-terminated */
	const unsigned short *related;    /* 0-terminated */
	const struct requirement *requires; /* ends with field NULL */
	const char *constants[LIB_COUNT]; /* each library's name, or NULL */
	unsigned short code;
	unsigned short rfc;               /* 0 without an RFC */
	unsigned char category;           /* enum category */
	unsigned char state;              /* enum state */
	unsigned char popularity;         /* enum popularity */
	unsigned char caching;            /* enum caching */
	unsigned char retry;              /* enum retry */
	bool recommended;
	bool deprecated;
	bool has_content; /* false when the response cannot carry content */
	bool sent;        /* false for codes that only ever appear in logs */
};

/* A comparison rule for codes people confuse, written in the data file. */
struct rule {
	const unsigned short *codes; /* 0-terminated */
	const char *text;
};

/* A name, former name or library constant, normalized (names.h), and the
 * row it names; the generator sorts them by key for a binary search.  The
 * key is an offset into table_name_pool rather than a pointer, so that the
 * table needs no relocation when the program starts. */
struct name_key {
	unsigned short key;
	unsigned short row;
	bool constant; /* a library constant: normalized without its prefix */
};

/* An entry of the "choose" guide: a situation and the code for it. */
struct situation {
	const char *key;    /* what the user types: "rate-limited" */
	const char *topic;  /* the group it is listed under */
	const char *ask;    /* the situation in a line */
	const char *reason; /* why this code */
	const struct rule *rule; /* the comparison that decides it */
	unsigned short code;
};

/* Generated; rows are in code order with each code's official meaning first. */
extern const struct status table_rows[];
extern const size_t table_len;
extern const unsigned short table_by_code[1000];
extern const struct rule table_rules[]; /* ends with a NULL entry */
extern const struct situation table_situations[]; /* ends with key NULL */
extern const struct name_key table_names[];
extern const size_t table_names_len;
extern const char table_name_pool[];

/* A run of consecutive rows: every meaning of one code, or one class. */
struct span {
	const struct status *first;
	size_t len;
};

struct span table_code(int code);
struct span table_class(int digit);
const char *table_category(const struct status *s);
const char *table_state(const struct status *s);
const char *table_popularity(const struct status *s);
const char *table_caching(const struct status *s);
const char *table_retry(const struct status *s);
const char *table_caching_text(const struct status *s);
extern const char *const table_libraries[LIB_COUNT];
const char *table_retry_text(const struct status *s);
const char *table_level(const struct requirement *r);
int table_parse_code(const char *arg);

#endif
