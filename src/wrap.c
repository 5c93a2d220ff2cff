/* Word wrapping: lines break between words and never inside one. */

#include <string.h>

#include "wrap.h"

/* Terminal columns taken by s: UTF-8 continuation bytes take none. */
int
wrap_columns(const char *s, size_t len)
{
	int n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Writes text word by word from column col, breaking before width and
 * indenting continuation lines by indent.  A word wider than the line is
 * written whole on a line of its own rather than cut. */
void
wrap_text(FILE *out, const char *text, int col, int indent, int width)
{
	while (*text != '\0') {
		const char *line = text;
		size_t len = wrap_line(&text, width - col);
		fwrite(line, 1, len, out);
		if (*text != '\0')
			fprintf(out, "\n%*s", indent, "");
		col = indent;
	}
	fputc('\n', out);
}

/* Measures the next line of at most width - 1 columns at *text, moves
 * *text past it and the spaces after it, and returns its length in bytes.
 * The first word is always taken, however wide. */
size_t
wrap_line(const char **text, int width)
{
	const char *p = *text;
	size_t len = 0;
	int col = 0;

	while (p[len] != '\0') {
		size_t word = strcspn(p + len + (len > 0), " ") + (len > 0);
		int w = wrap_columns(p + len, word);
		if (len > 0 && col + w >= width)
			break;
		len += word;
		col += w;
	}
	*text = p + len + strspn(p + len, " ");
	return len;
}
