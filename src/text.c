/* Text rendering: a full entry per code, wrapped to the output width. */

#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

#define LABEL_WIDTH 15 /* "  Recommended: " */

void
text_field(FILE *out, const char *label, const char *value, int width)
{
	fprintf(out, "  %s%-*s%s", style_dim(), LABEL_WIDTH - 2, label, style_reset());
	wrap_text(out, value, LABEL_WIDTH, LABEL_WIDTH, width);
}

static void
state_line(FILE *out, const struct status *s, int width)
{
	char buf[160];

	if (s->state == ST_UNOFFICIAL)
		snprintf(buf, sizeof buf, "unofficial, used by %s", table_str(s->vendor));
	else if (s->state == ST_UNUSED)
		snprintf(buf, sizeof buf, "reserved as \"(Unused)\" in the IANA registry");
	else
		snprintf(buf, sizeof buf, "%s (IANA registry)", table_state(s));
	text_field(out, "Status:", buf, width);
}

static void
spec_lines(FILE *out, const struct status *s, int width)
{
	if (s->rfc != 0) {
		char buf[64];
		snprintf(buf, sizeof buf, "RFC %u, section %s", s->rfc, table_str(s->section));
		text_field(out, "Spec:", buf, width);
		text_field(out, "", table_str(s->spec_url), width);
	} else {
		text_field(out, "Spec:", table_str(s->spec_url), width);
	}
}

static void
aliases_line(FILE *out, const struct status *s, int width)
{
	char buf[512];
	size_t n = 0;

	if (*table_list(s->aliases) == 0)
		return;
	for (const text_ref *a = table_list(s->aliases); *a != 0 && n < sizeof buf; a++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n > 0 ? ", " : "",
		    table_str(*a));
	text_field(out, "Aliases:", buf, width);
}

static void
facts(FILE *out, const struct status *s, int width)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%dxx %s", s->code / 100, table_category(s));
	text_field(out, "Class:", buf, width);
	state_line(out, s, width);
	aliases_line(out, s, width);
	spec_lines(out, s, width);
	text_field(out, "Popularity:", table_popularity(s), width);
	text_field(out, "Recommended:", s->recommended ? "yes" : "no", width);
	text_field(out, "Deprecated:", s->deprecated ? "yes" : "no", width);
	text_field(out, "Cacheable:", table_caching_text(s), width);
	text_field(out, "Retry:", table_retry_text(s), width);
	text_field(out, "Content:", s->has_content ? "allowed" :
	    "none: the response cannot carry content", width);
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
	fprintf(out, "\n  %sExample response%s\n", style_bold(), style_reset());
	if (s->example == 0) {
		fputs("    None: no response with this code reaches a client.\n", out);
		return;
	}
	for (const char *p = table_str(s->example); *p != '\0';) {
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

	for (const unsigned short *r = table_codes(s->related); *r != 0; r++) {
		struct span sp = table_code(*r);
		for (size_t i = 0; i < sp.len && h.n < QUERY_MAX; i++)
			h.row[h.n++] = &sp.first[i];
	}
	fprintf(out, "\n  %sCompare with%s\n", style_bold(), style_reset());
	list_rows(out, h.row, h.n, 4, false, width);
}

static bool
same_rule(const struct requirement *a, const struct requirement *b)
{
	/* the generator stores each string once, so equal text is an equal ref */
	return a->level == b->level && a->rfc == b->rfc && a->section == b->section &&
	    a->note == b->note;
}

/* One line per requirement; fields that share level, section and note
 * share a line. */
void
text_headers(FILE *out, const struct requirement *r, int width)
{
	char buf[512];

	if (r->field == 0)
		return;
	fprintf(out, "\n  %sHeaders%s\n", style_bold(), style_reset());
	while (r->field != 0) {
		const struct requirement *first = r;
		size_t n = 0;
		for (; r->field != 0 && same_rule(first, r) && n < sizeof buf; r++)
			n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", r == first ? "" : ", ",
			    table_str(r->field));
		if (n < sizeof buf)
			snprintf(buf + n, sizeof buf - n, " (RFC %u, section %s)%s%s", first->rfc,
			    table_str(first->section), first->note != 0 ? ", " : "",
			    first->note != 0 ? table_str(first->note) : "");
		fprintf(out, "    %s%-9s%s ", style_dim(), table_level(first), style_reset());
		wrap_text(out, buf, 14, 14, width);
	}
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
		if (s->constants[i] == 0)
			continue;
		if (!any)
			fprintf(out, "\n  %sIn code%s\n", style_bold(), style_reset());
		any = true;
		fprintf(out, "    %s%-9s%s%s%s%s\n", style_dim(), spellings[i].label, style_reset(),
		    spellings[i].before, table_str(s->constants[i]), spellings[i].after);
	}
}

static void
heading(FILE *out, const struct status *s)
{
	fprintf(out, "%s%d%s %s%s%s", style_class(s->code), s->code, style_reset(), style_bold(),
	    table_str(s->name), style_reset());
	if (s->vendor != 0)
		fprintf(out, " %s(%s)%s", style_dim(), table_str(s->vendor), style_reset());
	fputc('\n', out);
}

static void
one_meaning(FILE *out, const struct status *s, int width)
{
	heading(out, s);
	facts(out, s, width);
	prose(out, "Description", table_str(s->description), width);
	prose(out, "Use case", table_str(s->use_case), width);
	prose(out, "Notes", table_str(s->notes), width);
	text_headers(out, table_requires(s), width);
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
