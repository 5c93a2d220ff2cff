/* Search by words: a query's words against the generator's word index. */
#ifndef SEARCH_H
#define SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "query.h"
#include "words.h"

#define SEARCH_WORDS 64   /* later words of a query are not looked at */
#define SEARCH_VENDORS 8  /* vendors or modules one query may name */
#define SEARCH_CARRIED 8  /* codes and names one query may carry */

/* The words of a query that search looks for: the content words, stemmed
 * (words.h), less those that name a vendor or product; what adds to a
 * row's score alone: each pair of neighbouring words and the whole query
 * as a phrase, stop words included; the products named, and the codes and
 * names it carries. */
struct query_words {
	char stem[SEARCH_WORDS][WORD_MAX + 1];
	size_t typed[SEARCH_WORDS]; /* each word's length as typed, for typos */
	bool number[SEARCH_WORDS];  /* digits: only a code's own number matches */
	long id[SEARCH_WORDS];      /* each stem's place in table_words, or -1 */
	size_t n;
	char pair[SEARCH_WORDS + 1][PAIR_MAX + 1]; /* the pairs, then the phrase */
	size_t pairs;
	const struct product *product[SEARCH_VENDORS]; /* the products named */
	size_t vendors;
	int ids[SEARCH_CARRIED];   /* the known codes it carries: 404, 500.19 */
	size_t nids;
	const struct word_key *title[SEARCH_CARRIED]; /* names that start it */
	size_t titles;
};

void search_parse(const char *text, struct query_words *q);
bool search_product(const char *text);
size_t search_rows(const struct query_words *q, enum filter keep, const bool *named,
    struct hits *out);
bool search_beside(const char *stem, int id);
bool search_holds(const char *stem);
bool search_in_official(const char *stem);
bool search_official_phrase(const char *text);
int search_keyword(const char *text);

#endif
