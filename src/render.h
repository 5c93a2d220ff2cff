/* Renderers of table rows: readable text and JSON. */
#ifndef RENDER_H
#define RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "json.h"
#include "table.h"

void text_entry(FILE *out, struct span meanings, int width);
void json_entry(struct json *j, struct span meanings);

#endif
