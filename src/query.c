/* Queries by class, name and words, and "did you mean" suggestions.
 * Matching ignores ASCII case; names also ignore spaces, hyphens,
 * underscores and apostrophes, so that NOT_FOUND finds "Not Found". */

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "names.h"
#include "query.h"
#include "search.h"


/* Parses "4xx", "4XX", "4", "41x" or "41" into the codes it covers. */
int
query_class(const char *arg, int *lo, int *hi)
{
	size_t digits = strspn(arg, "0123456789");
	size_t xs = strspn(arg + digits, "xX");

	if (digits < 1 || digits > 2 || arg[0] == '0' || arg[digits + xs] != '\0' ||
	    (digits + xs != 3 && xs != 0))
		return -1;
	*lo = arg[0] - '0';
	if (digits == 2)
		*lo = *lo * 10 + arg[1] - '0';
	*lo *= digits == 2 ? 10 : 100;
	*hi = *lo + (digits == 2 ? 9 : 99);
	return 0;
}

/* A token that is a code by itself: what table_parse_code takes, or "0",
 * the status browsers report when no response came (000). */
int
query_code(const char *token)
{
	return strcmp(token, "0") == 0 ? 0 : table_parse_code(token);
}

bool
query_kept(const struct status *s, enum filter keep)
{
	return keep == KEEP_ALL || (keep == KEEP_OFFICIAL) == (s->vendor == 0);
}

/* The meanings of sp (a code's: official first) that keep keeps. */
struct span
query_kept_span(struct span sp, enum filter keep)
{
	bool official = sp.len > 0 && sp.first->vendor == 0;

	if (keep == KEEP_OFFICIAL)
		sp.len = official ? 1 : 0;
	else if (keep == KEEP_UNOFFICIAL && official)
		sp.first++, sp.len--;
	return sp;
}

/* Rows with codes lo..hi in code order, each vendor meaning after the
 * official meaning of its number, as the table holds them; with subs, the
 * IIS sub-statuses of those codes after them, else none (a class lists
 * codes; list CODE lists a code's sub-statuses). */
void
query_range(int lo, int hi, enum filter keep, bool subs, struct hits *out)
{
	out->n = 0;
	for (size_t i = 0; i < table_len; i++) {
		const struct status *s = &table_rows[i];
		if (s->code >= lo && s->code <= hi && query_kept(s, keep) &&
		    (subs || s->kind != KIND_SUBSTATUS))
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
 * a library's prefix (HTTP_429_, Status, SC_), or by a library constant;
 * returns whether there are any. */
static bool
mark_named(const char *norm, bool named[QUERY_MAX])
{
	const char *bare = name_unprefixed(norm);
	bool any = false;

	memset(named, 0, table_len * sizeof named[0]);
	mark_key(norm, false, named);
	mark_key(bare, false, named);
	mark_key(bare, true, named);
	for (size_t i = 0; i < table_len; i++)
		any |= named[i];
	return any;
}

/* Whether the rows a name names should open an entry: an official
 * meaning's name always does; a vendor's name only when no official
 * meaning uses it: not its word anywhere, when it is one word, so that
 * "redirect" searches rather than opening Microsoft Exchange's 451; not
 * the whole of it as a name or keyword, when it is several, so that
 * "invalid token" searches rather than opening Esri's 498. */
static bool
distinctive(const char *name)
{
	char word[WORD_MAX + 1], first[WORD_MAX + 1];
	const char *p = name;
	size_t n = 0;

	while (words_next(&p, word) > 0)
		if (n++ == 0)
			memcpy(first, word, sizeof first);
	if (n == 0)
		return false;
	if (n > 1)
		return !search_official_phrase(name);
	words_stem(first);
	return !search_in_official(first);
}

/* The one code whose name, former name or constant text is, official
 * meanings before vendors' (whose names must be distinctive); -1 if none. */
static int
exact_name(const char *text)
{
	char norm[NAME_MAX_LEN];
	const char *dot = strrchr(text, '.'), *colon = strrchr(text, ':');
	int best[2] = { -1, -1 }; /* [official]: the code found, or -2 if several */
	bool named[QUERY_MAX];

	/* a qualified constant (HttpStatusCode.NotFound, StatusCode::NOT_FOUND,
	 * :not_found) is looked up by its last part */
	if (dot != NULL && dot[1] != '\0' && (colon == NULL || dot > colon))
		text = dot + 1;
	else if (colon != NULL && colon[1] != '\0')
		text = colon + 1;
	if (!name_normalize(text, norm, sizeof norm) || norm[0] == '\0')
		return -1;
	mark_named(norm, named);
	for (size_t i = 0; i < table_len; i++) {
		int *slot = &best[table_rows[i].vendor == 0];
		if (named[i] && *slot != table_rows[i].code)
			*slot = *slot == -1 ? table_rows[i].code : -2;
	}
	if (best[1] != -1)
		return best[1] >= 0 ? best[1] : -1;
	return best[0] >= 0 && distinctive(text) ? best[0] : -1;
}

/* The one code that text names: by an exact name, former name or
 * constant, or a keyword only it has, or any of these with a typo or two.
 * Returns -1 when text names no single code. */
int
query_name(const char *text)
{
	int code = exact_name(text);

	if (code < 0)
		code = query_near_name(text);
	return code >= 0 ? code : search_keyword(text);
}

/* Whether a word may stand beside codes without changing which code is
 * meant: a stop word (HTTP, error, status, code), a number that is part of
 * something else (a version, a date), a word that names a vendor or
 * product (nginx 499), or a word of the names, keywords or messages of one
 * of the codes or of the status it belongs to (HTTP Error 500.19 -
 * Internal Server Error). */
static bool
beside_code(char *word, size_t len, const int *codes, size_t n)
{
	if (len > WORD_MAX)
		return false;
	if (words_stop(word) || (strspn(word, "0123456789") == len && len != 3))
		return true;
	if (query_code(word) >= 0)
		return true;
	words_stem(word);
	if (search_product(word))
		return true;
	for (size_t i = 0; i < n; i++)
		if (search_beside(word, codes[i]))
			return true;
	return false;
}

/* The next blank-separated token of text into buf (cut to fit), moving *p
 * past it; false at the end. */
static bool
next_token(const char **p, char *buf, size_t size)
{
	*p += strspn(*p, " \t");
	size_t len = strcspn(*p, " \t");

	if (len == 0)
		return false;
	if (len >= size)
		len = size - 1;
	memcpy(buf, *p, len);
	buf[len] = '\0';
	*p += strcspn(*p, " \t");
	return true;
}

/* Adds the codes that text carries to codes[0..n): "error 404", "HTTP/1.1
 * 503 Service Unavailable", "404 not found", "code=404", "HTTP Error
 * 500.19", "cloudflare 1020".  A token that is a code by itself counts
 * whole, so that 500.19 is no 500 and no 19; other tokens count by their
 * words.  Returns the new number of codes, or -1 when there are none or a
 * word of text would mean something else. */
int
query_codes(const char *text, int *codes, size_t n, size_t max)
{
	char word[WORD_MAX + 1], token[256];
	const char *p = text, *q;
	size_t len;

	while (next_token(&p, token, sizeof token)) {
		if (query_code(token) >= 0) {
			if (n < max)
				codes[n++] = query_code(token);
			continue;
		}
		for (q = token; (len = words_next(&q, word)) > 0;)
			if (len == 3 && query_code(word) >= 0 && n < max)
				codes[n++] = query_code(word);
	}
	for (p = text; n > 0 && next_token(&p, token, sizeof token);)
		for (q = token; query_code(token) < 0 && (len = words_next(&q, word)) > 0;)
			if (!beside_code(word, len, codes, n))
				return -1;
	return n > 0 ? (int)n : -1;
}

/* Parses the name of a class ("client error", "Redirection", "server
 * errors") into the codes it covers. */
int
query_class_name(const char *text, int *lo, int *hi)
{
	char norm[NAME_MAX_LEN], name[NAME_MAX_LEN];
	size_t len;

	if (!name_normalize(text, norm, sizeof norm) || (len = strlen(norm)) == 0)
		return -1;
	if (norm[len - 1] == 's')
		norm[len - 1] = '\0';
	for (int digit = 1; digit <= 5; digit++) {
		const struct status *s = table_class(digit).first;
		if (s == NULL || !name_normalize(table_category(s), name, sizeof name))
			continue;
		len = strlen(name);
		if (name[len - 1] == 's')
			name[len - 1] = '\0';
		if (strcmp(norm, name) == 0) {
			*lo = digit * 100;
			*hi = *lo + 99;
			return 0;
		}
	}
	return -1;
}

/* The fewest typos between norm and a name or former name of each row,
 * or limit + 1 when all are further, into dist[row].  The keys of the
 * generator's name table are normalized already, so nothing is normalized
 * here: a fuzzer's random words cost a fifth of what they did (callgrind). */
static void
name_distances(const char *norm, int limit, int *dist)
{
	for (size_t i = 0; i < table_len; i++)
		dist[i] = limit + 1;
	for (size_t i = 0; i < table_names_len; i++) {
		const struct name_key *k = &table_names[i];
		int d = k->constant ? limit + 1 :
		    words_distance(table_name_pool + k->key, norm, limit);
		if (d < dist[k->row])
			dist[k->row] = d;
	}
}

/* Marks the rows whose name or former name is text with a typo or two
 * (words.h sets the limit by length), the nearest only; returns how many. */
static size_t
mark_near(const char *text, bool named[QUERY_MAX])
{
	char norm[NAME_MAX_LEN];
	int limit, nearest, dist[QUERY_MAX];
	size_t n = 0;

	memset(named, 0, table_len * sizeof named[0]);
	if (!name_normalize(text, norm, sizeof norm) ||
	    (limit = words_typo_limit(strlen(norm))) == 0)
		return 0;
	nearest = limit + 1;
	name_distances(norm, limit, dist);
	for (size_t i = 0; i < table_len; i++)
		if (dist[i] < nearest)
			nearest = dist[i];
	for (size_t i = 0; i < table_len && nearest <= limit; i++)
		n += named[i] = dist[i] == nearest;
	return n;
}

/* The one code whose name text is with a typo or two: "not fuond",
 * "unathorized".  As with exact names, official meanings come first and a
 * vendor's name must be distinctive.  Returns -1 when there is no such code. */
int
query_near_name(const char *text)
{
	bool near[QUERY_MAX];
	int best[2] = { -1, -1 }; /* [official]: the code found, or -2 if several */
	const struct status *vendor = NULL;

	if (mark_near(text, near) == 0)
		return -1;
	for (size_t i = 0; i < table_len; i++) {
		int *slot = &best[table_rows[i].vendor == 0];
		if (near[i] && *slot != table_rows[i].code)
			*slot = *slot == -1 ? table_rows[i].code : -2;
		if (near[i] && table_rows[i].vendor != 0)
			vendor = &table_rows[i];
	}
	if (best[1] != -1)
		return best[1];
	return best[0] >= 0 && distinctive(table_str(vendor->name)) ? best[0] : -1;
}

/* Whether a word only says that a class is meant: a stop word ("HTTP",
 * "errors"), or a word of a class's name or of a request for a list
 * ("all 4xx codes", "5xx server errors", "3xx redirects", "50x error
 * page"). */
static bool
class_word(const char *word)
{
	static const char *const words[] = {
		"all", "any", "class", "list", "range", "respons", "seri", "every", "pag",
		"informational", "success", "successful", "redirect", "client", "server", "invalid",
	};
	char stem[WORD_MAX + 1];

	if (words_stop(word))
		return true;
	snprintf(stem, sizeof stem, "%s", word);
	words_stem(stem);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(stem, words[i]) == 0 || strcmp(word, words[i]) == 0)
			return true;
	return false;
}

/* Whether every word of text only says that a class is meant. */
bool
query_says_class(const char *text)
{
	char word[WORD_MAX + 1];
	size_t len;

	while ((len = words_next(&text, word)) > 0)
		if (len > WORD_MAX || !class_word(word))
			return false;
	return true;
}

/* The one class or range text holds ("HTTP 5xx", "5xx errors", "all 4xx
 * codes") when its other words only say that a class is meant; -1 if not. */
int
query_class_words(const char *text, int *lo, int *hi)
{
	char token[64];
	const char *p = text;
	int classes = 0;

	while (next_token(&p, token, sizeof token)) {
		if (query_class(token, lo, hi) == 0 && query_code(token) < 0)
			classes++;
		else if (!query_says_class(token))
			return -1;
	}
	return classes == 1 ? 0 : -1;
}

/* What the words of a query stand for, in this order: a name (or one with
 * a typo), the codes it carries, a class by its name or its number with
 * words, a keyword of one code alone, or else a search. */
void
query_read(const char *text, struct reading *r)
{
	int code = exact_name(text);

	r->n = 0;
	r->what = MEANS_NAME;
	if (code < 0)
		code = query_near_name(text);
	if (code < 0 && query_codes(text, r->codes, 0, READING_CODES) > 0) {
		r->what = MEANS_CODES;
		r->n = (size_t)query_codes(text, r->codes, 0, READING_CODES);
		return;
	}
	if (code < 0 && (query_class_name(text, &r->lo, &r->hi) == 0 ||
	    query_class_words(text, &r->lo, &r->hi) == 0)) {
		r->what = MEANS_CLASS;
		return;
	}
	if (code < 0 && (code = search_keyword(text)) < 0) {
		r->what = MEANS_SEARCH;
		return;
	}
	r->codes[r->n++] = code;
}

/* Whether text is a name of a code, a typo of one, a keyword only one code
 * has, or holds a word the table has in a strong place (search_holds). */
bool
query_known(const char *text)
{
	char word[WORD_MAX + 1];
	const char *p = text;

	if (exact_name(text) >= 0 || query_near_name(text) >= 0 || search_keyword(text) >= 0)
		return true;
	while (words_next(&p, word) > 0) {
		words_stem(word);
		if (search_holds(word))
			return true;
	}
	return false;
}

/* The rows found for the words of text, best first (search.c), with the
 * rows text names, exactly, with a typo or by a keyword only they have,
 * before them all; returns how many words it looked for, 0 when text has
 * none but stop words and punctuation, or only a vendor's name. */
size_t
query_search(const char *text, enum filter keep, struct hits *out)
{
	static bool named[QUERY_MAX];
	static struct query_words q;
	char norm[NAME_MAX_LEN];
	int code;

	search_parse(text, &q);
	out->n = 0;
	if (q.n == 0 && q.vendors == 0)
		return 0;
	if (!name_normalize(text, norm, sizeof norm) || norm[0] == '\0' ||
	    !mark_named(norm, named))
		mark_near(text, named);
	/* a vendor's everyday word (Redirect) takes its place among the rest */
	for (size_t i = 0; i < table_len; i++)
		if (named[i] && table_rows[i].vendor != 0)
			named[i] = distinctive(table_str(table_rows[i].name));
	if ((code = search_keyword(text)) >= 0)
		for (size_t i = 0; i < table_len; i++)
			named[i] |= table_id(&table_rows[i]) == code;
	search_rows(&q, keep, named, out);
	return q.n + q.vendors;
}

/* The rows a missing id is near: a status's class, the vendors' error
 * numbers, or the sub-statuses of one code. */
static long
family(int id)
{
	if (ID_IS_SUB(id))
		return ID_CODE(id) + 1000L;
	return ID_IS_ERROR(id) ? -1 : id / 100;
}

/* The nearest known ids below and above id, in its family, each by its
 * first meaning. */
void
query_suggest_code(int id, struct hits *out)
{
	const struct status *below = NULL, *above = NULL;

	for (size_t i = 0; i < table_len; i++) {
		const struct status *s = &table_rows[i];
		int at = table_id(s);
		if (family(at) != family(id))
			continue;
		if (at < id && (below == NULL || at > table_id(below)))
			below = s;
		if (at > id && above == NULL)
			above = s;
	}
	out->n = 0;
	if (below != NULL)
		out->row[out->n++] = table_code(table_id(below)).first;
	if (above != NULL)
		out->row[out->n++] = above;
}

/* Nearest first, then the more popular, then code order; the sort is
 * stable, so meanings of one code keep the table's order. */
static void
rank(struct hits *out, int *dist)
{
	for (size_t i = 1; i < out->n; i++) {
		const struct status *s = out->row[i];
		int d = dist[i];
		size_t k = i;
		for (; k > 0; k--) {
			const struct status *p = out->row[k - 1];
			if (dist[k - 1] < d || (dist[k - 1] == d &&
			    (p->popularity < s->popularity ||
			    (p->popularity == s->popularity && p->code <= s->code))))
				break;
			out->row[k] = p;
			dist[k] = dist[k - 1];
		}
		out->row[k] = s;
		dist[k] = d;
	}
}

/* Up to QUERY_SUGGESTIONS codes whose name is a few typos away from text:
 * one edit for short words, up to three for long names. */
void
query_suggest_name(const char *text, struct hits *out)
{
	char norm[NAME_MAX_LEN] = "";
	int dist[QUERY_MAX], near[QUERY_MAX];
	size_t len;

	out->n = 0;
	if (!name_normalize(text, norm, sizeof norm) || (len = strlen(norm)) == 0)
		return;
	int limit = len <= 4 ? 1 : len <= 10 ? 2 : 3;
	name_distances(norm, limit, near);
	for (size_t i = 0; i < table_len; i++)
		if (near[i] <= limit) {
			dist[out->n] = near[i];
			out->row[out->n++] = &table_rows[i];
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
