/* Fuzz target: httpstatus check's reader of responses (src/check_response.c),
 * its rules (src/check_rules.c) and the JSON reader of problem bodies, through
 * the command as a user runs it, in text and in JSON. */

#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in = fuzz_file(data, size);

	for (int run = 0; run < 2; run++) {
		struct output *o = fuzz_output(run == 0 ? MODE_TEXT : MODE_JSON);
		char path[64];
		char *args[] = { path };
		snprintf(path, sizeof path, "/dev/fd/%d", fileno(in));
		if (lseek(fileno(in), 0, SEEK_SET) != 0)
			abort();
		command_check(o, args, 1);
	}
	fclose(in);
	return 0;
}
