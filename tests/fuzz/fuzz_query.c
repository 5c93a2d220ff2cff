/* Fuzz target: several operands (one per input line) for lookup, search,
 * compare and choose, which join, rank and suggest. */

#include "fuzz.h"

#define MAX_ARGS 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size), *args[MAX_ARGS], *save = NULL;
	int n = 0;

	if (text == NULL)
		return 0;
	for (char *t = strtok_r(text, "\n", &save); t != NULL && n < MAX_ARGS;
	     t = strtok_r(NULL, "\n", &save))
		args[n++] = t;
	if (n > 0) {
		command_lookup(fuzz_output(MODE_TEXT), args, n);
		command_search(fuzz_output(MODE_JSON), args, n);
		command_compare(fuzz_output(MODE_TEXT), args, n);
		command_choose(fuzz_output(MODE_TEXT), args, n);
	}
	free(text);
	return 0;
}
