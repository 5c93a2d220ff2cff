/* --stdin --count: a log's status codes, tallied (count.c). */
#ifndef COUNT_H
#define COUNT_H

#include "command.h"

/* What the lines held: each record seen, each code the table lacks, and
 * the lines with no status; lines is set by the reader, which counts them. */
struct tally {
	unsigned long lines, none;
	unsigned long row[QUERY_MAX];
	unsigned long unknown[1000];
};

/* Counts one line, whose status stands for record s, or is code when the
 * table has no record of it (s NULL; code -1: no status at all). */
void count_add(struct tally *t, const struct status *s, int code);

/* Writes the tally as o's mode asks; EXIT_MISSING when no line held a
 * status. */
int count_print(struct output *o, const struct tally *t);

#endif
