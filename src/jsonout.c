/* JSON rendering of table rows, in the key order the man page documents. */

#include <stdio.h>

#include "example.h"
#include "render.h"

static void
string_array(struct json *j, const char *key, const char *const *list)
{
	json_key(j, key);
	json_begin_array(j);
	for (; *list != NULL; list++)
		json_string(j, *list);
	json_end_array(j);
}

static void
nullable(struct json *j, const char *key, const char *value)
{
	json_key(j, key);
	if (value != NULL)
		json_string(j, value);
	else
		json_null(j);
}

static void
identity(struct json *j, const struct status *s)
{
	char class[4] = { (char)('0' + s->code / 100), 'x', 'x', '\0' };
	char rfc[16];

	json_key(j, "code");
	json_number(j, s->code);
	json_key(j, "name");
	json_string(j, s->name);
	string_array(j, "aliases", s->aliases);
	json_key(j, "class");
	json_string(j, class);
	json_key(j, "category");
	json_string(j, table_category(s));
	json_key(j, "status");
	json_string(j, table_state(s));
	json_key(j, "official");
	json_bool(j, s->vendor == NULL);
	nullable(j, "vendor", s->vendor);
	json_key(j, "description");
	json_string(j, s->description);
	snprintf(rfc, sizeof rfc, "RFC %u", s->rfc);
	nullable(j, "rfc", s->rfc != 0 ? rfc : NULL);
	json_key(j, "spec_url");
	json_string(j, s->spec_url);
}

static void
guidance(struct json *j, const struct status *s)
{
	json_key(j, "popularity");
	json_string(j, table_popularity(s));
	json_key(j, "recommended");
	json_bool(j, s->recommended);
	json_key(j, "deprecated");
	json_bool(j, s->deprecated);
	json_key(j, "use_case");
	json_string(j, s->use_case);
	json_key(j, "notes");
	json_string(j, s->notes);
	json_key(j, "related");
	json_begin_array(j);
	for (const unsigned short *r = s->related; *r != 0; r++)
		json_number(j, *r);
	json_end_array(j);
}

static void
example(struct json *j, const struct status *s)
{
	char buf[EXAMPLE_MAX];

	json_key(j, "example");
	if (example_render(s, buf, sizeof buf) > 0)
		json_string(j, buf);
	else
		json_null(j);
}

static void
members(struct json *j, const struct status *s)
{
	identity(j, s);
	guidance(j, s);
	example(j, s);
}

/* The first meaning is the object; the others go in its other_meanings,
 * with the same keys except other_meanings itself. */
void
json_entry(struct json *j, struct span meanings)
{
	json_begin_object(j);
	members(j, meanings.first);
	json_key(j, "other_meanings");
	json_begin_array(j);
	for (size_t i = 1; i < meanings.len; i++) {
		json_begin_object(j);
		members(j, &meanings.first[i]);
		json_end_object(j);
	}
	json_end_array(j);
	json_end_object(j);
}
