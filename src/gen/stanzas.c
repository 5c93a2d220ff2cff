/* Checking the comparison rules and the situations of the choose guide. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* The index of the compare stanza listing exactly these codes, or -1. */
long
stanza_rule(const char *codes)
{
	for (size_t i = 0; i < gen_nrules; i++)
		if (strcmp(gen_rules[i].one[K_COMPARE].text, codes) == 0)
			return (long)i;
	return -1;
}

/* Whether a space-separated list of codes holds code. */
static bool
lists_code(const char *list, const char *code)
{
	size_t n = strlen(code);

	for (const char *p = list; (p = strstr(p, code)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* A rule names two or more distinct known codes, and only once per set. */
static void
check_rule(const struct record *r, size_t index)
{
	const struct value *v = &r->one[K_COMPARE];
	char *copy = gen_strdup(v->text), *save = NULL;
	int n = 0;

	for (int f = 0; f < NKEYS; f++)
		if (key_needs[f] != RULE && (r->one[f].text != NULL || r->nmany[f] > 0))
			gen_fail(r->line, "field '%s' does not belong in a compare stanza", key_names[f]);
	if (r->one[K_RULE].text == NULL)
		gen_fail(r->line, "missing field 'rule'");
	for (char *t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save), n++)
		if (!gen_all_digits(t, 3, 3) || check_find_code(gen_number(t)) == NULL)
			gen_fail(v->line, "compare code '%s' does not exist", t);
	if (n < 2)
		gen_fail(v->line, "compare needs at least two codes");
	for (size_t i = 0; i < index; i++)
		if (strcmp(gen_rules[i].one[K_COMPARE].text, v->text) == 0)
			gen_fail(v->line, "duplicate rule for %s (first on line %ld)", v->text,
			    gen_rules[i].one[K_COMPARE].line);
	free(copy);
}

static bool
check_guide_fields(const struct record *r)
{
	bool ok = true;

	for (int f = 0; f < NKEYS; f++) {
		if (key_needs[f] != GUIDE && f != K_KEYWORDS &&
		    (r->one[f].text != NULL || r->nmany[f] > 0))
			gen_fail(r->line, "field '%s' does not belong in a choose stanza", key_names[f]);
		if (key_needs[f] == GUIDE && r->one[f].text == NULL) {
			gen_fail(r->line, "missing field '%s'", key_names[f]);
			ok = false;
		}
	}
	return ok;
}

/* Earlier stanzas may not share the key, nor the topic unless just before. */
static void
check_guide_order(const struct value *key, const struct value *topic, size_t index)
{
	for (size_t i = 0; i < index; i++) {
		const struct value *k = &gen_guide[i].one[K_CHOOSE], *t = &gen_guide[i].one[K_TOPIC];
		if (k->text != NULL && strcmp(k->text, key->text) == 0)
			gen_fail(key->line, "duplicate situation '%s' (first on line %ld)", key->text, k->line);
		if (t->text != NULL && i + 1 < index && strcmp(t->text, topic->text) == 0 &&
		    (gen_guide[index - 1].one[K_TOPIC].text == NULL ||
		    strcmp(gen_guide[index - 1].one[K_TOPIC].text, topic->text) != 0)) {
			gen_fail(topic->line, "topic '%s' also on line %ld: keep a topic's situations "
			    "together", topic->text, t->line);
			break;
		}
	}
}

/* A situation has a key made of words, a known answer, and a compare
 * stanza that lists the answer. */
static void
check_situation(const struct record *r, size_t index)
{
	const struct value *key = &r->one[K_CHOOSE], *answer = &r->one[K_ANSWER];
	const struct value *versus = &r->one[K_VERSUS];

	if (!check_guide_fields(r))
		return;
	check_texts(r);
	if (key->text[0] == '-' || strspn(key->text, "abcdefghijklmnopqrstuvwxyz0123456789-") !=
	    strlen(key->text))
		gen_fail(key->line, "situation '%s' is not lower-case words joined by '-'", key->text);
	check_guide_order(key, &r->one[K_TOPIC], index);
	if (r->one[K_KEYWORDS].text != NULL)
		check_keywords(&r->one[K_KEYWORDS], "keywords");
	if (!gen_all_digits(answer->text, 3, 3) || check_find_code(gen_number(answer->text)) == NULL)
		gen_fail(answer->line, "answer code '%s' does not exist", answer->text);
	else if (stanza_rule(versus->text) < 0)
		gen_fail(versus->line, "versus '%s' names no compare stanza", versus->text);
	else if (!lists_code(versus->text, answer->text))
		gen_fail(versus->line, "versus '%s' does not list the answer %s", versus->text,
		    answer->text);
}

/* Whether some code record has owner as its vendor, or as its module. */
static bool
owns_records(const char *owner, bool module)
{
	for (size_t i = 0; i < gen_nrecs; i++) {
		const char *t = gen_recs[i].one[module ? K_MODULE : K_VENDOR].text;
		if (t != NULL && strcmp(t, owner) == 0)
			return true;
	}
	return false;
}

const char *
stanza_product_owner(const struct record *r, bool *module)
{
	const char *owner = r->one[K_OWNER].text;

	*module = owner != NULL && !owns_records(owner, false);
	return owner != NULL && owns_records(owner, *module) ? owner : NULL;
}

/* The formats a products stanza's "logs" names, as 1 << enum log_format
 * each; with line >= 0, fails on a name that is no format or comes twice. */
static unsigned
logs_of(const struct value *v, long line)
{
	char *copy = gen_strdup(v->text != NULL ? v->text : ""), *save = NULL;
	unsigned logs = 0;

	for (char *t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save)) {
		int f = gen_lookup(log_formats, t);
		if (f < 0 && line >= 0)
			gen_fail(line, "logs '%s' is no log format that --format names", t);
		else if (f >= 0 && (logs & 1u << f) && line >= 0)
			gen_fail(line, "logs names '%s' twice", t);
		else if (f >= 0)
			logs |= 1u << f;
	}
	free(copy);
	return logs;
}

unsigned
stanza_product_logs(const struct record *r)
{
	return logs_of(&r->one[K_LOGS], -1);
}

/* A products stanza names one vendor or module that records have, once,
 * and the words people call it by; and perhaps the logs the vendor writes. */
static void
check_product(const struct record *r, size_t index)
{
	const struct value *owner = &r->one[K_OWNER];
	bool module, other;

	for (int f = 0; f < NKEYS; f++)
		if (key_needs[f] != PRODUCT && (r->one[f].text != NULL || r->nmany[f] > 0))
			gen_fail(r->line, "field '%s' does not belong in a products stanza", key_names[f]);
	check_texts(r);
	check_keywords(&r->one[K_PRODUCTS], "products");
	if (owner->text == NULL) {
		gen_fail(r->line, "missing field 'owner'");
		return;
	}
	if (stanza_product_owner(r, &module) == NULL) {
		gen_fail(owner->line, "no code record has '%s' as its vendor or module", owner->text);
		return;
	}
	if (r->one[K_LOGS].text != NULL && module)
		gen_fail(r->one[K_LOGS].line, "logs belongs to a vendor, and '%s' is a module",
		    owner->text);
	else if (r->one[K_LOGS].text != NULL)
		logs_of(&r->one[K_LOGS], r->one[K_LOGS].line);
	for (size_t i = 0; i < index; i++) {
		const char *o = stanza_product_owner(&gen_products[i], &other);
		if (o != NULL && strcmp(o, owner->text) == 0)
			gen_fail(r->line, "a second products stanza for '%s' (first on line %ld)",
			    owner->text, gen_products[i].line);
	}
}

/* The "updated" stanza: the day the data was last revised, which dates the
 * manual generated from it, alone in its stanza. */
static void
check_about(const struct record *r)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	const struct value *v = &r->one[K_UPDATED];
	const char *t = v->text;
	int y = 0, m = 0, d = 0;

	for (int f = 0; f < NKEYS; f++)
		if (key_needs[f] != ABOUT && (r->one[f].text != NULL || r->nmany[f] > 0))
			gen_fail(r->line, "field '%s' does not belong in the updated stanza",
			    key_names[f]);
	if (strlen(t) == 10 && t[4] == '-' && t[7] == '-' && strspn(t, "0123456789") == 4 &&
	    strspn(t + 5, "0123456789") == 2 && strspn(t + 8, "0123456789") == 2) {
		y = gen_number(t), m = gen_number(t + 5), d = gen_number(t + 8);
	}
	if (y < 1990 || m < 1 || m > 12 || d < 1 || d > days[m - 1] ||
	    (m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0))))
		gen_fail(v->line, "updated '%s' is no date as YYYY-MM-DD", v->text);
}

/* Takes "CODES; TEXT [SOURCE]" apart; returns NULL, or what is wrong. */
const char *
stanza_parse_does(const char *value, struct does_parts *d)
{
	char *semi, *open, *end;

	d->copy = gen_strdup(value);
	d->codes = d->copy;
	if ((semi = strchr(d->copy, ';')) == NULL)
		return "is not 'CODES; TEXT [SOURCE]'";
	*semi = '\0';
	d->text = gen_trim(semi + 1);
	end = d->text + strlen(d->text);
	if (end == d->text || end[-1] != ']' || (open = strrchr(d->text, '[')) == NULL)
		return "does not end with its source in brackets";
	end[-1] = '\0';
	*open = '\0';
	d->source = gen_trim(open + 1);
	d->text = gen_trim(d->text);
	d->codes = gen_trim(d->codes);
	if (*d->text == '\0')
		return "says nothing between the codes and the source";
	if (*d->source == '\0')
		return "has an empty source";
	return NULL;
}

/* The bounds of one item of a does line's codes, "404" or "500-599";
 * false when it is neither. */
static bool
code_range(const char *t, int *lo, int *hi)
{
	const char *dash = strchr(t, '-');

	if (dash == NULL && gen_all_digits(t, 3, 3)) {
		*lo = *hi = gen_number(t);
		return true;
	}
	if (dash == NULL || dash - t != 3 || strlen(dash + 1) != 3)
		return false;
	char a[4] = { t[0], t[1], t[2], '\0' };
	if (!gen_all_digits(a, 3, 3) || !gen_all_digits(dash + 1, 3, 3))
		return false;
	*lo = gen_number(a), *hi = gen_number(dash + 1);
	return *lo < *hi;
}

/* Whether the codes of a does line (checked) take in code. */
bool
stanza_does_covers(const char *codes, int code)
{
	char *copy = gen_strdup(codes), *save = NULL;
	bool in = false;
	int lo, hi;

	for (char *t = strtok_r(copy, " ", &save); t != NULL && !in; t = strtok_r(NULL, " ", &save))
		in = code_range(t, &lo, &hi) && lo <= code && code <= hi;
	free(copy);
	return in;
}

/* Each code a does line names is a status the table holds; a range holds one. */
static void
check_does_codes(const struct value *v, const char *codes)
{
	char *copy = gen_strdup(codes), *save = NULL;
	int lo, hi, n = 0;

	for (char *t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save), n++) {
		bool found = false;
		if (!code_range(t, &lo, &hi)) {
			gen_fail(v->line, "does code '%s' is not three digits or a range such as 500-599",
			    t);
			continue;
		}
		for (int c = lo; c <= hi && !found; c++)
			found = check_find_code(c) != NULL;
		if (!found)
			gen_fail(v->line, lo == hi ? "does code %s does not exist" :
			    "does range %s holds no code of the table", t);
	}
	if (n == 0)
		gen_fail(v->line, "does names no code");
	free(copy);
}

/* A software stanza: a name no other has, short enough for compare's
 * label column, a known kind, and what it does with which codes. */
static void
check_software(const struct record *r, size_t index)
{
	const struct value *name = &r->one[K_SOFTWARE], *kind = &r->one[K_SOFT_KIND];

	for (int f = 0; f < NKEYS; f++)
		if (key_needs[f] != SOFTWARE && key_needs[f] != SOFTWARE_MULTI &&
		    (r->one[f].text != NULL || r->nmany[f] > 0))
			gen_fail(r->line, "field '%s' does not belong in a software stanza", key_names[f]);
	check_texts(r);
	if (strlen(name->text) > SOFTWARE_NAME_MAX)
		gen_fail(name->line, "software name '%s' is longer than %d bytes", name->text,
		    SOFTWARE_NAME_MAX);
	if (kind->text == NULL)
		gen_fail(r->line, "missing field 'kind'");
	else if (gen_lookup(software_kinds, kind->text) < 0)
		gen_fail(kind->line, "kind '%s' is not browser, crawler, cache, client or grpc",
		    kind->text);
	if (r->nmany[K_DOES] == 0)
		gen_fail(r->line, "missing field 'does'");
	for (int k = 0; k < r->nmany[K_DOES]; k++) {
		const struct value *v = &r->many[K_DOES][k];
		struct does_parts d;
		const char *why = stanza_parse_does(v->text, &d);
		if (why != NULL)
			gen_fail(v->line, "does %s", why);
		else
			check_does_codes(v, d.codes);
		free(d.copy);
	}
	const char *before = index > 0 ? gen_software[index - 1].one[K_SOFT_KIND].text : NULL;
	if (kind->text != NULL && before != NULL && gen_lookup(software_kinds, before) >
	    gen_lookup(software_kinds, kind->text))
		gen_fail(r->line, "a %s stanza after a %s one: keep software stanzas in the order "
		    "browser, crawler, cache, client, grpc", kind->text, before);
	for (size_t i = 0; i < index; i++)
		if (strcmp(gen_software[i].one[K_SOFTWARE].text, name->text) == 0)
			gen_fail(name->line, "a second software stanza for '%s' (first on line %ld)",
			    name->text, gen_software[i].line);
}

/* The does lines that take in a status's code, in file order (which
 * check_software keeps by kind), into list (max of them); returns how
 * many.  A sub-status or an error number has none: its status's are
 * shown with the status. */
size_t
stanza_behaviours(const struct record *r, struct doing *list, size_t max)
{
	size_t found = 0;

	if (r->code < 0 || ID_IS_SUB(r->code) || ID_IS_ERROR(r->code))
		return 0;
	for (size_t i = 0, n = 0; i < gen_nsoftware; i++) {
		const struct record *sw = &gen_software[i];
		for (int k = 0; k < sw->nmany[K_DOES]; k++, n++) {
			struct does_parts d = { NULL, NULL, NULL, NULL };
			if (found < max && stanza_parse_does(sw->many[K_DOES][k].text, &d) == NULL &&
			    stanza_does_covers(d.codes, r->code))
				list[found++] = (struct doing){ i, k, n };
			free(d.copy);
		}
	}
	return found;
}

/* Takes "KIND[ KIND...][; note]" apart; returns NULL, or what is wrong. */
const char *
stanza_parse_sender(const char *value, struct sender_parts *sp)
{
	const char *p = value, *semi = strchr(value, ';');
	size_t end = semi != NULL ? (size_t)(semi - value) : strlen(value);
	char word[32];
	unsigned seen = 0;
	int n = 0;

	sp->kinds = 0;
	sp->note = semi != NULL ? semi + 1 + strspn(semi + 1, " ") : NULL;
	while (p < value + end) {
		size_t len = strcspn(p, " ;");
		int k;
		if (len == 0) {
			p++;
			continue;
		}
		snprintf(word, sizeof word, "%.*s", (int)len, p);
		if ((k = gen_lookup(senders, word)) < 0)
			return "names a sender that is not app, server, proxy, interceptor, cdn, "
			    "balancer, client or log";
		if (seen & 1u << k)
			return "names a sender twice";
		if (n == SENDERS_MAX)
			return "names more senders than a row holds (SENDERS_MAX, src/sizes.h)";
		seen |= 1u << k;
		sp->kinds |= (unsigned)(k + 1) << 4 * n++;
		p += len;
	}
	if (sp->kinds == 0)
		return "names no sender";
	if (sp->note != NULL && *sp->note == '\0')
		return "has an empty note after ';'";
	return NULL;
}

/* Checks the comparison rules, the situations of the choose guide, the
 * products stanzas, the software stanzas and the updated stanza, after
 * the code records they refer to. */
void
check_stanzas(void)
{
	if (gen_nrules > RULES_MAX)
		gen_fail(gen_rules[RULES_MAX].line, "more than %d comparison rules: raise RULES_MAX "
		    "in src/sizes.h", RULES_MAX);
	if (gen_nsoftware > SOFTWARE_MAX)
		gen_fail(gen_software[SOFTWARE_MAX].line, "more than %d software stanzas: raise "
		    "SOFTWARE_MAX in src/sizes.h", SOFTWARE_MAX);
	if (gen_nguide > CHOOSE_MAX)
		gen_fail(gen_guide[CHOOSE_MAX].line, "more than %d situations: raise CHOOSE_MAX in "
		    "src/sizes.h", CHOOSE_MAX);
	for (size_t i = 0; i < gen_nrules; i++)
		check_rule(&gen_rules[i], i);
	for (size_t i = 0; i < gen_nguide; i++)
		check_situation(&gen_guide[i], i);
	for (size_t i = 0; i < gen_nproducts; i++)
		check_product(&gen_products[i], i);
	for (size_t i = 0; i < gen_nsoftware; i++)
		check_software(&gen_software[i], i);
	for (size_t i = 0; i < gen_nrecs && gen_nsoftware > 0; i++) {
		struct doing list[DOINGS_MAX + 1];
		if (stanza_behaviours(&gen_recs[i], list, DOINGS_MAX + 1) > DOINGS_MAX)
			gen_fail(gen_recs[i].line, "more than %d does lines take in code %s: raise "
			    "DOINGS_MAX in src/gen/gen.h", DOINGS_MAX, gen_recs[i].one[K_CODE].text);
	}
	if (gen_about.line != 0)
		check_about(&gen_about);
}
