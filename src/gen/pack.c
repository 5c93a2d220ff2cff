/* Packing the long strings of the table by byte-pair encoding: the pair of
 * bytes met most often becomes one byte that no packed string holds, and
 * again with the new bytes, until no pair pays for its entry.  Prose packs
 * to about three fifths, and a string unpacks on its own in a few
 * microseconds, with a table of 512 bytes and no heap (table.c). */

#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* Shorter strings (names, keys) stay plain: they are read on hot paths
 * and pack poorly. */
#define PACK_MIN 32

bool
pack_wanted(const char *s)
{
	return strlen(s) >= PACK_MIN;
}

/* The most frequent pair of neighbouring bytes in the n strings that
 * stands for no more than PACK_SYMBOL_MAX bytes (len[b] is what byte b
 * stands for), and how often it occurs.  The counts are cleared pair by
 * pair, not all 65536: the fuzzer runs the generator on small inputs many
 * times a second. */
static unsigned
best_pair(unsigned char *const *s, size_t n, const size_t len[256], size_t *count)
{
	static size_t seen[1 << 16];
	unsigned best = 0;

	for (size_t i = 0; i < n; i++)
		for (const unsigned char *p = s[i]; p[0] != '\0' && p[1] != '\0'; p++) {
			unsigned pair = (unsigned)p[0] << 8 | p[1];
			if (++seen[pair] > seen[best] && len[p[0]] + len[p[1]] <= PACK_SYMBOL_MAX)
				best = pair;
		}
	*count = seen[best];
	for (size_t i = 0; i < n; i++)
		for (const unsigned char *p = s[i]; p[0] != '\0' && p[1] != '\0'; p++)
			seen[(unsigned)p[0] << 8 | p[1]] = 0;
	return best;
}

/* Writes sym for each pair in s, left to right, in place. */
static void
replace(unsigned char *s, unsigned pair, unsigned char sym)
{
	unsigned char *out = s;

	for (; *s != '\0'; s++) {
		if (s[1] != '\0' && (unsigned)(s[0] << 8 | s[1]) == pair) {
			*out++ = sym;
			s++;
		} else {
			*out++ = *s;
		}
	}
	*out = '\0';
}

void
pack_strings(unsigned char **s, size_t n, unsigned char pairs[256][2])
{
	bool used[256] = { true };
	size_t len[256];

	memset(pairs, 0, 256 * sizeof pairs[0]);
	for (int b = 0; b < 256; b++)
		len[b] = 1;
	for (size_t i = 0; i < n; i++)
		for (const unsigned char *p = s[i]; *p != '\0'; p++)
			used[*p] = true;
	for (unsigned sym = 1; sym < 256; sym++) {
		size_t count;
		unsigned pair;
		if (used[sym])
			continue;
		pair = best_pair(s, n, len, &count);
		/* an entry costs two bytes; a use saves one */
		if (count < 3)
			break;
		pairs[sym][0] = (unsigned char)(pair >> 8);
		pairs[sym][1] = (unsigned char)(pair & 0xFF);
		len[sym] = len[pairs[sym][0]] + len[pairs[sym][1]];
		for (size_t i = 0; i < n; i++)
			replace(s[i], pair, (unsigned char)sym);
	}
}
