/* Ranked search: each word of a query is looked up in the word index that
 * the generator built (exactly, or failing that with a typo or two) and
 * weighed by how rare it is; a row is found only when the words it holds
 * carry most of the query's weight, and found rows are ranked by where and
 * how many of the words they hold.  Words that name a vendor qualify the
 * query instead, and a message of a row pasted whole puts that row first. */

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "search.h"

#define GROUP_MASK ((1u << WORDS_GROUP_BITS) - 1)
#define TYPO_MATCHES 64 /* stems one query word may reach by typos */
#define SEQ_MAX ((size_t)2 * SEARCH_WORDS) /* words of a query looked at for products */

/* What a word is worth by where a row holds it (enum word_group): names,
 * former names and constants, then keywords and messages, the class, the
 * vendor, and last the prose. */
static const int group_weight[GROUP_COUNT] = { 16, 12, 4, 6, 5, 2 };

/* A row is found when the words it holds carry this share of the query's
 * weight (percent), and it holds one of them in a strong place (not the
 * class, not the prose); or, holding them only in its prose, at least
 * PROSE_WORDS of them carrying PROSE_PERCENT of the weight. */
#define FLOOR_PERCENT 55
#define PROSE_WORDS 2
#define PROSE_PERCENT 75

/* A message of a row is taken to be pasted when the query holds this share
 * of its weight (percent), and it has this many words to weigh: fewer, as
 * in "You are being rate limited", are a phrase of a query, not a line. */
#define PASTED_PERCENT 75
#define PASTED_WORDS 3

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

static size_t
postings_of(const struct word_key *k)
{
	return (size_t)(k[1].postings - k->postings);
}

/* A test of a posting: the row that holds a word, where it holds it
 * (enum word_group), and what the test was given. */
typedef bool posting_test(const struct status *s, unsigned group, const void *ctx);

/* Whether a posting of k passes test; none does when k is NULL. */
static bool
any_posting(const struct word_key *k, posting_test *test, const void *ctx)
{
	for (uint32_t p = k != NULL ? k->postings : 0; k != NULL && p < k[1].postings; p++)
		if (test(&table_rows[table_postings[p] >> WORDS_GROUP_BITS],
		    table_postings[p] & GROUP_MASK, ctx))
			return true;
	return false;
}

/* Whether a word is held in a strong place: names, keywords, messages or
 * vendor, not only the class or the prose. */
static bool
strong_place(const struct status *s, unsigned group, const void *ctx)
{
	(void)s, (void)ctx;
	return group != GROUP_PROSE && group != GROUP_CLASS;
}

/* 4, plus 1 for each quarter of a halving the table's rows take to come
 * down to df: a word few rows hold tells more than one most rows hold.
 * In whole halvings, a word's worth jumped as records were added, and
 * the order of near-tied rows with it. */
static int
rarity(size_t df)
{
	static int known[QUERY_MAX + 1]; /* each df's rarity, once worked out */
	uint64_t rows = (uint64_t)table_len, d = df > 0 ? (uint64_t)df : 1;
	uint64_t n4 = rows * rows * rows * rows, d4 = d * d * d * d;
	int w = 4;

	if (df <= QUERY_MAX && known[df] != 0)
		return known[df];
	while (d4 <= n4 / 2 && w < 64)
		d4 *= 2, w++;
	if (df <= QUERY_MAX)
		known[df] = w;
	return w;
}

/* What a word the table lacks weighs in a query: as much as a word one row
 * in 32 holds.  It says that the query asks something the table may not
 * answer, but not as loudly as a rare word it has. */
static int
unknown_weight(void)
{
	return rarity(table_len / 32);
}

/* Whether the product name stems ("asp net core") starts at word i of the
 * query's words seq. */
static bool
product_at(const char *stems, char (*seq)[WORD_MAX + 1], size_t i, size_t n)
{
	for (; *stems != '\0' && i < n; i++) {
		size_t len = strcspn(stems, " ");
		if (strlen(seq[i]) != len || strncmp(seq[i], stems, len) != 0)
			return false;
		stems += len + (stems[len] == ' ');
	}
	return *stems == '\0';
}

/* Notes a product the query names, once. */
static void
add_product(struct query_words *q, const struct product *p)
{
	for (size_t i = 0; i < q->vendors; i++)
		if (q->product[i]->stems == p->stems && q->product[i]->owner == p->owner)
			return;
	if (q->vendors < SEARCH_VENDORS)
		q->product[q->vendors++] = p;
}

/* Marks in taken the words of seq that name products, noting the
 * products in q. */
static void
find_products(struct query_words *q, char (*seq)[WORD_MAX + 1], size_t n, bool *taken)
{
	for (const struct product *p = table_products; p->stems != 0; p++) {
		const char *stems = table_str(p->stems);
		size_t len = 1; /* the words of the name, which product_at finds whole */
		for (const char *s = stems; (s = strchr(s, ' ')) != NULL; s++)
			len++;
		for (size_t i = 0; i + len <= n; i++)
			if (product_at(stems, seq, i, n)) {
				add_product(q, p);
				memset(taken + i, true, len);
			}
	}
}

/* Whether a word of digits may be a code's own number (404, 1020). */
static bool
code_like(const char *word, size_t len)
{
	return (len == 3 || len == 4) && strspn(word, "0123456789") == len;
}

/* Adds the content words of the query that name no product to q, each
 * once: "null null null" says no more than "null". */
static void
add_words(struct query_words *q, char (*seq)[WORD_MAX + 1], const size_t *typed,
    const bool *content, const bool *taken, size_t n)
{
	for (size_t i = 0; i < n && q->n < SEARCH_WORDS; i++) {
		bool again = false;
		for (size_t k = 0; k < q->n; k++)
			again |= strcmp(q->stem[k], seq[i]) == 0;
		if (!content[i] || taken[i] || again)
			continue;
		memcpy(q->stem[q->n], seq[i], WORD_MAX + 1);
		q->number[q->n] = code_like(seq[i], typed[i]);
		q->id[q->n] = stem_id(seq[i], NULL);
		q->typed[q->n++] = typed[i];
	}
}

/* Notes a known id that the query carries, once. */
static void
add_id(struct query_words *q, int id)
{
	for (size_t i = 0; i < q->nids; i++)
		if (q->ids[i] == id)
			return;
	if (id >= 0 && table_code(id).len > 0 && q->nids < SEARCH_CARRIED)
		q->ids[q->nids++] = id;
}

/* Notes the known codes text carries: a token that is one (404, 500.19,
 * 1020, punctuation around it aside), or the value of a name (status=404);
 * not three digits in an address, a time or an errno ((104)Connection
 * reset).  0 is 000 only after "status" or "code" (status 0, http_code 0):
 * elsewhere in a pasted line it is a count. */
static void
find_ids(struct query_words *q, const char *text)
{
	static const char around[] = "()[]{}<>,.;:!?\"'";
	char token[32], word[WORD_MAX + 1];
	const char *w;
	bool status = false;

	for (const char *p = text; *(p += strspn(p, " \t")) != '\0';) {
		size_t len = strcspn(p, " \t");
		const char *t = p;
		p += len;
		while (len > 0 && strchr(around, *t) != NULL)
			t++, len--;
		while (len > 0 && strchr(around, t[len - 1]) != NULL)
			len--;
		if (len == 0 || len >= sizeof token)
			continue;
		memcpy(token, t, len);
		token[len] = '\0';
		if (strcmp(token, "0") == 0 && status)
			add_id(q, 0);
		status = len >= 4 && (strcasecmp(token + len - 4, "code") == 0 ||
		    (len >= 6 && strcasecmp(token + len - 6, "status") == 0));
		if (table_parse_code(token) >= 0) {
			add_id(q, table_parse_code(token));
			continue;
		}
		/* a name and its value: status=404, code:503 */
		w = token + strcspn(token, "=:");
		if (w > token && *w != '\0' && words_next(&w, word) == 3 && *w == '\0' &&
		    table_parse_code(word) >= 0)
			add_id(q, table_parse_code(word));
	}
}

/* Notes the names of two words or more that start the query, as the title
 * starts a page that is pasted whole ("Gateway Timeout The gateway did
 * not..."); stop words and numbers before them aside ("HTTP Error 503.
 * Service Unavailable").  A name of one word ("Processing") is too often
 * a word of a question to be taken for a title. */
static void
find_titles(struct query_words *q, char (*seq)[WORD_MAX + 1], const bool *content, size_t n)
{
	char phrase[PAIR_MAX + 1];
	size_t i = 0;

	while (i < n && !content[i])
		i++;
	for (size_t len = 2; len <= 6 && i + len <= n && q->titles < SEARCH_CARRIED; len++) {
		const struct word_key *k;
		phrase[0] = '=', phrase[1] = '\0';
		for (size_t j = i; j < i + len; j++)
			words_phrase(phrase, seq[j]);
		if ((k = find_phrase(phrase)) != NULL)
			q->title[q->titles++] = k;
	}
}

void
search_parse(const char *text, struct query_words *q)
{
	static char seq[SEQ_MAX][WORD_MAX + 1];
	static char clean[4096];
	char phrase[PAIR_MAX + 1] = "=";
	size_t typed[SEQ_MAX], n = 0, len;
	bool content[SEQ_MAX] = { false }, taken[SEQ_MAX] = { false };
	const char *p = clean;

	q->n = q->pairs = q->vendors = q->nids = q->titles = 0;
	find_ids(q, text);
	words_clean(text, clean, sizeof clean);
	while (n < SEQ_MAX && (len = words_next(&p, seq[n])) > 0) {
		/* a word too long to copy still counts: it matches nothing */
		content[n] = words_content(seq[n], len) || code_like(seq[n], len) || len > WORD_MAX;
		words_stem(seq[n]);
		if (n > 0 && seq[n - 1][0] != '\0' && seq[n][0] != '\0' && q->pairs < SEARCH_WORDS)
			words_pair(q->pair[q->pairs++], seq[n - 1], seq[n]);
		words_phrase(phrase, seq[n]);
		typed[n++] = len;
	}
	find_products(q, seq, n, taken);
	find_titles(q, seq, content, n);
	add_words(q, seq, typed, content, taken, n);
	if (strlen(phrase) > 1)
		memcpy(q->pair[q->pairs++], phrase, sizeof phrase);
}

/* Whether a word of a query names a vendor or product (nginx, iis, alb). */
bool
search_product(const char *stem)
{
	for (const struct product *p = table_products; p->stems != 0; p++)
		if (strcmp(table_str(p->stems), stem) == 0)
			return true;
	return false;
}

/* What one query word is worth to a row, and where the row holds it. */
struct match {
	int worth;
	unsigned char group;
	bool typo;
};

/* Rows whose share of the query's weight falls in one of BANDS steps are
 * about as good a match, and rank by where they hold the words rather
 * than by how many. */
#define BANDS 4

/* What each row has gathered over the words of a query. */
struct tally {
	int score;  /* the worth of the words and pairs it holds */
	int cover;  /* the query weight of the words it holds, a typo in prose halved */
	int held;   /* query words it holds anywhere, products' names included */
	int strong; /* query words it holds in a strong place */
	int prose;  /* query words it holds only in its prose, or common ones */
	int pasted; /* how exactly the query holds one of its messages (pasted()) */
	bool named; /* the query is its name, or that with a typo or two */
	bool carried; /* the query holds its number */
	bool titled; /* its name starts the query */
	bool vendor; /* the query names its vendor or module */
	int band;    /* the share of the query's weight it holds, in BANDS steps */
};

static struct tally tally[QUERY_MAX];

/* Raises best[row] to what index word k is worth in each row holding it;
 * a word reached through a typo is worth half.  A number matches only the
 * rows whose own number it is. */
static void
credit(const struct word_key *k, bool typo, bool number, struct match *best)
{
	int rare = rarity(postings_of(k));

	for (uint32_t p = k->postings; p < k[1].postings; p++) {
		size_t row = table_postings[p] >> WORDS_GROUP_BITS;
		unsigned group = table_postings[p] & GROUP_MASK;
		int w = group_weight[group] * rare / (typo ? 2 : 1);
		if (number && group != GROUP_NAME)
			continue;
		if (w > best[row].worth)
			best[row] = (struct match){ w, (unsigned char)group, typo };
	}
}

/* The typos between a query stem of length len and byte set set and stem
 * k of the index, as words_distance; a stem under four letters is never a
 * typo away from anything.  The stems lie end to end in their pool, so a
 * length is the distance to the next one; checking it first, then the
 * byte sets with the query's worked out once, spares most of the
 * distances (a query of five words the table lacks: 1.78 million
 * instructions before the sets, 1.29 million after, by callgrind; the
 * generator works out the stems' sets). */
static int
typos(const char *stem, size_t len, unsigned long set, size_t k, int limit)
{
	const char *word = table_word_pool + table_words[k].word;
	size_t n = k + 1 < table_words_len ? (size_t)table_words[k + 1].word - table_words[k].word - 1 :
	    strlen(word);

	/* a stop word's stem has no postings: only phrases hold it */
	if (n < 4 || (n > len ? n - len : len - n) > (size_t)limit ||
	    table_words[k].postings == table_words[k + 1].postings ||
	    !words_sets_near(set, table_word_sets[k], limit))
		return limit + 1;
	return words_distance(stem, word, limit);
}

/* The index stems nearest a query stem the index lacks, within its typo
 * limit, into found; returns how many.  One pass: the stems at the
 * nearest distance so far are kept, and dropped when a nearer one turns
 * up. */
static size_t
nearest_stems(const char *stem, size_t typed, const struct word_key **found)
{
	int limit = words_typo_limit(typed), nearest = limit + 1;
	size_t len = strlen(stem), n = 0;
	unsigned long set = words_byte_set(stem);

	if (limit == 0 || stem[0] == '\0')
		return 0;
	for (size_t i = 0; i < table_words_len; i++) {
		int d = typos(stem, len, set, i, nearest <= limit ? nearest : limit);
		if (d > limit || d > nearest)
			continue;
		if (d < nearest)
			nearest = d, n = 0;
		if (n < TYPO_MATCHES)
			found[n++] = &table_words[i];
	}
	return n;
}

/* What index word k weighs in a query: its rarity; but a word that codes
 * hold only in their prose says little about which code is meant, and
 * weighs no more than a word a quarter of the rows hold ("forever" in
 * "gone forever"). */
static int
weight_of(const struct word_key *k)
{
	int rare = rarity(postings_of(k));

	for (uint32_t p = k->postings; p < k[1].postings; p++)
		if ((table_postings[p] & GROUP_MASK) != GROUP_PROSE)
			return rare;
	return rare < rarity(table_len / 4) ? rare : rarity(table_len / 4);
}

/* Credits the index words a query word matches: itself, or when the index
 * lacks it, the words nearest to it within its typo limit.  Returns the
 * word's weight in the query (weight_of), that of the weightiest stem it
 * may be a typo of, or for a word the table lacks, unknown_weight(); a
 * number that is no code weighs nothing. */
static int
match_word(const struct query_words *q, size_t w, struct match *best)
{
	static const struct word_key *found[TYPO_MATCHES];
	const struct word_key *k = find_word(q->stem[w]);
	int weight = 0;
	size_t n;

	if (k != NULL) {
		credit(k, false, q->number[w], best);
		return weight_of(k);
	}
	if (q->number[w])
		return 0;
	n = nearest_stems(q->stem[w], q->typed[w], found);
	for (size_t i = 0; i < n; i++) {
		credit(found[i], true, false, best);
		if (weight_of(found[i]) > weight)
			weight = weight_of(found[i]);
	}
	return n > 0 ? weight : unknown_weight();
}

/* Adds what one match is worth to a row's tally.  A word most rows hold
 * ("out", "log") is no strong match wherever it is found; a typo found
 * in prose covers half of what it would as typed. */
static void
add_match(struct tally *t, const struct match *m, int weight)
{
	if (m->worth == 0)
		return;
	t->score += m->worth;
	t->cover += m->typo && m->group == GROUP_PROSE ? weight / 2 : weight;
	t->held++;
	if (m->group == GROUP_PROSE || weight < rarity(table_len / 4))
		t->prose++;
	else
		t->strong++;
}

/* Whether product p is of the vendor of s, or its module. */
static bool
owns(const struct product *p, const struct status *s)
{
	return p->module ? s->module != 0 && s->module == p->owner :
	    s->vendor != 0 && s->vendor == p->owner;
}

/* Whether the query names a product of the vendor of s, or its module. */
static bool
vendor_named(const struct query_words *q, const struct status *s)
{
	for (size_t i = 0; i < q->vendors; i++)
		if (owns(q->product[i], s))
			return true;
	return false;
}

/* Counts each product the query names as a word held by the rows of its
 * vendor or module, and by those whose keywords or messages name it
 * (503's "alb", nginx's messages), without weight: a product qualifies a
 * query, and the other words decide whether a row is found. */
static void
add_products(const struct query_words *q, struct match *best)
{
	char phrase[PAIR_MAX + 1];

	for (size_t i = 0; i < q->vendors; i++) {
		const char *stems = table_str(q->product[i]->stems);
		const struct word_key *k;
		memset(best, 0, table_len * sizeof best[0]);
		if (strchr(stems, ' ') == NULL) {
			k = find_word(stems);
		} else {
			snprintf(phrase, sizeof phrase, "=%s", stems);
			k = find_phrase(phrase);
		}
		if (k != NULL)
			credit(k, false, false, best);
		for (size_t r = 0; r < table_len; r++) {
			if (owns(q->product[i], &table_rows[r]))
				best[r].worth = group_weight[GROUP_VENDOR] * rarity(1);
			tally[r].score += best[r].worth;
			tally[r].held += best[r].worth > 0;
		}
	}
}

/* Whether the query carries id. */
static bool
carries(const struct query_words *q, int id)
{
	for (size_t i = 0; i < q->nids; i++)
		if (q->ids[i] == id)
			return true;
	return false;
}

/* Adds up, for each row, what the query's words are worth to it; a pair
 * of them found together, or all of them as one of its phrases, adds to
 * the score alone.  Returns the query's whole weight. */
static int
add_up(const struct query_words *q)
{
	static struct match best[QUERY_MAX];
	int total = 0;

	memset(tally, 0, table_len * sizeof tally[0]);
	for (size_t w = 0; w < q->n; w++) {
		memset(best, 0, table_len * sizeof best[0]);
		int weight = match_word(q, w, best);
		total += weight;
		for (size_t i = 0; i < table_len; i++)
			add_match(&tally[i], &best[i], weight);
	}
	add_products(q, best);
	for (size_t w = 0; w < q->pairs; w++) {
		const struct word_key *k = find_phrase(q->pair[w]);
		memset(best, 0, table_len * sizeof best[0]);
		if (k != NULL)
			credit(k, false, false, best);
		for (size_t i = 0; i < table_len; i++)
			tally[i].score += best[i].worth;
	}
	return total;
}

/* Whether the query holds the stem of id k of the index among its words. */
static bool
holds(const struct query_words *q, long k)
{
	for (size_t w = 0; w < q->n; w++)
		if (q->id[w] == k)
			return true;
	return false;
}

/* How well the query holds message m, when it holds most of it (a line
 * pasted from a log or an error page, its paths and numbers aside): the
 * weight of its words the query holds, less that of those it lacks, so
 * that of two messages the one it holds more exactly wins; 0 when it
 * holds too little of it.  Its words are the ids of their stems, which
 * the generator wrote (a message of no words to weigh, "Error 530", has
 * none). */
static int
pasted(const struct query_words *q, const struct message *m)
{
	int all = 0, held = 0, words = 0;

	for (const unsigned short *k = &table_message_stems[m->stems]; *k != WORDS_NO_STEM;
	    k++, words++) {
		int weight = rarity(postings_of(&table_words[*k]));
		all += weight;
		held += holds(q, *k) ? weight : 0;
	}
	return words >= PASTED_WORDS && held * 100 >= all * PASTED_PERCENT ? 2 * held - all : 0;
}

/* Notes for each row the best of its messages that the query holds.  A
 * row holding fewer than two of the query's words can hold no message of
 * three or more words nearly whole, and is not looked at: most queries
 * are a word or two, and weighing every message's words for them was
 * half of a search's instructions. */
static void
add_pasted(const struct query_words *q)
{
	for (size_t row = 0; row < table_len; row++) {
		const struct message *m = &table_messages[table_rows[row].messages];
		if (tally[row].held < 2)
			continue;
		for (; m < table_messages_end(&table_rows[row]); m++) {
			int w = pasted(q, m);
			if (w > tally[row].pasted)
				tally[row].pasted = w;
		}
	}
}

static bool
official_name_or_keyword(const struct status *s, unsigned group, const void *ctx)
{
	(void)ctx;
	return s->vendor == 0 && group <= GROUP_KEYWORD;
}

/* Whether a phrase of the index is a name or keyword of an official code. */
static bool
official_phrase(const struct word_key *k)
{
	return any_posting(k, official_name_or_keyword, NULL);
}

/* Marks the rows whose name starts the query (find_titles); a vendor's
 * name only when no official code has it too, as "Access denied". */
static void
mark_titled(const struct query_words *q)
{
	for (size_t i = 0; i < q->titles; i++) {
		bool official = official_phrase(q->title[i]);
		for (uint32_t p = q->title[i]->postings; p < q->title[i][1].postings; p++) {
			size_t row = table_postings[p] >> WORDS_GROUP_BITS;
			if ((table_postings[p] & GROUP_MASK) == GROUP_NAME &&
			    (table_rows[row].vendor == 0 || !official))
				tally[row].titled = true;
		}
	}
}

/* Whether a row is found: named, pasted, or holding enough of the query;
 * a query of nothing but a vendor's name finds that vendor's rows. */
static bool
is_found(const struct tally *t, int total)
{
	if (t->named || t->pasted > 0 || t->carried || t->titled)
		return true;
	if (total == 0)
		return t->vendor;
	if (t->strong == 0)
		return t->prose >= PROSE_WORDS && (long)t->cover * 100 >= (long)total * PROSE_PERCENT;
	return (long)t->cover * 100 >= (long)total * FLOOR_PERCENT;
}

/* A row's score as the ranking weighs it: more for an official meaning
 * than for a vendor's, and more for a common code than for a rare one, so
 * that a vendor's rare code named "Blocked" comes after 403, which only
 * has "blocked" among its keywords, but Cloudflare's 525, named "SSL
 * Handshake Failed", before 425, whose keywords mention TLS. */
static long
standing(const struct status *s, const struct tally *t)
{
	return (long)t->score * (s->vendor == 0 ? 3 : 2) * (5 - (long)s->popularity);
}


/* Best first: rows the query names, then rows whose message it holds,
 * then those whose number it carries, those whose name it holds, then
 * those holding the most words (a vendor's rows hold the names of its
 * products), those of the vendors it names,
 * statuses before error numbers and sub-statuses, then standing, then
 * the more popular, then code order; rows of one code keep the table's
 * order. */
static int
by_rank(const void *a, const void *b)
{
	const struct status *x = *(const struct status *const *)a;
	const struct status *y = *(const struct status *const *)b;
	const struct tally *s = &tally[x - table_rows], *t = &tally[y - table_rows];

	if (s->named != t->named)
		return s->named ? -1 : 1;
	if (s->pasted != t->pasted)
		return s->pasted > t->pasted ? -1 : 1;
	if (s->carried != t->carried)
		return s->carried ? -1 : 1;
	if (s->titled != t->titled)
		return s->titled ? -1 : 1;
	if (s->band != t->band)
		return s->band > t->band ? -1 : 1;
	if (s->held != t->held)
		return s->held > t->held ? -1 : 1;
	if (s->vendor != t->vendor)
		return s->vendor ? -1 : 1;
	/* a vendor's error number or sub-status is one product's detail of a
	 * status: it comes first only when it holds more of the words */
	if ((x->kind == KIND_STATUS) != (y->kind == KIND_STATUS))
		return x->kind == KIND_STATUS ? -1 : 1;
	if (standing(x, s) != standing(y, t))
		return standing(x, s) > standing(y, t) ? -1 : 1;
	if (x->popularity != y->popularity)
		return x->popularity < y->popularity ? -1 : 1;
	return (x > y) - (x < y);
}

/* The rows found for the query, best first; named marks the rows whose
 * name it is.  Returns how many there are. */
size_t
search_rows(const struct query_words *q, enum filter keep, const bool *named,
    struct hits *out)
{
	int total = add_up(q);

	add_pasted(q);
	out->n = 0;
	mark_titled(q);
	for (size_t i = 0; i < table_len; i++) {
		tally[i].named = named[i];
		tally[i].vendor = vendor_named(q, &table_rows[i]);
		tally[i].carried = carries(q, table_id(&table_rows[i]));
		tally[i].band = total > 0 ? tally[i].cover * BANDS / (total + 1) : 0;
		if (query_kept(&table_rows[i], keep) && is_found(&tally[i], total))
			out->row[out->n++] = &table_rows[i];
	}
	qsort(out->row, out->n, sizeof(const struct status *), by_rank);
	return out->n;
}

/* The ids a row stands beside when its number is in a query: its own, its
 * parent's (500 for 500.19), and the status its error number arrives with. */
static bool
family(const struct status *s, int id)
{
	int own = table_id(s);

	return own == id || (ID_IS_SUB(id) && s->code == ID_CODE(id) && s->kind == KIND_STATUS) ||
	    (ID_IS_ERROR(id) && table_code(id).len > 0 && table_code(id).first->http_status ==
		s->code && s->kind == KIND_STATUS);
}

/* Whether a meaning of code id, or of the status it belongs to or arrives
 * with, holds stem in a strong place: its names, keywords, messages or
 * vendor ("nginx 499", "HTTP Error 500.19 - Internal Server Error",
 * "Error 1020 Access denied"). */
static bool
strong_in_family(const struct status *s, unsigned group, const void *id)
{
	return strong_place(s, group, NULL) && family(s, *(const int *)id);
}

bool
search_beside(const char *stem, int id)
{
	return any_posting(find_word(stem), strong_in_family, &id);
}

/* Whether a row holds stem in a strong place (strong_place). */
bool
search_holds(const char *stem)
{
	return any_posting(find_word(stem), strong_place, NULL);
}

static bool
of_official(const struct status *s, unsigned group, const void *ctx)
{
	(void)group, (void)ctx;
	return s->vendor == 0;
}

/* Whether any official meaning holds stem, anywhere in its text. */
bool
search_in_official(const char *stem)
{
	return any_posting(find_word(stem), of_official, NULL);
}

/* The entry of the whole of text as a phrase ("=stem stem"), NULL when the
 * index lacks it. */
static const struct word_key *
whole_phrase(const char *text)
{
	char word[WORD_MAX + 1], phrase[PAIR_MAX + 1] = "=";

	while (words_next(&text, word) > 0) {
		words_stem(word);
		words_phrase(phrase, word);
	}
	return strlen(phrase) > 1 ? find_phrase(phrase) : NULL;
}

/* Whether an official meaning has the whole of text as a name or keyword. */
bool
search_official_phrase(const char *text)
{
	return official_phrase(whole_phrase(text));
}

/* The one code whose postings of k (a phrase) are all keywords or names,
 * or -1. */
static int
one_code(const struct word_key *k)
{
	int code = -1;

	for (uint32_t p = k != NULL ? k->postings : 0; k != NULL && p < k[1].postings; p++) {
		const struct status *s = &table_rows[table_postings[p] >> WORDS_GROUP_BITS];
		unsigned group = table_postings[p] & GROUP_MASK;
		if (group != GROUP_KEYWORD && group != GROUP_NAME)
			return -1;
		if (code >= 0 && table_id(s) != code)
			return -1;
		code = table_id(s);
	}
	return code;
}

static bool
name_of_other(const struct status *s, unsigned group, const void *id)
{
	return group == GROUP_NAME && table_id(s) != *(const int *)id;
}

/* Whether a code other than id holds stem in one of its names. */
static bool
named_elsewhere(const char *stem, int id)
{
	return any_posting(find_word(stem), name_of_other, &id);
}

/* The query's words as a whole phrase ("=stem stem"), each word the index
 * lacks replaced by the one stem it is a typo of; false when one is a
 * typo of none or of several. */
static bool
corrected_phrase(const char *text, char phrase[PAIR_MAX + 1])
{
	static const struct word_key *found[TYPO_MATCHES];
	char word[WORD_MAX + 1];
	const char *p = text;
	size_t len;

	phrase[0] = '=', phrase[1] = '\0';
	while ((len = words_next(&p, word)) > 0) {
		bool stop = len <= WORD_MAX && words_stop(word);
		words_stem(word);
		if (!stop && find_word(word) == NULL) {
			if (nearest_stems(word, len, found) != 1)
				return false;
			snprintf(word, sizeof word, "%s", table_word_pool + found[0]->word);
		}
		words_phrase(phrase, word);
	}
	return strlen(phrase) > 1;
}

/* The one code text names as one of its keywords, or a typo of one, that
 * no other code holds as a keyword, nor as a word of a name: "captive
 * portal" (511), "throttled" (429); not "not allowed", which 405's name
 * holds.  -1 for none. */
int
search_keyword(const char *text)
{
	/* lookup and search both ask for one query: its typos are looked for once */
	static char asked[PAIR_MAX + 1];
	static int answer = -1;
	char phrase[PAIR_MAX + 1], word[WORD_MAX + 1];
	const char *p = text;
	int code;
	size_t len;

	if (strlen(text) < sizeof asked && strcmp(text, asked) == 0)
		return answer;
	snprintf(asked, sizeof asked, "%s", strlen(text) < sizeof asked ? text : "");
	answer = -1;
	if (!corrected_phrase(text, phrase) || (code = one_code(find_phrase(phrase))) < 0)
		return -1;
	while ((len = words_next(&p, word)) > 0) {
		words_stem(word);
		if (len <= WORD_MAX && !words_stop(word) && named_elsewhere(word, code))
			return -1;
	}
	return answer = code;
}
