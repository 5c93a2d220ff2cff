/* Fuzz target: the field list given to -f ("code,name"). */

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *names = fuzz_string(data, size), bad[64];
	struct fields fs = { .n = 0 };
	const char *why;

	if (names == NULL)
		return 0;
	why = field_parse(names, &fs, bad, sizeof bad);
	if (fs.n > FIELDS_MAX || (why == NULL && fs.n == 0))
		abort();
	for (size_t k = 0; k < fs.n; k++)
		if (fs.list[k] >= FIELD_COUNT || strcmp(field_names[fs.list[k]], "") == 0)
			abort();
	for (size_t i = 0; why == NULL && i < table_len; i += 7)
		field_print(fuzz_output(MODE_FIELD)->f, &table_rows[i], &fs);
	free(names);
	return 0;
}
