/* --by: each code's lines (or, with --code, the lines kept) broken down
 * by a key of theirs, the most frequent values first.  Values are the
 * log's own bytes; control bytes are shown as \xHH, as nginx writes them,
 * so that a hostile path cannot move a terminal's cursor or cut a line. */

#include <stdio.h>
#include <string.h>

#include "count.h"
#include "render.h"

#define SHOWN (TOPK_VALUE * 4 + 1) /* a value with every byte escaped */

unsigned
count_group(const struct output *o, const struct status *s, int code)
{
	if (o->codes.any)
		return 0;
	return s != NULL ? (unsigned)(s - table_rows) + 1 :
	    (unsigned)table_len + 1 + (unsigned)code;
}

void
count_value(struct tally *t, unsigned group, char *value, long len)
{
	if (len < 0) {
		topk_add(t->by, group, "-", 1);
		return;
	}
	if (len > TOPK_VALUE) {
		memset(value + TOPK_VALUE - 3, '.', 3);
		len = TOPK_VALUE;
		t->cut++;
	}
	topk_add(t->by, group, value, (size_t)len);
}

/* The value as it is shown: NUL-terminated, control bytes escaped. */
static const char *
shown(const struct topk_item *it, char buf[SHOWN])
{
	static const char hex[] = "0123456789abcdef";
	size_t n = 0;

	for (size_t i = 0; i < it->len; i++) {
		unsigned char c = (unsigned char)it->value[i];
		if (c < 0x20 || c == 0x7f) {
			buf[n++] = '\\';
			buf[n++] = 'x';
			buf[n++] = hex[c >> 4];
			buf[n++] = hex[c & 15];
		} else {
			buf[n++] = (char)c;
		}
	}
	buf[n] = '\0';
	return buf;
}

/* One breakdown: its group, the lines in it, and its top values. */
struct part {
	unsigned group;
	char id[CODESET_TEXT]; /* "404", or the --code list */
	const char *name;      /* the code's, NULL for the --code list */
	unsigned long lines, shown_lines;
	size_t n;
	struct topk_item items[TOP_MAX];
};

/* Breakdown i of the tally: entry i's, or with --code the one of all the
 * lines kept (i 0 only).  Returns false past the last. */
static bool
part_of(const struct output *o, const struct tally *t, const struct count_entry *e,
    size_t n, size_t i, struct part *p)
{
	if (o->codes.any ? i > 0 : i >= n)
		return false;
	p->lines = 0;
	if (o->codes.any) {
		p->group = 0;
		snprintf(p->id, sizeof p->id, "%s", o->codes.text);
		p->name = NULL;
		for (size_t k = 0; k < n; k++)
			p->lines += e[k].count;
	} else {
		p->group = count_group(o, e[i].s, e[i].code);
		count_id(&e[i], p->id, sizeof p->id);
		p->name = e[i].s != NULL ? table_str(e[i].s->name) : "(not in the table)";
		p->lines = e[i].count;
	}
	p->n = topk_top(t->by, p->group, p->items, o->top);
	p->shown_lines = 0;
	for (size_t k = 0; k < p->n; k++)
		p->shown_lines += p->items[k].count;
	return true;
}

/* The lines of a part that its top values leave out; estimates can add
 * up to more than the lines, and then none are left. */
static unsigned long
rest(const struct part *p)
{
	return p->lines > p->shown_lines ? p->lines - p->shown_lines : 0;
}

static void
text_part(struct output *o, const struct tally *t, const struct part *p, bool approx)
{
	static char buf[SHOWN];
	char count[24];
	unsigned long distinct = topk_distinct(t->by, p->group);

	fprintf(o->f, "%s %s, by %s: %lu line%s, %s%lu value%s\n", p->name != NULL ? p->id :
	    "--code", p->name != NULL ? p->name : p->id, log_key_name((size_t)o->by),
	    p->lines, p->lines == 1 ? "" : "s", approx ? "at least " : "", distinct,
	    distinct == 1 ? "" : "s");
	for (size_t k = 0; k < p->n; k++) {
		snprintf(count, sizeof count, "%s%lu", approx && p->items[k].over > 0 ? "~" : "",
		    p->items[k].count);
		fprintf(o->f, "%9s %5.1f%%  %s\n", count, count_share(p->items[k].count, p->lines),
		    shown(&p->items[k], buf));
	}
	if (rest(p) > 0)
		fprintf(o->f, "%9lu %5.1f%%  (the other values)\n", rest(p),
		    count_share(rest(p), p->lines));
	fputc('\n', o->f);
}

void
breakdown_text(struct output *o, const struct tally *t, const struct count_entry *e, size_t n)
{
	static struct part p;
	bool approx = topk_approximate(t->by);
	unsigned long most = 0;

	for (size_t i = 0; part_of(o, t, e, n, i, &p); i++) {
		text_part(o, t, &p, approx);
		for (size_t k = 0; k < p.n; k++)
			most = p.items[k].over > most ? p.items[k].over : most;
	}
	if (approx && most > 0)
		fprintf(o->f, "~ an estimate: more distinct values came than fit (%d, or %d MiB of\n"
		    "  them), and a count so marked may be over by up to %lu.\n\n", TOPK_EXACT,
		    TOPK_ARENA_MIB, most);
	else if (approx)
		fprintf(o->f, "More distinct values came than fit (%d, or %d MiB of them): the\n"
		    "counts shown are exact, but the other values are not all known.\n\n",
		    TOPK_EXACT, TOPK_ARENA_MIB);
	if (t->cut > 0)
		fprintf(o->f, "%lu value%s longer than %d bytes %s counted by %s start.\n\n", t->cut,
		    t->cut == 1 ? "" : "s", TOPK_VALUE, t->cut == 1 ? "was" : "were",
		    t->cut == 1 ? "its" : "their");
}

static void
json_part(struct json *j, const struct part *p, const struct tally *t)
{
	static char buf[SHOWN];

	json_begin_object(j);
	json_key(j, "group");
	json_string(j, p->id);
	json_key(j, "name");
	if (p->name != NULL)
		json_string(j, p->name);
	else
		json_null(j);
	json_key(j, "count");
	json_number(j, (long)p->lines);
	json_key(j, "distinct");
	json_number(j, (long)topk_distinct(t->by, p->group));
	json_key(j, "values");
	json_begin_array(j);
	for (size_t k = 0; k < p->n; k++) {
		json_begin_object(j);
		json_key(j, "value");
		json_string(j, shown(&p->items[k], buf));
		json_key(j, "count");
		json_number(j, (long)p->items[k].count);
		json_key(j, "over");
		json_number(j, (long)p->items[k].over);
		json_end_object(j);
	}
	json_end_array(j);
	json_key(j, "others");
	json_number(j, (long)rest(p));
	json_end_object(j);
}

void
breakdown_json(struct output *o, const struct tally *t, const struct count_entry *e, size_t n)
{
	static struct part p;
	struct json *j = &o->json;

	json_key(j, "by");
	json_string(j, log_key_name((size_t)o->by));
	json_key(j, "approximate");
	json_bool(j, topk_approximate(t->by));
	json_key(j, "breakdowns");
	json_begin_array(j);
	for (size_t i = 0; part_of(o, t, e, n, i, &p); i++)
		json_part(j, &p, t);
	json_end_array(j);
}

void
breakdown_short(struct output *o, const struct tally *t, const struct count_entry *e,
    size_t n)
{
	static struct part p;
	static char buf[SHOWN];

	for (size_t i = 0; part_of(o, t, e, n, i, &p); i++)
		for (size_t k = 0; k < p.n; k++)
			fprintf(o->f, "%lu %s %s\n", p.items[k].count, p.id, shown(&p.items[k], buf));
}
