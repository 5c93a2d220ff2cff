/* Fuzz target: the name given to -f. */

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *name = fuzz_string(data, size);
	int f;

	if (name == NULL)
		return 0;
	f = field_lookup(name);
	if (f >= FIELD_COUNT || (f >= 0 && strcmp(field_names[f], name) != 0))
		abort();
	for (size_t i = 0; f >= 0 && i < table_len; i += 7)
		field_print(fuzz_output(MODE_FIELD)->f, &table_rows[i], (enum field)f);
	free(name);
	return 0;
}
