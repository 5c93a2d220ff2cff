/* Words as search sees them: split, case-folded, spelt one way and stemmed.
 * Shared by the generator, which indexes the table's text, and the
 * program, which treats a query the same way, so that both always agree. */
#ifndef WORDS_H
#define WORDS_H

#include <stdbool.h>
#include <stddef.h>

#define WORD_MAX 32 /* longer words are skipped: no text or query needs them */
#define PAIR_MAX (2 * WORD_MAX + 1) /* two words and the space between them */

/* Where a word of a record was found, strongest first: its names, its
 * keywords, the messages programs write with it, its class, its vendor,
 * and its prose. */
enum word_group {
	GROUP_NAME, GROUP_KEYWORD, GROUP_MESSAGE, GROUP_CLASS, GROUP_VENDOR, GROUP_PROSE,
	GROUP_COUNT
};

/* What ends a message's list of stem ids (table_message_stems). */
#define WORDS_NO_STEM 65535

/* The index's postings pack a row and a group: row << WORDS_GROUP_BITS | group. */
#define WORDS_GROUP_BITS 3

/* The next word of *text (a run of ASCII letters and digits and of bytes
 * past ASCII), lower case, into word; advances *text past it.  Returns the
 * word's length, 0 at the end of the text; a word longer than WORD_MAX is
 * counted but not copied (word is empty), since it can match nothing. */
size_t words_next(const char **text, char word[WORD_MAX + 1]);

/* text with what carries no words blanked out, into out (cut to size):
 * the parts of a log line that change from one line to the next (paths,
 * URLs, addresses), printf directives (%s, %08x) and markup tags.  Queries
 * and the messages of the table are cleaned alike, so that a pasted line
 * meets its message whatever path or address it names. */
void words_clean(const char *text, char *out, size_t size);

/* Whether a word of len bytes, lower case, can tell records apart: no
 * stop word, no single letter or digit, no number, nothing too long. */
bool words_content(const char *word, size_t len);

/* The word made canonical in place: American spelling, then a light
 * stemmer, so that limit, limits, limited and limiting are one word. */
void words_stem(char *word);

/* The British spellings in a lower-case string made American, in place. */
void words_americanize(char *s);

/* Whether a lower-case word carries no meaning for search (the, of, http). */
bool words_stop(const char *word);

/* The pair of stems a and b as the index holds it: "a b". */
void words_pair(char pair[PAIR_MAX + 1], const char *a, const char *b);

/* Adds a stem to a whole phrase as the index holds it, "=stem stem ...",
 * stop words included; phrase starts as "=".  A phrase that outgrows
 * PAIR_MAX becomes empty and stays so: it can match nothing. */
void words_phrase(char phrase[PAIR_MAX + 1], const char *stem);

/* The stems of the stop words, i from 0 until it returns NULL: phrases
 * hold them, so the index gives them ids as it does every stem. */
const char *words_stop_stem(size_t i, char stem[WORD_MAX + 1]);

/* A pair or phrase as the index keys it: each stem replaced by its id in
 * two bytes, 1 to 255 each so that strcmp orders keys as it orders the
 * ids, after the "=" of a whole phrase.  id gives a stem's id, or -1 when
 * the index lacks the stem: then no key can match, and key is empty. */
#define WORDS_KEY_MAX 65025 /* 255 * 255: stems two such bytes can number */
void words_key(char key[PAIR_MAX + 1], const char *phrase,
    long (*id)(const char *stem, const void *ctx), const void *ctx);

/* How many typos a query word of this length may hold and still match:
 * none under 5 letters, one from 5, two from 8. */
int words_typo_limit(size_t len);

#define WORDS_DISTANCE_MAX 128 /* longer strings are never near anything */

/* The set of bytes s holds, folded into 32 bits; strings whose sets differ
 * by more than 2 * limit bytes are more than limit edits apart (each edit
 * changes a set by two bytes at the most), which words_sets_near tells
 * without a table of distances. */
unsigned long words_byte_set(const char *s);
bool words_sets_near(unsigned long a, unsigned long b, int limit);

/* Edit distance between a and b (insertions, deletions, substitutions and
 * swaps of neighbours), or limit + 1 when it is over limit. */
int words_distance(const char *a, const char *b, int limit);

/* Where a word of a choose situation comes from, in the order the
 * generator splits them: a word of its topic counts for less (choose.c). */
enum choose_part { PART_TOPIC, PART_KEY, PART_ASK, PART_KEYWORDS, PART_NAME };

#endif
