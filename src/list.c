/* Text lists of rows: label and use case, in two columns when they fit. */

#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

/* Popularity as a mark a reader can scan: common, uncommon, rare. */
static const char *const marks[] = { "***", "** ", "*  " };

/* "404 Not Found", with the vendor for an unofficial meaning, after the
 * popularity mark when asked for. */
static int
label(const struct status *s, bool mark, char *buf, size_t size)
{
	const char *m = mark ? marks[s->popularity] : "";
	const char *sep = mark ? " " : "";

	if (s->vendor != 0)
		return snprintf(buf, size, "%s%s%d %s (%s)", m, sep, s->code, table_str(s->name),
		    table_str(s->vendor));
	return snprintf(buf, size, "%s%s%d %s", m, sep, s->code, table_str(s->name));
}

/* Prints the label of s in colour and returns its width in columns. */
static int
put_label(FILE *out, const struct status *s, bool mark)
{
	char plain[256];
	int width = label(s, mark, plain, sizeof plain);

	if (mark)
		fprintf(out, "%s%s%s ", style_dim(), marks[s->popularity], style_reset());
	fprintf(out, "%s%d%s %s%s%s", style_class(s->code), s->code, style_reset(), style_bold(),
	    table_str(s->name), style_reset());
	if (s->vendor != 0)
		fprintf(out, " %s(%s)%s", style_dim(), table_str(s->vendor), style_reset());
	return width;
}

/* The use-case column, or 0 when some row would not fit on one line and
 * every use case goes under its label instead. */
static int
use_case_column(const struct status *const *rows, size_t n, int indent, bool mark, int width)
{
	char buf[256];
	int col = 0, text = 0;

	for (size_t i = 0; i < n; i++) {
		const char *use_case = table_str(rows[i]->use_case);
		int name = indent + label(rows[i], mark, buf, sizeof buf) + 2;
		int use = wrap_columns(use_case, strlen(use_case));
		col = name > col ? name : col;
		text = use > text ? use : text;
	}
	return col + text < width ? col : 0;
}

#define MAX_NAME_COLUMN 40 /* a longer label pushes its own use case right */

/* Writes text cut to fit max columns, at a word, with "..." when cut. */
static void
cut(FILE *out, const char *text, int max)
{
	size_t len = strlen(text), keep = 0;

	if (wrap_columns(text, len) <= max) {
		fputs(text, out);
		return;
	}
	for (size_t i = 0; i < len && wrap_columns(text, i) + 3 <= max; i++)
		if (text[i] == ' ')
			keep = i;
	fprintf(out, "%.*s...", (int)keep, text);
}

static void
one_line_rows(FILE *out, const struct status *const *rows, size_t n, int width)
{
	char name[256];
	int col = 0;

	for (size_t i = 0; i < n; i++) {
		int w = label(rows[i], true, name, sizeof name) + 2;
		col = w > col && w <= MAX_NAME_COLUMN ? w : col;
	}
	for (size_t i = 0; i < n; i++) {
		int w = put_label(out, rows[i], true);
		int at = w + 2 > col ? w + 2 : col;
		if (width - 1 - at >= 12) {
			fprintf(out, "%*s", at - w, "");
			cut(out, table_str(rows[i]->use_case), width - 1 - at);
		}
		fputc('\n', out);
	}
}

/* Rows with their use cases: in a listing (marked) one line each, the use
 * case cut to fit; inside an entry in full, in two columns or stacked. */
void
list_rows(FILE *out, const struct status *const *rows, size_t n, int indent, bool mark,
    int width)
{
	int col = use_case_column(rows, n, indent, mark, width);

	if (mark) {
		one_line_rows(out, rows, n, width);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%*s", indent, "");
		int w = put_label(out, rows[i], false);
		if (col > 0) {
			fprintf(out, "%*s%s\n", col - indent - w, "", table_str(rows[i]->use_case));
			continue;
		}
		fprintf(out, "\n%*s", indent + 4, "");
		wrap_text(out, table_str(rows[i]->use_case), indent + 4, indent + 4, width);
	}
}

/* The rows of `httpstatus list`, under a heading per class. */
void
list_by_class(FILE *out, const struct hits *h, int width)
{
	size_t start = 0;

	while (start < h->n) {
		int digit = h->row[start]->code / 100;
		size_t end = start;
		while (end < h->n && h->row[end]->code / 100 == digit)
			end++;
		fprintf(out, "%s%s%dxx %s%s\n", start > 0 ? "\n" : "", style_bold(), digit,
		    table_category(h->row[start]), style_reset());
		list_rows(out, h->row + start, end - start, 2, true, width);
		start = end;
	}
}
