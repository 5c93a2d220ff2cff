/* The word index: every stem of every record with the rows that hold it,
 * written as sorted tables for the program. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* How a text is indexed: prose by its words; names and keywords also by
 * each pair of neighbouring words, stop words included, so that a query
 * holding the phrase ranks above one holding its words apart (commas end
 * a phrase); identifiers (StatusNotFound) like names, once split at each
 * capital that follows a lower-case letter. */
enum index_how { INDEX_WORDS, INDEX_PHRASES, INDEX_IDENTIFIER };

struct entry {
	char word[PAIR_MAX + 1]; /* a stem, or a pair or phrase (words.h) */
	size_t row;              /* NO_ROW: a stop word's stem, which a phrase may hold */
	enum word_group group;
	bool vendor;
	bool phrase;             /* a pair or whole phrase, not a stem */
};

#define NO_ROW SIZE_MAX

static struct entry *entries;
static size_t nentries, capentries;

static void
add_word(const char *word, size_t row, bool vendor, enum word_group group)
{
	if (nentries == capentries) {
		capentries = 2 * capentries + 4096;
		entries = gen_realloc(entries, capentries * sizeof *entries);
	}
	memcpy(entries[nentries].word, word, strlen(word) + 1);
	entries[nentries].phrase = word[0] == '=' || strchr(word, ' ') != NULL;
	entries[nentries].row = row;
	entries[nentries].vendor = vendor;
	entries[nentries++].group = group;
}

/* A copy of text; with split, a space goes before each capital that
 * follows a lower-case letter, so that an identifier's words come apart. */
static char *
xsplit(const char *text, bool split)
{
	char *out = gen_realloc(NULL, 2 * strlen(text) + 1), *p = out;

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

/* Adds the words of text to row's words, found in group; vendor says that
 * the row is a vendor's meaning. */
static void
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
	int c = (x->phrase > y->phrase) - (x->phrase < y->phrase);

	if (c == 0)
		c = strcmp(x->word, y->word);

	if (c == 0)
		c = (x->row > y->row) - (x->row < y->row);
	return c != 0 ? c : (int)x->group - (int)y->group;
}

/* Whether entry i starts a new word of the kind asked for.  Pairs of
 * words ("rate limit") and whole phrases ("=rate limited") are looked up
 * only as they are; stems may also be reached through a typo.  They go to
 * tables of their own, so that a typo's scan meets stems only. */
static bool
starts_word(size_t i, bool phrases)
{
	return entries[i].phrase == phrases &&
	    (i == 0 || entries[i - 1].phrase != phrases ||
		strcmp(entries[i].word, entries[i - 1].word) != 0);
}

/* Whether entry i starts a posting: a new word, or a new row of one. */
static bool
starts_posting(size_t i)
{
	return entries[i].row != NO_ROW && (starts_word(i, entries[i].phrase) ||
	    entries[i].row != entries[i - 1].row);
}

/* The pool of the words of one kind, each once, as byte values: C11
 * promises only 4095 characters in a string literal. */
static size_t
put_pool(FILE *out, const char *name, bool phrases)
{
	size_t bytes = 0;

	fprintf(out, "\nconst char %s[] = {", name);
	for (size_t i = 0; i < nentries; i++)
		if (starts_word(i, phrases))
			write_bytes(out, entries[i].word, &bytes);
	fputs(bytes == 0 ? "0\n};\n" : "\n};\n", out);
	return bytes;
}

/* Each word of one kind with the index of its first posting, counted on
 * from base; a last entry marks where its postings end.  A word's postings
 * are one per row, with the strongest group it has there (entries are
 * sorted so that it comes first).  Returns the postings it counted. */
static size_t
put_keys(FILE *out, const char *name, bool phrases, size_t base)
{
	size_t offset = 0, postings = base, words = 0;
	const char *last = NULL;

	fprintf(out, "\nconst struct word_key %s[] = {\n", name);
	for (size_t i = 0; i < nentries; i++) {
		if (entries[i].phrase != phrases)
			continue;
		if (starts_word(i, phrases)) {
			if (last != NULL)
				offset += strlen(last) + 1;
			last = entries[i].word;
			fprintf(out, "\t{ %zu, %zu },\n", offset, postings);
			words++;
		}
		postings += starts_posting(i);
	}
	fprintf(out, "\t{ 0, %zu },\n};\nconst size_t %s_len = %zu;\n", postings, name, words);
	return postings - base;
}

/* The set of bytes of each stem (words_byte_set), in table_words' order: a
 * typo scan compares each with the query's before any distance, and
 * working them out as it went was a fifth of the instructions of a query
 * whose words the table lacks. */
static void
put_sets(FILE *out)
{
	size_t n = 0;

	fputs("\nconst uint32_t table_word_sets[] = {", out);
	for (size_t i = 0; i < nentries; i++)
		if (!entries[i].phrase && starts_word(i, false))
			fprintf(out, "%s0x%lx,", n++ % 8 == 0 ? "\n\t" : " ",
			    words_byte_set(entries[i].word));
	fputs("\n};\n", out);
}

/* The postings of the stems, then those of the phrases. */
static void
put_postings(FILE *out)
{
	size_t n = 0;

	fputs("\nconst unsigned short table_postings[] = {", out);
	for (int phrases = 0; phrases <= 1; phrases++)
		for (size_t i = 0; i < nentries; i++)
			if (entries[i].phrase == phrases && starts_posting(i))
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

/* The id of stem: its place among the stems, which come first in entries;
 * -1 for none. */
static long
stem_id(const char *stem, const void *ctx)
{
	const size_t *stems = ctx;
	size_t lo = 0, hi = *stems;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(entries[stems[mid + 1]].word, stem);
		if (c == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Keys each pair and phrase by the ids of its stems (words.h), which
 * takes a third of the bytes of its words.  A phrase with a stem the
 * stems lack (too long to index) is dropped: no query can match it.
 * False when there are more stems than two bytes can number. */
static bool
key_phrases(void)
{
	char stem[WORD_MAX + 1], phrase[PAIR_MAX + 1];
	size_t *stems, n = 0, kept = 0;

	for (size_t i = 0; words_stop_stem(i, stem) != NULL; i++)
		add_word(stem, NO_ROW, false, GROUP_PROSE);
	stems = gen_realloc(NULL, (nentries + 1) * sizeof *stems);
	qsort(entries, nentries, sizeof *entries, by_word);
	for (size_t i = 0; i < nentries; i++)
		if (starts_word(i, false))
			stems[++n] = i;
	stems[0] = n;
	for (size_t i = 0; i < nentries; i++)
		if (entries[i].phrase) {
			memcpy(phrase, entries[i].word, sizeof phrase);
			words_key(entries[i].word, phrase, stem_id, stems);
		}
	free(stems);
	for (size_t i = 0; i < nentries; i++)
		if (!entries[i].phrase || entries[i].word[0] != '\0')
			entries[kept++] = entries[i];
	nentries = kept;
	return n <= WORDS_KEY_MAX;
}

bool
index_put(FILE *out)
{
	bool ok;

	qsort(entries, nentries, sizeof *entries, by_word);
	demote_common();
	ok = key_phrases();
	qsort(entries, nentries, sizeof *entries, by_word);
	for (size_t i = 0; i < nentries; i++)
		ok &= entries[i].row == NO_ROW || entries[i].row < (UINT16_MAX >> WORDS_GROUP_BITS);
	if (ok) {
		size_t stems = put_keys(out, "table_words", false, 0);
		ok &= put_pool(out, "table_word_pool", false) <= UINT16_MAX;
		ok &= put_pool(out, "table_phrase_pool", true) <= UINT16_MAX;
		ok &= stems + put_keys(out, "table_phrases", true, stems) <= UINT16_MAX;
		put_postings(out);
		put_sets(out);
	}
	return ok;
}

/* Where each stem starts in entries, after the count: stem_id's table,
 * made at the first look-up after index_put. */
static size_t *stem_at;

long
index_stem_id(const char *stem)
{
	if (stem_at == NULL) {
		size_t n = 0;
		stem_at = gen_realloc(NULL, (nentries + 1) * sizeof *stem_at);
		for (size_t i = 0; i < nentries; i++)
			if (starts_word(i, false))
				stem_at[++n] = i;
		stem_at[0] = n;
	}
	return stem_id(stem, stem_at);
}

void
index_free(void)
{
	free(stem_at);
	free(entries);
	stem_at = NULL;
	entries = NULL;
	nentries = capentries = 0;
}

/* The header fields the code calls for are words people look it up by
 * (Allow, WWW-Authenticate, Retry-After), though less than its keywords:
 * 200 asks for ETag, but "etag" means 304 or 412; not those it forbids. */
static void
index_fields(size_t row, const struct record *r)
{
	bool vendor = r->one[K_VENDOR].text != NULL;
	char name[64];

	/* a field of the example response only (200's ETag) says less */
	for (int k = 0; k < r->nmany[K_HEADER]; k++) {
		const char *line = r->many[K_HEADER][k].text;
		snprintf(name, sizeof name, "%.*s", (int)strcspn(line, ":"), line);
		index_add(row, vendor, GROUP_PROSE, name, INDEX_PHRASES);
	}
	for (int k = 0; k < r->nmany[K_REQUIRE]; k++) {
		struct require q;
		if (gen_parse_require(r->many[K_REQUIRE][k].text, &q) == NULL && q.level != LEVEL_MUST_NOT)
			for (const char *list = q.fields; gen_next_name(&list, name, sizeof name);)
				index_add(row, vendor, GROUP_MESSAGE, name, INDEX_PHRASES);
		free(q.copy);
	}
}

/* The messages programs write with the code, cleaned as a query is
 * (words.h), so that a pasted line meets them; with each pair of
 * neighbouring words, so that a part of one ranks its code first; and
 * the program that writes them. */
static void
index_messages(size_t row, const struct record *r)
{
	bool vendor = r->one[K_VENDOR].text != NULL;

	for (int k = 0; k < r->nmany[K_MESSAGE]; k++) {
		struct message_parts m;
		if (gen_parse_message(r->many[K_MESSAGE][k].text, &m) == NULL) {
			size_t size = strlen(m.text) + 1;
			char *clean = gen_realloc(NULL, size);
			words_clean(m.text, clean, size);
			add_phrase(row, vendor, GROUP_MESSAGE, clean, true);
			index_add(row, vendor, GROUP_MESSAGE, m.program, INDEX_PHRASES);
			free(clean);
		}
		free(m.copy);
	}
}

/* The words search finds a record by, each with the strongest place it
 * has in the record: names, former names, constants and the code itself
 * first, then keywords, messages, class, vendor, and the prose. */
#define GRPC_CODES_MAX 8 /* a line over more codes is a catch-all (UNKNOWN) */

/* The gRPC status names in a does line (UNAVAILABLE, RESOURCE_EXHAUSTED),
 * its words of capitals and '_', each a keyword phrase after "grpc", so
 * that "grpc unavailable" finds the status.  A catch-all line's name would
 * land on hundreds of rows and tell none apart. */
static void
index_grpc_names(size_t row, bool vendor, const struct does_parts *d)
{
	size_t codes = 0;

	/* a range counts as many */
	for (const char *p = d->codes; *(p += strspn(p, " ")) != '\0'; p += strcspn(p, " "))
		codes += memchr(p, '-', strcspn(p, " ")) != NULL ? GRPC_CODES_MAX + 1 : 1;
	if (codes > GRPC_CODES_MAX)
		return;
	for (const char *p = d->text; *p != '\0';) {
		size_t n = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
		if (n > 1 && (p == d->text || p[-1] == ' ')) {
			char *name = gen_realloc(NULL, n + 6);
			snprintf(name, n + 6, "grpc %.*s", (int)n, p);
			index_add(row, vendor, GROUP_KEYWORD, name, INDEX_PHRASES);
			free(name);
		}
		p += n > 0 ? n : 1;
	}
}

/* The gRPC statuses a status maps to, as keywords, so that "grpc
 * unavailable" and RESOURCE_EXHAUSTED find it.  The other software's
 * words are left out: spread over hundreds of rows, "error", "proxy" and
 * "expired" stopped telling any apart, and search found nothing for them. */
static void
index_software(size_t row, const struct record *r)
{
	bool vendor = r->one[K_VENDOR].text != NULL;
	struct doing list[DOINGS_MAX];
	size_t n = stanza_behaviours(r, list, DOINGS_MAX);

	for (size_t i = 0; i < n; i++) {
		const struct record *sw = &gen_software[list[i].software];
		struct does_parts d;
		if (!gen_field_is(sw, K_SOFT_KIND, "grpc"))
			continue;
		if (stanza_parse_does(sw->many[K_DOES][list[i].k].text, &d) == NULL)
			index_grpc_names(row, vendor, &d);
		free(d.copy);
	}
}

void
index_record(size_t row, const struct record *r)
{
	bool vendor = r->one[K_VENDOR].text != NULL;

	index_add(row, vendor, GROUP_NAME, r->one[K_CODE].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_NAME, r->one[K_NAME].text, INDEX_PHRASES);
	for (int k = 0; k < r->nmany[K_ALIAS]; k++)
		index_add(row, vendor, GROUP_NAME, r->many[K_ALIAS][k].text, INDEX_PHRASES);
	for (int f = K_FIRST_LIB; f < NKEYS; f++)
		if (r->one[f].text != NULL)
			index_add(row, vendor, GROUP_NAME, r->one[f].text,
			    f == K_LIB_NODE ? INDEX_PHRASES : INDEX_IDENTIFIER);
	index_add(row, vendor, GROUP_KEYWORD, r->one[K_KEYWORDS].text, INDEX_PHRASES);
	index_fields(row, r);
	index_messages(row, r);
	index_software(row, r);
	index_add(row, vendor, GROUP_CLASS, r->one[K_CATEGORY].text, INDEX_WORDS);
	if (r->one[K_VENDOR].text != NULL)
		index_add(row, vendor, GROUP_VENDOR, r->one[K_VENDOR].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_PROSE, r->one[K_DESCRIPTION].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_PROSE, r->one[K_USE_CASE].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_PROSE, r->one[K_NOTES].text, INDEX_WORDS);
}
