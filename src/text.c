/* Text rendering: a full entry per code, wrapped to the output width. */

#include <stdio.h>
#include <string.h>

#include "example.h"
#include "render.h"
#include "style.h"
#include "wrap.h"

#define LABEL_WIDTH 15 /* "  Recommended: " */

static void
field(FILE *out, const char *label, const char *value, int width)
{
	fprintf(out, "  %s%-*s%s", style_dim(), LABEL_WIDTH - 2, label, style_reset());
	wrap_text(out, value, LABEL_WIDTH, LABEL_WIDTH, width);
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
	if (s->rfc != 0) {
		char buf[64];
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
	field(out, "Cacheable:", table_caching_text(s), width);
	field(out, "Retry:", table_retry_text(s), width);
}

static void
prose(FILE *out, const char *heading, const char *text, int width)
{
	fprintf(out, "\n  %s%s%s\n    ", style_bold(), heading, style_reset());
	wrap_text(out, text, 4, 4, width);
}

/* Prints the raw response line by line; CR is dropped for the terminal. */
static void
example(FILE *out, const struct status *s)
{
	char buf[EXAMPLE_MAX];
	size_t len = example_render(s, buf, sizeof buf);

	fprintf(out, "\n  %sExample response%s\n", style_bold(), style_reset());
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

/* Every meaning of every related code. */
static void
related(FILE *out, const struct status *s, int width)
{
	struct hits h = { .n = 0 };

	for (const unsigned short *r = s->related; *r != 0; r++) {
		struct span sp = table_code(*r);
		for (size_t i = 0; i < sp.len && h.n < QUERY_MAX; i++)
			h.row[h.n++] = &sp.first[i];
	}
	fprintf(out, "\n  %sCompare with%s\n", style_bold(), style_reset());
	list_rows(out, h.row, h.n, 4, false, width);
}

/* How each library spells its constant, ready to paste into code. */
static const struct {
	const char *label, *before, *after;
} spellings[LIB_COUNT] = {
	[LIB_PYTHON] = { "Python", "HTTPStatus.", "" },
	[LIB_GO] = { "Go", "http.", "" },
	[LIB_NODE] = { "Node.js", "http.STATUS_CODES: \"", "\"" },
	[LIB_JAVA] = { "Java", "HttpServletResponse.", "" },
	[LIB_SPRING] = { "Spring", "HttpStatus.", "" },
	[LIB_DOTNET] = { ".NET", "HttpStatusCode.", "" },
	[LIB_RUST] = { "Rust", "StatusCode::", "" },
	[LIB_RAILS] = { "Rails", ":", "" },
	[LIB_SYMFONY] = { "Symfony", "Response::", "" },
};

static void
constants(FILE *out, const struct status *s)
{
	bool any = false;

	for (int i = 0; i < LIB_COUNT; i++) {
		if (s->constants[i] == NULL)
			continue;
		if (!any)
			fprintf(out, "\n  %sIn code%s\n", style_bold(), style_reset());
		any = true;
		fprintf(out, "    %s%-9s%s%s%s%s\n", style_dim(), spellings[i].label, style_reset(),
		    spellings[i].before, s->constants[i], spellings[i].after);
	}
}

static void
heading(FILE *out, const struct status *s)
{
	fprintf(out, "%s%d%s %s%s%s", style_class(s->code), s->code, style_reset(), style_bold(),
	    s->name, style_reset());
	if (s->vendor != NULL)
		fprintf(out, " %s(%s)%s", style_dim(), s->vendor, style_reset());
	fputc('\n', out);
}

static void
one_meaning(FILE *out, const struct status *s, int width)
{
	heading(out, s);
	facts(out, s, width);
	prose(out, "Description", s->description, width);
	prose(out, "Use case", s->use_case, width);
	prose(out, "Notes", s->notes, width);
	constants(out, s);
	example(out, s);
	related(out, s, width);
}

/* The rest of the class in code order, vendor meanings among the others. */
static void
class_list(FILE *out, int code, int width)
{
	struct span sp = table_class(code / 100);
	struct hits h = { .n = 0 };

	for (size_t i = 0; i < sp.len; i++)
		if (sp.first[i].code != code)
			h.row[h.n++] = &sp.first[i];
	if (h.n == 0)
		return;
	fprintf(out, "\n  %sOther %dxx codes%s\n", style_bold(), code / 100, style_reset());
	list_rows(out, h.row, h.n, 4, false, width);
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
