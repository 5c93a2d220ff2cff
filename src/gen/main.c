/* The generator: checks src/codes.txt and writes the status table as C. */

#include <stdio.h>

#include "gen.h"

int
main(int argc, char **argv)
{
	size_t len;
	char *buf;
	int rc = 1;

	if (argc != 3) {
		fputs("usage: gen DATAFILE OUTPUT.c\n", stderr);
		return 2;
	}
	/* a fuzzer calls main again and again in one process: read_records
	 * starts from nothing each time */
	gen_path = argv[1];
	buf = read_file(gen_path, &len);
	read_records(buf, len);
	check_records();
	check_stanzas();
	if (gen_errors > GEN_SHOWN_ERRORS)
		fprintf(stderr, "%s: %d more errors\n", gen_path, gen_errors - GEN_SHOWN_ERRORS);
	if (gen_errors == 0)
		rc = write_table(argv[2]);
	read_free(buf);
	return rc;
}
