/* gen --dump: the records and stanzas as the checks left them and as the
 * table will hold them, one tab-separated line per fact, so that the
 * generator's tests read facts rather than the C that write.c lays out.
 * Lines are "WHO<TAB>KEY<TAB>VALUE...": WHO is a record's id (404, 500.19,
 * 1015), or compare, choose, product or updated for the other stanzas. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static const char *const kinds[] = { KINDS(AS_STRING) NULL };

/* The id as the program shows it: 404, 1015, 500.19. */
static void
id_text(int id, char *buf, size_t size)
{
	if (ID_IS_SUB(id))
		snprintf(buf, size, "%d.%d", ID_CODE(id), ID_SUBSTATUS(id));
	else
		snprintf(buf, size, "%03d", id);
}

/* Each key the stanza holds, in key order, a line per value. */
static void
keys(FILE *out, const char *who, const struct record *r)
{
	for (int f = 0; f < NKEYS; f++) {
		if (r->one[f].text != NULL)
			fprintf(out, "%s\t%s\t%s\n", who, key_names[f], r->one[f].text);
		for (int k = 0; k < r->nmany[f]; k++)
			fprintf(out, "%s\t%s\t%s\n", who, key_names[f], r->many[f][k].text);
	}
}

/* A requirement row per header field, as check reads them. */
static void
requirements(FILE *out, const char *who, const struct record *r)
{
	char name[64];

	for (int k = 0; k < r->nmany[K_REQUIRE]; k++) {
		struct require q;
		if (gen_parse_require(r->many[K_REQUIRE][k].text, &q) == NULL)
			for (const char *list = q.fields; gen_next_name(&list, name, sizeof name);)
				fprintf(out, "%s\trequirement\t%s\t%s\t%s\tRFC %s\t%s\t%s\n", who, name,
				    levels[q.level], note_kinds[q.note_kind], q.rfc, q.section,
				    q.note != NULL ? q.note : "");
		free(q.copy);
	}
}

/* The example response as the program shows it, a line each, CRLF cut. */
static void
example(FILE *out, const char *who, const struct record *r)
{
	char *ex = example_render(r), *save = NULL;

	for (char *line = ex != NULL ? strtok_r(ex, "\n", &save) : NULL; line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		line[strcspn(line, "\r")] = '\0';
		fprintf(out, "%s\texample\t%s\n", who, line);
	}
	free(ex);
}

/* What software does with the code, as the entry shows it: by kind. */
static void
behaviours(FILE *out, const char *who, const struct record *r)
{
	struct doing list[DOINGS_MAX];
	size_t n = stanza_behaviours(r, list, DOINGS_MAX);

	for (size_t i = 0; i < n; i++) {
		const struct record *sw = &gen_software[list[i].software];
		struct does_parts d;
		if (stanza_parse_does(sw->many[K_DOES][list[i].k].text, &d) == NULL)
			fprintf(out, "%s\tbehaviour\t%s\t%s\t%s\t%s\n", who,
			    sw->one[K_SOFT_KIND].text, sw->one[K_SOFTWARE].text, d.text, d.source);
		free(d.copy);
	}
}

static void
dump_record(FILE *out, const struct record *r)
{
	char who[16];

	id_text(r->code, who, sizeof who);
	fprintf(out, "%s\tkind\t%s\n", who, kinds[ID_IS_SUB(r->code) ? KIND_SUBSTATUS :
	    ID_IS_ERROR(r->code) ? KIND_ERROR : KIND_STATUS]);
	keys(out, who, r);
	requirements(out, who, r);
	example(out, who, r);
	behaviours(out, who, r);
}

/* A products stanza's owner, whether it is a module, and its log formats
 * by name, as the mask the table holds says them. */
static void
dump_product(FILE *out, const struct record *r)
{
	bool module;
	const char *owner = stanza_product_owner(r, &module);
	unsigned logs = stanza_product_logs(r);

	keys(out, "product", r);
	fprintf(out, "product\tmodule\t%s\t%s\n", owner, module ? "yes" : "no");
	fprintf(out, "product\tlog formats\t%s\t", owner);
	for (int f = 0; log_formats[f] != NULL; f++)
		if (logs & 1u << f)
			fprintf(out, "%s%s", log_formats[f], (logs >> (f + 1)) != 0 ? " " : "");
	fputc('\n', out);
}

void
dump(FILE *out)
{
	for (size_t i = 0; i < gen_nrecs; i++)
		dump_record(out, &gen_recs[i]);
	for (size_t i = 0; i < gen_nrules; i++)
		keys(out, "compare", &gen_rules[i]);
	for (size_t i = 0; i < gen_nguide; i++)
		keys(out, "choose", &gen_guide[i]);
	for (size_t i = 0; i < gen_nproducts; i++)
		dump_product(out, &gen_products[i]);
	for (size_t i = 0; i < gen_nsoftware; i++)
		keys(out, "software", &gen_software[i]);
	if (gen_about.line != 0)
		keys(out, "updated", &gen_about);
}
