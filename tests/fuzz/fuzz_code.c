/* Fuzz target: one command-line operand, as a code, class, name or words. */

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *arg = fuzz_string(data, size);
	char back[8];
	int code, lo, hi;

	if (arg == NULL)
		return 0;
	/* a code is three digits that read back as they were: 100 to 999,
	 * or 000 */
	code = table_parse_code(arg);
	snprintf(back, sizeof back, "%03d", code);
	if (code >= 0 && ((code > 0 && code < 100) || code > 999 || strcmp(back, arg) != 0))
		abort();
	if (query_class(arg, &lo, &hi) == 0 && (lo < 100 || hi > 999 || lo > hi))
		abort();
	command_lookup(fuzz_output((enum mode)(size % 3)), &arg, 1);
	free(arg);
	return 0;
}
