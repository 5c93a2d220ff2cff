/* Terminal colours for text output; every function gives "" when off. */
#ifndef STYLE_H
#define STYLE_H

#include <stdbool.h>

void style_enable(bool on);
const char *style_class(int code);
const char *style_level(int level);
const char *style_bold(void);
const char *style_dim(void);
const char *style_reset(void);

#endif
