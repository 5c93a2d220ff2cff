/* Example raw HTTP/1.1 responses, built from a record's data. */
#ifndef EXAMPLE_H
#define EXAMPLE_H

#include <stddef.h>

#include "table.h"

/* Large enough for every record; a test renders them all. */
#define EXAMPLE_MAX 2048

size_t example_render(const struct status *s, char *buf, size_t cap);

#endif
