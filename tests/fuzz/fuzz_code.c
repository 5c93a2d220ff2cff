/* Fuzz target: one command-line operand, as a code, class, name or words. */

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *arg = fuzz_string(data, size);
	char dot[24], dash[24];
	int code, lo, hi;
	bool ok;

	if (arg == NULL)
		return 0;
	/* an id reads back as it was written: 000 or 100 to 999, a vendor's
	 * error number from 1000 to 9999, or a sub-status of 100 to 599, such
	 * as 500.19 or 500-19 */
	code = table_parse_code(arg);
	if (code >= 0 && ID_IS_SUB(code)) {
		snprintf(dot, sizeof dot, "%d.%d", ID_CODE(code), ID_SUBSTATUS(code));
		snprintf(dash, sizeof dash, "%d-%d", ID_CODE(code), ID_SUBSTATUS(code));
		ok = ID_CODE(code) >= 100 && ID_CODE(code) <= 599 &&
		    (strcmp(dot, arg) == 0 || strcmp(dash, arg) == 0);
	} else {
		snprintf(dot, sizeof dot, "%03d", code);
		ok = code < 0 || ((code == 0 || (code >= 100 && code <= ID_ERROR_MAX)) &&
		    strcmp(dot, arg) == 0);
	}
	if (!ok)
		abort();
	if (query_class(arg, &lo, &hi) == 0 && (lo < 100 || hi > 999 || lo > hi))
		abort();
	command_lookup(fuzz_output((enum mode)(size % 3)), &arg, 1);
	free(arg);
	return 0;
}
