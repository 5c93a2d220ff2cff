/* Fuzz target: the data-file parser and validator of the generator.  Any
 * input must give a clean exit: a table, or file:line errors. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int gen_main(int argc, char **argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char in[] = "/tmp/fuzz-gen-XXXXXX", out[64];
	static int fd = -1;
	char *argv[] = { "gen", in, out, NULL };

	if (fd < 0) {
		if ((fd = mkstemp(in)) < 0)
			abort();
		snprintf(out, sizeof out, "%s.c", in);
	}
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	int rc = gen_main(3, argv);
	if (rc != 0 && rc != 1)
		abort();
	return 0;
}
