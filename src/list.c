/* Text lists of rows: labels and text in aligned columns, and grids of labels. */

#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

#define GAP 2 /* between columns */

/* Popularity as a mark a reader can scan: common, uncommon, rare. */
static const char *const marks[] = { "***", "** ", "*  " };

/* "404 Not Found", with the vendor for an unofficial meaning, after the
 * popularity mark when asked for. */
static int
label(const struct status *s, bool mark, char *buf, size_t size)
{
	const char *m = mark ? marks[s->popularity] : "";
	const char *sep = mark ? " " : "";
	char id[16];

	table_id_text(s, id, sizeof id);
	if (s->vendor != 0)
		return snprintf(buf, size, "%s%s%s %s (%s)", m, sep, id, table_str(s->name),
		    table_str(s->vendor));
	return snprintf(buf, size, "%s%s%s %s", m, sep, id, table_str(s->name));
}

static int
label_width(const struct status *s, bool mark)
{
	char buf[256];

	return label(s, mark, buf, sizeof buf);
}

/* Prints the label of s in colour and returns its width in columns. */
static int
put_label(FILE *out, const struct status *s, bool mark)
{
	char id[16];

	if (mark)
		fprintf(out, "%s%s%s ", style_dim(), marks[s->popularity], style_reset());
	table_id_text(s, id, sizeof id);
	fprintf(out, "%s%s%s %s%s%s", style_class(s->code), id, style_reset(), style_bold(),
	    table_str(s->name), style_reset());
	if (s->vendor != 0)
		fprintf(out, " %s(%s)%s", style_dim(), table_str(s->vendor), style_reset());
	return label_width(s, mark);
}

/* The column text starts at: after the widest label, as long as labels
 * take no more than 55% of the line, so that the text keeps room; rows
 * with wider labels put their text on the next line, at that column; when
 * no label fits, the text goes under each label. */
static int
text_column(const struct status *const *rows, size_t n, int indent, bool mark, int width)
{
	int fitting = 0;

	for (size_t i = 0; i < n; i++) {
		int w = indent + label_width(rows[i], mark) + GAP;
		fitting = w > fitting && w <= width * 55 / 100 ? w : fitting;
	}
	return fitting > 0 ? fitting : indent + 4;
}

/* Writes len bytes of text, cut to fit max columns with "..." when it
 * does not: at the last space that fits, or inside a first word too wide.
 * Returns the columns written. */
static int
cut(FILE *out, const char *text, size_t len, int max)
{
	size_t word = 0, fit = 0;
	int cols = 0, at_word = 0, at_fit = 0;

	if (wrap_columns(text, len) <= max) {
		fwrite(text, 1, len, out);
		return wrap_columns(text, len);
	}
	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		if (cols + 3 > max)
			break;
		fit = i, at_fit = cols;
		if (text[i] == ' ')
			word = i, at_word = cols;
		cols++;
	}
	fprintf(out, "%.*s...", (int)(word > 0 ? word : fit), text);
	return (word > 0 ? at_word : at_fit) + 3;
}

/* Moves the output from column at to column col: spaces, or a new line
 * when at is past it already. */
static void
to_column(FILE *out, int at, int col)
{
	if (at + GAP > col)
		fprintf(out, "\n%*s", col, "");
	else
		fprintf(out, "%*s", col - at, "");
}

/* Rows of a listing, one line each (two for a label too wide for the label
 * column): mark, label, and the first sentence of the description cut to
 * fit the line. */
void
list_rows(FILE *out, const struct status *const *rows, size_t n, int indent, int width)
{
	int col = text_column(rows, n, indent, true, width);

	for (size_t i = 0; i < n; i++) {
		const char *text = table_str(rows[i]->description);
		fprintf(out, "%*s", indent, "");
		to_column(out, indent + put_label(out, rows[i], true), col);
		cut(out, text, wrap_sentence(text), width - 1 - col);
		fputc('\n', out);
	}
}

/* Rows with their use cases in full, under a heading of an entry: in two
 * columns when the labels leave room, else each use case under its label. */
void
list_compared(FILE *out, const struct status *const *rows, size_t n, int indent, int width)
{
	int col = text_column(rows, n, indent, false, width);

	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%*s", indent, "");
		to_column(out, indent + put_label(out, rows[i], false), col);
		wrap_text(out, table_str(rows[i]->use_case), col, col, width);
	}
}

/* A label in a grid cell of the given width: whole when it fits, else
 * with the name cut.  Returns the columns written. */
static int
put_cell(FILE *out, const struct status *s, int cell)
{
	const char *name = table_str(s->name);
	char id[16];

	if (label_width(s, false) <= cell)
		return put_label(out, s, false);
	table_id_text(s, id, sizeof id);
	fprintf(out, "%s%s%s %s", style_class(s->code), id, style_reset(), style_bold());
	int at = (int)strlen(id) + 1;
	int w = at + cut(out, name, strlen(name), cell - at);
	fputs(style_reset(), out);
	return w;
}

/* How many labels a cell of the given width would cut. */
static size_t
cut_labels(const struct status *const *rows, size_t n, int cell)
{
	size_t wide = 0;

	for (size_t i = 0; i < n; i++)
		wide += label_width(rows[i], false) > cell;
	return wide;
}

/* The most columns of at least 24 that cut no more than half the labels. */
static size_t
grid_columns(const struct status *const *rows, size_t n, int room)
{
	size_t cols = 1;

	for (size_t c = 2; (room - GAP * ((int)c - 1)) / (int)c >= 24; c++)
		if (cut_labels(rows, n, (room - GAP * ((int)c - 1)) / (int)c) * 2 <= n)
			cols = c;
	return cols;
}

/* Labels of official codes (a vendor's would lose its vendor when cut)
 * in as many columns as the width allows, read down each column in the
 * rows' order, then the trailer, if any: in the first empty cell of the
 * last line when it fits there (filled down the columns, that line's
 * empty cells are its last), else on a line of its own. */
void
list_grid(FILE *out, const struct status *const *rows, size_t n, int indent, int width,
    const char *trailer)
{
	int room = width - 1 - indent;
	int tw = trailer != NULL ? wrap_columns(trailer, strlen(trailer)) : 0;
	size_t cols = n > 0 ? grid_columns(rows, n, room) : 1, lines = (n + cols - 1) / cols;
	int cell = (room - GAP * ((int)cols - 1)) / (int)cols;
	size_t tail = lines > 0 ? n / lines : 0; /* labels on the last line */
	bool inline_trailer = trailer != NULL && lines > 0 && tail < cols &&
	    tw <= room - (int)tail * (cell + GAP);

	for (size_t r = 0; r < lines; r++) {
		bool trail = r + 1 == lines && inline_trailer;
		fprintf(out, "%*s", indent, "");
		for (size_t c = 0; c < cols && c * lines + r < n; c++) {
			int w = put_cell(out, rows[c * lines + r], cell);
			if ((c + 1 < cols && (c + 1) * lines + r < n) || trail)
				fprintf(out, "%*s", cell - w + GAP, "");
		}
		if (trail)
			fprintf(out, "%s%s%s", style_dim(), trailer, style_reset());
		fputc('\n', out);
	}
	if (trailer != NULL && !inline_trailer)
		fprintf(out, "%*s%s%s%s\n", indent, "", style_dim(), trailer, style_reset());
}

/* What the popularity marks of a listing mean, in one line. */
void
list_legend(FILE *out)
{
	fprintf(out, "%s%s common, %s uncommon, %s rare%s\n", style_dim(), marks[0], "**", "*",
	    style_reset());
}

/* The rows of `httpstatus list`, under a heading per class. */
/* The heading a row is listed under: its class, or for a vendor's error
 * numbers, which no class holds, one heading of their own. */
static int
list_group(const struct status *s)
{
	return s->kind == KIND_ERROR ? -1 : s->code / 100;
}

void
list_by_class(FILE *out, const struct hits *h, int width)
{
	size_t start = 0;

	while (start < h->n) {
		int group = list_group(h->row[start]);
		size_t end = start;
		while (end < h->n && list_group(h->row[end]) == group)
			end++;
		char heading[64];
		table_class_text(h->row[start], heading, sizeof heading);
		fprintf(out, "%s%s%s%s\n", start > 0 ? "\n" : "", style_bold(), heading, style_reset());
		list_rows(out, h->row + start, end - start, 0, width);
		start = end;
	}
}
