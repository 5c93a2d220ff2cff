/* The generator's word index, written as sorted tables for the program. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "genindex.h"

struct entry {
	char word[PAIR_MAX + 1]; /* a stem, or two and a space between them */
	size_t row;
	enum word_group group;
	bool vendor;
};

static struct entry *entries;
static size_t nentries, capentries;

static void
add_word(const char *word, size_t row, bool vendor, enum word_group group)
{
	if (nentries == capentries) {
		capentries = 2 * capentries + 4096;
		entries = realloc(entries, capentries * sizeof *entries);
		if (entries == NULL) {
			perror("gen");
			exit(2);
		}
	}
	memcpy(entries[nentries].word, word, strlen(word) + 1);
	entries[nentries].row = row;
	entries[nentries].vendor = vendor;
	entries[nentries++].group = group;
}

/* A copy of text; with split, a space goes before each capital that
 * follows a lower-case letter, so that an identifier's words come apart. */
static char *
xsplit(const char *text, bool split)
{
	char *out = malloc(2 * strlen(text) + 1), *p = out;

	if (out == NULL) {
		perror("gen");
		exit(2);
	}
	for (const char *s = text; *s != '\0'; s++) {
		if (split && s > text && s[-1] >= 'a' && s[-1] <= 'z' && *s >= 'A' && *s <= 'Z')
			*p++ = ' ';
		*p++ = *s;
	}
	*p = '\0';
	return out;
}

/* Indexes one phrase: its words, and with pairs each pair of neighbours
 * and the whole phrase (words.h). */
static void
add_phrase(size_t row, bool vendor, enum word_group group, const char *p, bool pairs)
{
	char word[WORD_MAX + 1], last[WORD_MAX + 1] = "", pair[PAIR_MAX + 1];
	char phrase[PAIR_MAX + 1] = "=";
	size_t len;

	while ((len = words_next(&p, word)) > 0) {
		bool stop = len <= WORD_MAX && words_stop(word);
		words_stem(word);
		if (!stop && len <= WORD_MAX)
			add_word(word, row, vendor, group);
		if (pairs && last[0] != '\0' && word[0] != '\0') {
			words_pair(pair, last, word);
			add_word(pair, row, vendor, group);
		}
		words_phrase(phrase, word);
		memcpy(last, word, sizeof last);
	}
	if (pairs && strlen(phrase) > 1)
		add_word(phrase, row, vendor, group);
}

void
index_add(size_t row, bool vendor, enum word_group group, const char *text,
    enum index_how how)
{
	char *copy = xsplit(text, how == INDEX_IDENTIFIER), *save = NULL;

	if (how == INDEX_WORDS)
		add_phrase(row, vendor, group, copy, false);
	else
		for (char *t = strtok_r(copy, ",", &save); t != NULL;
		    t = strtok_r(NULL, ",", &save))
			add_phrase(row, vendor, group, t, true);
	free(copy);
}

static int
by_word(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->word, y->word);

	if (c == 0)
		c = (x->row > y->row) - (x->row < y->row);
	return c != 0 ? c : (int)x->group - (int)y->group;
}

/* The pool of words, each once, as byte values: C11 promises only 4095
 * characters in a string literal. */
static size_t
put_pool(FILE *out)
{
	size_t bytes = 0;

	fputs("\nconst char table_word_pool[] = {", out);
	for (size_t i = 0; i < nentries; i++) {
		if (i > 0 && strcmp(entries[i].word, entries[i - 1].word) == 0)
			continue;
		for (const char *p = entries[i].word;; p++) {
			fprintf(out, "%s%d,", bytes++ % 16 == 0 ? "\n\t" : " ", (unsigned char)*p);
			if (*p == '\0')
				break;
		}
	}
	fputs("\n};\n", out);
	return bytes;
}

/* Each word with the index of its first posting; a last entry marks where
 * the postings end.  A word's postings are one per row, with the
 * strongest group it has there (entries are sorted so that it comes first). */
static size_t
put_words(FILE *out)
{
	size_t offset = 0, postings = 0, words = 0;

	fputs("\nconst struct word_key table_words[] = {\n", out);
	for (size_t i = 0; i < nentries; i++) {
		bool new_word = i == 0 || strcmp(entries[i].word, entries[i - 1].word) != 0;
		if (new_word) {
			if (i > 0)
				offset += strlen(entries[i - 1].word) + 1;
			fprintf(out, "\t{ %zu, %zu },\n", offset, postings);
			words++;
		}
		if (new_word || entries[i].row != entries[i - 1].row)
			postings++;
	}
	fprintf(out, "\t{ 0, %zu },\n};\nconst size_t table_words_len = %zu;\n", postings, words);
	return postings;
}

static void
put_postings(FILE *out)
{
	size_t n = 0;

	fputs("\nconst unsigned short table_postings[] = {", out);
	for (size_t i = 0; i < nentries; i++)
		if (i == 0 || strcmp(entries[i].word, entries[i - 1].word) != 0 ||
		    entries[i].row != entries[i - 1].row)
			fprintf(out, "%s%zu,", n++ % 12 == 0 ? "\n\t" : " ",
			    entries[i].row << WORDS_GROUP_BITS | (size_t)entries[i].group);
	fputs("\n};\n", out);
}

/* Demotes the name words of vendors' meanings that official meanings also
 * hold to keywords; entries are sorted by word. */
static void
demote_common(void)
{
	for (size_t first = 0, end; first < nentries; first = end) {
		bool official = false;
		for (end = first; end < nentries &&
		    strcmp(entries[end].word, entries[first].word) == 0; end++)
			official |= !entries[end].vendor;
		for (size_t i = first; i < end && official; i++)
			if (entries[i].vendor && entries[i].group == GROUP_NAME)
				entries[i].group = GROUP_KEYWORD;
	}
}

bool
index_put(FILE *out)
{
	bool ok = true;

	qsort(entries, nentries, sizeof *entries, by_word);
	demote_common();
	qsort(entries, nentries, sizeof *entries, by_word);
	for (size_t i = 0; i < nentries; i++)
		ok &= entries[i].row < (UINT16_MAX >> WORDS_GROUP_BITS);
	if (ok) {
		ok = put_pool(out) <= UINT32_MAX;
		ok &= put_words(out) <= UINT32_MAX;
		put_postings(out);
	}
	free(entries);
	entries = NULL;
	nentries = capentries = 0;
	return ok;
}
