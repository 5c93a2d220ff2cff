/* Search by words: a query's words against the generator's word index. */
#ifndef SEARCH_H
#define SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "query.h"
#include "words.h"

#define SEARCH_WORDS 32 /* later words of a query are not looked at */

/* The words of a query that search looks for: stems, without stop words;
 * and what adds to a row's score alone: each pair of neighbouring words and
 * the whole query as a phrase, stop words included (words.h). */
struct query_words {
	char stem[SEARCH_WORDS][WORD_MAX + 1];
	size_t typed[SEARCH_WORDS]; /* each word's length as typed, for typos */
	size_t n;
	char pair[SEARCH_WORDS + 1][PAIR_MAX + 1]; /* the pairs, then the phrase */
	size_t pairs;
};

void search_words(const char *text, struct query_words *q);
size_t search_rows(const struct query_words *q, enum filter keep, const bool *named,
    struct hits *out);
bool search_in_names(const char *stem, int code);
bool search_in_official(const char *stem);
int search_name_word(const char *stem);

#endif
