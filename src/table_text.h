/* The strings of the table, behind one small interface: a text_ref names
 * one, table_str gives it.  How they are kept (plain ones end to end, long
 * ones packed by byte-pair encoding, which saves 78 KB of the binary) is
 * table.c's business and the generator's (src/gen/pack.c), and no other
 * file sees the packing arrays (table_pack.h). */
#ifndef TABLE_TEXT_H
#define TABLE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A string of the table: its offset in table_text, 0 for none, or with
 * TEXT_PACKED, its number among the packed strings.  The generated table
 * holds offsets rather than pointers, so that it is read-only data the
 * loader need not relocate when the program starts. */
typedef uint32_t text_ref;
#define TEXT_PACKED (1 << 30)

extern const struct table_text table_text; /* the plain strings, end to end */

/* A packed string, unpacked once into room kept for them all. */
const char *table_unpack(text_ref ref);

/* The string ref stands for, or NULL for 0. */
static inline const char *
table_str(text_ref ref)
{
	if (ref & TEXT_PACKED)
		return table_unpack(ref);
	return ref != 0 ? (const char *)&table_text + ref : NULL;
}

/* The string, unpacked into a buffer reused by the next call rather than
 * kept: for a string printed once, as a list prints each. */
const char *table_str_once(text_ref ref);

/* At least the first want bytes of the string, in buf (want + PACK_SYMBOL_MAX
 * bytes), ending in NUL: a list's first sentence without the rest. */
const char *table_head(text_ref ref, size_t want, char *buf);

/* Whether the string goes into JSON as it is, with nothing to escape: the
 * generator puts those strings first, packed or not. */
bool table_plain(text_ref ref);

#endif
