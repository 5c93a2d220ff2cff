/* Fuzz target: the JSON string escaper as a round trip.  The output is
 * parsed back by a small independent checker and must equal the input,
 * with every byte that is not well-formed UTF-8 read as U+FFFD. */

#include <stdbool.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as the writer should keep it: bad UTF-8 bytes become U+FFFD. */
static size_t
expected(const unsigned char *in, unsigned char *out)
{
	size_t n = 0;

	while (*in != '\0') {
		size_t len = *in < 0x80 ? 1 : (*in & 0xE0) == 0xC0 ? 2 : (*in & 0xF0) == 0xE0 ? 3 :
		    (*in & 0xF8) == 0xF0 ? 4 : 0;
		unsigned long cp = len == 1 ? *in : len == 2 ? *in & 0x1Fu : len == 3 ? *in & 0x0Fu :
		    *in & 0x07u;
		bool ok = len > 0;
		for (size_t i = 1; ok && i < len; i++) {
			ok = (in[i] & 0xC0) == 0x80;
			cp = cp << 6 | (in[i] & 0x3Fu);
		}
		ok = ok && !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) &&
		    !(len == 4 && cp < 0x10000) && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
		if (!ok) {
			memcpy(out + n, "\xEF\xBF\xBD", 3);
			n += 3;
			in++;
			continue;
		}
		memcpy(out + n, in, len);
		n += len;
		in += len;
	}
	return n;
}

static int
hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes one JSON string literal; aborts on anything JSON forbids. */
static size_t
decode(const char *s, size_t len, unsigned char *out)
{
	size_t n = 0, i = 1;

	if (len < 2 || s[0] != '"' || s[len - 1] != '"')
		abort();
	for (; i < len - 1; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"')
			abort();
		if (c != '\\') {
			out[n++] = c;
			continue;
		}
		c = (unsigned char)s[++i];
		const char *simple = strchr("\"\\/b\bf\fn\nr\rt\t", c);
		if (c == 'u') {
			int v = hex(s[i + 1]) << 12 | hex(s[i + 2]) << 8 | hex(s[i + 3]) << 4 | hex(s[i + 4]);
			if (v == 0xFFFD) {
				memcpy(out + n, "\xEF\xBF\xBD", 3);
				n += 3;
			} else if (v >= 0 && v < 0x80) {
				out[n++] = (unsigned char)v;
			} else {
				abort(); /* the writer escapes nothing else this way */
			}
			i += 4;
		} else if (simple != NULL && c != '\0') {
			out[n++] = c == '"' || c == '\\' || c == '/' ? c : (unsigned char)simple[1];
		} else {
			abort();
		}
	}
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = fuzz_string(data, size), *buf = NULL;
	size_t len = 0, want_len, got_len;
	unsigned char *want, *got;
	struct json j;
	FILE *mem;

	if (in == NULL)
		return 0;
	if ((mem = open_memstream(&buf, &len)) == NULL)
		abort();
	json_init(&j, mem, false);
	json_string(&j, in);
	fclose(mem);
	want = malloc(3 * size + 1);
	got = malloc(3 * len + 1);
	if (want == NULL || got == NULL)
		abort();
	want_len = expected((unsigned char *)in, want);
	got_len = decode(buf, len, got);
	if (got_len != want_len || memcmp(got, want, got_len) != 0)
		abort();
	free(want);
	free(got);
	free(buf);
	free(in);
	return 0;
}
