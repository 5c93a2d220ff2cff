/* How the table keeps its strings: for table.c, which reads them, and the
 * generated table_data.c, which defines them; the rest of the program
 * sees table_text.h only. */
#ifndef TABLE_PACK_H
#define TABLE_PACK_H

#include "table_text.h"
#include "sizes.h"

extern const text_ref table_plain_end;         /* plain strings before it need no escape */
/* What each byte of a packed string stands for: the first table_symbol_len
 * bytes of its table_symbols. */
extern const char table_symbols[256][PACK_SYMBOL_MAX];
extern const unsigned char table_symbol_len[256];
extern const char table_packed[];              /* the packed strings, each ending in 0 */
extern const uint32_t table_packed_at[];       /* where each starts in table_packed */
extern const uint32_t table_packed_plain_end;  /* packed ones before it need no escape */
extern uint32_t table_unpacked_at[];           /* where each is in table_unpacked, + 1 */
extern char table_unpacked[];                  /* room for them all, unpacked */

#endif
