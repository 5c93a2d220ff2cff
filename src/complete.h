/* The hidden --complete mode, for the shell completions (complete.c). */
#ifndef COMPLETE_H
#define COMPLETE_H

#include "command.h"

/* Prints the list what names (codes, fields, formats, keys, rules or
 * situations), a line each; EXIT_USAGE for another name. */
int complete_print(struct output *o, const char *what);

#endif
