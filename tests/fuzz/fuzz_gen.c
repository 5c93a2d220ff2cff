/* Fuzz target: the generator's phases on a data file: reading, checking,
 * and for a valid file, writing the table as C.  They run in memory and
 * write to /dev/null: through files (the input written and read back, the
 * table written and renamed) a run took twice as long, and the files are
 * the one part gen.bats tests well. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	char *buf = malloc(size + 1);

	if (buf == NULL || (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL))
		abort();
	/* as read_file leaves it: NUL-terminated, NUL bytes inside kept */
	memcpy(buf, data, size);
	buf[size] = '\0';
	gen_path = "fuzz.txt";
	read_records(buf, size);
	check_records();
	check_stanzas();
	if (gen_errors == 0)
		write_c(sink);
	read_free(buf);
	return 0;
}
