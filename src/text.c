/* Text rendering: a full entry per code, wrapped to the output width. */

#include <stdio.h>
#include <string.h>

#include "example.h"
#include "render.h"

#define LABEL_WIDTH 15 /* "  Recommended: " */

/* Terminal columns taken by s: UTF-8 continuation bytes take none. */
static int
columns(const char *s, size_t len)
{
	int n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Writes text word by word from column col, breaking before width and
 * indenting continuation lines by indent.  A word wider than the line is
 * written whole on a line of its own rather than cut. */
static void
wrap(FILE *out, const char *text, int col, int indent, int width)
{
	int start = col;

	while (*text != '\0') {
		size_t len = strcspn(text, " ");
		int w = columns(text, len);
		if (col > start && col + 1 + w >= width) {
			fprintf(out, "\n%*s", indent, "");
			col = start = indent;
		}
		if (col > start) {
			fputc(' ', out);
			col++;
		}
		fwrite(text, 1, len, out);
		col += w;
		text += len;
		text += strspn(text, " ");
	}
	fputc('\n', out);
}

static void
field(FILE *out, const char *label, const char *value, int width)
{
	fprintf(out, "  %-*s", LABEL_WIDTH - 2, label);
	wrap(out, value, LABEL_WIDTH, LABEL_WIDTH, width);
}

static void
state_line(FILE *out, const struct status *s, int width)
{
	char buf[160];

	if (s->state == ST_UNOFFICIAL)
		snprintf(buf, sizeof buf, "unofficial, used by %s", s->vendor);
	else if (s->state == ST_UNUSED)
		snprintf(buf, sizeof buf, "reserved as \"(Unused)\" in the IANA registry");
	else
		snprintf(buf, sizeof buf, "%s (IANA registry)", table_state(s));
	field(out, "Status:", buf, width);
}

static void
spec_lines(FILE *out, const struct status *s, int width)
{
	char buf[64];

	if (s->rfc != 0) {
		snprintf(buf, sizeof buf, "RFC %u, section %s", s->rfc, s->section);
		field(out, "Spec:", buf, width);
		field(out, "", s->spec_url, width);
	} else {
		field(out, "Spec:", s->spec_url, width);
	}
}

static void
aliases_line(FILE *out, const struct status *s, int width)
{
	char buf[512];
	size_t n = 0;

	if (s->aliases[0] == NULL)
		return;
	for (const char *const *a = s->aliases; *a != NULL && n < sizeof buf; a++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n > 0 ? ", " : "", *a);
	field(out, "Aliases:", buf, width);
}

static void
facts(FILE *out, const struct status *s, int width)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%dxx %s", s->code / 100, table_category(s));
	field(out, "Class:", buf, width);
	state_line(out, s, width);
	aliases_line(out, s, width);
	spec_lines(out, s, width);
	field(out, "Popularity:", table_popularity(s), width);
	field(out, "Recommended:", s->recommended ? "yes" : "no", width);
	field(out, "Deprecated:", s->deprecated ? "yes" : "no", width);
}

static void
prose(FILE *out, const char *heading, const char *text, int width)
{
	fprintf(out, "\n  %s\n    ", heading);
	wrap(out, text, 4, 4, width);
}

/* Prints the raw response line by line; CR is dropped for the terminal. */
static void
example(FILE *out, const struct status *s)
{
	char buf[EXAMPLE_MAX];
	size_t len = example_render(s, buf, sizeof buf);

	fputs("\n  Example response\n", out);
	if (len == 0) {
		fputs("    None: no response with this code reaches a client.\n", out);
		return;
	}
	for (const char *p = buf; p < buf + len;) {
		size_t n = strcspn(p, "\r\n");
		fprintf(out, n > 0 ? "    %.*s\n" : "\n", (int)n, p);
		p += n;
		p += *p == '\r';
		p += *p == '\n';
	}
}

/* "404 Not Found", with the vendor for an unofficial meaning. */
static int
label(const struct status *s, char *buf, size_t size)
{
	if (s->vendor != NULL)
		return snprintf(buf, size, "%d %s (%s)", s->code, s->name, s->vendor);
	return snprintf(buf, size, "%d %s", s->code, s->name);
}

/* A list is laid out in two columns when every row fits on one line, and
 * with each use case under its label otherwise. */
struct layout {
	int col;  /* where use cases start; 0 for the stacked layout */
	int text; /* widest use case */
};

static void
measure(const struct status *s, struct layout *lay)
{
	char buf[160];
	int name = label(s, buf, sizeof buf) + 6;
	int text = columns(s->use_case, strlen(s->use_case));

	if (name > lay->col)
		lay->col = name;
	if (text > lay->text)
		lay->text = text;
}

static void
brief(FILE *out, const struct status *s, const struct layout *lay, int width)
{
	char name[160];

	label(s, name, sizeof name);
	if (lay->col + lay->text < width) {
		fprintf(out, "    %-*s%s\n", lay->col - 4, name, s->use_case);
		return;
	}
	fprintf(out, "    %s\n%8s", name, "");
	wrap(out, s->use_case, 8, 8, width);
}

/* Every meaning of every related code; pass 0 measures, pass 1 prints. */
static void
related(FILE *out, const struct status *s, int width)
{
	struct layout lay = { 0, 0 };

	fputs("\n  Compare with\n", out);
	for (int pass = 0; pass < 2; pass++)
		for (const unsigned short *r = s->related; *r != 0; r++) {
			struct span sp = table_code(*r);
			for (size_t i = 0; i < sp.len; i++)
				if (pass == 0)
					measure(&sp.first[i], &lay);
				else
					brief(out, &sp.first[i], &lay, width);
		}
}

static void
heading(FILE *out, const struct status *s)
{
	if (s->vendor != NULL)
		fprintf(out, "%d %s (%s)\n", s->code, s->name, s->vendor);
	else
		fprintf(out, "%d %s\n", s->code, s->name);
}

static void
one_meaning(FILE *out, const struct status *s, int width)
{
	heading(out, s);
	facts(out, s, width);
	prose(out, "Description", s->description, width);
	prose(out, "Use case", s->use_case, width);
	prose(out, "Notes", s->notes, width);
	example(out, s);
	related(out, s, width);
}

static void
class_list(FILE *out, int code, int width)
{
	struct span sp = table_class(code / 100);
	struct span self = table_code(code);
	struct layout lay = { 0, 0 };

	if (sp.len == self.len)
		return;
	fprintf(out, "\n  Other %dxx codes\n", code / 100);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < sp.len; i++) {
			if (sp.first[i].code == code)
				continue;
			if (pass == 0)
				measure(&sp.first[i], &lay);
			else
				brief(out, &sp.first[i], &lay, width);
		}
}

/* Every meaning of one code, official first, then the rest of its class. */
void
text_entry(FILE *out, struct span meanings, int width)
{
	for (size_t i = 0; i < meanings.len; i++) {
		if (i > 0)
			fputc('\n', out);
		one_meaning(out, &meanings.first[i], width);
	}
	class_list(out, meanings.first->code, width);
}
