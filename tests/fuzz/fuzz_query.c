/* Fuzz target: several operands (one per input line) for lookup, search,
 * compare or choose, which join, rank and suggest.  The first byte picks
 * the command: running all four on every input made a run cost four times
 * as much (1.8 million instructions, callgrind over the corpus), and the
 * fuzzer reaches each command through that byte all the same. */

#include "fuzz.h"

#define MAX_ARGS 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text, *args[MAX_ARGS], *save = NULL;
	int n = 0;

	if (size == 0 || (text = fuzz_string(data + 1, size - 1)) == NULL)
		return 0;
	for (char *t = strtok_r(text, "\n", &save); t != NULL && n < MAX_ARGS;
	     t = strtok_r(NULL, "\n", &save))
		args[n++] = t;
	switch (n > 0 ? data[0] % 5 : 5) {
	case 0: command_lookup(fuzz_output(MODE_TEXT), args, n); break;
	case 1: command_lookup(fuzz_output(MODE_SHORT), args, n); break;
	case 2: command_search(fuzz_output(MODE_JSON), args, n); break;
	case 3: command_compare(fuzz_output(MODE_TEXT), args, n); break;
	case 4: command_choose(fuzz_output(MODE_TEXT), args, n); break;
	default: break;
	}
	free(text);
	return 0;
}
