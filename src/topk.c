/* The values of a breakdown, counted in memory fixed by topk_new (topk.h).
 *
 * Exact mode: each (group, value) pair is an entry found through an open
 * addressing table (linear probing, load at most 1/2), its value in a
 * block of an arena; an add is one hash, one probe sequence, one increment.
 * When the TOPK_EXACT entries or the ARENA bytes run out, the table becomes
 * a Space-Saving summary (Metwally, Agrawal, El Abbadi 2005): a min-heap
 * over the counts is built once, and a newcomer takes a free entry or that
 * of the smallest count.  floor is the largest count ever let go, and a
 * newcomer starts at floor + 1 with over = floor.  So every entry has
 * count - over <= true count <= count; a value not in the table was seen
 * at most floor times, so every value seen more often is in it; floor
 * never exceeds the smallest live count; and until the arena first makes a
 * value go, this is plain Space-Saving: floor <= adds / TOPK_EXACT.
 * A newcomer keeps the block of the value it replaces if it fits, else
 * appends one; a full arena is compacted, the smallest counts let go first
 * if the live blocks would leave less than SLACK free (arena_alloc).
 * Memory: 44 bytes an entry and 16 MiB of arena, 21.5 MiB in one block.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "topk.h"

#define SLOTS ((size_t)TOPK_EXACT * 2) /* a power of two: load at most 1/2 */
#define MASK (SLOTS - 1)
#define ARENA ((size_t)TOPK_ARENA_MIB << 20) /* values of 124 bytes on average, headers */
#define SLACK (ARENA / 16)       /* left free by a compaction, see arena_alloc */

/* A block of the arena is a header, its entry's index << CAP_BITS | its
 * capacity, then the entry's value, which may be shorter. */
#define HDR sizeof(uint32_t)
#define CAP_BITS 11
#define CAP(h) ((h) & ((1u << CAP_BITS) - 1))

_Static_assert((TOPK_EXACT & (TOPK_EXACT - 1)) == 0, "TOPK_EXACT is a power of two");
_Static_assert(TOPK_VALUE < 1 << CAP_BITS && TOPK_EXACT <= 1 << (32 - CAP_BITS), "headers fit");
_Static_assert(ARENA <= UINT32_MAX && SLACK >= HDR + TOPK_VALUE, "offsets fit, values too");

struct entry {
	unsigned long count, over;
	uint32_t off;  /* of its block */
	uint32_t hash;
	uint32_t pos;  /* in heap, kept in Space-Saving mode only */
	uint16_t len, group;
};

/* Exact mode: ent[0, n) are live.  Space-Saving mode: the entries of
 * heap[0, n) are, a min-heap by count, and those of heap[n, TOPK_EXACT)
 * are free. */
struct topk {
	struct entry *ent; /* TOPK_EXACT */
	uint32_t *slot;    /* SLOTS: an entry's index + 1, or 0 for none */
	uint32_t *heap;    /* TOPK_EXACT */
	char *arena;       /* ARENA */
	size_t n;
	size_t used;         /* arena bytes in blocks, dead ones included */
	size_t live;         /* HDR + len over the live entries */
	unsigned long floor; /* the largest count let go */
	bool approx;         /* Space-Saving mode: something was let go */
};

_Static_assert(_Alignof(struct topk) >= _Alignof(struct entry), "see topk_new");

/* A value being added, hashed once. */
struct key {
	const char *v;
	size_t len;
	uint16_t group;
	uint32_t hash;
};

/* A multiply-xorshift hash over the 8-byte words of the value, read with
 * memcpy (a value may sit at any address; a fixed-size memcpy is one
 * load), the last padded with zeros; the group and length seed it.  The
 * final mix puts "/p/1" to "/p/131072" 0.5 slots from home on average, as
 * random keys would be. */
static uint32_t
hash(const struct key *k)
{
	uint64_t h = 0x243f6a8885a308d3u ^ ((uint64_t)k->group << 32) ^ k->len, w = 0;
	size_t i;

	for (i = 0; i + 8 <= k->len; i += 8) {
		memcpy(&w, k->v + i, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15u;
		h ^= h >> 29;
	}
	w = 0;
	if (i < k->len)
		memcpy(&w, k->v + i, k->len - i);
	h = (h ^ w) * 0xbf58476d1ce4e5b9u;
	h = (h ^ h >> 32) * 0x94d049bb133111ebu;
	return (uint32_t)(h ^ h >> 29);
}

/* The slot holding k's entry, or the empty slot that ends its probe. */
static size_t
probe(const struct topk *t, const struct key *k)
{
	size_t i;

	for (i = k->hash & MASK; t->slot[i] != 0; i = (i + 1) & MASK) {
		const struct entry *e = &t->ent[t->slot[i] - 1];
		if (e->hash == k->hash && e->len == k->len && e->group == k->group &&
		    (k->len == 0 || memcmp(t->arena + e->off + HDR, k->v, k->len) == 0))
			break;
	}
	return i;
}

/* Backward-shift deletion: each later entry of the run moves into the
 * hole unless its home lies cyclically in (hole, its slot], so that no
 * probe meets an empty slot before its entry. */
static void
hash_remove(struct topk *t, uint32_t e)
{
	size_t i = t->ent[e].hash & MASK, j;

	while (t->slot[i] != e + 1)
		i = (i + 1) & MASK;
	for (j = (i + 1) & MASK; t->slot[j] != 0; j = (j + 1) & MASK) {
		size_t home = t->ent[t->slot[j] - 1].hash & MASK;
		if (((j - home) & MASK) >= ((j - i) & MASK)) {
			t->slot[i] = t->slot[j];
			i = j;
		}
	}
	t->slot[i] = 0;
}

static void
heap_set(struct topk *t, size_t i, uint32_t e)
{
	t->heap[i] = e;
	t->ent[e].pos = (uint32_t)i;
}

static unsigned long
count_at(const struct topk *t, size_t i)
{
	return t->ent[t->heap[i]].count;
}

static void
sift_down(struct topk *t, size_t i)
{
	uint32_t e = t->heap[i];
	size_t c;

	while ((c = 2 * i + 1) < t->n) {
		if (c + 1 < t->n && count_at(t, c + 1) < count_at(t, c))
			c++;
		if (t->ent[e].count <= count_at(t, c))
			break;
		heap_set(t, i, t->heap[c]);
		i = c;
	}
	heap_set(t, i, e);
}

static void
sift_up(struct topk *t, size_t i)
{
	uint32_t e = t->heap[i];

	for (; i > 0 && count_at(t, (i - 1) / 2) > t->ent[e].count; i = (i - 1) / 2)
		heap_set(t, i, t->heap[(i - 1) / 2]);
	heap_set(t, i, e);
}

/* Builds the heap over every entry, the unused ones free after the live. */
static void
go_approximate(struct topk *t)
{
	for (size_t i = 0; i < TOPK_EXACT; i++)
		heap_set(t, i, (uint32_t)i);
	for (size_t i = t->n / 2; i-- > 0;)
		sift_down(t, i);
	t->approx = true;
}

/* Lets the smallest count go, raising floor to it; the entry becomes the
 * first free one, heap[n], and its block dead. */
static uint32_t
evict_root(struct topk *t)
{
	uint32_t e = t->heap[0];

	if (t->ent[e].count > t->floor)
		t->floor = t->ent[e].count;
	hash_remove(t, e);
	t->live -= HDR + t->ent[e].len;
	t->n--;
	heap_set(t, 0, t->heap[t->n]);
	heap_set(t, t->n, e);
	sift_down(t, 0);
	return e;
}

static uint32_t
header(const struct topk *t, size_t off)
{
	uint32_t h;

	memcpy(&h, t->arena + off, HDR);
	return h;
}

static void
set_header(struct topk *t, size_t off, uint32_t e, size_t cap)
{
	uint32_t h = e << CAP_BITS | (uint32_t)cap;

	memcpy(t->arena + off, &h, HDR);
}

/* Moves the live blocks to the front of the arena in one pass, cut to
 * their values; a block is live if its entry is and points at it. */
static void
compact(struct topk *t)
{
	size_t src = 0, dst = 0;

	while (src < t->used) {
		uint32_t h = header(t, src), e = h >> CAP_BITS;
		struct entry *p = &t->ent[e];
		if (p->pos < t->n && p->off == src) {
			set_header(t, dst, e, p->len);
			memmove(t->arena + dst + HDR, t->arena + src + HDR, p->len);
			p->off = (uint32_t)dst;
			dst += HDR + p->len;
		}
		src += HDR + CAP(h);
	}
	t->used = dst;
}

/* A block for len bytes at the end of the arena.  When that is full, the
 * smallest counts go until the live blocks leave SLACK free, and they are
 * compacted: so a compaction, O(ARENA), comes at most once per SLACK bytes
 * appended, and a value of TOPK_VALUE always fits after it. */
static size_t
arena_alloc(struct topk *t, size_t len)
{
	size_t off;

	if (t->used + HDR + len > ARENA) {
		while (ARENA - t->live < SLACK && t->n > 0)
			evict_root(t);
		compact(t);
	}
	off = t->used;
	t->used += HDR + len;
	return off;
}

/* Gives entry e the value of k in the block at off, counted floor + 1
 * times, floor of them perhaps before it was let go (0 in exact mode). */
static void
fill(struct topk *t, uint32_t e, size_t off, size_t cap, const struct key *k)
{
	struct entry *p = &t->ent[e];

	p->count = t->floor + 1;
	p->over = t->floor;
	p->off = (uint32_t)off;
	p->hash = k->hash;
	p->len = (uint16_t)k->len;
	p->group = k->group;
	set_header(t, off, e, cap);
	if (k->len > 0)
		memcpy(t->arena + off + HDR, k->v, k->len);
	t->live += HDR + k->len;
}

/* A newcomer takes the first free entry, letting the smallest count go
 * when there is none, and keeps that one's block if the value fits. */
static void
ss_insert(struct topk *t, const struct key *k)
{
	size_t off = 0, cap = 0;
	bool reuse = false;

	if (t->n == TOPK_EXACT) {
		off = t->ent[evict_root(t)].off;
		cap = CAP(header(t, off));
		reuse = k->len <= cap;
	}
	if (!reuse) {
		off = arena_alloc(t, k->len);
		cap = k->len;
	}
	fill(t, t->heap[t->n], off, cap, k);
	t->slot[probe(t, k)] = t->heap[t->n] + 1; /* evictions moved slots */
	t->n++;
	sift_up(t, t->n - 1);
}

void
topk_add(struct topk *t, unsigned group, const char *value, size_t len)
{
	struct key k = { value, len < TOPK_VALUE ? len : TOPK_VALUE, (uint16_t)group, 0 };
	size_t s;

	k.hash = hash(&k);
	s = probe(t, &k);
	if (t->slot[s] != 0) {
		struct entry *p = &t->ent[t->slot[s] - 1];
		p->count++;
		if (t->approx)
			sift_down(t, p->pos);
	} else if (!t->approx && t->n < TOPK_EXACT && t->used + HDR + k.len <= ARENA) {
		fill(t, (uint32_t)t->n, t->used, k.len, &k);
		t->used += HDR + k.len;
		t->slot[s] = (uint32_t)++t->n; /* the entry's index + 1 */
	} else {
		if (!t->approx)
			go_approximate(t);
		ss_insert(t, &k);
	}
}

/* One block, its arrays in decreasing order of alignment; calloc maps it
 * zeroed on demand, so only the pages used are ever touched. */
struct topk *
topk_new(void)
{
	struct topk *t = calloc(1, sizeof *t + TOPK_EXACT * sizeof *t->ent +
	    SLOTS * sizeof *t->slot + TOPK_EXACT * sizeof *t->heap + ARENA);

	if (t == NULL)
		return NULL;
	t->ent = (struct entry *)(t + 1);
	t->slot = (uint32_t *)(t->ent + TOPK_EXACT);
	t->heap = t->slot + SLOTS;
	t->arena = (char *)(t->heap + TOPK_EXACT);
	return t;
}

void
topk_free(struct topk *t)
{
	free(t);
}

/* Higher count first, then value in byte order, a prefix first. */
static bool
before(const struct topk_item *a, const struct topk_item *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c;

	if (a->count != b->count)
		return a->count > b->count;
	c = n > 0 ? memcmp(a->value, b->value, n) : 0;
	return c != 0 ? c < 0 : a->len < b->len;
}

/* Inserts it into out[0, k), kept sorted and at most max long; returns the
 * new length.  Most entries lose to out[max - 1] at once, so a scan costs
 * O(entries) plus O(max) for each entry that gets in. */
static size_t
offer(struct topk_item *out, size_t k, size_t max, const struct topk_item *it)
{
	size_t j;

	if (max == 0 || (k == max && !before(it, &out[max - 1])))
		return k;
	j = k < max ? k++ : max - 1;
	for (; j > 0 && before(it, &out[j - 1]); j--)
		out[j] = out[j - 1];
	out[j] = *it;
	return k;
}

/* The next live entry of group from ent[*i] on, or NULL. */
static const struct entry *
next_of(const struct topk *t, unsigned group, size_t *i)
{
	size_t end = t->approx ? TOPK_EXACT : t->n;

	while (*i < end) {
		const struct entry *p = &t->ent[(*i)++];
		if ((!t->approx || p->pos < t->n) && p->group == (uint16_t)group)
			return p;
	}
	return NULL;
}

size_t
topk_top(const struct topk *t, unsigned group, struct topk_item *out, size_t max)
{
	const struct entry *p;
	size_t i = 0, k = 0;

	while ((p = next_of(t, group, &i)) != NULL) {
		struct topk_item it = { t->arena + p->off + HDR, p->len, p->count, p->over };
		k = offer(out, k, max, &it);
	}
	return k;
}

/* Once approximate, the live entries of group: a lower bound. */
unsigned long
topk_distinct(const struct topk *t, unsigned group)
{
	unsigned long n = 0;
	size_t i = 0;

	while (next_of(t, group, &i) != NULL)
		n++;
	return n;
}

bool
topk_approximate(const struct topk *t)
{
	return t->approx;
}
