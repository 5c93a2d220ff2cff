/* Text lists of rows: labels and text in aligned columns, and grids of labels. */

#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

#define GAP 2 /* between columns */

/* Popularity as a mark a reader can scan: common, uncommon, rare. */
static const char *const marks[] = { "***", "** ", "*  " };

/* Lines of a listing are built here and written a buffer at a time: put
 * piece by piece through fprintf, the rows of `list` spent half of its
 * 4.8 million instructions in stdio (callgrind; tests/bench for time). */
struct line {
	FILE *out;
	size_t len;
	char buf[2048];
};

static void
begin(struct line *l, FILE *out)
{
	l->out = out;
	l->len = 0;
}

static void
flush(struct line *l)
{
	fwrite(l->buf, 1, l->len, l->out);
	l->len = 0;
}

static void
add(struct line *l, const char *s, size_t n)
{
	if (n > sizeof l->buf - l->len) {
		flush(l);
		if (n > sizeof l->buf) {
			fwrite(s, 1, n, l->out);
			return;
		}
	}
	memcpy(l->buf + l->len, s, n);
	l->len += n;
}

/* Adds s and returns its length.  Colours off, the styles are empty. */
static int
add_str(struct line *l, const char *s)
{
	size_t n;

	if (*s == '\0')
		return 0;
	n = strlen(s);
	add(l, s, n);
	return (int)n;
}

static void
add_spaces(struct line *l, int n)
{
	static const char spaces[] = "                ";

	for (; n > 0; n -= (int)sizeof spaces - 1)
		add(l, spaces, n < (int)sizeof spaces - 1 ? (size_t)n : sizeof spaces - 1);
}

/* The width of the label of s, "404 Not Found" with the vendor for an
 * unofficial meaning, after the popularity mark when asked for: counted
 * in bytes, as snprintf counted it before, which are its columns while
 * the names of the table are ASCII, as they all are. */
static int
label_width(const struct status *s, bool mark)
{
	char id[16];
	size_t n;

	table_id_text(s, id, sizeof id);
	n = (mark ? strlen(marks[0]) + 1 : 0) + strlen(id) + 1 + table_label_len(s);
	return (int)n;
}

/* Adds the label of s in colour and returns its width, as label_width. */
static int
add_label(struct line *l, const struct status *s, bool mark)
{
	char id[16];
	int width = 0;

	if (mark) {
		add_str(l, style_dim());
		width += add_str(l, marks[s->popularity]);
		add_str(l, style_reset());
		width += add_str(l, " ");
	}
	table_id_text(s, id, sizeof id);
	add_str(l, style_class(s->code));
	width += add_str(l, id);
	add_str(l, style_reset());
	width += add_str(l, " ");
	add_str(l, style_bold());
	width += add_str(l, table_str(s->name));
	add_str(l, style_reset());
	if (s->vendor != 0) {
		width += add_str(l, " ");
		add_str(l, style_dim());
		width += add_str(l, "(");
		width += add_str(l, table_str(s->vendor));
		width += add_str(l, ")");
		add_str(l, style_reset());
	}
	return width;
}

/* Writes the label of s, as a list without marks shows it, and returns
 * its width, as label_width. */
int
list_label(FILE *out, const struct status *s)
{
	struct line l;
	int width;

	begin(&l, out);
	width = add_label(&l, s, false);
	flush(&l);
	return width;
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

/* Adds len bytes of text, cut to fit max columns with "..." when it does
 * not: at the last space that fits, or inside a first word too wide.
 * Reads no more of text than max + 1 columns, in one pass.  Returns the
 * columns written. */
static int
cut(struct line *l, const char *text, size_t len, int max)
{
	size_t word = 0, fit = 0;
	int cols = 0, at_word = 0, at_fit = 0;

	for (size_t i = 0; i < len && cols <= max; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		if (cols + 3 <= max) {
			fit = i, at_fit = cols;
			if (text[i] == ' ')
				word = i, at_word = cols;
		}
		cols++;
	}
	if (cols <= max) {
		add(l, text, len);
		return cols;
	}
	add(l, text, word > 0 ? word : fit);
	add(l, "...", 3);
	return (word > 0 ? at_word : at_fit) + 3;
}

/* Moves the line from column at to column col: spaces, or a new line when
 * at is past it already. */
static void
to_column(struct line *l, int at, int col)
{
	if (at + GAP > col) {
		add(l, "\n", 1);
		add_spaces(l, col);
	} else {
		add_spaces(l, col - at);
	}
}

/* The first sentence of the description of s, or when max >= 0 as much of
 * it as a line of max columns shows, and its length in *len.  The
 * generator measured the sentence (wrap_sentence), and a packed
 * description not unpacked yet is unpacked only that far, into buf:
 * unpacking all of each, then finding its first stop, was a third of what
 * `list` did (callgrind).  cut() reads no more than max + 1 columns, so a
 * start that holds more than max columns gives the line the whole would. */
const char *
list_sentence(const struct status *s, int max, char buf[LIST_SENTENCE_MAX], size_t *len)
{
	for (size_t want = max >= 0 ? (size_t)max + 1 : s->sentence;; want *= 2) {
		const char *text = table_head(s->description, want < s->sentence ? want :
		    s->sentence, buf);
		size_t n = text == buf ? strlen(text) : s->sentence;
		*len = n < s->sentence ? n : s->sentence;
		if (n >= s->sentence || (max >= 0 && wrap_columns(text, n) > max))
			return text;
	}
}

/* Rows of a listing, one line each (two for a label too wide for the label
 * column): mark, label, and the first sentence of the description cut to
 * fit the line. */
void
list_rows(FILE *out, const struct status *const *rows, size_t n, int indent, int width)
{
	int col = text_column(rows, n, indent, true, width);
	char buf[LIST_SENTENCE_MAX];
	struct line l;

	begin(&l, out);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *text = list_sentence(rows[i], width - 1 - col, buf, &len);
		add_spaces(&l, indent);
		to_column(&l, indent + add_label(&l, rows[i], true), col);
		cut(&l, text, len, width - 1 - col);
		add(&l, "\n", 1);
	}
	flush(&l);
}

/* Rows with their use cases in full, under a heading of an entry: in two
 * columns when the labels leave room, else each use case under its label. */
void
list_compared(FILE *out, const struct status *const *rows, size_t n, int indent, int width)
{
	int col = text_column(rows, n, indent, false, width);
	struct line l;

	begin(&l, out);
	for (size_t i = 0; i < n; i++) {
		add_spaces(&l, indent);
		to_column(&l, indent + add_label(&l, rows[i], false), col);
		flush(&l);
		wrap_text(out, table_str(rows[i]->use_case), col, col, width);
	}
}

/* A label in a grid cell of the given width: whole when it fits, else
 * with the name cut.  Returns the columns written. */
static int
add_cell(struct line *l, const struct status *s, int cell)
{
	const char *name = table_str(s->name);
	char id[16];

	if (label_width(s, false) <= cell)
		return add_label(l, s, false);
	table_id_text(s, id, sizeof id);
	add_str(l, style_class(s->code));
	add_str(l, id);
	add_str(l, style_reset());
	add(l, " ", 1);
	add_str(l, style_bold());
	int at = (int)strlen(id) + 1;
	int w = at + cut(l, name, strlen(name), cell - at);
	add_str(l, style_reset());
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
	struct line l;

	begin(&l, out);
	for (size_t r = 0; r < lines; r++) {
		bool trail = r + 1 == lines && inline_trailer;
		add_spaces(&l, indent);
		for (size_t c = 0; c < cols && c * lines + r < n; c++) {
			int w = add_cell(&l, rows[c * lines + r], cell);
			if ((c + 1 < cols && (c + 1) * lines + r < n) || trail)
				add_spaces(&l, cell - w + GAP);
		}
		if (trail) {
			add_str(&l, style_dim());
			add_str(&l, trailer);
			add_str(&l, style_reset());
		}
		add(&l, "\n", 1);
	}
	flush(&l);
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
	return table_record_class(s);
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
