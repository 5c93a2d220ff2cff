/* JSON rendering of entries: the keys and their order come from field.h. */

#include <stdio.h>

#include "field.h"
#include "render.h"

/* The string ref names, s.  Those the generator found plain skip the
 * escaper: scanning their 81 KB byte by byte was 490k of the 2.4M
 * instructions callgrind counts for --json list. */
static void
string_of(struct json *j, text_ref ref, const char *s)
{
	if (table_plain(ref))
		json_plain_string(j, s);
	else
		json_string(j, s);
}

/* A string of the table, unpacked for this once. */
static void
text(struct json *j, text_ref ref)
{
	string_of(j, ref, table_str_once(ref));
}

/* Each requirement as an object; rfc and section as the entry gives them. */
static void
requires(struct json *j, const struct requirement *r)
{
	char rfc[16];

	json_begin_array(j);
	for (; r->field != 0; r++) {
		table_rfc_text(r->rfc, rfc, sizeof rfc);
		json_begin_object(j);
		json_key(j, "name");
		text(j, r->field);
		json_key(j, "requirement");
		json_string(j, table_level(r));
		json_key(j, "rfc");
		json_string(j, rfc);
		json_key(j, "section");
		text(j, r->section);
		json_key(j, "spec_url");
		text(j, r->spec_url);
		json_key(j, "note");
		if (r->note != 0)
			text(j, r->note);
		else
			json_null(j);
		json_end_object(j);
	}
	json_end_array(j);
}

/* Each message as an object: the program, its text and where it was checked. */
static void
messages(struct json *j, const struct message *m, const struct message *end)
{
	json_begin_array(j);
	for (; m < end; m++) {
		json_begin_object(j);
		json_key(j, "program");
		text(j, m->program);
		json_key(j, "text");
		text(j, m->text);
		json_key(j, "source");
		text(j, m->source);
		json_end_object(j);
	}
	json_end_array(j);
}

/* Who sends the code: {"senders": [...], "note": ...}, the usual first. */
static void
sender(struct json *j, const struct status *s)
{
	json_begin_object(j);
	json_key(j, "senders");
	json_begin_array(j);
	for (int i = 0, k; (k = table_sender_at(s, i)) >= 0; i++)
		json_plain_string(j, table_sender(k));
	json_end_array(j);
	json_key(j, "note");
	if (s->sender_note != 0)
		text(j, s->sender_note);
	else
		json_null(j);
	json_end_object(j);
}

/* A string that many entries share, unpacked once and kept (table_str):
 * a software's name, what it does, its source.  Unpacked again for each
 * entry they made --json list 40% slower. */
static void
shared_text(struct json *j, text_ref ref)
{
	string_of(j, ref, table_str(ref));
}

/* What each piece of software of one kind does: an object a does line. */
static void
doings(struct json *j, const unsigned short *d, int kind)
{
	json_begin_array(j);
	for (; *d != 0; d++) {
		const struct behaviour *b = &table_behaviours[*d];
		if (table_software[b->software].kind != kind)
			continue;
		json_begin_object(j);
		json_key(j, "software");
		shared_text(j, table_software[b->software].name);
		json_key(j, "does");
		shared_text(j, b->text);
		json_key(j, "source");
		shared_text(j, b->source);
		json_end_object(j);
	}
	json_end_array(j);
}

static void
value(struct json *j, const struct field_value *v)
{
	switch (v->type) {
	case FT_NUMBER:
		if (v->number < 0)
			json_null(j);
		else
			json_number(j, v->number);
		break;
	case FT_BOOL:
		json_bool(j, v->boolean);
		break;
	case FT_STRING:
		if (v->string == NULL)
			json_null(j);
		else if (v->plain)
			json_plain_string(j, v->string);
		else
			json_string(j, v->string);
		break;
	case FT_STRINGS:
		json_begin_array(j);
		for (const text_ref *p = v->strings; *p != 0; p++)
			text(j, *p);
		json_end_array(j);
		break;
	case FT_NUMBERS:
		json_begin_array(j);
		for (const unsigned short *p = v->numbers; *p != 0; p++)
			json_number(j, *p);
		json_end_array(j);
		break;
	case FT_NAMED:
		json_begin_object(j);
		for (int i = 0; i < LIB_COUNT; i++) {
			json_key(j, table_libraries[i]);
			if (v->named[i] != 0)
				text(j, v->named[i]);
			else
				json_null(j);
		}
		json_end_object(j);
		break;
	case FT_REQUIRES:
		requires(j, v->requires);
		break;
	case FT_MESSAGES:
		messages(j, v->messages, v->messages_end);
		break;
	case FT_SENDER:
		sender(j, v->status);
		break;
	case FT_DOINGS:
		doings(j, v->doings, v->soft_kind);
		break;
	}
}

static void
members(struct json *j, const struct status *s)
{
	struct field_scratch scratch;
	struct field_value v;

	for (int f = 0; f < FIELD_COUNT; f++) {
		json_key(j, field_names[f]);
		field_get(s, (enum field)f, &v, &scratch);
		value(j, &v);
	}
}

/* members(), as json_object_cached calls it. */
static void
other_members(struct json *j, const void *s)
{
	members(j, s);
}

/* The object for meaning `which` of a number; its other meanings go in
 * other_meanings with the same keys except other_meanings itself.  With
 * rules, a "rules" array of comparison rules ends the object. */
void
json_entry(struct json *j, struct span meanings, size_t which, const struct rules *rules)
{
	json_begin_object(j);
	members(j, &meanings.first[which]);
	json_key(j, "other_meanings");
	json_begin_array(j);
	for (size_t i = 0; i < meanings.len; i++)
		if (i != which)
			json_object_cached(j, &meanings.first[i], other_members);
	json_end_array(j);
	if (rules != NULL) {
		json_key(j, "rules");
		json_begin_array(j);
		for (size_t i = 0; i < rules->n; i++)
			text(j, rules->list[i]->text);
		json_end_array(j);
	}
	json_end_object(j);
}

/* One situation of the choose guide, with the code's name and headers. */
void
json_choice(struct json *j, const struct situation *sit)
{
	const struct status *s = table_code(sit->code).first;

	json_begin_object(j);
	json_key(j, "situation");
	text(j, sit->key);
	json_key(j, "topic");
	text(j, sit->topic);
	json_key(j, "ask");
	text(j, sit->ask);
	json_key(j, "code");
	json_number(j, s->code);
	json_key(j, "name");
	text(j, s->name);
	json_key(j, "reason");
	text(j, sit->reason);
	json_key(j, "compare");
	json_begin_array(j);
	for (const unsigned short *c = table_codes(table_rules[sit->rule].codes); *c != 0; c++)
		json_number(j, *c);
	json_end_array(j);
	json_key(j, "rule");
	text(j, table_rules[sit->rule].text);
	json_key(j, "headers");
	requires(j, table_requires(s));
	json_end_object(j);
}
