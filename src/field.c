/* Field values of an entry, shared by the JSON writer and -f. */

#include <stdio.h>
#include <string.h>

#include "field.h"

#define AS_FIELD_NAME(name) #name,
const char *const field_names[FIELD_COUNT] = { FIELDS(AS_FIELD_NAME) };
#undef AS_FIELD_NAME

/* The index of a field name, or -1. */
int
field_lookup(const char *name)
{
	for (int f = 0; f < FIELD_COUNT; f++)
		if (strcmp(field_names[f], name) == 0)
			return f;
	return -1;
}

/* Adds the comma-separated field names to fs.  Returns NULL, or what is
 * wrong, with the name at fault copied to bad. */
const char *
field_parse(const char *names, struct fields *fs, char *bad, size_t size)
{
	for (const char *p = names;; p++) {
		size_t len = strcspn(p, ",");
		snprintf(bad, size, "%.*s", (int)len, p);
		int f = field_lookup(bad);
		if (f < 0)
			return "unknown field";
		if (fs->n == FIELDS_MAX)
			return "too many fields at";
		fs->list[fs->n++] = (enum field)f;
		p += len;
		if (*p == '\0')
			return NULL;
	}
}

/* The setters fill only the members their type has: the rest of a value
 * is never read, and clearing all of it for each of the 11,800 values of
 * --json list was about 5% of its time (perf record). */
static void
string(struct field_value *v, const char *s, bool plain)
{
	v->type = FT_STRING;
	v->string = s;
	v->plain = plain;
}

/* A string the program makes (an id, a class, a value's name from
 * enums.def): digits and plain words, which JSON takes as they are. */
static void
word(struct field_value *v, const char *s)
{
	string(v, s, true);
}

/* A string of the table, which knows whether JSON takes it as it is; it
 * lasts until the next value is fetched (table_str_once). */
static void
text(struct field_value *v, text_ref ref)
{
	string(v, table_str_once(ref), table_plain(ref));
}

static void
boolean(struct field_value *v, bool b)
{
	v->type = FT_BOOL;
	v->boolean = b;
}

static void
number(struct field_value *v, long n)
{
	v->type = FT_NUMBER;
	v->number = n;
}

static void
doings(struct field_value *v, const struct status *s, enum software_kind kind)
{
	v->type = FT_DOINGS;
	v->doings = table_doings(s);
	v->soft_kind = (int)kind;
}

/* "4xx" for a 4xx code or a sub-status of one, built in scratch; NULL for
 * 000 and a vendor's error number, which no class holds. */
static const char *
class_of(const struct status *s, struct field_scratch *sc)
{
	int digit = table_record_class(s);

	if (digit <= 0)
		return NULL;
	memcpy(sc->class, "0xx", sizeof sc->class);
	sc->class[0] = (char)('0' + digit);
	return sc->class;
}

/* The status on the wire; -1 (null) for 000, which is none. */
static long
http_status(const struct status *s)
{
	int n = table_wire_status(s);

	return n > 0 ? n : -1;
}

/* "RFC 9110", built in scratch, or NULL without an RFC. */
static const char *
rfc_of(const struct status *s, struct field_scratch *sc)
{
	if (s->rfc == 0)
		return NULL;
	table_rfc_text(s->rfc, sc->rfc, sizeof sc->rfc);
	return sc->rfc;
}

/* Fills v with field f of s; built strings live in scratch.  Every field
 * has its case and there is no default, so that -Wswitch names a field
 * added to FIELDS and forgotten here. */
void
field_get(const struct status *s, enum field f, struct field_value *v,
    struct field_scratch *scratch)
{
	/* a sub-status or an error number comes with its status, whose
	 * these are: null, as the text leaves them out */
	if (s->kind != KIND_STATUS &&
	    (f == FIELD_recommended || f == FIELD_cacheable || f == FIELD_has_content ||
	    f == FIELD_sender || (f >= FIELD_browsers && f <= FIELD_grpc))) {
		word(v, NULL);
		return;
	}
	switch (f) {
	case FIELD_id:
		table_id_text(s, scratch->id, sizeof scratch->id);
		word(v, scratch->id);
		break;
	case FIELD_code: number(v, s->code); break;
	case FIELD_substatus: number(v, s->kind == KIND_SUBSTATUS ? s->sub : -1); break;
	case FIELD_http_status: number(v, http_status(s)); break;
	case FIELD_observed_status: number(v, s->observed != 0 ? s->observed : -1); break;
	case FIELD_observed_source: text(v, s->observed_source); break;
	case FIELD_aliases:
		v->type = FT_STRINGS;
		v->strings = table_list(s->aliases);
		break;
	case FIELD_related:
		v->type = FT_NUMBERS;
		v->numbers = table_codes(s->related);
		break;
	case FIELD_constants:
		v->type = FT_NAMED;
		v->named = table_constants(s);
		break;
	case FIELD_headers:
		v->type = FT_REQUIRES;
		v->requires = table_requires(s);
		break;
	case FIELD_messages:
		v->type = FT_MESSAGES;
		v->messages = &table_messages[s->messages];
		v->messages_end = table_messages_end(s);
		break;
	case FIELD_sender:
		v->type = FT_SENDER;
		v->status = s;
		break;
	case FIELD_browsers: doings(v, s, SOFT_BROWSER); break;
	case FIELD_crawlers: doings(v, s, SOFT_CRAWLER); break;
	case FIELD_caches: doings(v, s, SOFT_CACHE); break;
	case FIELD_clients: doings(v, s, SOFT_CLIENT); break;
	case FIELD_grpc: doings(v, s, SOFT_GRPC); break;
	case FIELD_official: boolean(v, s->vendor == 0); break;
	case FIELD_recommended: boolean(v, s->recommended); break;
	case FIELD_deprecated: boolean(v, s->deprecated); break;
	case FIELD_has_content: boolean(v, s->has_content); break;
	case FIELD_class: word(v, class_of(s, scratch)); break;
	case FIELD_rfc: word(v, rfc_of(s, scratch)); break;
	case FIELD_name: text(v, s->name); break;
	case FIELD_category: word(v, table_category(s)); break;
	case FIELD_status: word(v, table_state(s)); break;
	case FIELD_vendor: text(v, s->vendor); break;
	case FIELD_module: text(v, s->module); break;
	case FIELD_kind: word(v, table_kind(s)); break;
	case FIELD_description: text(v, s->description); break;
	case FIELD_spec_url: text(v, s->spec_url); break;
	case FIELD_popularity: word(v, table_popularity(s)); break;
	case FIELD_use_case: text(v, s->use_case); break;
	case FIELD_notes: text(v, s->notes); break;
	case FIELD_cacheable: word(v, table_caching(s)); break;
	case FIELD_example: text(v, s->example); break;
	case FIELD_retry: word(v, table_retry(s)); break;
	case FIELD_COUNT: number(v, 0); break;
	}
}

/* Writes s on one line, escaped as jq's @tsv escapes, so that no value can
 * break a line or a column and every value reads back unchanged.  Batch
 * mode calls this per input line, so plain values go out whole. */
static void
one_line(FILE *out, const char *s)
{
	if (strpbrk(s, "\\\t\r\n") == NULL) {
		fputs(s, out);
		return;
	}
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\': fputs("\\\\", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		case '\n': fputs("\\n", out); break;
		default: fputc(*s, out); break;
		}
	}
}

/* Writes field f of s on one line: lists joined by commas, null empty. */
static void
write_field(FILE *out, const struct status *s, enum field f)
{
	struct field_scratch scratch;
	struct field_value v;

	/* in a column a code reads as it is typed, 500.19 apart from 500 */
	field_get(s, f == FIELD_code ? FIELD_id : f, &v, &scratch);
	switch (v.type) {
	case FT_NUMBER:
		/* codes in three digits, 000 too; nothing for null */
		if (v.number >= 0)
			fprintf(out, f == FIELD_substatus ? "%ld" : "%03ld", v.number);
		break;
	case FT_BOOL:
		fputs(v.boolean ? "true" : "false", out);
		break;
	case FT_STRING:
		one_line(out, v.string != NULL ? v.string : "");
		break;
	case FT_STRINGS:
		for (const text_ref *p = v.strings; *p != 0; p++)
			fprintf(out, "%s%s", p == v.strings ? "" : ",", table_str(*p));
		break;
	case FT_NUMBERS:
		for (const unsigned short *p = v.numbers; *p != 0; p++)
			fprintf(out, "%s%u", p == v.numbers ? "" : ",", *p);
		break;
	case FT_NAMED:
		for (int i = 0, n = 0; i < LIB_COUNT; i++)
			if (v.named[i] != 0)
				fprintf(out, "%s%s=%s", n++ > 0 ? "," : "", table_libraries[i],
				    table_str(v.named[i]));
		break;
	case FT_REQUIRES:
		for (const struct requirement *r = v.requires; r->field != 0; r++)
			fprintf(out, "%s%s=%s", r == v.requires ? "" : ",", table_str(r->field),
			    table_level(r));
		break;
	case FT_SENDER:
		for (int i = 0, k; (k = table_sender_at(v.status, i)) >= 0; i++)
			fprintf(out, "%s%s", i > 0 ? "," : "", table_sender(k));
		if (v.status->sender_note != 0) {
			fputs("; ", out);
			one_line(out, table_str(v.status->sender_note));
		}
		break;
	case FT_DOINGS:
		/* like messages: "software: what it does", " | " between */
		for (const unsigned short *d = v.doings, *first = NULL; *d != 0; d++) {
			const struct behaviour *b = &table_behaviours[*d];
			if (table_software[b->software].kind != v.soft_kind)
				continue;
			fprintf(out, "%s%s: ", first != NULL ? " | " : "",
			    table_str(table_software[b->software].name));
			one_line(out, table_str(b->text));
			first = d;
		}
		break;
	case FT_MESSAGES:
		/* messages hold commas and semicolons; " | " parts them */
		for (const struct message *m = v.messages; m < v.messages_end; m++) {
			fprintf(out, "%s%s: ", m == v.messages ? "" : " | ", table_str(m->program));
			one_line(out, table_str(m->text));
		}
		break;
	}
}

/* Prints the fields of s on one line, separated by tabs; no value holds
 * a tab, since the generator keeps control bytes out of the table. */
void
field_print(FILE *out, const struct status *s, const struct fields *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		if (i > 0)
			fputc('\t', out);
		write_field(out, s, fs->list[i]);
	}
	fputc('\n', out);
}
