/* The values of a breakdown (--by), counted in memory fixed when the
 * table is made: exact while the distinct values fit, then a Space-Saving
 * summary that keeps the most frequent in the same memory and knows by
 * how much each count may be over (topk.c). */
#ifndef TOPK_H
#define TOPK_H

#include <stdbool.h>
#include <stddef.h>

/* Values longer than this are counted by their first TOPK_VALUE bytes;
 * the caller cuts them and says so. */
#define TOPK_VALUE 1024

/* The bytes the values are kept in, in MiB: the other bound on what is
 * counted exactly. */
#define TOPK_ARENA_MIB 16

/* At least this many distinct (group, value) pairs are counted exactly,
 * as long as their values take at most 16 MiB with 4 bytes more each (124
 * bytes each on average); then counts become estimates (topk.c). */
#define TOPK_EXACT 131072

struct topk;

/* A new, empty table, or NULL when its memory cannot be had. */
struct topk *topk_new(void);

void topk_free(struct topk *t);

/* Counts value (len bytes, len <= TOPK_VALUE, any bytes, NUL too) once in
 * group (0 to 65535), a code's row or 0 for a selection. */
void topk_add(struct topk *t, unsigned group, const char *value, size_t len);

/* One counted value: count may be over the truth by at most over (0
 * while the table is exact). */
struct topk_item {
	const char *value; /* not NUL-terminated; valid until the next topk_add */
	size_t len;
	unsigned long count, over;
};

/* The at most max values of group with the highest counts, highest
 * first, ties in byte order of value; returns how many. */
size_t topk_top(const struct topk *t, unsigned group, struct topk_item *out, size_t max);

/* How many distinct values group holds; exact only while the table is,
 * then a lower bound. */
unsigned long topk_distinct(const struct topk *t, unsigned group);

/* Whether some value was ever let go to make room, so that counts are
 * estimates (then each item's over says by how much). */
bool topk_approximate(const struct topk *t);

#endif
