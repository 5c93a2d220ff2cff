/* The generator: checks src/codes.txt and writes the status table as C,
 * or with --dump, lists what it would hold (dump.c) for the tests. */

#include <stdio.h>
#include <string.h>

#include "gen.h"

int
main(int argc, char **argv)
{
	size_t len;
	char *buf;
	int rc = 1;
	bool dumping = argc == 3 && strcmp(argv[1], "--dump") == 0;

	if (argc != 3 || strcmp(argv[2], "--dump") == 0) {
		fputs("usage: gen DATAFILE OUTPUT.c\n       gen --dump DATAFILE\n", stderr);
		return 2;
	}
	/* a fuzzer calls main again and again in one process: read_records
	 * starts from nothing each time */
	gen_path = argv[dumping ? 2 : 1];
	buf = read_file(gen_path, &len);
	read_records(buf, len);
	check_records();
	check_stanzas();
	if (gen_errors > GEN_SHOWN_ERRORS)
		fprintf(stderr, "%s: %d more errors\n", gen_path, gen_errors - GEN_SHOWN_ERRORS);
	if (gen_errors == 0 && dumping) {
		dump(stdout);
		rc = fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
		if (rc != 0)
			perror("gen: stdout");
	} else if (gen_errors == 0) {
		rc = write_table(argv[2]);
	}
	read_free(buf);
	return rc;
}
