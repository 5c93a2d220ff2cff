/* The generator's phases, each in a file of its own: read.c reads the data
 * file's stanzas, check.c and stanzas.c check them, example.c renders the
 * example responses, index.c builds the word index and write.c writes the
 * table as C.  main.c runs them in that order. */
#ifndef GEN_H
#define GEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "enums.def"
#include "ids.h"
#include "sizes.h"
#include "words.h"

#define MAX_MULTI 32 /* most aliases, headers or messages one record may have */

/* RULE fields make up the comparison rules, GUIDE fields the "choose"
 * situations, PRODUCT fields the names of vendors' products and SOFTWARE
 * fields what a piece of software does with codes, the other stanza kinds
 * (SOFTWARE_MULTI repeats).  OPTIONAL is zero: the library fields, left out of
 * key_needs[], are. */
enum need { OPTIONAL, REQUIRED, MULTI, RULE, GUIDE, PRODUCT, ABOUT, SOFTWARE, SOFTWARE_MULTI };

/* Every key of the data file ("key: value"), with what it needs.  They are
 * keys, not fields, so that they never meet field.h's FIELDS, the fields
 * the program prints, which src/gen/manpage.c uses: a key such as
 * "require" is no field, and a field such as "class" is no key. */
#define KEYS(X) \
	X(K_CODE, "code", REQUIRED) \
	X(K_NAME, "name", REQUIRED) \
	X(K_ALIAS, "alias", MULTI) \
	X(K_CATEGORY, "category", REQUIRED) \
	X(K_STATUS, "status", REQUIRED) \
	X(K_VENDOR, "vendor", OPTIONAL) \
	X(K_MODULE, "module", OPTIONAL) \
	X(K_HTTP_STATUS, "http_status", OPTIONAL) \
	X(K_OBSERVED, "observed", OPTIONAL) \
	X(K_RFC, "rfc", OPTIONAL) \
	X(K_SECTION, "section", OPTIONAL) \
	X(K_URL, "url", OPTIONAL) \
	X(K_POPULARITY, "popularity", REQUIRED) \
	X(K_RECOMMENDED, "recommended", REQUIRED) \
	X(K_DEPRECATED, "deprecated", REQUIRED) \
	X(K_CACHEABLE, "cacheable", REQUIRED) \
	X(K_RETRY, "retry", REQUIRED) \
	X(K_CONTENT, "content", OPTIONAL) \
	X(K_SENT, "sent", OPTIONAL) \
	X(K_BODY, "body", OPTIONAL) \
	X(K_HEADER, "header", MULTI) \
	X(K_REQUIRE, "require", MULTI) \
	X(K_MESSAGE, "message", MULTI) \
	X(K_FIX, "fix", MULTI) \
	X(K_KEYWORDS, "keywords", REQUIRED) \
	X(K_DESCRIPTION, "description", REQUIRED) \
	X(K_USE_CASE, "use_case", REQUIRED) \
	X(K_NOTES, "notes", REQUIRED) \
	X(K_RELATED, "related", REQUIRED) \
	X(K_SENDER, "sender", OPTIONAL) \
	X(K_COMPARE, "compare", RULE) \
	X(K_RULE, "rule", RULE) \
	X(K_CHOOSE, "choose", GUIDE) \
	X(K_TOPIC, "topic", GUIDE) \
	X(K_ASK, "ask", GUIDE) \
	X(K_ANSWER, "answer", GUIDE) \
	X(K_REASON, "reason", GUIDE) \
	X(K_VERSUS, "versus", GUIDE) \
	X(K_PRODUCTS, "products", PRODUCT) \
	X(K_OWNER, "owner", PRODUCT) \
	X(K_LOGS, "logs", PRODUCT) \
	X(K_SOFTWARE, "software", SOFTWARE) \
	X(K_SOFT_KIND, "kind", SOFTWARE) \
	X(K_DOES, "does", SOFTWARE_MULTI) \
	X(K_UPDATED, "updated", ABOUT)

#define AS_ENUM(e, s, n) e,
#define AS_NAME(e, s, n) s,
#define AS_NEED(e, s, n) n,
#define AS_STRING(e, s) s,
#define AS_LIB_ENUM(e, s) K_##e,
/* The library constants are optional fields after the others. */
enum key { KEYS(AS_ENUM) LIBRARIES(AS_LIB_ENUM) NKEYS };
extern const char *const key_names[NKEYS];
extern const enum need key_needs[NKEYS];
#define K_FIRST_LIB K_LIB_PYTHON
extern const char *const categories[]; /* ends with NULL */
extern const char *const states[]; /* ends with NULL */
extern const char *const popularities[]; /* ends with NULL */
extern const char *const cachings[]; /* ends with NULL */
extern const char *const retries[]; /* ends with NULL */
#define AS_LEVEL_ENUM(e, s) e,
enum level { LEVELS(AS_LEVEL_ENUM) };
enum kind { KINDS(AS_LEVEL_ENUM) };
enum note_kind { NOTE_KINDS(AS_LEVEL_ENUM) };
extern const char *const levels[]; /* ends with NULL */
extern const char *const note_kinds[]; /* ends with NULL */
extern const char *const log_formats[]; /* ends with NULL */
extern const char *const software_kinds[]; /* ends with NULL */
extern const char *const senders[]; /* ends with NULL */
enum software_kind { SOFTWARE_KINDS(AS_LEVEL_ENUM) };
enum sender { SENDERS(AS_LEVEL_ENUM) };

/* The characters of an HTTP field name (RFC 9110 section 5.6.2, tchar). */
#define TCHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" \
	"!#$%&'*+-.^_`|~"

/* A "require" value taken apart: "LEVEL Field, Field; RFC n section[;
 * KIND: note]".  The strings point into a copy the caller frees. */
struct require {
	char *copy;
	char *fields; /* comma-separated */
	char *rfc, *section, *note;
	int level;
	int note_kind; /* enum note_kind; NOTE_DETAIL without a note */
};

/* A "message" value taken apart: "TEXT [PROGRAM: WHERE]", what a program
 * writes and where that was checked.  The strings point into a copy the
 * caller frees. */
struct message_parts {
	char *copy;
	char *text, *program, *where;
};

/* A "does" value taken apart: "CODES; TEXT [SOURCE]", the codes (three
 * digits, or a range A-B) a piece of software treats alike, what it does
 * with them and where that was checked.  The strings point into a copy
 * the caller frees. */
struct does_parts {
	char *copy;
	char *codes, *text, *source;
};

/* A "sender" value taken apart: "KIND[ KIND...][; note]", the kinds in
 * their order as the table packs them (enum sender + 1 in each 4 bits,
 * from the lowest) and the note (NULL for none), pointing into value. */
struct sender_parts {
	unsigned kinds;
	const char *note;
};

/* A "fix" value taken apart: the field, then a message's parts, the text
 * being the line of configuration and the program the server.  The
 * caller frees copy and m.copy. */
struct fix_parts {
	char *copy, *field;
	struct message_parts m;
};

struct value {
	char *text; /* owned, continuation lines joined with one space */
	long line;
};

struct record {
	struct value one[NKEYS];          /* REQUIRED and OPTIONAL fields */
	/* MULTI fields: MAX_MULTI values each, allocated at the first; a
	 * record reserving them for every field was 12 KB, and zeroing and
	 * copying that was a third of a generator run (callgrind, fuzz corpus) */
	struct value *many[NKEYS];
	int nmany[NKEYS];
	long line; /* where the record starts */
	int code;  /* its id (ids.h); -1 until checked */
};

/* The data file and what was read from it: the code records, the
 * "compare" stanzas, the "choose" stanzas and the "products" stanzas, each
 * in file order. */
extern const char *gen_path;
extern int gen_errors;
extern struct record *gen_recs, *gen_rules, *gen_guide, *gen_products, *gen_software;
extern struct record gen_about; /* the "updated" stanza; line 0 when there is none */
extern size_t gen_nrecs, gen_nrules, gen_nguide, gen_nproducts, gen_nsoftware;

/* read.c */
#define GEN_SHOWN_ERRORS 50 /* faults reported one by one; the rest are counted */
void gen_fail(long line, const char *fmt, ...);
void *gen_realloc(void *p, size_t n);
char *gen_strdup(const char *s);
char *gen_trim(char *s);
char *read_file(const char *name, size_t *len);
void read_records(char *buf, size_t len);
void read_free(char *buf);

/* check.c */
int gen_lookup(const char *const *set, const char *s);
int gen_number(const char *s);
int gen_parse_id(const char *s);
bool gen_all_digits(const char *s, size_t min, size_t max);
bool gen_next_name(const char **list, char *name, size_t size);
const char *gen_parse_require(const char *text, struct require *q);
const char *gen_parse_message(const char *value, struct message_parts *m);
const char *gen_parse_fix(const char *value, struct fix_parts *f);
const char *gen_parse_observed(const char *value, int *status, char **source);
void check_texts(const struct record *r);
void check_keywords(const struct value *v, const char *what);
const struct record *check_find_code(int code);
void check_records(void);

/* stanzas.c */
long stanza_rule(const char *codes);
const char *stanza_product_owner(const struct record *r, bool *module);
unsigned stanza_product_logs(const struct record *r);
const char *stanza_parse_does(const char *value, struct does_parts *d);
bool stanza_does_covers(const char *codes, int code);
/* A does line that takes in a code: its software stanza, its place there,
 * and its index among all does lines. */
struct doing {
	size_t software;
	int k;
	size_t index;
};
#define DOINGS_MAX 64 /* does lines one code may be taken in by */
size_t stanza_behaviours(const struct record *r, struct doing *list, size_t max);
const char *stanza_parse_sender(const char *value, struct sender_parts *s);
void check_stanzas(void);

/* example.c */
bool gen_field_is(const struct record *r, enum key f, const char *word);
char *example_render(const struct record *r);

/* index.c: every word of every record, stemmed (words.h), with the rows
 * it is found in, written as tables so that a search costs nothing at
 * start-up. */
void index_record(size_t row, const struct record *r);
bool index_put(FILE *out);
long index_stem_id(const char *stem); /* after index_put: its id, or -1 */
void index_free(void);

/* pack.c: the long strings of the table, packed by byte-pair encoding;
 * no byte stands for more than PACK_SYMBOL_MAX (sizes.h) */
bool pack_wanted(const char *s);
void pack_strings(unsigned char **s, size_t n, unsigned char pairs[256][2]);

/* dump.c: gen --dump */
void dump(FILE *out);

/* write.c */
void write_bytes(FILE *out, const char *s, size_t *count);
void write_c(FILE *out);
int write_table(const char *outpath);

#endif
