/* Text comparison of codes: a row per property, a column per code. */

#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

#define LABEL 15       /* "  When to use  " */
#define MAX_COLUMNS 8  /* more codes than this are compared one block each */
#define MIN_COLUMN 16  /* a narrower column is unreadable: blocks instead */

enum { P_CLASS, P_STATUS, P_MEANING, P_USE, P_CACHE, P_RETRY, P_NOTES, P_COUNT };

static const char *const property_labels[P_COUNT] = {
	"Class", "Status", "Meaning", "When to use", "Cacheable", "Retry", "Notes",
};

struct cells {
	char heading[160];
	char class[64];
	char status[160];
	const char *text[P_COUNT];
};

static void
fill(const struct status *s, struct cells *c)
{
	size_t n;

	table_id_text(s, c->heading, sizeof c->heading - 1);
	n = strlen(c->heading);
	c->heading[n++] = ' ';
	table_label(s, c->heading + n, sizeof c->heading - n);
	table_class_text(s, c->class, sizeof c->class);
	if (s->vendor != 0)
		snprintf(c->status, sizeof c->status, "unofficial (%s)", table_str(s->vendor));
	else
		snprintf(c->status, sizeof c->status, "%s", table_state(s));
	c->text[P_CLASS] = c->class;
	c->text[P_STATUS] = c->status;
	c->text[P_MEANING] = table_str(s->description);
	c->text[P_USE] = table_str(s->use_case);
	c->text[P_CACHE] = table_caching_text(s);
	c->text[P_RETRY] = table_retry_text(s);
	c->text[P_NOTES] = table_str(s->notes);
}

/* One property across the columns, wrapped within each column.  Spaces
 * are held back until something follows them, so no line ends in blanks. */
static void
row(FILE *out, const char *label, const char *const *texts, size_t n, int colw)
{
	const char *rest[MAX_COLUMNS];
	bool first = true;

	memcpy(rest, texts, n * sizeof *rest);
	for (;;) {
		bool more = false;
		for (size_t i = 0; i < n; i++)
			more |= *rest[i] != '\0';
		if (!more)
			return;
		int pending = 0;
		fprintf(out, "  %s", first ? label : "");
		pending = LABEL - 2 - (first ? (int)strlen(label) : 0);
		for (size_t i = 0; i < n; i++) {
			const char *piece = rest[i];
			size_t len = wrap_line(&rest[i], colw - 1);
			if (len > 0)
				fprintf(out, "%*s%.*s", pending, "", (int)len, piece);
			pending = (len > 0 ? 0 : pending) + colw - wrap_columns(piece, len);
		}
		fputc('\n', out);
		first = false;
	}
}

static void
columns_view(FILE *out, struct cells *c, size_t n, int colw)
{
	const char *texts[MAX_COLUMNS];

	for (size_t i = 0; i < n; i++)
		texts[i] = c[i].heading;
	row(out, "", texts, n, colw);
	for (int p = 0; p < P_COUNT; p++) {
		for (size_t i = 0; i < n; i++)
			texts[i] = c[i].text[p];
		row(out, property_labels[p], texts, n, colw);
	}
}

/* When columns would be too narrow: each code in a block of its own. */
static void
blocks_view(FILE *out, const struct status *const *rows, size_t n, int width)
{
	struct cells c;

	for (size_t i = 0; i < n; i++) {
		fill(rows[i], &c);
		fprintf(out, "%s%s\n", i > 0 ? "\n" : "", c.heading);
		for (int p = 0; p < P_COUNT; p++) {
			fprintf(out, "  %-*s", LABEL - 2, property_labels[p]);
			wrap_text(out, c.text[p], LABEL, LABEL, width);
		}
	}
}

static void
rules_view(FILE *out, const struct rules *rules, int width)
{
	for (size_t i = 0; i < rules->n; i++) {
		fprintf(out, "%sRule (", style_bold());
		const unsigned short *codes = table_codes(rules->list[i]->codes);
		for (const unsigned short *c = codes; *c != 0; c++)
			fprintf(out, "%s%u", c == codes ? "" : ", ", *c);
		fprintf(out, ")%s\n  ", style_reset());
		wrap_text(out, table_str(rules->list[i]->text), 2, 2, width);
		fputc('\n', out);
	}
}

/* The curated rules first, then the codes side by side. */
void
text_compare(FILE *out, const struct status *const *rows, size_t n,
    const struct rules *rules, int width)
{
	struct cells c[MAX_COLUMNS];
	int colw = n > 0 ? (width - 1 - LABEL) / (int)n : 0;

	rules_view(out, rules, width);
	if (n > MAX_COLUMNS || colw < MIN_COLUMN) {
		blocks_view(out, rows, n, width);
		return;
	}
	for (size_t i = 0; i < n; i++)
		fill(rows[i], &c[i]);
	columns_view(out, c, n, colw);
}
