/* The compiled-in status table and the queries over it. */
#ifndef TABLE_H
#define TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "enums.def"
#include "ids.h"
#include "sizes.h"
#include "table_text.h"
#include "words.h"

#define AS_ENUM(e, s) e,
enum category { CATEGORIES(AS_ENUM) };
enum state { STATES(AS_ENUM) };
enum popularity { POPULARITIES(AS_ENUM) };
enum caching { CACHING(AS_ENUM) };
enum retry { RETRIES(AS_ENUM) };
enum library { LIBRARIES(AS_ENUM) LIB_COUNT };
enum level { LEVELS(AS_ENUM) };
enum kind { KINDS(AS_ENUM) };
enum note_kind { NOTE_KINDS(AS_ENUM) };
/* LOG_AUTO: no format given, each line's guessed */
enum log_format { LOG_FORMATS(AS_ENUM) LOG_AUTO };
enum software_kind { SOFTWARE_KINDS(AS_ENUM) SOFT_KIND_COUNT };
enum sender { SENDERS(AS_ENUM) SENDER_COUNT };
#undef AS_ENUM



/* A header field a spec asks for (or forbids) with a code. */
struct requirement {
	text_ref field;    /* 0 ends a code's list */
	text_ref note;     /* a condition or detail; 0 for none */
	text_ref section;
	text_ref spec_url;
	unsigned short rfc;
	unsigned char level; /* enum level */
	unsigned char note_kind; /* enum note_kind: what the note is */
	unsigned short fixes; /* table_lists index: server, line and source of each
	                       * configuration line that adds the field; 0-ended */
};

/* One meaning of a code: a record of src/codes.txt. */
struct status {
	text_ref name;
	text_ref key;      /* the name as names.h normalizes it */
	text_ref vendor;   /* 0 for registered codes */
	text_ref description;
	text_ref use_case;
	text_ref notes;
	text_ref spec_url;
	text_ref section;  /* RFC section, 0 without an RFC */
	text_ref example;  /* the raw response, CRLF line ends; 0 if never sent */
	text_ref module;   /* what sends an IIS sub-status; 0 for other kinds */
	unsigned short http_status; /* an error number's documented status, or 0 */
	unsigned short observed;    /* the status it is seen with, undocumented, or 0 */
	text_ref observed_source;   /* where that was seen; 0 for none */
	unsigned short sub;         /* the sub-status: 19 for 500.19 */
	unsigned char kind;         /* enum kind */
	unsigned short aliases;  /* table_lists index of the former names */
	unsigned short related;  /* table_numbers index of the related codes */
	unsigned short requires; /* table_requirements index */
	unsigned short constants; /* table_lists index of each library's name, or 0 */
	unsigned short messages;  /* its first table_messages entry (see there) */
	unsigned short behaviours; /* table_numbers index of what software does with it:
	                            * table_behaviours indexes + 1, by kind, 0-ended */
	text_ref sender_note;     /* how to tell its senders apart; 0 for none */
	unsigned short senders;   /* enum sender + 1 in each 4 bits from the lowest, the
	                           * usual sender first; 0 for a sub-status or error */
	unsigned short code; /* the status, a sub-status's parent, or the error number */
	unsigned short rfc;               /* 0 without an RFC */
	unsigned short sentence; /* bytes of the description's first sentence, wrap_sentence's */
	unsigned char category;           /* enum category */
	unsigned char state;              /* enum state */
	unsigned char popularity;         /* enum popularity */
	unsigned char caching;            /* enum caching */
	unsigned char retry;              /* enum retry */
	bool recommended;
	bool deprecated;
	bool has_content; /* false when the response cannot carry content */
};

/* A line that a server, proxy or framework writes in its log or error page
 * when it answers with a code, and where that was checked. */
struct message {
	text_ref text;    /* as the program writes it */
	text_ref program; /* who writes it: nginx, Apache HTTP Server, ... */
	text_ref source;  /* the source file and release, or the document */
	unsigned short stems; /* its words as search weighs them: where their ids
	                       * in table_words start in table_message_stems */
};

/* A name people give a vendor or one of its products (iis, alb, ancm), as
 * stems separated by spaces, and the vendor, or module, whose records it
 * names: text the same as theirs. */
struct product {
	text_ref stems;  /* 0 ends the list */
	text_ref owner;
	bool module;     /* owner is a module of IIS, not a vendor */
	unsigned char logs; /* 1 << enum log_format: the logs owner writes */
};

/* A browser, crawler, cache, retrying client or gRPC mapping whose
 * handling of codes the data file records. */
struct software {
	text_ref name;
	unsigned char kind; /* enum software_kind */
};

/* What one piece of software does with a response carrying a code, and
 * where that was checked: one "does" line of the data file. */
struct behaviour {
	text_ref text;
	text_ref source;
	unsigned char software; /* table_software index */
};

/* A comparison rule for codes people confuse, written in the data file. */
struct rule {
	unsigned short codes; /* table_numbers index; 0 in the entry that ends the rules */
	text_ref text;        /* 0 ends the rules */
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

/* A word of the search index (words.h): its offset in table_word_pool and
 * its first posting in table_postings; the postings of word i end where
 * those of word i + 1 begin, and the generator adds a last entry to mark
 * where they all end. */
struct word_key {
	uint16_t word;     /* 16 bits: the index is a third of the binary */
	uint16_t postings;
};

/* A word of a choose situation, split and stemmed by the generator as
 * words.h says, so that choose does no splitting of its own. */
struct choose_word {
	text_ref stem;
	unsigned char part; /* enum choose_part (words.h) */
	bool stop;          /* a stop word, or too long to match */
};

/* An entry of the "choose" guide: a situation and the code for it. */
struct situation {
	text_ref key;    /* what the user types: "rate-limited"; 0 ends the guide */
	text_ref topic;  /* the group it is listed under */
	text_ref ask;    /* the situation in a line */
	text_ref reason; /* why this code */
	text_ref keywords; /* other words people use for it; 0 for none */
	unsigned short rule; /* the table_rules index of the comparison that decides it */
	unsigned short code;
	/* its first table_choose_words entry; its words end where those of
	 * the next situation begin, and the entry that ends the guide marks
	 * where they all end */
	unsigned short words;
};

/* Generated; rows are in the order of their ids (ids.h), each code's
 * official meaning first. */
extern const struct status table_rows[];
extern const size_t table_len;
extern const unsigned short table_by_code[1000];
extern const struct rule table_rules[]; /* ends with text 0 */
extern const struct situation table_situations[]; /* ends with key 0 */
extern const struct choose_word table_choose_words[];
/* The messages of the rows, row by row: row i's run from its .messages to
 * the next row's, the last row's to table_messages_len. */
extern const struct message table_messages[];
extern const unsigned short table_messages_len;
extern const unsigned short table_message_stems[]; /* each list ends with WORDS_NO_STEM */
extern const struct product table_products[]; /* ends with stems 0 */
extern const struct software table_software[];
extern const size_t table_software_len;
extern const struct behaviour table_behaviours[];
extern const char table_updated[]; /* "YYYY-MM-DD" the data was revised, or "" */
extern const text_ref table_lists[];       /* lists of strings, each ending with 0 */
/* lists of codes, or of behaviours + 1, each ending with 0 */
extern const unsigned short table_numbers[];
extern const struct requirement table_requirements[]; /* each code's ends with field 0 */
extern const struct name_key table_names[];
extern const size_t table_names_len;
extern const char table_name_pool[];
extern const struct word_key table_words[]; /* stems, sorted */
extern const size_t table_words_len;
extern const uint32_t table_word_sets[]; /* each stem's words_byte_set */
extern const char table_word_pool[];
extern const struct word_key table_phrases[]; /* pairs and "=phrases", sorted */
extern const size_t table_phrases_len;
extern const char table_phrase_pool[];
extern const unsigned short table_postings[]; /* row << WORDS_GROUP_BITS | group */

/* A run of consecutive rows: every meaning of one code, or one class. */
struct span {
	const struct status *first;
	size_t len;
};

struct span table_code(int id);
int table_id(const struct status *s);
struct span table_subs(int code);
struct span table_errors(void);
struct span table_rows_from(int id);
void table_id_text(const struct status *s, char *buf, size_t size);
/* What a record is, whatever its kind (a status, a sub-status, an error
 * number): its class digit, 0 for 000, -1 for an error number, which no
 * class holds; its label, "Name (vendor)" for an unofficial meaning, and
 * that label's length; the status it arrives with (table.c). */
int table_record_class(const struct status *s);
int table_label(const struct status *s, char *buf, size_t size);
size_t table_label_len(const struct status *s);
int table_wire_status(const struct status *s);
#define VENDORS_MAX 64
/* The vendors of the table, each once, in alphabetical order, into names
 * (max of them); returns how many. */
size_t table_vendors(const char **names, size_t max);
void table_rfc_text(unsigned rfc, char *buf, size_t size);
const char *table_kind(const struct status *s);
struct span table_class(int digit);
const char *table_category(const struct status *s);
void table_class_text(const struct status *s, char *buf, size_t size);
const char *table_state(const struct status *s);
const char *table_popularity(const struct status *s);
const char *table_caching(const struct status *s);
const char *table_retry(const struct status *s);
const char *table_caching_text(const struct status *s);
extern const char *const table_libraries[LIB_COUNT];
const char *table_retry_text(const struct status *s);
const char *table_level(const struct requirement *r);
/* Whether two requirements came from one line of the data file: they
 * differ only in the field. */
bool table_same_requirement(const struct requirement *a, const struct requirement *b);
int table_parse_code(const char *arg);


static inline const text_ref *
table_list(unsigned short at)
{
	return &table_lists[at];
}

static inline const unsigned short *
table_codes(unsigned short at)
{
	return &table_numbers[at];
}

/* Each library's name for s, LIB_COUNT of them, 0 where it has none. */
static inline const text_ref *
table_constants(const struct status *s)
{
	return &table_lists[s->constants];
}

/* The table_behaviours indexes + 1 of what software does with s, by kind. */
static inline const unsigned short *
table_doings(const struct status *s)
{
	return &table_numbers[s->behaviours];
}

/* The i-th sender of s (enum sender), the usual one first; -1 past the last. */
static inline int
table_sender_at(const struct status *s, int i)
{
	return i < SENDERS_MAX ? (int)((s->senders >> 4 * i) & 0xF) - 1 : -1;
}

/* "the application, or a CDN; note": who sends s, in words, into buf;
 * "" for a sub-status or an error number. */
void table_senders_text(const struct status *s, char *buf, size_t size);

/* What software sw (a table_software index) does with s, its facts
 * joined by "; " into buf, "" for none; returns buf.  With n > 0, only
 * the facts every one of the n rows has too (shared), or only the others:
 * what a comparison shows once, and what it shows in columns. */
const char *table_software_facts(const struct status *s, size_t sw,
    const struct status *const *rows, size_t n, bool shared, char *buf, size_t size);

/* The label an entry gives a kind of software: "Browsers", "Retries". */
const char *table_software_label(int kind);
const char *table_sender(int sender);
const char *table_sender_text(int sender);

static inline const struct requirement *
table_requires(const struct status *s)
{
	return &table_requirements[s->requires];
}

/* The messages of s: from the first to the one before the end. */
static inline const struct message *
table_messages_end(const struct status *s)
{
	return &table_messages[s + 1 < table_rows + table_len ? s[1].messages :
	    table_messages_len];
}

#endif
