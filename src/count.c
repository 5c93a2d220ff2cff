/* --stdin --count: the codes of a log, tallied, most frequent first, then
 * the classes; as text, as one JSON object, or as count-code-name lines. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "render.h"
#include "style.h"

#define LABEL_MAX 36 /* a longer name and vendor are cut, ending in "..." */
#define BAR_MIN 10   /* the widest bar is at least this, however narrow the line */

/* count, share, code and the spaces between them, before the label */
#define PREFIX_WIDTH 26

/* One row of the tally: a record of the table, or a code it lacks. */
struct entry {
	const struct status *s; /* NULL for a code the table lacks */
	int code;
	unsigned long count;
};

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

/* Which line of the class summary an entry counts in: 1 to 5 for the
 * registered codes of a class, CLASS_VENDOR for a vendor's meaning or a
 * code of no class (000, an error number), and the class of its first
 * digit for a code the table lacks. */
enum { CLASS_VENDOR = 6, CLASSES = 7 };

static int
class_of(const struct entry *e)
{
	int code = e->s != NULL ? e->s->code : e->code;

	if (e->s != NULL && (e->s->vendor != 0 || e->s->kind == KIND_ERROR))
		return CLASS_VENDOR;
	return code >= 100 && code <= 599 ? code / 100 : CLASS_VENDOR;
}

static int
by_count(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->code != y->code ? (x->code > y->code) - (x->code < y->code) :
	    (x->s > y->s) - (x->s < y->s);
}

/* The entries that were seen, most frequent first; returns how many. */
static size_t
entries(const struct tally *t, struct entry *out)
{
	size_t n = 0;

	for (size_t i = 0; i < table_len; i++)
		if (t->row[i] > 0)
			out[n++] = (struct entry){ &table_rows[i], table_rows[i].code, t->row[i] };
	for (int c = 0; c < 1000; c++)
		if (t->unknown[c] > 0)
			out[n++] = (struct entry){ NULL, c, t->unknown[c] };
	qsort(out, n, sizeof *out, by_count);
	return n;
}

static void
id_of(const struct entry *e, char *buf, size_t size)
{
	if (e->s != NULL)
		table_id_text(e->s, buf, size);
	else
		snprintf(buf, size, "%03d", e->code);
}

static const char *
name_of(const struct entry *e)
{
	return e->s != NULL ? table_str(e->s->name) : "(not in the table)";
}

static double
share(unsigned long n, unsigned long of)
{
	return of > 0 ? 100.0 * (double)n / (double)of : 0.0;
}

static const char *const class_names[CLASSES] = { "", "1xx", "2xx", "3xx", "4xx", "5xx", "vendor" };

/* The name of an entry and its vendor, cut to LABEL_MAX columns; returns
 * its length. */
static int
label_of(const struct entry *e, char label[LABEL_MAX + 1])
{
	const char *vendor = e->s != NULL && e->s->vendor != 0 ? table_str(e->s->vendor) : NULL;
	int len = snprintf(label, LABEL_MAX + 1, "%s%s%s%s", name_of(e), vendor != NULL ? " (" : "",
	    vendor != NULL ? vendor : "", vendor != NULL ? ")" : "");

	if (len > LABEL_MAX) {
		memcpy(label + LABEL_MAX - 3, "...", 4);
		len = LABEL_MAX;
	}
	return len;
}

static void
print_text(struct output *o, const struct entry *e, size_t n, unsigned long found,
    const struct tally *t)
{
	unsigned long classes[CLASSES] = { 0 };
	char id[16], label[LABEL_MAX + 1];
	int width = 0, bar_max;

	for (size_t i = 0; i < n; i++) {
		int len = label_of(&e[i], label);
		width = len > width ? len : width;
		classes[class_of(&e[i])] += e[i].count;
	}
	bar_max = o->width - PREFIX_WIDTH - width - 2;
	bar_max = bar_max < BAR_MIN ? BAR_MIN : bar_max;
	for (size_t i = 0; i < n; i++) {
		/* rounded up: a code seen once still has a bar */
		int bar = (int)((e[i].count * (unsigned long)bar_max + e[0].count - 1) / e[0].count);
		id_of(&e[i], id, sizeof id);
		label_of(&e[i], label);
		fprintf(o->f, "%9lu %5.1f%%  %s%-7s%s %-*s %s", e[i].count, share(e[i].count, found),
		    style_class(e[i].code), id, style_reset(), width, label, style_class(e[i].code));
		for (int b = 0; b < bar; b++)
			fputc('#', o->f);
		fprintf(o->f, "%s\n", style_reset());
	}
	if (n > 0)
		fputc('\n', o->f);
	for (int c = 1; c < CLASSES; c++)
		if (classes[c] > 0)
			fprintf(o->f, "%9lu %5.1f%%  %s%s%s\n", classes[c], share(classes[c], found),
			    c < CLASS_VENDOR ? style_class(c * 100) : "", class_names[c], style_reset());
	fprintf(o->f, "%9lu         no status\n%9lu         lines\n", t->none, t->lines);
}

static void
print_json(struct output *o, const struct entry *e, size_t n, const struct tally *t)
{
	unsigned long classes[CLASSES] = { 0 };
	char id[16];
	struct json *j = &o->json;

	json_init(j, o->f, true);
	json_begin_object(j);
	json_key(j, "lines");
	json_number(j, (long)t->lines);
	json_key(j, "no_status");
	json_number(j, (long)t->none);
	json_key(j, "codes");
	json_begin_array(j);
	for (size_t i = 0; i < n; i++) {
		int c = class_of(&e[i]);
		classes[c] += e[i].count;
		json_begin_object(j);
		json_key(j, "code");
		json_number(j, e[i].code);
		json_key(j, "substatus");
		if (e[i].s != NULL && e[i].s->kind == KIND_SUBSTATUS)
			json_number(j, e[i].s->sub);
		else
			json_null(j);
		json_key(j, "name");
		json_string(j, name_of(&e[i]));
		json_key(j, "vendor");
		if (e[i].s != NULL && e[i].s->vendor != 0)
			json_string(j, table_str(e[i].s->vendor));
		else
			json_null(j);
		json_key(j, "class");
		if (e[i].code >= 100 && e[i].code <= 999) {
			snprintf(id, sizeof id, "%dxx", e[i].code / 100);
			json_string(j, id);
		} else {
			json_null(j);
		}
		json_key(j, "count");
		json_number(j, (long)e[i].count);
		json_end_object(j);
	}
	json_end_array(j);
	json_key(j, "classes");
	json_begin_object(j);
	for (int c = 1; c < CLASSES; c++) {
		json_key(j, class_names[c]);
		json_number(j, (long)classes[c]);
	}
	json_end_object(j);
	json_end_object(j);
}

int
count_print(struct output *o, const struct tally *t)
{
	static struct entry e[QUERY_MAX + 1000];
	size_t n = entries(t, e);
	unsigned long found = t->lines - t->none;
	char id[16];

	if (o->mode == MODE_JSON)
		print_json(o, e, n, t);
	else if (o->mode == MODE_SHORT)
		for (size_t i = 0; i < n; i++) {
			id_of(&e[i], id, sizeof id);
			fprintf(o->f, "%lu %s %s\n", e[i].count, id, name_of(&e[i]));
		}
	else
		print_text(o, e, n, found, t);
	return n > 0 ? EXIT_FOUND : EXIT_MISSING;
}
