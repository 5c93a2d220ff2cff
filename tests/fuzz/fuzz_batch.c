/* Fuzz target: standard input for --stdin, in text, field and JSON modes,
 * a line per line and tallied (--count). */

#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in = fuzz_file(data, size);

	for (int run = 0; run < 2 * (MODE_FIELD + 1); run++) {
		struct output *o = fuzz_output((enum mode)(run % (MODE_FIELD + 1)));
		if (lseek(fileno(in), 0, SEEK_SET) != 0)
			abort();
		o->count = run > MODE_FIELD;
		command_batch(o, fileno(in));
	}
	fclose(in);
	return 0;
}
