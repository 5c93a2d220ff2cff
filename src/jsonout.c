/* JSON rendering of entries: the keys and their order come from field.h. */

#include "field.h"
#include "render.h"

static void
value(struct json *j, const struct field_value *v)
{
	switch (v->type) {
	case FT_NUMBER:
		json_number(j, v->number);
		break;
	case FT_BOOL:
		json_bool(j, v->boolean);
		break;
	case FT_STRING:
		if (v->string != NULL)
			json_string(j, v->string);
		else
			json_null(j);
		break;
	case FT_STRINGS:
		json_begin_array(j);
		for (const char *const *p = v->strings; *p != NULL; p++)
			json_string(j, *p);
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
			if (v->named[i] != NULL)
				json_string(j, v->named[i]);
			else
				json_null(j);
		}
		json_end_object(j);
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
	for (size_t i = 0; i < meanings.len; i++) {
		if (i == which)
			continue;
		json_begin_object(j);
		members(j, &meanings.first[i]);
		json_end_object(j);
	}
	json_end_array(j);
	if (rules != NULL) {
		json_key(j, "rules");
		json_begin_array(j);
		for (size_t i = 0; i < rules->n; i++)
			json_string(j, rules->list[i]->text);
		json_end_array(j);
	}
	json_end_object(j);
}
