/* Well-formed UTF-8, as RFC 3629 defines it. */

#include "utf8.h"

/* The length of the well-formed sequence at p (1 for ASCII), or 0: stray
 * continuation bytes, overlong forms, surrogates and code points past
 * U+10FFFF do not count. */
size_t
utf8_length(const unsigned char *p)
{
	size_t n = *p < 0x80 ? 1 : *p >= 0xF0 && *p <= 0xF4 ? 4 : *p >= 0xE0 && *p < 0xF0 ? 3 :
	    *p >= 0xC2 && *p < 0xE0 ? 2 : 0;

	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	if ((*p == 0xE0 && p[1] < 0xA0) || (*p == 0xED && p[1] > 0x9F) ||
	    (*p == 0xF0 && p[1] < 0x90) || (*p == 0xF4 && p[1] > 0x8F))
		return 0;
	return n;
}
