/* Fuzz target: the lines of a file for --stdin, in text, field and JSON
 * modes, a line per line and tallied (--count); and broken down by one
 * key of --by, which the input's length picks, with and without --code.
 * The file is named as a user names one, through /dev/fd. */

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each mode a line per line, then tallied. */
static void
read_all_ways(char *path)
{
	for (int run = 0; run < 2 * (MODE_FIELD + 1); run++) {
		struct output *o = fuzz_output((enum mode)(run % (MODE_FIELD + 1)));
		o->count = run > MODE_FIELD;
		command_batch(o, &path, 1);
	}
}

/* A breakdown by key, as text, -s and JSON, every other one with --code:
 * a table of --by is large, so one key an input. */
static void
break_down(char *path, int key)
{
	static const enum mode modes[] = { MODE_TEXT, MODE_SHORT, MODE_JSON };
	char bad[32];

	for (size_t run = 0; run < 2 * sizeof modes / sizeof modes[0]; run++) {
		struct output *o = fuzz_output(modes[run % 3]);
		o->count = true;
		o->by = key;
		o->top = run + 1;
		if (run >= 3 && codeset_add(&o->codes, "4xx,vendor,500.19", bad, sizeof bad) != NULL)
			abort();
		command_batch(o, &path, 1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in = fuzz_file(data, size);
	char path[32];

	snprintf(path, sizeof path, "/dev/fd/%d", fileno(in));
	read_all_ways(path);
	break_down(path, (int)(size % (KEY_DAY + 1)));
	fclose(in);
	return 0;
}
