/* --count: the codes of a log, tallied, most frequent first, then the
 * classes; as text, as one JSON object, or as count-code-name lines.
 * Every code counts in the class of its number (500.19 in 5xx, nginx's
 * 499 in 4xx), so that an alert on 5xx fires whoever wrote the log;
 * vendors' codes are also counted apart, and 000 has a row of its own. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "render.h"
#include "style.h"

#define LABEL_MIN 36 /* a name and vendor are cut, ending in "...", at this */
#define LABEL_MAX 96 /* or at what the width leaves, up to this */
#define BAR_MIN 10   /* the widest bar is at least this, however narrow the line */
#define BAR_ROOM 16  /* what a wide line keeps for the bars before the labels grow */

/* count, share, code and the spaces between them, before the label */
#define PREFIX_WIDTH 26

void
count_add(struct tally *t, const struct status *s, int code)
{
	if (s != NULL)
		t->row[s - table_rows]++;
	else if (code >= 0 && code <= 999)
		t->unknown[code]++;
	else
		t->none++;
}

/* The lines of the class summary: 000, the five classes, and codes past
 * them (600 to 999, an error number with no documented status). */
enum { CLASS_NONE = 0, CLASS_OTHER = 6, CLASSES = 7 };

static const char *const class_names[CLASSES] = {
	"000", "1xx", "2xx", "3xx", "4xx", "5xx", "other"
};

/* The class of the status on the wire: a sub-status's parent's, an error
 * number's documented status's. */
static int
class_of(const struct count_entry *e)
{
	int code = e->s != NULL ? table_wire_status(e->s) : e->code;

	if (code == 0)
		return CLASS_NONE;
	return code >= 100 && code <= 599 ? code / 100 : CLASS_OTHER;
}

static bool
is_vendor(const struct count_entry *e)
{
	return e->s != NULL && e->s->vendor != 0;
}

static int
by_count(const void *a, const void *b)
{
	const struct count_entry *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->code != y->code ? (x->code > y->code) - (x->code < y->code) :
	    (x->s > y->s) - (x->s < y->s);
}

size_t
count_entries(const struct tally *t, struct count_entry *out)
{
	size_t n = 0;

	for (size_t i = 0; i < table_len; i++)
		if (t->row[i] > 0)
			out[n++] = (struct count_entry){ &table_rows[i], table_rows[i].code, t->row[i] };
	for (int c = 0; c < 1000; c++)
		if (t->unknown[c] > 0)
			out[n++] = (struct count_entry){ NULL, c, t->unknown[c] };
	qsort(out, n, sizeof *out, by_count);
	return n;
}

void
count_id(const struct count_entry *e, char *buf, size_t size)
{
	if (e->s != NULL)
		table_id_text(e->s, buf, size);
	else
		snprintf(buf, size, "%03d", e->code);
}

static const char *
name_of(const struct count_entry *e)
{
	return e->s != NULL ? table_str(e->s->name) : "(not in the table)";
}

double
count_share(unsigned long n, unsigned long of)
{
	return of > 0 ? 100.0 * (double)n / (double)of : 0.0;
}

/* The totals of the class summary, from the entries. */
struct classes {
	unsigned long n[CLASSES], vendor, found;
};

static void
sum_classes(const struct count_entry *e, size_t n, struct classes *c)
{
	memset(c, 0, sizeof *c);
	for (size_t i = 0; i < n; i++) {
		c->n[class_of(&e[i])] += e[i].count;
		c->vendor += is_vendor(&e[i]) ? e[i].count : 0;
		c->found += e[i].count;
	}
}

/* The name of an entry and its vendor, cut to max columns (LABEL_MAX at
 * most); returns its length. */
static int
label_of(const struct count_entry *e, char label[LABEL_MAX + 1], int max)
{
	int len = e->s != NULL ? table_label(e->s, label, LABEL_MAX + 1) :
	    snprintf(label, LABEL_MAX + 1, "%s", name_of(e));

	if (len > max) {
		memcpy(label + max - 3, "...", 4);
		len = max;
	}
	return len;
}

/* How wide a label may be: what the line leaves beside the counts and a
 * bar of BAR_ROOM, which at 80 columns is LABEL_MIN; never less. */
static int
label_room(const struct output *o)
{
	int room = o->list_width - PREFIX_WIDTH - BAR_ROOM - 2;

	return room < LABEL_MIN ? LABEL_MIN : room > LABEL_MAX ? LABEL_MAX : room;
}

static void
print_rows(struct output *o, const struct count_entry *e, size_t n, unsigned long found)
{
	char id[16], label[LABEL_MAX + 1];
	int width = 0, bar_max;

	for (size_t i = 0; i < n; i++) {
		int len = label_of(&e[i], label, label_room(o));
		width = len > width ? len : width;
	}
	bar_max = o->list_width - PREFIX_WIDTH - width - 2;
	bar_max = bar_max < BAR_MIN ? BAR_MIN : bar_max;
	for (size_t i = 0; i < n; i++) {
		/* rounded up: a code seen once still has a bar */
		int bar = (int)((e[i].count * (unsigned long)bar_max + e[0].count - 1) / e[0].count);
		count_id(&e[i], id, sizeof id);
		label_of(&e[i], label, label_room(o));
		fprintf(o->f, "%9lu %5.1f%%  %s%-7s%s %-*s %s", e[i].count,
		    count_share(e[i].count, found), style_class(e[i].code), id, style_reset(), width,
		    label, style_class(e[i].code));
		for (int b = 0; b < bar; b++)
			fputc('#', o->f);
		fprintf(o->f, "%s\n", style_reset());
	}
}

static void
print_classes(struct output *o, const struct classes *c, const struct tally *t)
{
	for (int k = 1; k <= CLASSES; k++) {
		int i = k % CLASSES; /* 000 after 5xx, before the others */
		if (c->n[i] > 0)
			fprintf(o->f, "%9lu %5.1f%%  %s%s%s%s\n", c->n[i],
			    count_share(c->n[i], c->found), i >= 1 && i <= 5 ? style_class(i * 100) : "",
			    class_names[i], style_reset(), i == CLASS_NONE ? " (no response)" : "");
	}
	if (c->vendor > 0)
		fprintf(o->f, "%9lu %5.1f%%  of which vendor codes\n", c->vendor,
		    count_share(c->vendor, c->found));
	if (t->left_out > 0)
		fprintf(o->f, "%9lu         left out by --code %s\n", t->left_out, o->codes.text);
	if (t->skipped > 0)
		fprintf(o->f, "%9lu         skipped: blank, directives, server messages\n",
		    t->skipped);
	fprintf(o->f, "%9lu         no status\n%9lu         lines\n", t->none, t->lines);
}

static void
print_text(struct output *o, const struct count_entry *e, size_t n, const struct tally *t)
{
	struct classes c;

	sum_classes(e, n, &c);
	print_rows(o, e, n, c.found);
	if (n > 0)
		fputc('\n', o->f);
	if (t->by != NULL)
		breakdown_text(o, t, e, n);
	print_classes(o, &c, t);
}

static void
json_class(struct json *j, const struct count_entry *e)
{
	json_string(j, class_names[class_of(e)]);
}

static void
json_code(struct json *j, const struct count_entry *e)
{
	char id[16];

	json_begin_object(j);
	json_key(j, "id");
	count_id(e, id, sizeof id);
	json_string(j, id);
	json_key(j, "code");
	json_number(j, e->code);
	json_key(j, "substatus");
	if (e->s != NULL && e->s->kind == KIND_SUBSTATUS)
		json_number(j, e->s->sub);
	else
		json_null(j);
	json_key(j, "name");
	json_string(j, name_of(e));
	json_key(j, "vendor");
	if (is_vendor(e))
		json_string(j, table_str(e->s->vendor));
	else
		json_null(j);
	json_key(j, "class");
	json_class(j, e);
	json_key(j, "count");
	json_number(j, (long)e->count);
	json_end_object(j);
}

static void
json_counts(struct json *j, const struct tally *t)
{
	json_key(j, "lines");
	json_number(j, (long)t->lines);
	json_key(j, "skipped");
	json_number(j, (long)t->skipped);
	json_key(j, "no_status");
	json_number(j, (long)t->none);
	json_key(j, "left_out");
	json_number(j, (long)t->left_out);
}

static void
json_classes(struct json *j, const struct classes *c)
{
	json_key(j, "classes");
	json_begin_object(j);
	for (int i = 0; i < CLASSES; i++) {
		json_key(j, class_names[i]);
		json_number(j, (long)c->n[i]);
	}
	json_end_object(j);
	json_key(j, "vendor");
	json_number(j, (long)c->vendor);
}

static void
print_json(struct output *o, const struct count_entry *e, size_t n, const struct tally *t)
{
	struct classes c;
	struct json *j = &o->json;

	sum_classes(e, n, &c);
	json_init(j, o->f, true);
	json_begin_object(j);
	json_counts(j, t);
	json_key(j, "codes");
	json_begin_array(j);
	for (size_t i = 0; i < n; i++)
		json_code(j, &e[i]);
	json_end_array(j);
	json_classes(j, &c);
	if (t->by != NULL)
		breakdown_json(o, t, e, n);
	json_end_object(j);
}

static void
print_short(struct output *o, const struct count_entry *e, size_t n, const struct tally *t)
{
	char id[16];

	if (t->by != NULL) {
		breakdown_short(o, t, e, n);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		count_id(&e[i], id, sizeof id);
		fprintf(o->f, "%lu %s %s\n", e[i].count, id, name_of(&e[i]));
	}
}

int
count_print(struct output *o, const struct tally *t)
{
	static struct count_entry e[QUERY_MAX + 1000];
	size_t n = count_entries(t, e);

	if (o->mode == MODE_JSON)
		print_json(o, e, n, t);
	else if (o->mode == MODE_SHORT)
		print_short(o, e, n, t);
	else
		print_text(o, e, n, t);
	return n > 0 ? EXIT_FOUND : EXIT_MISSING;
}
