/* The choose guide's situations for a query, matched word by word as
 * search matches codes: stems, pairs of neighbouring words, typos. */

#include <string.h>
#include <strings.h>

#include "names.h"
#include "query.h"
#include "search.h"


/* Where a word of a situation comes from: its topic counts for less. */
enum part { PART_TOPIC, PART_KEY, PART_ASK, PART_KEYWORDS, PART_NAME };

/* A situation's words, split and stemmed once per query. */
struct split {
	char stem[CHOOSE_WORDS][WORD_MAX + 1];
	unsigned char part[CHOOSE_WORDS];
	bool stop[CHOOSE_WORDS];
	size_t n;
};

static void
split_text(struct split *sp, const char *text, enum part part)
{
	char word[WORD_MAX + 1];
	size_t len;

	while (sp->n < CHOOSE_WORDS && (len = words_next(&text, word)) > 0) {
		sp->stop[sp->n] = len > WORD_MAX || words_stop(word);
		words_stem(word);
		memcpy(sp->stem[sp->n], word, sizeof word);
		sp->part[sp->n++] = (unsigned char)part;
	}
}

/* The words of the situation's topic, key, question, keywords and the
 * name of the code it answers with. */
static void
split_situation(const struct situation *sit, struct split *sp)
{
	sp->n = 0;
	split_text(sp, table_str(sit->topic), PART_TOPIC);
	split_text(sp, table_str(sit->key), PART_KEY);
	split_text(sp, table_str(sit->ask), PART_ASK);
	if (sit->keywords != 0)
		split_text(sp, table_str(sit->keywords), PART_KEYWORDS);
	split_text(sp, table_str(table_code(sit->code).first->name), PART_NAME);
}

/* What a query word is worth to a situation: 2 when it is a word of its
 * key, question, keywords or answer's name, 1 of its topic only, else 0.
 * With limit > 0, a word of four letters or more within limit typos of it
 * counts too. */
static int
word_worth(const struct split *sp, const char *stem, int limit)
{
	int worth = 0;

	for (size_t i = 0; i < sp->n && worth < 2; i++) {
		const char *w = sp->stem[i];
		if (!sp->stop[i] && (strcmp(w, stem) == 0 || (limit > 0 && strlen(w) >= 4 &&
		    words_distance(w, stem, limit) <= limit)))
			worth = sp->part[i] == PART_TOPIC ? 1 : 2;
	}
	return worth;
}

/* Whether pair ("not exist", as words_pair writes it) is the stems a, b. */
static bool
is_pair(const char *pair, const char *a, const char *b)
{
	size_t n = strlen(a);

	return strncmp(pair, a, n) == 0 && pair[n] == ' ' && strcmp(pair + n + 1, b) == 0;
}

/* Whether the pair of stems are neighbours in one of the situation's
 * texts other than its topic. */
static bool
has_pair(const struct split *sp, const char *pair)
{
	for (size_t i = 1; i < sp->n; i++)
		if (sp->part[i] != PART_TOPIC && sp->part[i] == sp->part[i - 1] &&
		    is_pair(pair, sp->stem[i - 1], sp->stem[i]))
			return true;
	return false;
}

/* Each query word's typo limit: as words.h says for its length, but none
 * for a word some situation holds as it is, as in search. */
static void
typo_limits(const struct query_words *q, const struct split *all, size_t n, int *limits)
{
	for (size_t w = 0; w < q->n; w++) {
		limits[w] = words_typo_limit(q->typed[w]);
		for (size_t i = 0; i < n && limits[w] > 0; i++)
			if (word_worth(&all[i], q->stem[w], 0) > 0)
				limits[w] = 0;
	}
}

/* The query's words' worth to a situation, plus one for each pair of
 * neighbouring query words it holds together. */
static int
score(const struct split *sp, const struct query_words *q, const int *limits)
{
	int total = 0;

	for (size_t w = 0; w < q->n; w++)
		total += word_worth(sp, q->stem[w], limits[w]);
	for (size_t w = 0; w < q->pairs; w++)
		total += has_pair(sp, q->pair[w]);
	return total;
}

/* The one situation whose key text spells, with spaces or dashes. */
static const struct situation *
by_key(const char *text)
{
	char dashed[NAME_MAX_LEN];
	size_t len = strlen(text);

	if (len >= sizeof dashed)
		return NULL;
	for (size_t i = 0; i <= len; i++) {
		dashed[i] = text[i];
		if (text[i] == ' ')
			dashed[i] = '-';
	}
	for (const struct situation *sit = table_situations; sit->key != 0; sit++)
		if (strcasecmp(table_str(sit->key), dashed) == 0)
			return sit;
	return NULL;
}

/* The situations of the choose guide for a query: the one whose key it
 * spells, else those its words fit best.  Stop words such as "not" select
 * nothing on their own. */
size_t
query_choose(const char *text, const struct situation **out, size_t max)
{
	/* the situations never change, so they are split once a process: a
	 * fuzzer asks thousands of times (the generator keeps them within
	 * CHOOSE_MAX and CHOOSE_WORDS) */
	static struct split all[CHOOSE_MAX];
	static size_t count;
	static bool split;
	struct query_words q;
	int best = 0, limits[SEARCH_WORDS];
	size_t n = 0;

	if (max == 0 || (out[0] = by_key(text)) != NULL)
		return max == 0 ? 0 : 1;
	search_words(text, &q);
	for (const struct situation *sit = table_situations; !split && sit->key != 0 &&
	    count < CHOOSE_MAX; sit++)
		split_situation(sit, &all[count++]);
	split = true;
	typo_limits(&q, all, count, limits);
	for (size_t i = 0; i < count; i++) {
		int s = score(&all[i], &q, limits);
		if (s > best)
			best = s, n = 0;
		if (s == best && best > 0 && n < max)
			out[n++] = &table_situations[i];
	}
	return n;
}
