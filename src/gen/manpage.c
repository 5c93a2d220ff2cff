/* Build-time tool: writes httpstatus-codes(7), the whole table as a manual,
 * from the compiled table, so that it shows exactly what the program does. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "field.h"
#include "table.h"

/* Text lines for roff: one sentence a line, as mdoc wants, backslashes
 * escaped, a leading dot or apostrophe guarded from being a request, and
 * "()" after a word (a message's "open()") kept from reading as a
 * function name.  col counts the bytes written, escapes included. */
static void
text(const char *s)
{
	int col = 0;

	for (; *s != '\0'; s++, col++) {
		if (col == 0 && (*s == '.' || *s == '\'')) {
			fputs("\\&", stdout);
			col += 2;
		}
		if (*s == ' ' && (strchr(".?!", s[-1]) != NULL || col + (int)strcspn(s + 1, " ") >= 70)) {
			putchar('\n');
			col = -1;
		} else if (*s == '\\') {
			fputs("\\e", stdout);
			col++;
		} else if (*s == '(' && s[1] == ')') {
			fputs("\\&(", stdout);
			col += 2;
		} else {
			putchar(*s);
		}
	}
}

/* A quoted macro argument, which mdoc never takes for a macro name. */
static void
quoted(const char *s)
{
	putchar('"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputs("\\(dq", stdout);
		else if (*s == '\\')
			fputs("\\e", stdout);
		else
			putchar(*s);
	}
	putchar('"');
}

/* All of a code's header requirements as one text, so that text() can
 * break its lines. */
static void
requires(const struct requirement *r)
{
	char buf[2048] = "none";
	size_t n = 0;

	for (const struct requirement *q = r; q->field != 0 && n < sizeof buf; q++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s %s (RFC %u, section %s)%s%s",
		    q == r ? "" : "; ", table_str(q->field), table_level(q), q->rfc,
		    table_str(q->section), q->note != 0 ? ", " : "",
		    q->note != 0 ? table_str(q->note) : "");
	text(buf);
}

/* Each message on a line of its own: the program, the text, and where it
 * was checked. */
static void
messages(const struct message *m, const struct message *end)
{
	char buf[TEXT_MAX + 512];

	if (m == end)
		text("none");
	for (; m < end; m++) {
		snprintf(buf, sizeof buf, "%s: %s (%s)", table_str(m->program), table_str(m->text),
		    table_str(m->source));
		text(buf);
		fputs(m + 1 < end ? "\n.br\n" : "", stdout);
	}
}

/* What each software of one kind does, a line each, with its source. */
static void
doings(const unsigned short *d, int kind)
{
	char buf[TEXT_MAX + 512];
	bool any = false;

	for (; *d != 0; d++) {
		const struct behaviour *b = &table_behaviours[*d];
		if (table_software[b->software].kind != kind)
			continue;
		snprintf(buf, sizeof buf, "%s: %s (%s)", table_str(table_software[b->software].name),
		    table_str(b->text), table_str(b->source));
		fputs(any ? "\n.br\n" : "", stdout);
		text(buf);
		any = true;
	}
	if (!any)
		text("none");
}

static void
value(const struct status *s, enum field f)
{
	struct field_scratch scratch;
	struct field_value v;

	field_get(s, f, &v, &scratch);
	switch (v.type) {
	case FT_NUMBER:
		/* -1 is JSON's null: no sub-status, no status on the wire */
		if (v.number < 0)
			fputs("none", stdout);
		else
			printf("%ld", v.number);
		break;
	case FT_BOOL:
		fputs(v.boolean ? "yes" : "no", stdout);
		break;
	case FT_STRING:
		/* caching and retry in the words of the command line's entry */
		if (f == FIELD_cacheable || f == FIELD_retry)
			text(f == FIELD_cacheable ? table_caching_text(s) : table_retry_text(s));
		else
			text(v.string != NULL ? v.string : "none");
		break;
	case FT_STRINGS:
		/* one per line: a vendor's title can be a line long by itself */
		for (const text_ref *p = v.strings; *p != 0; p++) {
			text(table_str(*p));
			fputs(p[1] != 0 ? ",\n" : "", stdout);
		}
		break;
	case FT_NUMBERS:
		for (const unsigned short *p = v.numbers; *p != 0; p++)
			printf("%s%u", p == v.numbers ? "" : ", ", *p);
		break;
	case FT_NAMED: {
		char buf[1024] = "none";
		size_t n = 0;
		for (int i = 0; i < LIB_COUNT && n < sizeof buf; i++)
			if (v.named[i] != 0)
				n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s %s", n > 0 ? ", " : "",
				    table_libraries[i], table_str(v.named[i]));
		text(buf);
		break;
	}
	case FT_REQUIRES:
		requires(v.requires);
		break;
	case FT_MESSAGES:
		messages(v.messages, v.messages_end);
		break;
	case FT_SENDER: {
		char buf[1024];
		table_senders_text(s, buf, sizeof buf);
		text(buf[0] != '\0' ? buf : "none");
		break;
	}
	case FT_DOINGS:
		doings(v.doings, v.soft_kind);
		break;
	}
	putchar('\n');
}

/* The fields shown as a tagged list; the prose and the example follow. */
static bool
listed(enum field f)
{
	return f != FIELD_code && f != FIELD_name && f != FIELD_description &&
	    f != FIELD_use_case && f != FIELD_notes && f != FIELD_example &&
	    f != FIELD_aliases;
}

static void
example(const struct status *s)
{
	struct field_scratch scratch;
	struct field_value v;

	field_get(s, FIELD_example, &v, &scratch);
	if (s->kind == KIND_SUBSTATUS) {
		printf(".Pp\nIIS sends it as a %03u response, whose example is under %03u.\n",
		    s->code, s->code);
		return;
	}
	if (s->kind == KIND_ERROR) {
		printf(".Pp\nIt comes in %s's error page,\nwith %s.\n", table_str(s->vendor),
		    s->http_status != 0 ? "the HTTP status given above" :
		    "an HTTP status the vendor does not document");
		return;
	}
	if (v.string == NULL) {
		puts(".Pp\nNo response with this code reaches a client.");
		return;
	}
	puts(".Pp\n.Em Example response :\n.Bd -literal -offset indent");
	for (const char *p = v.string; *p != '\0';) {
		size_t n = strcspn(p, "\r\n");
		printf("%s%.*s\n", n > 0 && (*p == '.' || *p == '\'') ? "\\&" : "", (int)n, p);
		p += n;
		p += *p == '\r';
		p += *p == '\n';
	}
	puts(".Ed");
}

static void
prose(const char *label, const char *s)
{
	printf(".Pp\n.Em %s :\n", label);
	text(s);
	putchar('\n');
}

static void
entry(const struct status *s)
{
	char title[256], id[16];

	table_id_text(s, id, sizeof id);
	if (s->vendor != 0)
		snprintf(title, sizeof title, "%s %s (%s)", id, table_str(s->name),
		    table_str(s->vendor));
	else
		snprintf(title, sizeof title, "%s %s", id, table_str(s->name));
	fputs(".Ss ", stdout);
	quoted(title);
	puts("\n.Bl -tag -width recommended -compact");
	if (*table_list(s->aliases) != 0) {
		puts(".It aliases");
		value(s, FIELD_aliases);
	}
	for (int f = 0; f < FIELD_COUNT; f++)
		if (listed((enum field)f)) {
			printf(".It %s\n", field_names[f]);
			value(s, (enum field)f);
		}
	puts(".El\n.Pp");
	text(table_str(s->description));
	putchar('\n');
	prose("Use case", table_str(s->use_case));
	prose("Notes", table_str(s->notes));
	example(s);
}

static void
rules(void)
{
	puts(".Sh COMPARISON RULES");
	for (const struct rule *r = table_rules; r->text != 0; r++) {
		const unsigned short *codes = table_codes(r->codes);
		fputs(".Ss \"", stdout);
		for (const unsigned short *c = codes; *c != 0; c++)
			printf("%s%u", c == codes ? "" : ", ", *c);
		puts("\"");
		text(table_str(r->text));
		putchar('\n');
	}
}

/* The choose guide: each situation under its topic, with the answer. */
static void
guide(void)
{
	char title[256];

	puts(".Sh CHOOSING A CODE\nThe situations of\n.Ic httpstatus choose ,\nby topic.");
	for (const struct situation *g = table_situations; g->key != 0; g++) {
		if (g == table_situations || g->topic != g[-1].topic) {
			fputs(".Ss ", stdout);
			quoted(table_str(g->topic));
			puts("\n.Bl -tag -width Ds");
		}
		snprintf(title, sizeof title, "%s: %u %s", table_str(g->key), g->code,
		    table_str(table_code(g->code).first->name));
		fputs(".It Sy ", stdout);
		quoted(title);
		putchar('\n');
		text(table_str(g->ask));
		puts(".");
		text(table_str(g->reason));
		putchar('\n');
		if (g[1].key == 0 || g->topic != g[1].topic)
			puts(".El");
	}
}

/* A section of its own for the rows of sp, after its heading and text. */
static void
section(const char *heading, struct span sp)
{
	if (sp.len == 0)
		return;
	puts(heading);
	for (size_t i = 0; i < sp.len; i++)
		entry(&sp.first[i]);
}

int
main(int argc, char **argv)
{
	static const char *const months[] = { "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December" };
	/* the generator checked it is YYYY-MM-DD, or left it empty */
	const char *t = table_updated;
	long y = 0, m = 0, d = 0;

	(void)argv;
	if (strlen(t) == 10) {
		y = strtol(t, NULL, 10);
		m = strtol(t + 5, NULL, 10);
		d = strtol(t + 8, NULL, 10);
	}
	if (argc != 1 || m < 1 || m > 12) {
		fputs("usage: manpage > httpstatus-codes.7, from a table with an 'updated' date\n",
		    stderr);
		return 2;
	}
	printf(".\\\" Generated from src/codes.txt by src/gen/manpage.c; do not edit.\n"
	    /* groff before 1.23 would head the page "BSD Miscellaneous ...";
	     * after .Dd, where -mandoc loads the mdoc macros that set it */
	    ".Dd %s %ld, %ld\n.ds doc-volume-operating-system\n.Dt HTTPSTATUS-CODES 7\n.Os httpstatus\n.Sh NAME\n.Nm httpstatus-codes\n"
	    ".Nd reference of HTTP status codes\n.Sh DESCRIPTION\n"
	    "Every status code that\n.Xr httpstatus 1\nknows, with every field it shows.\n"
	    "The field names are those of its JSON output.\n", months[m - 1], d, y);
	/* 000 first, in no class; past 5xx only vendors' invalid codes, and
	 * not in every class */
	for (int digit = 0; digit <= 9; digit++) {
		struct span sp = table_class(digit);
		if (sp.len == 0)
			continue;
		if (digit == 0)
			printf(".Sh %s\n", table_category(sp.first));
		else
			printf(".Sh %dXX %s\n", digit, table_category(sp.first));
		for (size_t i = 0; i < sp.len; i++)
			entry(&sp.first[i]);
	}
	section(".Sh VENDOR ERROR NUMBERS\n"
	    "Numbers a vendor shows in the page of an error response, whose HTTP\n"
	    "status is another code.", table_errors());
	section(".Sh IIS SUB-STATUSES\n"
	    "IIS shows them on its error pages and logs them as the fields\n"
	    ".Li sc-status\nand\n.Li sc-substatus .", table_rows_from(ID_SUB_BASE));
	rules();
	guide();
	puts(".Sh SEE ALSO\n.Xr httpstatus 1");
	return ferror(stdout) || fclose(stdout) != 0;
}
