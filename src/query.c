/* Queries by class, name and words, and "did you mean" suggestions.
 * Matching ignores ASCII case; names also ignore spaces, hyphens,
 * underscores and apostrophes, so that NOT_FOUND finds "Not Found". */

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "names.h"
#include "query.h"


/* Parses "4xx", "4XX", "4" or "41x" into the codes it covers. */
int
query_class(const char *arg, int *lo, int *hi)
{
	size_t digits = strspn(arg, "0123456789");
	size_t xs = strspn(arg + digits, "xX");

	if (digits < 1 || digits > 2 || arg[0] == '0' || arg[digits + xs] != '\0' ||
	    (digits + xs != 3 && !(digits == 1 && xs == 0)))
		return -1;
	*lo = arg[0] - '0';
	if (digits == 2)
		*lo = *lo * 10 + arg[1] - '0';
	*lo *= digits == 2 ? 10 : 100;
	*hi = *lo + (digits == 2 ? 9 : 99);
	return 0;
}

static bool
kept(const struct status *s, enum filter keep)
{
	return keep == KEEP_ALL || (keep == KEEP_OFFICIAL) == (s->vendor == 0);
}

/* Rows with codes lo..hi, official meanings first, each group in code order. */
void
query_range(int lo, int hi, enum filter keep, struct hits *out)
{
	out->n = 0;
	for (int official = 1; official >= 0; official--)
		for (size_t i = 0; i < table_len; i++) {
			const struct status *s = &table_rows[i];
			if (s->code >= lo && s->code <= hi && (s->vendor == 0) == official &&
			    kept(s, keep))
				out->row[out->n++] = s;
		}
}

/* Marks the rows whose key (name or former name, or with constant, library
 * constant) is key: a binary search of the generator's sorted name table. */
static void
mark_key(const char *key, bool constant, bool *named)
{
	size_t lo = 0, hi = table_names_len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(table_name_pool + table_names[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < table_names_len && strcmp(table_name_pool + table_names[lo].key, key) == 0;
	    lo++)
		if (table_names[lo].constant == constant)
			named[table_names[lo].row] = true;
}

/* Marks the rows that norm names: by name or former name, with or without
 * a library's prefix (HTTP_429_, Status, SC_), or by a library constant. */
static void
mark_named(const char *norm, bool named[QUERY_MAX])
{
	const char *bare = name_unprefixed(norm);

	memset(named, 0, table_len * sizeof named[0]);
	mark_key(norm, false, named);
	mark_key(bare, false, named);
	mark_key(bare, true, named);
}

/* Whether word (lower case) is a whole word of name. */
static bool
has_word(const char *name, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = name; *p != '\0';) {
		size_t n = strcspn(p, " -'");
		if (n == len && strncasecmp(p, word, len) == 0)
			return true;
		p += n;
		p += *p != '\0';
	}
	return false;
}

/* The one code that text names.  An exact name or alias wins; failing
 * that, a single word found in the names of exactly one code.  Official
 * meanings are preferred.  Returns -1 when text names no single code. */
int
query_name(const char *text)
{
	char norm[NAME_MAX_LEN];
	const char *dot = strrchr(text, '.'), *colon = strrchr(text, ':');

	/* a qualified constant (HttpStatusCode.NotFound, StatusCode::NOT_FOUND,
	 * :not_found) is looked up by its last part */
	if (dot != NULL && dot[1] != '\0' && (colon == NULL || dot > colon))
		text = dot + 1;
	else if (colon != NULL && colon[1] != '\0')
		text = colon + 1;
	int best[2] = { -1, -1 }; /* [official]: the code found, or -2 if several */
	bool named[QUERY_MAX];

	if (!name_normalize(text, norm, sizeof norm) || norm[0] == '\0')
		return -1;
	mark_named(norm, named);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < table_len; i++) {
			const struct status *s = &table_rows[i];
			bool hit = pass == 0 ? named[i] :
			    strchr(text, ' ') == NULL && has_word(table_str(s->name), text);
			int *slot = &best[s->vendor == 0];
			if (hit && *slot != s->code)
				*slot = *slot == -1 ? s->code : -2;
		}
		if (best[1] != -1 || best[0] != -1)
			break;
	}
	if (best[1] != -1)
		return best[1] >= 0 ? best[1] : -1;
	return best[0] >= 0 ? best[0] : -1;
}

#define MAX_WORDS 16

/* The query split into lower-case words. */
struct words {
	char buf[NAME_MAX_LEN * 2];
	const char *word[MAX_WORDS];
	int n;
};

static void
split_words(const char *text, struct words *w)
{
	size_t n = 0;

	w->n = 0;
	while (*text != '\0' && w->n < MAX_WORDS) {
		text += strspn(text, " \t");
		size_t len = strcspn(text, " \t");
		if (len == 0 || n + len + 1 > sizeof w->buf)
			break;
		w->word[w->n++] = w->buf + n;
		for (size_t i = 0; i < len; i++)
			w->buf[n++] = (char)tolower((unsigned char)text[i]);
		w->buf[n++] = '\0';
		text += len;
	}
}

/* Case-insensitive substring test; word is already lower case.  strpbrk
 * finds the candidates for the first byte, in either case, many bytes at a
 * time; the second byte is compared inline before strncasecmp. */
static bool
contains(const char *hay, const char *word)
{
	size_t len = strlen(word);
	char first[3] = { word[0], (char)toupper((unsigned char)word[0]), '\0' };
	int second = tolower((unsigned char)word[1]);

	for (const char *p = hay; (p = strpbrk(p, first)) != NULL; p++)
		if ((len == 1 || tolower((unsigned char)p[1]) == second) &&
		    strncasecmp(p, word, len) == 0)
			return true;
	return false;
}

static bool
in_names(const struct status *s, const char *word)
{
	if (contains(table_str(s->name), word))
		return true;
	for (const text_ref *a = table_list(s->aliases); *a != 0; a++)
		if (contains(table_str(*a), word))
			return true;
	return false;
}

static bool
anywhere(const struct status *s, const char *word)
{
	return in_names(s, word) || contains(table_str(s->use_case), word) ||
	    contains(table_str(s->description), word) || contains(table_str(s->notes), word);
}

/* Whether word (lower case) starts a word of hay. */
static bool
starts_word(const char *hay, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = hay; *p != '\0'; p++)
		if ((p == hay || !isalnum((unsigned char)p[-1])) && strncasecmp(p, word, len) == 0)
			return true;
	return false;
}

/* How many words of a query start a word of the situation's key, ask or
 * topic.  Words under three letters ("in", "or") would only add noise. */
static int
situation_score(const struct situation *sit, const struct words *w)
{
	int score = 0;

	for (int i = 0; i < w->n; i++)
		score += strlen(w->word[i]) >= 3 && (starts_word(table_str(sit->key), w->word[i]) ||
		    starts_word(table_str(sit->ask), w->word[i]) ||
		    starts_word(table_str(sit->topic), w->word[i]));
	return score;
}

/* The situations of the choose guide for a query: the one whose key it
 * spells (with spaces or dashes), else those matching the most words. */
size_t
query_choose(const char *text, const struct situation **out, size_t max)
{
	char dashed[NAME_MAX_LEN], spaced[NAME_MAX_LEN];
	size_t len = strlen(text), n = 0;
	struct words w;
	int best = 0;

	if (len >= sizeof dashed || max == 0)
		return 0;
	for (size_t i = 0; i <= len; i++) {
		dashed[i] = spaced[i] = text[i];
		if (text[i] == ' ')
			dashed[i] = '-';
		else if (text[i] == '-')
			spaced[i] = ' ';
	}
	for (const struct situation *sit = table_situations; sit->key != 0; sit++)
		if (strcasecmp(table_str(sit->key), dashed) == 0) {
			out[0] = sit;
			return 1;
		}
	split_words(spaced, &w);
	for (const struct situation *sit = table_situations; sit->key != 0; sit++) {
		int score = situation_score(sit, &w);
		if (score > best)
			best = score, n = 0;
		if (score == best && best > 0 && n < max)
			out[n++] = sit;
	}
	return n;
}

static bool
all_words(const struct status *s, const struct words *w, bool (*test)(const struct status *, const char *))
{
	for (int i = 0; i < w->n; i++)
		if (!test(s, w->word[i]))
			return false;
	return w->n > 0;
}

static bool
in_use_case(const struct status *s, const char *word)
{
	return contains(table_str(s->use_case), word);
}

/* 1 exact name or alias (named), 2 name prefix, 3 all words in the names,
 * 4 all in the use case, 5 all anywhere; 0 no match. */
static int
tier(const struct status *s, bool named, const char *norm, const struct words *w)
{
	if (named)
		return 1;
	if (norm[0] != '\0' && strncmp(table_str(s->key), norm, strlen(norm)) == 0)
		return 2;
	if (all_words(s, w, in_names))
		return 3;
	if (all_words(s, w, in_use_case))
		return 4;
	return all_words(s, w, anywhere) ? 5 : 0;
}

/* Orders by tier, then popularity, then code; the sort is stable, so
 * meanings of one code keep the table's order. */
static void
rank(struct hits *out, int *tiers)
{
	for (size_t i = 1; i < out->n; i++) {
		const struct status *s = out->row[i];
		int t = tiers[i];
		size_t k = i;
		for (; k > 0; k--) {
			const struct status *p = out->row[k - 1];
			int pt = tiers[k - 1];
			if (pt < t || (pt == t && (p->popularity < s->popularity ||
			    (p->popularity == s->popularity && p->code <= s->code))))
				break;
			out->row[k] = p;
			tiers[k] = pt;
		}
		out->row[k] = s;
		tiers[k] = t;
	}
}

/* Every row matching all words of text, best first. */
void
query_search(const char *text, enum filter keep, struct hits *out)
{
	static int tiers[QUERY_MAX];
	static bool named[QUERY_MAX];
	char norm[NAME_MAX_LEN];
	struct words w;

	if (!name_normalize(text, norm, sizeof norm))
		norm[0] = '\0';
	mark_named(norm, named);
	split_words(text, &w);
	out->n = 0;
	for (size_t i = 0; i < table_len; i++) {
		const struct status *s = &table_rows[i];
		int t = kept(s, keep) ? tier(s, named[i] && norm[0] != '\0', norm, &w) : 0;
		if (t > 0) {
			tiers[out->n] = t;
			out->row[out->n++] = s;
		}
	}
	rank(out, tiers);
}

/* The nearest known codes below and above code, in its class. */
void
query_suggest_code(int code, struct hits *out)
{
	const struct status *below = NULL, *above = NULL;

	for (size_t i = 0; i < table_len; i++) {
		const struct status *s = &table_rows[i];
		if (s->code / 100 != code / 100)
			continue;
		if (s->code < code && (below == NULL || s->code > below->code))
			below = s;
		if (s->code > code && above == NULL)
			above = s;
	}
	out->n = 0;
	if (below != NULL)
		out->row[out->n++] = &table_rows[table_by_code[below->code] - 1];
	if (above != NULL)
		out->row[out->n++] = above;
}

/* Levenshtein distance, with one row of the table kept at a time. */
static int
distance(const char *a, const char *b)
{
	int row[NAME_MAX_LEN + 1];
	size_t la = strlen(a), lb = strlen(b);

	for (size_t j = 0; j <= lb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		int diag = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int up = row[j];
			int best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

static int
name_distance(const struct status *s, const char *norm)
{
	char name[NAME_MAX_LEN] = "";
	int best = distance(table_str(s->key), norm);

	for (const text_ref *a = table_list(s->aliases); *a != 0; a++)
		if (name_normalize(table_str(*a), name, sizeof name) && distance(name, norm) < best)
			best = distance(name, norm);
	return best;
}

/* Up to QUERY_SUGGESTIONS codes whose name is a few typos away from text:
 * one edit for short words, up to three for long names. */
void
query_suggest_name(const char *text, struct hits *out)
{
	char norm[NAME_MAX_LEN] = "";
	int dist[QUERY_MAX];
	size_t len;

	out->n = 0;
	if (!name_normalize(text, norm, sizeof norm) || (len = strlen(norm)) == 0)
		return;
	int limit = len <= 4 ? 1 : len <= 10 ? 2 : 3;
	for (size_t i = 0; i < table_len; i++) {
		int d = name_distance(&table_rows[i], norm);
		if (d <= limit) {
			dist[out->n] = d;
			out->row[out->n++] = &table_rows[i];
		}
	}
	rank(out, dist);
	if (out->n > QUERY_SUGGESTIONS)
		out->n = QUERY_SUGGESTIONS;
}

static bool
listed(const unsigned short *codes, int code)
{
	for (; *codes != 0; codes++)
		if (*codes == code)
			return true;
	return false;
}

static bool
compared(const struct status *const *rows, size_t n, int code)
{
	for (size_t i = 0; i < n; i++)
		if (rows[i]->code == code)
			return true;
	return false;
}

/* The rules that apply to the compared codes: those whose codes are all
 * compared, or that cover every compared code (301 302 falls under the
 * 301 302 307 308 rule). */
void
query_rules(const struct status *const *rows, size_t n, struct rules *out)
{
	out->n = 0;
	for (const struct rule *r = table_rules; r->text != 0; r++) {
		bool all_compared = true, covers = n >= 2;
		for (const unsigned short *c = table_codes(r->codes); *c != 0; c++)
			all_compared &= compared(rows, n, *c);
		for (size_t i = 0; i < n; i++)
			covers &= listed(table_codes(r->codes), rows[i]->code);
		if ((all_compared || covers) && out->n < sizeof out->list / sizeof out->list[0])
			out->list[out->n++] = r;
	}
}
