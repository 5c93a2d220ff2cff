/* Fuzz target: standard input for --stdin, in text, field and JSON modes. */

#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in = tmpfile();

	if (in == NULL || fwrite(data, 1, size, in) != size || fflush(in) != 0)
		abort();
	for (int mode = MODE_TEXT; mode <= MODE_FIELD; mode++) {
		if (lseek(fileno(in), 0, SEEK_SET) != 0)
			abort();
		command_batch(fuzz_output((enum mode)mode), fileno(in));
	}
	fclose(in);
	return 0;
}
