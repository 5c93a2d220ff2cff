/* --count: a log's status codes tallied, by class too, and broken down
 * by a key of the lines (count.c, breakdown.c). */
#ifndef COUNT_H
#define COUNT_H

#include "codeset.h"
#include "command.h"
#include "topk.h"

/* What the lines held: each record seen, each code the table lacks; the
 * lines with no status, those that were no request, and those --code
 * left out.  lines is set by the reader, which counts them. */
struct tally {
	unsigned long lines, none, skipped, left_out;
	unsigned long row[QUERY_MAX];
	unsigned long unknown[1000];
	struct topk *by; /* --by's values; NULL without --by */
	unsigned long cut; /* values longer than TOPK_VALUE, counted by their start */
};

/* Counts one line, whose status stands for record s, or is code when the
 * table has no record of it (s NULL; code -1: no status at all). */
void count_add(struct tally *t, const struct status *s, int code);

/* The group a line of record s (or code) is broken down in: its row, or
 * its code past the table's rows; 0 for every line with --code. */
unsigned count_group(const struct output *o, const struct status *s, int code);

/* Counts value in group: len bytes (-1: the line has none, counted as
 * "-"), of which value holds the first TOPK_VALUE at most; a value cut
 * short ends in "..." where it was cut. */
void count_value(struct tally *t, unsigned group, char *value, long len);

/* Writes the tally as o's mode asks; EXIT_MISSING when no line held a
 * status. */
int count_print(struct output *o, const struct tally *t);

/* n as a percentage of of, 0 when of is 0. */
double count_share(unsigned long n, unsigned long of);

/* One row of the tally: a record of the table, or a code it lacks. */
struct count_entry {
	const struct status *s; /* NULL for a code the table lacks */
	int code;
	unsigned long count;
};

/* The rows with a count, most frequent first, into out (room for
 * QUERY_MAX + 1000); returns how many. */
size_t count_entries(const struct tally *t, struct count_entry *out);

/* "500.19", "404", "000" */
void count_id(const struct count_entry *e, char *buf, size_t size);

/* The breakdowns of --by, as text, JSON members or count-id-value lines
 * (breakdown.c); the JSON is written inside the tally's object. */
void breakdown_text(struct output *o, const struct tally *t, const struct count_entry *e,
    size_t n);
void breakdown_json(struct output *o, const struct tally *t, const struct count_entry *e,
    size_t n);
void breakdown_short(struct output *o, const struct tally *t, const struct count_entry *e,
    size_t n);

#endif
