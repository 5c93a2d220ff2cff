/* The commands behind the operands: what to find, and how to report a miss. */

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "command.h"
#include "say.h"
#include "render.h"
#include "utf8.h"

#define QUERY_LEN 1024 /* a longer query matches nothing */

/* Separates text results by a blank line; JSON and fields need nothing. */
static void
separate(struct output *o, bool *first)
{
	if (o->mode == MODE_TEXT && !*first)
		fputc('\n', o->f);
	*first = false;
}

/* The width -s wraps at: the terminal's, or none off a terminal. */
static int
short_width(const struct output *o)
{
	return o->tty ? o->width : 0;
}

static void
show_entry(struct output *o, struct span sp, bool *first)
{
	separate(o, first);
	switch (o->mode) {
	case MODE_TEXT:
		text_entry(o->f, sp, o->width);
		break;
	case MODE_SHORT:
		for (size_t i = 0; i < sp.len; i++)
			text_short(o->f, &sp.first[i], short_width(o));
		break;
	case MODE_JSON:
		json_entry(&o->json, sp, 0, NULL);
		break;
	case MODE_FIELD:
		field_print(o->f, sp.first, &o->fields);
		break;
	}
}

/* A JSON object for a row, with the other meanings of its number. */
static void
json_row(struct output *o, const struct status *s, const struct rules *rules)
{
	struct span sp = table_code(s->code);

	json_entry(&o->json, sp, (size_t)(s - sp.first), rules);
}

static void
show_rows(struct output *o, const struct hits *h, bool *first)
{
	separate(o, first);
	for (size_t i = 0; i < h->n && o->mode != MODE_TEXT; i++) {
		if (o->mode == MODE_JSON)
			json_row(o, h->row[i], NULL);
		else if (o->mode == MODE_SHORT)
			text_short(o->f, h->row[i], short_width(o));
		else
			field_print(o->f, h->row[i], &o->fields);
	}
	if (o->mode == MODE_TEXT)
		list_rows(o->f, h->row, h->n, 0, o->list_width);
	if (o->mode == MODE_TEXT && o->tty)
		list_legend(o->f);
}

/* Rows as a list of their own: in JSON, an array. */
static void
show_list(struct output *o, const struct hits *h)
{
	bool first = true;

	if (o->mode == MODE_JSON)
		json_begin_array(&o->json);
	show_rows(o, h, &first);
	if (o->mode == MODE_JSON)
		json_end_array(&o->json);
}

/* Digits and perhaps x, but not a code or class: a mistyped number.  An
 * empty or blank argument is no better. */
static bool
numeric(const char *arg)
{
	return strspn(arg, " \t") == strlen(arg) || (strpbrk(arg, "0123456789") != NULL &&
	    strspn(arg, "0123456789xX+-.,: \t") == strlen(arg));
}

/* The meanings of a code that --official or --unofficial keeps, or a
 * message saying that none is left. */
static bool
show_kept(struct output *o, const char *arg, struct span sp, bool *first)
{
	sp = query_kept_span(sp, o->keep);
	if (sp.len == 0) {
		say_miss(o->keep == KEEP_OFFICIAL ? "'%s' has no official meaning" :
		    "'%s' has no vendor meaning", arg, NULL);
		return false;
	}
	show_entry(o, sp, first);
	return true;
}

static bool
look_up_code(struct output *o, const char *arg, int code, bool *first)
{
	struct span sp = table_code(code);
	struct hits near;

	if (sp.len == 0) {
		query_suggest_code(code, &near);
		say_miss("'%s' is not a known status code", arg, &near);
		return false;
	}
	return show_kept(o, arg, sp, first);
}

static bool
look_up_class(struct output *o, const char *arg, int lo, int hi, bool *first)
{
	static struct hits h;

	query_range(lo, hi, o->keep, false, &h);
	if (h.n == 0) {
		say_miss("no status codes in '%s'", arg, NULL);
		return false;
	}
	show_rows(o, &h, first);
	return true;
}

/* Ranked matches for the words, or a message saying why there are none. */
static bool
search_list(struct output *o, const char *query, bool *first)
{
	static struct hits h;

	if (query_search(query, o->keep, &h) == 0) {
		say_miss("'%s' holds no word to search for", query, NULL);
		return false;
	}
	if (h.n > 0) {
		show_rows(o, &h, first);
		return true;
	}
	query_suggest_name(query, &h);
	say_miss("nothing matches '%s'", query, &h);
	return false;
}

/* A name gives its code's entry, and so do codes the words carry ("error
 * 404"); a class's name lists it; other words are a search. */
static bool
look_up_words(struct output *o, const char *query, const struct reading *r, bool *first)
{
	bool found = true;

	switch (r->what) {
	case MEANS_NAME:
		return show_kept(o, query, table_code(r->codes[0]), first);
	case MEANS_CODES:
		for (size_t i = 0; i < r->n; i++)
			found &= look_up_code(o, query, r->codes[i], first);
		return found;
	case MEANS_CLASS:
		return look_up_class(o, query, r->lo, r->hi, first);
	case MEANS_SEARCH:
		return search_list(o, query, first);
	}
	return false;
}

/* What an operand is, worked out once for every use below: a code, a
 * class or range, a number that is neither (a malformed code), or a word
 * of the query. */
enum operand_kind { OP_CODE, OP_CLASS, OP_MALFORMED, OP_WORD };

struct operand {
	const char *arg;
	enum operand_kind kind;
	int code, lo, hi;
};

static void
classify(char **args, int n, struct operand *ops)
{
	for (int i = 0; i < n; i++) {
		struct operand *op = &ops[i];
		op->arg = args[i];
		if ((op->code = query_code(args[i])) >= 0)
			op->kind = OP_CODE;
		else if (query_class(args[i], &op->lo, &op->hi) == 0)
			op->kind = OP_CLASS;
		else
			op->kind = numeric(args[i]) ? OP_MALFORMED : OP_WORD;
	}
}

/* Joins args into one query of words separated by spaces, leaving out
 * the operands that ops (when given) says are no words.  Returns how many
 * it joined, or -1 when the query would outgrow QUERY_LEN and could match
 * nothing. */
static int
join_args(char **args, int n, const struct operand *ops, char *query)
{
	size_t len = 0;
	int words = 0;

	query[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (ops != NULL && ops[i].kind != OP_WORD)
			continue;
		size_t add = strlen(args[i]);
		if (len + add + 2 > QUERY_LEN)
			return -1;
		if (words++ > 0)
			query[len++] = ' ';
		memcpy(query + len, args[i], add + 1);
		len += add;
	}
	return words;
}

/* The operands that are codes, into codes (room for max); returns how
 * many there are. */
static int
count_codes(const struct operand *ops, int n, int *codes, size_t max)
{
	int count = 0;

	for (int i = 0; i < n; i++)
		if (ops[i].kind == OP_CODE && (size_t)count < max)
			codes[count++] = ops[i].code;
	return count;
}

/* Whether the words only restate the codes or the class beside them, as
 * in the operands of "httpstatus HTTP/1.1 503 Service Unavailable" or
 * "httpstatus all 5xx errors". */
static bool
restated(const struct operand *ops, int n, int words, const char *query)
{
	int codes[READING_CODES];
	int count = count_codes(ops, n, codes, READING_CODES);
	bool classes = false;

	for (int i = 0; i < n; i++)
		classes |= ops[i].kind == OP_CLASS;
	return words > 0 && ((count > 0 &&
	    query_codes(query, codes, (size_t)count, READING_CODES) == count) ||
	    (classes && query_says_class(query)));
}

/* One code, or words that together name or carry one code, make a JSON
 * object; anything else an array. */
static bool
single_entry(const struct operand *ops, int n, int words, const struct reading *r,
    bool same)
{
	int codes[READING_CODES];
	int count = count_codes(ops, n, codes, READING_CODES);

	if (count + words != n)
		return false;
	if (words == 0 || same)
		return count == 1;
	return count == 0 && r->n == 1 && (r->what == MEANS_NAME || r->what == MEANS_CODES);
}

/* One lookup: its query (NULL when too long), what the query reads as,
 * and whether the words were looked up already. */
struct lookup {
	const char *query;
	struct reading r;
	bool first, words_done;
};

static bool
look_up(struct output *o, const struct operand *op, struct lookup *l)
{
	switch (op->kind) {
	case OP_CODE: return look_up_code(o, op->arg, op->code, &l->first);
	case OP_CLASS: return look_up_class(o, op->arg, op->lo, op->hi, &l->first);
	case OP_MALFORMED:
		say_miss("'%s' is not a status code", op->arg, NULL);
		return false;
	case OP_WORD: break;
	}
	if (l->words_done)
		return true;
	l->words_done = true;
	if (l->query == NULL) {
		say_miss("the query starting '%s' is too long", op->arg, NULL);
		return false;
	}
	return look_up_words(o, l->query, &l->r, &l->first);
}

/* Codes, classes and words, in the order given; the words together make
 * one query, looked up where the first of them stands. */
int
command_lookup(struct output *o, char **args, int n)
{
	static char query[QUERY_LEN];
	struct operand *ops = calloc((size_t)n, sizeof *ops);
	struct lookup l = { query, { .what = MEANS_SEARCH, .n = 0 }, true, false };
	bool found = true, array;
	int words;

	if (ops == NULL) {
		say_errno("operands");
		return EXIT_USAGE;
	}
	classify(args, n, ops);
	words = join_args(args, n, ops, query);
	/* words that restate the codes add nothing */
	l.words_done = words > 0 && restated(ops, n, words, query);
	if (words > 0 && !l.words_done)
		query_read(query, &l.r);
	/* a query too long to match anything is reported where it stands */
	l.query = words < 0 ? NULL : query;
	array = o->mode == MODE_JSON &&
	    (words < 0 || !single_entry(ops, n, words, &l.r, l.words_done && words > 0));
	if (array)
		json_begin_array(&o->json);
	for (int i = 0; i < n; i++)
		found &= look_up(o, &ops[i], &l);
	if (array)
		json_end_array(&o->json);
	free(ops);
	return found ? EXIT_FOUND : EXIT_MISSING;
}

/* Whether a vendor is the one --vendor names: its whole name, or a word
 * of it ("iis" for Microsoft IIS), in any case. */
static bool
vendor_named(const struct status *s, const char *name)
{
	const char *v = table_str(s->vendor);
	size_t len = strlen(name);

	if (v == NULL || len == 0)
		return false;
	if (strcasecmp(v, name) == 0)
		return true;
	for (const char *w = v; *w != '\0'; w += strspn(w, " ")) {
		size_t wlen = strcspn(w, " ");
		if (wlen == len && strncasecmp(w, name, len) == 0)
			return true;
		w += wlen;
	}
	return false;
}

/* Every record kept, class by class (the vendors' error numbers last),
 * official meanings first in each class; with --vendor, one vendor's. */
static void
all_records(const struct output *o, struct hits *all)
{
	static struct hits one;

	all->n = 0;
	for (int digit = 0; digit <= 10; digit++) {
		if (digit < 10)
			query_range(digit * 100, digit * 100 + 99, o->keep, true, &one);
		else
			query_range(ID_ERROR_MIN, ID_ERROR_MAX, o->keep, false, &one);
		for (size_t i = 0; i < one.n; i++)
			if (o->vendor == NULL || vendor_named(one.row[i], o->vendor))
				all->row[all->n++] = one.row[i];
	}
}

/* The IIS sub-statuses of the code arg names, into h; false when it names
 * no code that has any. */
static bool
substatuses(const char *arg, struct hits *h)
{
	int id = table_parse_code(arg);
	struct span sp = id >= 100 && id <= 599 ? table_subs(id) : (struct span){ NULL, 0 };

	h->n = 0;
	for (size_t i = 0; i < sp.len; i++)
		h->row[h->n++] = &sp.first[i];
	return h->n > 0;
}

static void
show_all(struct output *o, struct hits *h)
{
	if (o->mode != MODE_TEXT) {
		show_list(o, h);
	} else {
		list_by_class(o->f, h, o->list_width);
		if (o->tty)
			list_legend(o->f);
	}
}

/* list: every record; list CLASS...: those classes; list CODE: its IIS
 * sub-statuses. */
int
command_list(struct output *o, char **args, int n)
{
	static struct hits all;

	if (n == 1 && substatuses(args[0], &all)) {
		show_all(o, &all);
		return EXIT_FOUND;
	}
	for (int i = 0, lo, hi; i < n; i++)
		if (query_class(args[i], &lo, &hi) != 0)
			return say_usage("list takes classes, such as 4xx, or one code with "
			    "sub-statuses, such as 500, not '%s'", args[i]);
	if (n > 0)
		return command_lookup(o, args, n);
	all_records(o, &all);
	if (all.n == 0) {
		const char *names[VENDORS_MAX];
		char vendors[400];
		size_t count = table_vendors(names, VENDORS_MAX), len = 0;
		vendors[0] = '\0';
		for (size_t i = 0; i < count && len < sizeof vendors; i++)
			len += (size_t)snprintf(vendors + len, sizeof vendors - len, "%s%s",
			    i > 0 ? ", " : "", names[i]);
		say("no codes from a vendor named '%s'; the vendors are %s", o->vendor, vendors);
		return EXIT_MISSING;
	}
	show_all(o, &all);
	return EXIT_FOUND;
}

/* Ranked matches for the words; always a list, never one entry. */
int
command_search(struct output *o, char **args, int n)
{
	static char query[QUERY_LEN];
	static struct hits h;

	if (n == 0)
		return say_usage("search needs words to look for");
	if (join_args(args, n, NULL, query) < 0) {
		say_miss("the query starting '%s' is too long", args[0], NULL);
		return EXIT_MISSING;
	}
	if (query_search(query, o->keep, &h) == 0) {
		say_miss("'%s' holds no word to search for", query, NULL);
		return EXIT_MISSING;
	}
	if (h.n == 0) {
		query_suggest_name(query, &h);
		say_miss("nothing matches '%s'", query, &h);
		return EXIT_MISSING;
	}
	show_list(o, &h);
	return EXIT_FOUND;
}

/* The official meaning of a code given by number or by name, or NULL
 * after saying why not. */
static const struct status *
resolve(const char *arg)
{
	int code = query_code(arg);
	struct hits near;

	if (code < 0 && !numeric(arg))
		code = query_name(arg);
	if (code >= 0 && table_code(code).len > 0)
		return table_code(code).first;
	if (code >= 0) {
		query_suggest_code(code, &near);
		say_miss("'%s' is not a known status code", arg, &near);
	} else if (numeric(arg)) {
		say_miss("'%s' is not a status code", arg, NULL);
	} else {
		query_suggest_name(arg, &near);
		say_miss("'%s' names no status code", arg, &near);
	}
	return NULL;
}

/* compare with one code: a usage error that offers the codes it is
 * compared with, its related codes, as a command to run. */
static int
one_to_compare(const char *arg)
{
	int code = query_code(arg);
	struct span sp = table_code(code >= 0 ? code : -1);
	char line[128];
	size_t len = 0;

	if (sp.len == 0 || table_codes(sp.first->related)[0] == 0)
		return say_usage("compare needs at least two codes");
	for (const unsigned short *c = table_codes(sp.first->related); *c != 0 && len < 64; c++)
		len += (size_t)snprintf(line + len, sizeof line - len, " %03u", *c);
	say("compare needs at least two codes, such as: httpstatus compare %s%s", arg, line);
	return EXIT_USAGE;
}

/* Side by side, with our rules for the codes people confuse first.  Every
 * code is resolved before anything is printed. */
int
command_compare(struct output *o, char **args, int n)
{
	static struct hits h;
	struct rules rules;

	if (n == 1)
		return one_to_compare(args[0]);
	if (n < 2)
		return say_usage("compare needs at least two codes");
	if (n > QUERY_MAX)
		return say_usage("too many codes to compare");
	h.n = 0;
	for (int i = 0; i < n; i++)
		if ((h.row[h.n] = resolve(args[i])) != NULL)
			h.n++;
	if (h.n < (size_t)n)
		return EXIT_MISSING;
	query_rules(h.row, h.n, &rules);
	if (o->mode == MODE_TEXT)
		text_compare(o->f, h.row, h.n, &rules, o->width);
	else if (o->mode == MODE_FIELD)
		for (size_t i = 0; i < h.n; i++)
			field_print(o->f, h.row[i], &o->fields);
	else if (o->mode == MODE_SHORT)
		for (size_t i = 0; i < h.n; i++)
			text_short(o->f, h.row[i], short_width(o));
	else {
		json_begin_array(&o->json);
		for (size_t i = 0; i < h.n; i++)
			json_row(o, h.row[i], &rules);
		json_end_array(&o->json);
	}
	return EXIT_FOUND;
}

/* The answers for situations: one as an entry of its own, several (or the
 * whole guide) as a list; -f gives the field of each answer's code. */
static void
show_choices(struct output *o, const struct situation *const *list, size_t n, bool whole)
{
	bool one = n == 1 && !whole;

	if (o->mode == MODE_FIELD || o->mode == MODE_SHORT) {
		for (size_t i = 0; i < n; i++)
			if (o->mode == MODE_FIELD)
				field_print(o->f, table_code(list[i]->code).first, &o->fields);
			else
				text_short(o->f, table_code(list[i]->code).first, short_width(o));
	} else if (o->mode == MODE_JSON) {
		if (!one)
			json_begin_array(&o->json);
		for (size_t i = 0; i < n; i++)
			json_choice(&o->json, list[i]);
		if (!one)
			json_end_array(&o->json);
	} else if (one) {
		text_choice(o->f, list[0], o->width);
	} else {
		text_guide(o->f, list, n, o->width);
	}
}

/* The decision guide: every situation, or the ones the words describe. */
int
command_choose(struct output *o, char **args, int n)
{
	static const struct situation *list[CHOOSE_MAX];
	static char query[QUERY_LEN];
	size_t found = 0;

	if (n == 0) {
		for (const struct situation *s = table_situations; s->key != 0 && found < CHOOSE_MAX; s++)
			list[found++] = s;
		show_choices(o, list, found, true);
		return EXIT_FOUND;
	}
	if (join_args(args, n, NULL, query) < 0) {
		say_miss("the query starting '%s' is too long", args[0], NULL);
		return EXIT_MISSING;
	}
	found = query_choose(query, list, CHOOSE_MAX);
	if (found == 0) {
		say_miss("no situation matches '%s'; 'httpstatus choose' lists them all", query, NULL);
		return EXIT_MISSING;
	}
	show_choices(o, list, found, false);
	return EXIT_FOUND;
}
