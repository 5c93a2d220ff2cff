/* The generator's word index: every word of every record, stemmed, with the
 * rows it is found in; written as tables so that a search costs nothing
 * at start-up. */
#ifndef GENINDEX_H
#define GENINDEX_H

#include <stdio.h>

#include "words.h"

/* How a text is indexed: prose by its words; names and keywords also by
 * each pair of neighbouring words, stop words included, so that a query
 * holding the phrase ranks above one holding its words apart (commas end
 * a phrase); identifiers (StatusNotFound) like names, once split at each
 * capital that follows a lower-case letter. */
enum index_how { INDEX_WORDS, INDEX_PHRASES, INDEX_IDENTIFIER };

/* Adds the words of text to row's words, found in group; vendor says that
 * the row is a vendor's meaning. */
void index_add(size_t row, bool vendor, enum word_group group, const char *text,
    enum index_how how);

/* Writes table_word_pool, table_words and table_postings, and forgets the
 * words; returns false when the index outgrew its types.  A word of a
 * vendor's name that an official meaning also holds counts as a keyword:
 * a common word is not a vendor's private name (login: 401, not 440). */
bool index_put(FILE *out);

#endif
