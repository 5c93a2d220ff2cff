/* Fixed sizes of the program's arrays that the data must fit: the generator
 * refuses data that would not (src/gen), so that nothing is cut short. */
#ifndef SIZES_H
#define SIZES_H

#define QUERY_MAX 1024  /* rows: results are pointers into table_rows */
#define CHOOSE_MAX 64   /* situations of the choose guide */
#define RULES_MAX 64    /* comparison rules */
#define SENDERS_MAX 4 /* senders one status may name: a row packs them in 16 bits */
#define SOFTWARE_MAX 32 /* software stanzas: compare keeps a row for each */
#define SOFTWARE_NAME_MAX 25 /* bytes of a software's name, a label in compare */
#define TEXT_MAX 4096   /* bytes of one string, its 0 included */
#define PACK_SYMBOL_MAX 16 /* bytes one byte of a packed string may stand
                            * for: table.c copies this many for each */

#endif
