/* Word wrapping for the text renderers. */
#ifndef WRAP_H
#define WRAP_H

#include <stddef.h>
#include <stdio.h>

int wrap_columns(const char *s, size_t len);
void wrap_text(FILE *out, const char *text, int col, int indent, int width);
size_t wrap_line(const char **text, int width);
size_t wrap_sentence(const char *text);

#endif
