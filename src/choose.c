/* The choose guide's situations for a query, matched word by word as
 * search matches codes: stems, pairs of neighbouring words, typos. */

#include <string.h>
#include <strings.h>

#include "names.h"
#include "query.h"
#include "search.h"

/* A situation's words, from the generator: its topic, key, question,
 * keywords and the name of the code it answers with. */
static const struct choose_word *
first_word(const struct situation *sit)
{
	return &table_choose_words[sit->words];
}

static const struct choose_word *
end_word(const struct situation *sit)
{
	return &table_choose_words[sit[1].words];
}

/* What a query word is worth to a situation: 2 when it is a word of its
 * key, question, keywords or answer's name, 1 of its topic only, else 0.
 * With limit > 0, a word of four letters or more within limit typos of it
 * counts too. */
static int
word_worth(const struct situation *sit, const char *stem, int limit)
{
	int worth = 0;

	for (const struct choose_word *cw = first_word(sit); cw < end_word(sit) && worth < 2;
	    cw++) {
		const char *w = table_str(cw->stem);
		if (!cw->stop && (strcmp(w, stem) == 0 || (limit > 0 && strlen(w) >= 4 &&
		    words_distance(w, stem, limit) <= limit)))
			worth = cw->part == PART_TOPIC ? 1 : 2;
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
has_pair(const struct situation *sit, const char *pair)
{
	for (const struct choose_word *cw = first_word(sit) + 1; cw < end_word(sit); cw++)
		if (cw->part != PART_TOPIC && cw->part == cw[-1].part &&
		    is_pair(pair, table_str(cw[-1].stem), table_str(cw->stem)))
			return true;
	return false;
}

/* Each query word's typo limit: as words.h says for its length, but none
 * for a word some situation holds as it is, as in search. */
static void
typo_limits(const struct query_words *q, int *limits)
{
	for (size_t w = 0; w < q->n; w++) {
		limits[w] = words_typo_limit(q->typed[w]);
		for (const struct situation *sit = table_situations; sit->key != 0 && limits[w] > 0;
		    sit++)
			if (word_worth(sit, q->stem[w], 0) > 0)
				limits[w] = 0;
	}
}

/* The query's words' worth to a situation, plus one for each pair of
 * neighbouring query words it holds together; 0 when only its topic
 * holds any, since a heading ("Something broke") is no situation. */
static int
score(const struct situation *sit, const struct query_words *q, const int *limits)
{
	int total = 0;
	bool own = false;

	for (size_t w = 0; w < q->n; w++) {
		int worth = word_worth(sit, q->stem[w], limits[w]);
		total += worth;
		own |= worth > 1;
	}
	for (size_t w = 0; w < q->pairs; w++)
		total += has_pair(sit, q->pair[w]);
	return own ? total : 0;
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
	struct query_words q;
	int best = 0, limits[SEARCH_WORDS];
	size_t n = 0;

	if (max == 0 || (out[0] = by_key(text)) != NULL)
		return max == 0 ? 0 : 1;
	search_parse(text, &q);
	typo_limits(&q, limits);
	for (const struct situation *sit = table_situations; sit->key != 0; sit++) {
		int s = score(sit, &q, limits);
		if (s > best)
			best = s, n = 0;
		if (s == best && best > 0 && n < max)
			out[n++] = sit;
	}
	return n;
}
