/* Splitting, spelling, stemming and comparing words for search. */

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "words.h"

static bool
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    c >= 0x80;
}

/* Whether p starts a typographic apostrophe or single quote (U+2018,
 * U+2019), which parts words as ' does: "isn't" pasted from a browser's
 * page is "isn’t". */
static bool
curly_quote(const unsigned char *p)
{
	return p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99);
}

size_t
words_next(const char **text, char word[WORD_MAX + 1])
{
	const unsigned char *p = (const unsigned char *)*text;
	size_t len = 0;

	while (*p != '\0' && (!word_byte(*p) || curly_quote(p)))
		p += curly_quote(p) ? 3 : 1;
	for (; word_byte(p[len]) && !curly_quote(p + len); len++)
		if (len < WORD_MAX)
			word[len] = (char)(p[len] >= 'A' && p[len] <= 'Z' ? p[len] - 'A' + 'a' :
			    p[len]);
	word[len <= WORD_MAX ? len : 0] = '\0';
	*text = (const char *)p + len;
	return len;
}

/* Whether a blank-separated token is a part of a log line that changes from
 * one line to the next: a path (/var/www/, C:\inetpub\, W3SVC/1/ROOT), a URL,
 * or an address (10.0.0.1, 127.0.0.1:8080).  One slash is no path: a media
 * type (application/json) or HTTP/1.1 says something; nor are backslashes
 * without a drive or a leading one (PHP's Illuminate\Http\...Exception);
 * nor is one dot an address: 500.19 is a sub-status. */
static bool
variable(const char *t, size_t len)
{
	size_t slashes = 0, numeric = 0, dots = 0, colons = 0;

	while (len > 0 && strchr("\"'([<", *t) != NULL)
		t++, len--;
	for (size_t i = 0; i < len; i++) {
		slashes += t[i] == '/';
		dots += t[i] == '.';
		colons += t[i] == ':';
		numeric += strchr("0123456789.:,;)]>\"'", t[i]) != NULL;
	}
	return len > 0 && (t[0] == '/' || t[0] == '\\' || slashes >= 2 ||
	    (len >= 3 && t[1] == ':' && t[2] == '\\') || (numeric == len && dots >= 1 && dots + colons >= 2));
}

/* The length of a printf directive at p (%s, %08x, %lld), or 0. */
static size_t
directive(const char *p)
{
	size_t n = 1;

	if (p[0] != '%')
		return 0;
	n += strspn(p + n, "-+ #0123456789.*");
	n += strspn(p + n, "hlLqjzt");
	return p[n] != '\0' && strchr("diouxXeEfFgGaAcspn", p[n]) != NULL ? n + 1 : 0;
}

/* The length of a markup tag at p (<script>, </div>, <?php, <!--), or 0. */
static size_t
tag(const char *p)
{
	const char *end;

	if (p[0] != '<' || !(isalpha((unsigned char)p[1]) || strchr("/!?%", p[1]) != NULL) ||
	    (end = strchr(p, '>')) == NULL)
		return 0;
	return (size_t)(end - p) + 1;
}

void
words_clean(const char *text, char *out, size_t size)
{
	size_t n = 0;

	if (size == 0)
		return;
	while (*text != '\0' && n + 1 < size) {
		size_t len = strcspn(text, " \t\r\n");
		if (len == 0) {
			out[n++] = *text++;
		} else if (variable(text, len)) {
			text += len;
			out[n++] = ' ';
		} else {
			for (const char *end = text + len; text < end && n + 1 < size;) {
				size_t skip = directive(text) + tag(text);
				if (skip > (size_t)(end - text))
					skip = (size_t)(end - text);
				if (skip > 0)
					text += skip, out[n++] = ' ';
				else
					out[n++] = *text++;
			}
		}
	}
	out[n] = '\0';
}

bool
words_content(const char *word, size_t len)
{
	return len >= 2 && len <= WORD_MAX && strspn(word, "0123456789") != len &&
	    !words_stop(word);
}

/* British spellings and their American forms, as parts of words, so that
 * unauthorised, authorisation and cancelled meet their twins.  Each
 * replacement is no longer than what it replaces. */
static const char *const spellings[][2] = {
	{ "authoris", "authoriz" }, { "recognis", "recogniz" }, { "organis", "organiz" },
	{ "initialis", "initializ" }, { "serialis", "serializ" }, { "normalis", "normaliz" },
	{ "customis", "customiz" }, { "optimis", "optimiz" }, { "utilis", "utiliz" },
	{ "finalis", "finaliz" }, { "prioritis", "prioritiz" }, { "sanitis", "sanitiz" },
	{ "minimis", "minimiz" }, { "maximis", "maximiz" }, { "analys", "analyz" },
	{ "behaviour", "behavior" }, { "colour", "color" }, { "favour", "favor" },
	{ "honour", "honor" }, { "cancell", "cancel" }, { "labell", "label" },
	{ "modell", "model" }, { "signall", "signal" }, { "travell", "travel" },
	{ "licenc", "licens" }, { "defenc", "defens" }, { "offenc", "offens" },
	{ "centre", "center" }, { "catalogue", "catalog" }, { "dialogue", "dialog" },
	{ "judgement", "judgment" }, { "enquir", "inquir" }, { "programme", "program" },
};

#define SPELLINGS (sizeof spellings / sizeof spellings[0])

/* For each letter, the spellings that start with it, ending with
 * SPELLINGS: built once, so that each byte of a word meets only those.
 * Every word of every situation that choose weighs passes here; 33
 * strstr calls a word were half of choose's instructions (callgrind). */
static unsigned char by_letter[26][SPELLINGS + 1];

static void
index_spellings(void)
{
	size_t n[26] = { 0 };

	for (size_t i = 0; i < SPELLINGS; i++) {
		size_t c = (size_t)(spellings[i][0][0] - 'a');
		by_letter[c][n[c]++] = (unsigned char)i;
	}
	for (size_t c = 0; c < 26; c++)
		by_letter[c][n[c]] = SPELLINGS;
}

void
words_americanize(char *word)
{
	static bool indexed;

	if (!indexed)
		index_spellings(), indexed = true;
	for (char *p = word; *p != '\0'; p++) {
		if (*p < 'a' || *p > 'z')
			continue;
		for (const unsigned char *i = by_letter[*p - 'a']; *i != SPELLINGS; i++) {
			const char *from = spellings[*i][0], *to = spellings[*i][1];
			size_t n = strlen(from), k = strlen(to);
			if (strncmp(p, from, n) != 0)
				continue;
			memcpy(p, to, k);
			memmove(p + k, p + n, strlen(p + n) + 1);
			p += k - 1;
			break;
		}
	}
}

static bool
vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool
ends(const char *word, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && memcmp(word + n - k, suffix, k) == 0;
}

/* Drops a plural s: sses -> ss, ies -> y, s -> nothing (but not in ss,
 * us, is: class, status, basis). */
static size_t
unplural(char *w, size_t n)
{
	if (ends(w, n, "sses"))
		return n - 2;
	if (ends(w, n, "ies") && n > 4) {
		w[n - 3] = 'y';
		return n - 2;
	}
	if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is"))
		return n - 1;
	return n;
}

/* stopped -> stop, committed -> commit; but call, pass and buzz keep theirs. */
static size_t
undouble(const char *w, size_t n)
{
	if (n >= 2 && w[n - 1] == w[n - 2] && !vowel(w[n - 1]) && strchr("lsz", w[n - 1]) == NULL)
		return n - 1;
	return n;
}

static bool
has_vowel(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (vowel(w[i]) || w[i] == 'y')
			return true;
	return false;
}

/* The first suffix rule that applies and leaves a long enough stem:
 * limitation, limited and limiting all become limit. */
static size_t
unsuffix(char *w, size_t n)
{
	static const struct {
		const char *suffix;
		size_t cut, min; /* letters cut, and the shortest stem left */
		const char *add;
		bool needs_vowel;
	} rules[] = {
		{ "ization", 5, 3, "", false }, { "ation", 5, 3, "", false },
		{ "ated", 4, 3, "", false }, { "ating", 5, 3, "", false },
		{ "ate", 3, 3, "", false },
		{ "ied", 3, 3, "y", false }, { "ion", 3, 3, "", false }, { "ed", 2, 3, "", true },
		{ "ing", 3, 3, "", true }, { "ly", 2, 4, "", false }, /* apply is no adverb */
	};

	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		size_t stem = n - strlen(rules[i].suffix);
		if (!ends(w, n, rules[i].suffix) || stem < rules[i].min ||
		    (rules[i].needs_vowel && !has_vowel(w, stem)))
			continue;
		n = n - rules[i].cut;
		if (rules[i].add[0] != '\0')
			w[n++] = rules[i].add[0];
		return rules[i].needs_vowel ? undouble(w, n) : n;
	}
	return n;
}

void
words_stem(char *w)
{
	size_t n;

	words_americanize(w);
	n = strlen(w);
	if (n <= 3 || w[n - 1] < 'a' || w[n - 1] > 'z')
		return;
	n = unsuffix(w, unplural(w, n));
	if (n > 3 && w[n - 1] == 'e')
		n--;
	if (n >= 3 && w[n - 1] == 'y' && !vowel(w[n - 2]))
		w[n - 1] = 'i';
	w[n] = '\0';
}

/* Sorted, for a binary search. */
static const char *const stop_words[] = {
	"a", "about", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being",
	"but", "by", "can", "code", "codes", "could", "did", "do", "does", "doing", "error",
	"errors", "for", "from", "had", "has", "have", "he", "her", "here", "his", "how", "http",
	"i", "if", "in", "into", "is", "it", "its", "just", "me", "mean", "meaning", "means",
	"my", "no", "not", "of", "on", "or", "our", "she", "should", "so", "some", "status",
	"such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
	"this", "those", "to", "too", "us", "very", "was", "we", "were", "what", "when",
	"where", "which", "who", "why", "will", "with", "would", "you", "your",
};

bool
words_stop(const char *word)
{
	size_t lo = 0, hi = sizeof stop_words / sizeof stop_words[0];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(stop_words[mid], word);
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

const char *
words_stop_stem(size_t i, char stem[WORD_MAX + 1])
{
	if (i >= sizeof stop_words / sizeof stop_words[0])
		return NULL;
	snprintf(stem, WORD_MAX + 1, "%s", stop_words[i]);
	words_stem(stem);
	return stem;
}

void
words_key(char key[PAIR_MAX + 1], const char *phrase,
    long (*id)(const char *stem, const void *ctx), const void *ctx)
{
	char stem[PAIR_MAX + 1];
	size_t n = 0;

	if (*phrase == '=')
		key[n++] = *phrase++;
	/* n words take 2n - 1 bytes, or 2n with the "=", and their key 2n */
	while (*phrase != '\0') {
		size_t len = strcspn(phrase, " ");
		long k;
		memcpy(stem, phrase, len);
		stem[len] = '\0';
		phrase += len + (phrase[len] == ' ');
		k = id(stem, ctx);
		if (k < 0 || k >= WORDS_KEY_MAX || n + 2 > PAIR_MAX) {
			key[0] = '\0';
			return;
		}
		key[n++] = (char)(unsigned char)(k / 255 + 1);
		key[n++] = (char)(unsigned char)(k % 255 + 1);
	}
	key[n] = '\0';
}

void
words_pair(char pair[PAIR_MAX + 1], const char *a, const char *b)
{
	snprintf(pair, PAIR_MAX + 1, "%s %s", a, b);
}

void
words_phrase(char phrase[PAIR_MAX + 1], const char *stem)
{
	size_t n = strlen(phrase), add = strlen(stem);

	if (n == 0 || n + (n > 1) + add > PAIR_MAX) {
		phrase[0] = '\0';
		return;
	}
	if (n > 1)
		phrase[n++] = ' ';
	memcpy(phrase + n, stem, add + 1);
}

int
words_typo_limit(size_t len)
{
	return len >= 8 ? 2 : len >= 5 ? 1 : 0;
}

static int
min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

/* The set of bytes s holds, folded into 32 bits (byte % 32). */
unsigned long
words_byte_set(const char *s)
{
	unsigned long set = 0;

	for (; *s != '\0'; s++)
		set |= 1ul << ((unsigned char)*s % 32);
	return set;
}

/* The bits set in the 32 of x, counted in parallel rather than one by
 * one: a typo scan counts them for every stem of the index. */
static int
bits(unsigned long x)
{
	uint32_t v = (uint32_t)x;

	v = v - ((v >> 1) & 0x55555555u);
	v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
	v = (v + (v >> 4)) & 0x0f0f0f0fu;
	return (int)((v * 0x01010101u) >> 24);
}

bool
words_sets_near(unsigned long a, unsigned long b, int limit)
{
	return bits(a ^ b) <= 2 * limit;
}

/* Optimal string alignment distance over three rows of the table, given up
 * as soon as a whole row is over limit.  Each edit changes the set of
 * bytes a string holds by two at the most (a swap by none), so sets that
 * differ by more than twice the limit need no table: that turns away most
 * of a typo scan's candidates in a few instructions (callgrind: a lookup
 * of two random words, 1.3 million instructions before, 0.73 after). */
int
words_distance(const char *a, const char *b, int limit)
{
	int rows[3][WORDS_DISTANCE_MAX + 1];
	size_t la = strlen(a), lb = strlen(b);

	if (la > WORDS_DISTANCE_MAX || lb > WORDS_DISTANCE_MAX ||
	    (la > lb ? la - lb : lb - la) > (size_t)limit ||
	    !words_sets_near(words_byte_set(a), words_byte_set(b), limit))
		return limit + 1;
	for (size_t j = 0; j <= lb; j++)
		rows[0][j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		int *cur = rows[i % 3], *up = rows[(i - 1) % 3], *up2 = rows[(i + 1) % 3];
		int best = cur[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int cost = a[i - 1] != b[j - 1];
			cur[j] = min3(up[j] + 1, cur[j - 1] + 1, up[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    up2[j - 2] + 1 < cur[j])
				cur[j] = up2[j - 2] + 1;
			if (cur[j] < best)
				best = cur[j];
		}
		if (best > limit)
			return limit + 1;
	}
	return rows[la % 3][lb] <= limit ? rows[la % 3][lb] : limit + 1;
}
