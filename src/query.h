/* Queries that go beyond a code: classes, names, search, suggestions. */
#ifndef QUERY_H
#define QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "sizes.h"
#include "table.h"

#define QUERY_SUGGESTIONS 3

struct hits {
	const struct status *row[QUERY_MAX];
	size_t n;
};

/* The comparison rules that apply to a set of codes. */
struct rules {
	const struct rule *list[RULES_MAX];
	size_t n;
};

#define READING_CODES 16 /* most codes one query may carry */

/* What the words of a query stand for. */
struct reading {
	enum { MEANS_NAME, MEANS_CODES, MEANS_CLASS, MEANS_SEARCH } what;
	int codes[READING_CODES]; /* the code named, or the codes carried */
	size_t n;
	int lo, hi; /* the class */
};

/* Which rows a listing keeps. */
enum filter { KEEP_ALL, KEEP_OFFICIAL, KEEP_UNOFFICIAL };

int query_code(const char *token);
int query_class(const char *arg, int *lo, int *hi);
int query_class_words(const char *text, int *lo, int *hi);
bool query_says_class(const char *text);
bool query_known(const char *text);
int query_class_name(const char *text, int *lo, int *hi);
bool query_kept(const struct status *s, enum filter keep);
struct span query_kept_span(struct span sp, enum filter keep);
void query_range(int lo, int hi, enum filter keep, bool subs, struct hits *out);
int query_name(const char *text);
int query_near_name(const char *text);
int query_codes(const char *text, int *codes, size_t n, size_t max);
void query_read(const char *text, struct reading *r);
size_t query_search(const char *text, enum filter keep, struct hits *out);
void query_suggest_code(int code, struct hits *out);
void query_suggest_name(const char *text, struct hits *out);
void query_rules(const struct status *const *rows, size_t n, struct rules *out);
size_t query_choose(const char *text, const struct situation **out, size_t max);

#endif
