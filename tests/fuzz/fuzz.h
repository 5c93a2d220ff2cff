/* Shared set-up for the libFuzzer harnesses: a null sink for output.  The
 * messages on stderr are silenced by running with -close_fd_mask=2. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"

/* The input as a NUL-terminated string, or NULL when it holds a NUL. */
static char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s;

	if (memchr(data, '\0', size) != NULL || (s = malloc(size + 1)) == NULL)
		return NULL;
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* The input in a temporary file, for the commands that read a file
 * descriptor; rewound by the harness before each read. */
static FILE *
fuzz_file(const uint8_t *data, size_t size)
{
	FILE *in = tmpfile();

	if (in == NULL || fwrite(data, 1, size, in) != size || fflush(in) != 0)
		abort();
	return in;
}

/* An output to /dev/null in the given mode. */
static struct output *
fuzz_output(enum mode mode)
{
	static struct output o;
	static FILE *sink;

	if (sink == NULL) {
		sink = fopen("/dev/null", "w");
		if (sink == NULL)
			abort();
	}
	memset(&o, 0, sizeof o);
	o.f = sink;
	o.mode = mode;
	o.fields.list[0] = FIELD_name;
	o.fields.n = 1;
	o.width = 80;
	o.by = -1;
	o.top = 10;
	json_init(&o.json, sink, mode == MODE_JSON);
	return &o;
}

#endif
