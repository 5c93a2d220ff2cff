/* Fuzz target: the log-line parsers (src/logline.c) and the keys of
 * --by (src/logkey.c), line by line, each line read as every format and
 * as the line looks, through one stream's state, and each key taken into
 * buffers of several sizes.  A line is copied to a buffer of its own
 * length, with no 0 after it, so that reading past its end is caught. */

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A status a log's parser may give: none, 000, or 100 to 999 (a bare
 * line may also be an error number or a sub-status); the sub-status is
 * none or 0 to 999, and only IIS has one. */
static void
check(int code, int sub, enum log_format f)
{
	bool bare = f == LOG_CODE || f == LOG_AUTO;

	if (code < LOG_SKIP || (!bare && code > 0 && (code < 100 || code > 999)))
		abort();
	if (sub < -1 || sub > 999 || (sub >= 0 && f != LOG_IIS && f != LOG_AUTO))
		abort();
}

/* Every key of the line just read, into buffers of exactly 0, 1, 17 and
 * 1025 bytes: a value is NUL-terminated where it was cut, and its length
 * is -1 or more. */
static void
keys(const struct log_state *st, const char *line, size_t len)
{
	static const size_t sizes[] = { 0, 1, 17, 1025 };

	for (int k = KEY_PATH; k <= KEY_DAY; k++)
		for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
			char *buf = malloc(sizes[i] > 0 ? sizes[i] : 1);
			long n;
			if (buf == NULL)
				abort();
			n = log_key(st, (enum log_key)k, line, len, buf, sizes[i]);
			if (n < -1 || (n >= 0 && sizes[i] > 0 &&
			    buf[(size_t)n < sizes[i] - 1 ? (size_t)n : sizes[i] - 1] != '\0'))
				abort();
			free(buf);
		}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct log_state st;
	const uint8_t *end = data + size;

	log_init(&st);
	while (data < end) {
		const uint8_t *nl = memchr(data, '\n', (size_t)(end - data));
		size_t len = (size_t)((nl != NULL ? nl : end) - data);
		char *line = malloc(len > 0 ? len : 1);
		int sub;
		if (line == NULL)
			abort();
		memcpy(line, data, len);
		for (int f = LOG_CODE; f <= LOG_AUTO; f++) {
			check(log_status(&st, (enum log_format)f, line, len, &sub), sub,
			    (enum log_format)f);
			keys(&st, line, len);
		}
		free(line);
		data += len + (nl != NULL);
	}
	return 0;
}
