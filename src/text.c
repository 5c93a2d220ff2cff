/* Text rendering: a full entry per code, wrapped to the output width. */

#include <stddef.h>
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

/* Where a sub-status or an error number stands: its parent code and
 * module, or the status it arrives with. */
static void
kind_lines(FILE *out, const struct status *s, int width)
{
	char buf[512];
	const struct status *parent = table_code(s->kind == KIND_ERROR ? s->http_status :
	    s->code).first;

	if (s->kind == KIND_SUBSTATUS) {
		snprintf(buf, sizeof buf, "%u of %03u %s", s->sub,
		    s->code, table_str(parent->name));
		text_field(out, "Substatus:", buf, width);
		text_field(out, "Module:", table_str(s->module), width);
		snprintf(buf, sizeof buf, "sc-status %u, sc-substatus %u in IIS's W3C log", s->code,
		    s->sub);
		text_field(out, "In logs:", buf, width);
	} else if (s->kind == KIND_ERROR && s->http_status != 0) {
		snprintf(buf, sizeof buf, "%03u %s, the error number in the page",
		    s->http_status, table_str(parent->name));
		text_field(out, "Arrives as:", buf, width);
	} else if (s->kind == KIND_ERROR && s->observed != 0) {
		snprintf(buf, sizeof buf, "%03u %s as observed: %s does not document it (seen in %s)",
		    s->observed, table_str(table_code(s->observed).first->name),
		    table_str(s->vendor), table_str(s->observed_source));
		text_field(out, "Arrives as:", buf, width);
	} else if (s->kind == KIND_ERROR) {
		snprintf(buf, sizeof buf, "an HTTP status %s does not document; the error "
		    "number is in the page", table_str(s->vendor));
		text_field(out, "Arrives as:", buf, width);
	}
}

/* What else a status carries: its IIS sub-statuses, counted, with the
 * command that lists them, and the vendor error numbers that arrive with
 * it (for a vendor's meaning, that vendor's only). */
static void
family_lines(FILE *out, const struct status *s, int width)
{
	char buf[512];
	size_t n = 0;
	struct span sp = table_subs(s->code);
	const struct status *last = NULL;

	if (s->kind != KIND_STATUS)
		return;
	if (sp.len > 0 && s->vendor == 0) {
		/* numbers, not records: 404.20 has two meanings, one number */
		size_t numbers = 1;
		for (size_t i = 1; i < sp.len; i++)
			numbers += sp.first[i].sub != sp.first[i - 1].sub;
		if (numbers == 1)
			snprintf(buf, sizeof buf, "%u.%u from IIS: httpstatus %u.%u", s->code,
			    sp.first->sub, s->code, sp.first->sub);
		else
			snprintf(buf, sizeof buf, "%zu from IIS, %u.%u to %u.%u: httpstatus list %u",
			    numbers, s->code, sp.first->sub, s->code, sp.first[sp.len - 1].sub, s->code);
		text_field(out, numbers == 1 ? "Substatus:" : "Substatuses:", buf, width);
	}
	sp = table_errors();
	for (size_t i = 0; i < sp.len && n < sizeof buf - 8; i++) {
		const struct status *e = &sp.first[i];
		if (e->http_status != s->code || (s->vendor != 0 &&
		    strcmp(table_str(e->vendor), table_str(s->vendor)) != 0))
			continue;
		if (last != NULL && last->vendor != e->vendor)
			n += (size_t)snprintf(buf + n, sizeof buf - n, " (%s)", table_str(last->vendor));
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%u", n > 0 ? ", " : "", e->code);
		last = e;
	}
	if (last != NULL)
		snprintf(buf + n, sizeof buf - n, " (%s)", table_str(last->vendor));
	if (n > 0)
		text_field(out, "Error pages:", buf, width);
}

static void
facts(FILE *out, const struct status *s, int width)
{
	char buf[64];

	table_class_text(s, buf, sizeof buf);
	text_field(out, "Class:", buf, width);
	kind_lines(out, s, width);
	family_lines(out, s, width);
	state_line(out, s, width);
	aliases_line(out, s, width);
	spec_lines(out, s, width);
	text_field(out, "Popularity:", table_popularity(s), width);
	/* a sub-status or an error number comes with its status: whether to
	 * send it, cache it or give it content is its status's to say */
	if (s->kind == KIND_STATUS)
		text_field(out, "Recommended:", s->recommended ? "yes" : "no", width);
	if (s->deprecated)
		text_field(out, "Deprecated:", "yes", width);
	if (s->kind == KIND_STATUS)
		text_field(out, "Cacheable:", table_caching_text(s), width);
	text_field(out, "Retry:", table_retry_text(s), width);
	/* caching is n/a exactly for the codes never sent (the generator
	 * checks); content allowed is the usual case, and goes unsaid */
	if (s->kind == KIND_STATUS && (s->caching == CACHE_NA || !s->has_content))
		text_field(out, "Content:", s->caching == CACHE_NA ? "does not apply: no response "
		    "is sent" : "none: the response cannot carry content", width);
}

/* What the code means, first: the first sentence of its description,
 * under the title.  Returns the rest of the description, "" for none. */
static const char *
gist(FILE *out, const struct status *s, int width)
{
	const char *d = table_str(s->description);
	size_t n = s->sentence; /* measured by the generator, as wrap_sentence does */
	char sentence[1024];

	if (n >= sizeof sentence)
		n = sizeof sentence - 1;
	memcpy(sentence, d, n);
	sentence[n] = '\0';
	fputs("  ", out);
	wrap_text(out, sentence, 2, 2, width);
	fputc('\n', out);
	return d + n + strspn(d + n, " ");
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
	if (s->kind == KIND_SUBSTATUS) {
		fprintf(out, "    IIS sends it as a %03u response: httpstatus %03u shows one.\n", s->code,
		    s->code);
		return;
	}
	if (s->kind == KIND_ERROR) {
		fprintf(out, "    %s's error page, sent with %s.\n", table_str(s->vendor),
		    s->http_status != 0 ? "the status above" : "a status it does not document");
		return;
	}
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

static bool
relates_to(const struct status *s, int code)
{
	for (const unsigned short *r = table_codes(s->related); *r != 0; r++)
		if (*r == code)
			return true;
	return false;
}

/* The meanings of the related codes that s is compared with: of a code
 * with several, those that list s's code as related in turn (429 is
 * weighed against Twitter's 420, not Spring's), or else the first. */
static void
compared_rows(const struct status *s, struct hits *h)
{
	h->n = 0;
	for (const unsigned short *r = table_codes(s->related); *r != 0; r++) {
		struct span sp = table_code(*r);
		size_t before = h->n;
		for (size_t i = 0; i < sp.len && h->n < QUERY_MAX; i++)
			if (sp.len == 1 || relates_to(&sp.first[i], s->code))
				h->row[h->n++] = &sp.first[i];
		if (h->n == before && sp.len > 0)
			h->row[h->n++] = sp.first;
	}
}

static void
related(FILE *out, const struct status *s, int width)
{
	struct hits h;

	compared_rows(s, &h);
	fprintf(out, "\n  %sCompare with%s\n", style_bold(), style_reset());
	list_compared(out, h.row, h.n, 4, width);
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
		for (; r->field != 0 && table_same_requirement(first, r) && n < sizeof buf; r++)
			n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", r == first ? "" : ", ",
			    table_str(r->field));
		if (n < sizeof buf)
			snprintf(buf + n, sizeof buf - n, " (RFC %u, section %s)%s%s", first->rfc,
			    table_str(first->section), first->note != 0 ? ", " : "",
			    first->note != 0 ? table_str(first->note) : "");
		/* SHOULD NOT is one column wider than the others */
		const char *level = table_level(first);
		fprintf(out, "    %s%-9s%s ", style_dim(), level, style_reset());
		wrap_text(out, buf, strlen(level) > 9 ? 15 : 14, 14, width);
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

/* The width of library i's line for s: label column and constant. */
static int
constant_width(const struct status *s, int i)
{
	return 9 + (int)(strlen(spellings[i].before) + strlen(table_str(table_constants(s)[i])) +
	    strlen(spellings[i].after));
}

/* Each library's constant, in two columns when the widest pair fits the
 * line (read down each column), else one a line. */
static void
constants(FILE *out, const struct status *s, int width)
{
	int libs[LIB_COUNT], n = 0, cell = 0;

	for (int i = 0; i < LIB_COUNT; i++)
		if (table_constants(s)[i] != 0) {
			libs[n++] = i;
			cell = constant_width(s, i) > cell ? constant_width(s, i) : cell;
		}
	if (n == 0)
		return;
	fprintf(out, "\n  %sIn code%s\n", style_bold(), style_reset());
	int cols = 4 + 2 * cell + 3 < width ? 2 : 1, lines = (n + cols - 1) / cols;
	for (int r = 0; r < lines; r++) {
		fputs("    ", out);
		for (int c = 0; c < cols && c * lines + r < n; c++) {
			int i = libs[c * lines + r];
			if (c > 0)
				fprintf(out, "%*s", cell - constant_width(s, libs[r]) + 3, "");
			fprintf(out, "%s%-9s%s%s%s%s", style_dim(), spellings[i].label, style_reset(),
			    spellings[i].before, table_str(table_constants(s)[i]), spellings[i].after);
		}
		fputc('\n', out);
	}
}

static void
heading(FILE *out, const struct status *s)
{
	char id[16];

	table_id_text(s, id, sizeof id);
	fprintf(out, "%s%s%s %s%s%s", style_class(s->code), id, style_reset(), style_bold(),
	    table_str(s->name), style_reset());
	if (s->vendor != 0)
		fprintf(out, " %s(%s)%s", style_dim(), table_str(s->vendor), style_reset());
	fputc('\n', out);
}

/* text on one line of room columns, cut at a space with "..." when it is
 * longer.  Messages are ASCII but for a quote mark or two, so bytes stand
 * for columns; a cut never falls inside a UTF-8 sequence. */
static void
one_line_cut(FILE *out, const char *text, size_t room)
{
	size_t len = strlen(text), cut;

	if (len <= room || room < 8) {
		fprintf(out, "%s\n", text);
		return;
	}
	for (cut = room - 3; cut > room / 2 && text[cut] != ' '; cut--)
		;
	if (text[cut] != ' ')
		for (cut = room - 3; cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80; cut--)
			;
	fprintf(out, "%.*s...\n", (int)cut, text);
}

#define MESSAGES_SHOWN 2 /* more would push 404's entry past a screen */

/* What programs write with the code: the first two, of two programs when
 * there are two, a line each, and how to see them all. */
static void
messages(FILE *out, const struct status *s, int width)
{
	const struct message *m = &table_messages[s->messages], *end = table_messages_end(s);
	const struct message *first = m;
	char line[TEXT_MAX + 128];
	ptrdiff_t shown = 0;

	if (m == end)
		return;
	fprintf(out, "\n  %sIn logs and pages%s\n", style_bold(), style_reset());
	for (const struct message *p = m; p < end && shown < MESSAGES_SHOWN; p++) {
		if (shown == 1 && p->program == first->program)
			continue;
		snprintf(line, sizeof line, "%s: %s", table_str(p->program), table_str(p->text));
		fputs("    ", out);
		/* lines stay under the width, as wrap_text keeps them */
		one_line_cut(out, line, width > 5 ? (size_t)width - 5 : 0);
		first = shown++ == 0 ? p : first;
	}
	if (end - m > shown) {
		char id[16];
		table_id_text(s, id, sizeof id);
		fprintf(out, "    %s%td more: httpstatus -f messages %s%s\n", style_dim(),
		    end - m - shown, id, style_reset());
	}
}

#define AROUND_COLUMN 14 /* "    Browsers  " */

static void
sender_line(FILE *out, const struct status *s, int width)
{
	char buf[512];

	table_senders_text(s, buf, sizeof buf);
	fprintf(out, "    %s%-9s%s ", style_dim(), "Sent by", style_reset());
	wrap_text(out, buf, AROUND_COLUMN, AROUND_COLUMN, width);
}

/* What one piece of software does, under label: "Fetch: ...; ...". */
static void
software_line(FILE *out, size_t sw, const char *what, const char *label, int width)
{
	char buf[TEXT_MAX + 64];

	snprintf(buf, sizeof buf, "%s: %s", table_str(table_software[sw].name), what);
	fprintf(out, "    %s%-9s%s ", style_dim(), label, style_reset());
	wrap_text(out, buf, AROUND_COLUMN, AROUND_COLUMN + 2, width);
}

/* What the software around a code does with it: who sends it, then a line
 * per browser, crawler, cache, retrying client or gRPC mapping that has
 * something to say, under its kind (the table keeps software by kind). */
static void
around(FILE *out, const struct status *s, int width)
{
	char what[TEXT_MAX];
	int kind = -1;

	if (s->senders == 0 && *table_doings(s) == 0)
		return;
	fprintf(out, "\n  %sWhat software does%s\n", style_bold(), style_reset());
	if (s->senders != 0)
		sender_line(out, s, width);
	for (size_t sw = 0; sw < table_software_len; sw++) {
		int k = table_software[sw].kind;
		if (*table_software_facts(s, sw, NULL, 0, false, what, sizeof what) == '\0')
			continue;
		software_line(out, sw, what, k != kind ? table_software_label(k) : "", width);
		kind = k;
	}
}

static void
one_meaning(FILE *out, const struct status *s, int width)
{
	const char *rest;

	heading(out, s);
	rest = gist(out, s, width);
	facts(out, s, width);
	if (*rest != '\0')
		prose(out, "Description", rest, width);
	prose(out, "Use case", table_str(s->use_case), width);
	prose(out, "Notes", table_str(s->notes), width);
	around(out, s, width);
	messages(out, s, width);
	text_headers(out, table_requires(s), width);
	constants(out, s, width);
	example(out, s);
	related(out, s, width);
}

/* The rest of the class in code order: the code's own meanings and the
 * codes it is compared with are above already.  Official codes go in a
 * grid of labels; vendors' codes by number only, since with their labels
 * they would push 404's entry past a screen (80 lines was the aim) and
 * grow with every vendor added.  The full list is one command away. */
static bool
listed(const struct hits *h, const struct status *s)
{
	for (size_t i = 0; i < h->n; i++)
		if (h->row[i] == s)
			return true;
	return false;
}

/* "Vendors' codes: 419 420 ...", each number once, wrapped. */
static void
vendor_numbers(FILE *out, const struct hits *h, int width)
{
	char line[QUERY_MAX * 4 + 32];
	size_t len = (size_t)snprintf(line, sizeof line, "Vendors' codes:");

	for (size_t i = 0; i < h->n; i++)
		if (i == 0 || h->row[i]->code != h->row[i - 1]->code)
			len += (size_t)snprintf(line + len, sizeof line - len, " %d", h->row[i]->code);
	fputs("    ", out);
	wrap_text(out, line, 4, 20, width);
}

static void
class_list(FILE *out, struct span meanings, int width)
{
	static struct hits official, vendors, shown, one;
	int code = meanings.first->code;
	struct span sp = table_class(code / 100);
	const char *vendor = table_str(meanings.first->vendor);

	/* error numbers are in no class: the vendor's list takes its place */
	if (meanings.first->kind == KIND_ERROR) {
		const char *q = strchr(vendor, ' ') != NULL ? "'" : "";
		fprintf(out, "\n  %sOther error numbers%s\n    %shttpstatus list --vendor %s%s%s%s\n",
		    style_bold(), style_reset(), style_dim(), q, vendor, q, style_reset());
		return;
	}
	shown.n = official.n = vendors.n = 0;
	for (size_t i = 0; i < meanings.len; i++) {
		compared_rows(&meanings.first[i], &one);
		for (size_t k = 0; k < one.n && shown.n < QUERY_MAX; k++)
			shown.row[shown.n++] = one.row[k];
	}
	for (size_t i = 0; i < sp.len; i++) {
		struct hits *h = sp.first[i].vendor == 0 ? &official : &vendors;
		if (sp.first[i].code != code && !listed(&shown, &sp.first[i]))
			h->row[h->n++] = &sp.first[i];
	}
	if (official.n + vendors.n == 0)
		return;
	char trailer[64];
	snprintf(trailer, sizeof trailer, "One line each: httpstatus %dxx", code / 100);
	fprintf(out, "\n  %sOther %dxx codes%s\n", style_bold(), code / 100, style_reset());
	list_grid(out, official.row, official.n, 4, width, vendors.n > 0 ? NULL : trailer);
	if (vendors.n > 0) {
		vendor_numbers(out, &vendors, width);
		fprintf(out, "    %s%s%s\n", style_dim(), trailer, style_reset());
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
	class_list(out, meanings, width);
}

/* One line for a meaning: "404 Not Found: " and the first sentence of its
 * description.  With width > 0 it wraps there, continuation lines indented
 * by four; with 0 it stays one physical line, for grep and cut. */
void
text_short(FILE *out, const struct status *s, int width)
{
	char buf[LIST_SENTENCE_MAX], sentence[1024], id[16];
	size_t len;
	const char *d = list_sentence(s, -1, buf, &len);

	table_id_text(s, id, sizeof id);
	int col = (int)strlen(id) + 1 + wrap_columns(table_str(s->name), strlen(table_str(s->name)));
	if (s->vendor != 0)
		col += 3 + wrap_columns(table_str(s->vendor), strlen(table_str(s->vendor)));
	list_label(out, s);
	fputs(": ", out);
	if (width <= 0 || len >= sizeof sentence) {
		fwrite(d, 1, len, out);
		fputc('\n', out);
		return;
	}
	memcpy(sentence, d, len);
	sentence[len] = '\0';
	wrap_text(out, sentence, col + 2, 4, width);
}
