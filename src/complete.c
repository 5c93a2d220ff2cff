/* For shell completion scripts, which ask the binary rather than keep a
 * copy of the table: the lists they offer, one item a line. */

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "complete.h"
#include "say.h"

static void
fields(FILE *f)
{
	for (int i = 0; i < FIELD_COUNT; i++)
		fprintf(f, "%s\n", field_names[i]);
}

/* Each situation of the guide, with its question. */
static void
situations(FILE *f)
{
	for (const struct situation *s = table_situations; s->key != 0; s++)
		fprintf(f, "%s\t%s\n", table_str(s->key), table_str(s->ask));
}

/* Each code and error number once, with its first meaning's name; not the
 * sub-statuses: dozens of them would bury the codes after "50", and list
 * 500 shows them. */
static void
codes(FILE *f)
{
	char id[16];

	for (size_t i = 0; i < table_len && table_rows[i].kind != KIND_SUBSTATUS; i++)
		if (i == 0 || table_id(&table_rows[i]) != table_id(&table_rows[i - 1])) {
			table_id_text(&table_rows[i], id, sizeof id);
			fprintf(f, "%s\t%s\n", id, table_str(table_rows[i].name));
		}
}

static void
formats(FILE *f)
{
	for (size_t i = 0; log_format_name(i) != NULL; i++)
		fprintf(f, "%s\n", log_format_name(i));
}

static void
keys(FILE *f)
{
	for (size_t i = 0; log_key_name(i) != NULL; i++)
		fprintf(f, "%s\n", log_key_name(i));
}

/* The names --vendor takes whole (a word of one also serves). */
static void
vendors(FILE *f)
{
	const char *names[VENDORS_MAX];
	size_t n = table_vendors(names, VENDORS_MAX);

	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s\n", names[i]);
}

static const struct {
	const char *name;
	void (*print)(FILE *f);
} lists[] = {
	{ "codes", codes }, { "fields", fields }, { "formats", formats }, { "keys", keys },
	{ "rules", check_list_rules }, { "situations", situations }, { "vendors", vendors },
};

int
complete_print(struct output *o, const char *what)
{
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
		if (strcmp(what, lists[i].name) == 0) {
			lists[i].print(o->f);
			return EXIT_FOUND;
		}
	say("--complete takes 'codes', 'fields', 'formats', 'keys', 'rules', 'situations' or "
	    "'vendors', not '%s'", what);
	return EXIT_USAGE;
}
