/* Ranked search: each word of a query is looked up in the word index that
 * the generator built (exactly, or failing that with a typo or two), and
 * rows are ranked by how many of the words they hold, then by where. */

#include <stdlib.h>
#include <string.h>

#include "search.h"

#define GROUP_MASK ((1u << WORDS_GROUP_BITS) - 1)
#define TYPO_MATCHES 64 /* stems one query word may reach by typos */

/* What a word is worth by where a row holds it (enum word_group): names,
 * former names and constants, then keywords, the class, the vendor, and
 * last the prose. */
static const int group_weight[GROUP_COUNT] = { 16, 12, 6, 5, 2 };

void
search_words(const char *text, struct query_words *q)
{
	char word[WORD_MAX + 1], last[WORD_MAX + 1] = "", phrase[PAIR_MAX + 1] = "=";
	size_t len;

	q->n = q->pairs = 0;
	while (q->n < SEARCH_WORDS && (len = words_next(&text, word)) > 0) {
		bool stop = len <= WORD_MAX && words_stop(word);
		words_stem(word);
		if (last[0] != '\0' && word[0] != '\0' && q->pairs < SEARCH_WORDS)
			words_pair(q->pair[q->pairs++], last, word);
		words_phrase(phrase, word);
		memcpy(last, word, sizeof last);
		/* a word too long to copy still counts: it matches nothing */
		if (!stop) {
			memcpy(q->stem[q->n], word, sizeof word);
			q->typed[q->n++] = len;
		}
	}
	if (strlen(phrase) > 1)
		memcpy(q->pair[q->pairs++], phrase, sizeof phrase);
}

/* The entry of text in a sorted table of the word index (src/gen/index.c):
 * the stems, or the pairs and phrases, with the pool their strings are in.
 * NULL when the table lacks it. */
static const struct word_key *
find_key(const struct word_key *key, size_t len, const char *pool, const char *text)
{
	size_t lo = 0, hi = len;

	if (text[0] == '\0')
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(pool + key[mid].word, text);
		if (c == 0)
			return &key[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const struct word_key *
find_word(const char *stem)
{
	return find_key(table_words, table_words_len, table_word_pool, stem);
}

/* A stem's id in the index, for a phrase's key (words.h). */
static long
stem_id(const char *stem, const void *ctx)
{
	const struct word_key *k = find_word(stem);

	(void)ctx;
	return k != NULL ? k - table_words : -1;
}

/* The entry of a pair or whole phrase, NULL when the index lacks it. */
static const struct word_key *
find_phrase(const char *phrase)
{
	char key[PAIR_MAX + 1];

	words_key(key, phrase, stem_id, NULL);
	return find_key(table_phrases, table_phrases_len, table_phrase_pool, key);
}

/* The postings of stem run from *first to the index returned; none when
 * the index lacks it. */
static uint32_t
postings(const char *stem, uint32_t *first)
{
	const struct word_key *k = find_word(stem);

	*first = k == NULL ? 0 : k->postings;
	return k == NULL ? 0 : k[1].postings;
}

/* 4, plus 1 for each quarter of a halving the table's rows take to come
 * down to df: a word few rows hold tells more than one most rows hold.
 * In whole halvings, a word's worth jumped as records were added, and
 * the order of near-tied rows with it. */
static int
rarity(size_t df)
{
	uint64_t rows = (uint64_t)table_len, d = df > 0 ? (uint64_t)df : 1;
	uint64_t n4 = rows * rows * rows * rows, d4 = d * d * d * d;
	int w = 4;

	while (d4 <= n4 / 2 && w < 64)
		d4 *= 2, w++;
	return w;
}

/* What one query word is worth to a row, and whether the row holds it
 * strongly: in a name, its keywords, its class or its vendor. */
struct match {
	int worth;
	bool strong;
};

/* What each row has gathered over the words of a query. */
struct tally {
	int score;
	int held;   /* query words the row holds anywhere */
	int strong; /* query words it holds strongly */
	bool named; /* the query is its name, or that with a typo or two */
};

static struct tally tally[QUERY_MAX];

/* Raises best[row] to what index word k is worth in each row holding it;
 * a word reached through a typo is worth half. */
static void
credit(const struct word_key *k, bool typo, struct match *best)
{
	int rare = rarity(k[1].postings - k->postings);

	for (uint32_t p = k->postings; p < k[1].postings; p++) {
		size_t row = table_postings[p] >> WORDS_GROUP_BITS;
		unsigned group = table_postings[p] & GROUP_MASK;
		int w = group_weight[group] * rare / (typo ? 2 : 1);
		if (w > best[row].worth)
			best[row] = (struct match){ w, group != GROUP_PROSE };
	}
}

/* The typos between a query stem of length len and stem k of the index,
 * as words_distance; a stem under four letters is never a typo away from
 * anything.  The stems lie end to end in their pool, so a length is the
 * distance to the next one; checking it first spares most of the
 * distances (a typo's scan costs a third of what it did, by callgrind). */
static int
typos(const char *stem, size_t len, size_t k, int limit)
{
	const char *word = table_word_pool + table_words[k].word;
	size_t n = k + 1 < table_words_len ? (size_t)table_words[k + 1].word - table_words[k].word - 1 :
	    strlen(word);

	/* a stop word's stem has no postings: only phrases hold it */
	if (n < 4 || (n > len ? n - len : len - n) > (size_t)limit ||
	    table_words[k].postings == table_words[k + 1].postings)
		return limit + 1;
	return words_distance(stem, word, limit);
}

/* Credits the index words a query word matches: itself, or when the index
 * lacks it, the words nearest to it within its typo limit. */
static void
match_word(const char *stem, size_t typed, struct match *best)
{
	const struct word_key *k = find_word(stem);
	int limit = words_typo_limit(typed), nearest = limit + 1;
	size_t len = strlen(stem);

	if (k != NULL) {
		credit(k, false, best);
		return;
	}
	if (limit == 0 || stem[0] == '\0')
		return;
	/* one pass: the stems at the nearest distance so far are kept, and
	 * dropped when a nearer one turns up */
	static const struct word_key *found[TYPO_MATCHES];
	size_t n = 0;
	for (size_t i = 0; i < table_words_len; i++) {
		int d = typos(stem, len, i, nearest <= limit ? nearest : limit);
		if (d > limit || d > nearest)
			continue;
		if (d < nearest)
			nearest = d, n = 0;
		if (n < TYPO_MATCHES)
			found[n++] = &table_words[i];
	}
	for (size_t i = 0; i < n; i++)
		credit(found[i], true, best);
}

/* Adds up, for each row, what the query's words are worth to it; a pair
 * of them found together, or all of them as one of its phrases, adds to
 * the score alone. */
static void
add_up(const struct query_words *q)
{
	static struct match best[QUERY_MAX];

	memset(tally, 0, table_len * sizeof tally[0]);
	for (size_t w = 0; w < q->n + q->pairs; w++) {
		const struct word_key *k = w < q->n ? NULL : find_phrase(q->pair[w - q->n]);
		memset(best, 0, table_len * sizeof best[0]);
		if (w < q->n)
			match_word(q->stem[w], q->typed[w], best);
		else if (k != NULL)
			credit(k, false, best);
		for (size_t i = 0; i < table_len; i++) {
			tally[i].score += best[i].worth;
			tally[i].held += w < q->n && best[i].worth > 0;
			tally[i].strong += w < q->n && best[i].strong;
		}
	}
}

/* Best first: rows the query names, then those holding the most words,
 * then statuses before error numbers and sub-statuses, then score, then
 * official before vendor meanings, then the more popular, then code
 * order; rows of one code keep the table's order. */
static int
by_rank(const void *a, const void *b)
{
	const struct status *x = *(const struct status *const *)a;
	const struct status *y = *(const struct status *const *)b;
	const struct tally *s = &tally[x - table_rows], *t = &tally[y - table_rows];

	if (s->named != t->named)
		return s->named ? -1 : 1;
	if (s->held != t->held)
		return s->held > t->held ? -1 : 1;
	/* a vendor's error number or sub-status is one product's detail of a
	 * status: it comes first only when it holds more of the words */
	if ((x->kind == KIND_STATUS) != (y->kind == KIND_STATUS))
		return x->kind == KIND_STATUS ? -1 : 1;
	if (s->score != t->score)
		return s->score > t->score ? -1 : 1;
	if ((x->vendor == 0) != (y->vendor == 0))
		return x->vendor == 0 ? -1 : 1;
	if (x->popularity != y->popularity)
		return x->popularity < y->popularity ? -1 : 1;
	return (x > y) - (x < y);
}

/* The rows that hold the most of the query's words, or hold the most of
 * them strongly, best first, after the rows marked named; returns how
 * many there are.  A query of three words or more may hold one that no
 * row has for what the person meant, so rows one word short qualify. */
size_t
search_rows(const struct query_words *q, enum filter keep, const bool *named,
    struct hits *out)
{
	int most = 0, most_strong = 0, enough;

	add_up(q);
	for (size_t i = 0; i < table_len; i++) {
		if (named[i])
			tally[i] = (struct tally){ tally[i].score, (int)q->n, (int)q->n, true };
		if (query_kept(&table_rows[i], keep) && tally[i].held > most)
			most = tally[i].held;
		if (query_kept(&table_rows[i], keep) && tally[i].strong > most_strong)
			most_strong = tally[i].strong;
	}
	enough = q->n >= 3 && most >= 2 ? most - 1 : most;
	out->n = 0;
	for (size_t i = 0; i < table_len && most > 0; i++)
		if (query_kept(&table_rows[i], keep) && (tally[i].held >= enough ||
		    (most_strong > 0 && tally[i].strong == most_strong)))
			out->row[out->n++] = &table_rows[i];
	qsort(out->row, out->n, sizeof(const struct status *), by_rank);
	return out->n;
}

/* Whether one of the names of code (name, former name, constant, or the
 * number itself) or the vendor of one of its meanings holds stem. */
bool
search_in_names(const char *stem, int code)
{
	uint32_t p, end = postings(stem, &p);

	for (; p < end; p++)
		if (((table_postings[p] & GROUP_MASK) == GROUP_NAME ||
		    (table_postings[p] & GROUP_MASK) == GROUP_VENDOR) &&
		    table_id(&table_rows[table_postings[p] >> WORDS_GROUP_BITS]) == code)
			return true;
	return false;
}

/* Whether any official meaning holds stem, anywhere in its text. */
bool
search_in_official(const char *stem)
{
	uint32_t p, end = postings(stem, &p);

	for (; p < end; p++)
		if (table_rows[table_postings[p] >> WORDS_GROUP_BITS].vendor == 0)
			return true;
	return false;
}

/* The one code whose names hold stem, or -1 (none, or several).  A
 * vendor's name words that official meanings also use are keywords in the
 * index (src/gen/index.c), so a vendor's everyday word names nothing here. */
int
search_name_word(const char *stem)
{
	uint32_t p, end = postings(stem, &p);
	int code = -1;

	for (; p < end; p++) {
		const struct status *s = &table_rows[table_postings[p] >> WORDS_GROUP_BITS];
		if ((table_postings[p] & GROUP_MASK) != GROUP_NAME)
			continue;
		if (code >= 0 && s->code != code)
			return -1;
		code = s->code;
	}
	return code;
}
