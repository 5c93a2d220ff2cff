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

/* The length of the first sentence of text: up to a full stop, question or
 * exclamation mark that ends the text or is followed by a space and a
 * capital, digit, quote or parenthesis, so that "e.g. a" and "1.1" do not
 * end it. */
size_t
wrap_sentence(const char *text)
{
	for (const char *p = text; *p != '\0'; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || (p[1] == ' ' &&
		    ((p[2] >= 'A' && p[2] <= 'Z') || (p[2] >= '0' && p[2] <= '9') ||
		    p[2] == '"' || p[2] == '('))))
			return (size_t)(p - text) + 1;
	return strlen(text);
}
