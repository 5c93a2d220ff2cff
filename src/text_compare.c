/* Text comparison of codes: a row per property, a column per code. */

#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

#define LABEL 15       /* "  When to use  " */
#define MAX_COLUMNS 8  /* more codes than this are compared one block each */
#define MIN_COLUMN 16  /* a narrower column is unreadable: blocks instead */

enum { P_CLASS, P_STATUS, P_MEANING, P_USE, P_CACHE, P_RETRY, P_SENDER, P_NOTES, P_COUNT };

static const char *const property_labels[P_COUNT] = {
	"Class", "Status", "Meaning", "When to use", "Cacheable", "Retry", "Sent by", "Notes",
};

struct cells {
	char heading[160];
	char class[64];
	char status[160];
	char sender[512];
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
	table_senders_text(s, c->sender, sizeof c->sender);
	c->text[P_SENDER] = c->sender;
	c->text[P_NOTES] = table_str(s->notes);
}

/* The next line of a column, as wrap_line takes it, but a word wider
 * than the column (beresp.cacheable, an identifier) is cut at its edge
 * and goes on on the next line, so that the next column stays in place.
 * Cuts fall between characters: UTF-8 continuation bytes stay whole. */
static size_t
column_line(const char **text, int width)
{
	const char *p = *text;
	size_t len = wrap_line(text, width), cut = 0;

	if (wrap_columns(p, len) < width)
		return len;
	for (int col = 0; cut < len && col < width - 1; col++)
		for (cut++; cut < len && ((unsigned char)p[cut] & 0xC0) == 0x80; cut++)
			;
	*text = p + cut;
	return cut;
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
			size_t len = column_line(&rest[i], colw - 1);
			if (len > 0)
				fprintf(out, "%*s%.*s", pending, "", (int)len, piece);
			pending = (len > 0 ? 0 : pending) + colw - wrap_columns(piece, len);
		}
		fputc('\n', out);
		first = false;
	}
}

/* A label that fits the label column goes on the row's first line;
 * a longer one, a software's name, on a line of its own above. */
static const char *
fitted(FILE *out, const char *label)
{
	if (strlen(label) <= LABEL - 3)
		return label;
	fprintf(out, "  %s\n", label);
	return "";
}

/* A row per software whose handling differs among the codes, with what
 * it does for them all on a line under it; those that treat them all
 * alike are named after the table, and say it once. */
static void
software_rows(FILE *out, const struct status *const *rows, size_t n, int colw, int width)
{
	static char cell[MAX_COLUMNS][TEXT_MAX], common[TEXT_MAX + 8];
	const char *texts[MAX_COLUMNS];
	char alike[1024];
	size_t len = 0;

	for (size_t sw = 0; sw < table_software_len; sw++) {
		bool differ = false;
		for (size_t i = 0; i < n; i++) {
			texts[i] = table_software_facts(rows[i], sw, rows, n, false, cell[i], sizeof cell[i]);
			differ |= *texts[i] != '\0';
		}
		memcpy(common, "each: ", 7);
		table_software_facts(rows[0], sw, rows, n, true, common + 6, sizeof common - 6);
		if (differ) {
			row(out, fitted(out, table_str(table_software[sw].name)), texts, n, colw);
			if (common[6] != '\0') {
				fprintf(out, "  %-*s", LABEL - 2, "");
				wrap_text(out, common, LABEL, LABEL + 2, width);
			}
		} else if (common[6] != '\0' && len < sizeof alike) {
			len += (size_t)snprintf(alike + len, sizeof alike - len, "%s%s", len > 0 ? ", " :
			    "", table_str(table_software[sw].name));
		}
	}
	if (len > 0) {
		fprintf(out, "  %-*s", LABEL - 2, "Alike");
		wrap_text(out, alike, LABEL, LABEL, width);
	}
}

static void
columns_view(FILE *out, const struct status *const *rows, struct cells *c, size_t n,
    int colw, int width)
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
	software_rows(out, rows, n, colw, width);
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
			if (*c.text[p] == '\0')
				continue;
			fprintf(out, "  %-*s", LABEL - 2, property_labels[p]);
			wrap_text(out, c.text[p], LABEL, LABEL, width);
		}
		for (size_t sw = 0; sw < table_software_len; sw++) {
			static char cell[TEXT_MAX];
			if (*table_software_facts(rows[i], sw, NULL, 0, false, cell, sizeof cell) == '\0')
				continue;
			fprintf(out, "  %-*s", LABEL - 2, fitted(out, table_str(table_software[sw].name)));
			wrap_text(out, cell, LABEL, LABEL, width);
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
	columns_view(out, rows, c, n, colw, width);
}
