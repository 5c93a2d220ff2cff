/* Renderers of table rows: readable text and JSON. */
#ifndef RENDER_H
#define RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "json.h"
#include "query.h"
#include "table.h"

void text_entry(FILE *out, struct span meanings, int width);
void text_short(FILE *out, const struct status *s, int width);
void text_field(FILE *out, const char *label, const char *value, int width);
void text_headers(FILE *out, const struct requirement *r, int width);
void text_guide(FILE *out, const struct situation *const *list, size_t n, int width);
void text_choice(FILE *out, const struct situation *sit, int width);
void json_choice(struct json *j, const struct situation *sit);
int list_label(FILE *out, const struct status *s);
#define LIST_SENTENCE_MAX (TEXT_MAX + PACK_SYMBOL_MAX)
const char *list_sentence(const struct status *s, int max, char buf[LIST_SENTENCE_MAX],
    size_t *len);
void list_rows(FILE *out, const struct status *const *rows, size_t n, int indent, int width);
void list_compared(FILE *out, const struct status *const *rows, size_t n, int indent,
    int width);
void list_grid(FILE *out, const struct status *const *rows, size_t n, int indent, int width,
    const char *trailer);
void list_legend(FILE *out);
void list_by_class(FILE *out, const struct hits *h, int width);
void text_compare(FILE *out, const struct status *const *rows, size_t n,
    const struct rules *rules, int width);
void json_entry(struct json *j, struct span meanings, size_t which, const struct rules *rules);

#endif
