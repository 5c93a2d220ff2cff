/* Checking the code records: every field, and the order of the records. */

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gen.h"
#include "utf8.h"

int
gen_lookup(const char *const *set, const char *s)
{
	for (int i = 0; set[i] != NULL; i++)
		if (strcmp(set[i], s) == 0)
			return i;
	return -1;
}

/* The value of a string that all_digits has accepted. */
int
gen_number(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

bool
gen_all_digits(const char *s, size_t min, size_t max)
{
	size_t n = strspn(s, "0123456789");

	return s[n] == '\0' && n >= min && n <= max;
}

/* Printable ASCII or well-formed UTF-8; control bytes never reach the table. */
static bool
clean_text(const unsigned char *s)
{
	for (size_t n; *s != '\0'; s += n)
		if ((n = utf8_length(s)) == 0 || *s < 0x20 || *s == 0x7F)
			return false;
	return true;
}

static void
check_choice(const struct record *r, enum key f, const char *const *set)
{
	const struct value *v = &r->one[f];

	if (v->text != NULL && gen_lookup(set, v->text) < 0)
		gen_fail(v->line, "bad %s '%s'", key_names[f], v->text);
}

/* The id (ids.h) a code field names, or -1: 000, a number from 100 to 9999
 * with no leading zero, or an IIS sub-status of a code from 100 to 599,
 * such as 500.19. */
int
gen_parse_id(const char *s)
{
	const char *dot = strchr(s, '.');
	char parent[4];

	if (dot == NULL) {
		if (strcmp(s, "000") == 0)
			return 0;
		return s[0] != '0' && gen_all_digits(s, 3, 4) ? gen_number(s) : -1;
	}
	if (dot - s != 3 || s[0] < '1' || s[0] > '5' || !gen_all_digits(dot + 1, 1, 3) ||
	    (dot[1] == '0' && dot[2] != '\0'))
		return -1;
	memcpy(parent, s, 3);
	parent[3] = '\0';
	return gen_all_digits(parent, 3, 3) ? ID_SUB(gen_number(parent), gen_number(dot + 1)) : -1;
}

/* The category a record's id calls for; RFC 9110 section 15 calls every
 * code from 600 up invalid, and a sub-status is of its parent's class. */
static int
category_of(int id)
{
	if (id == 0)
		return gen_lookup(categories, "Not a Status Code");
	if (ID_IS_ERROR(id))
		return gen_lookup(categories, "Vendor Error");
	return ID_CODE(id) >= 600 ? gen_lookup(categories, "Invalid") : ID_CODE(id) / 100 - 1;
}

static void
check_code(struct record *r)
{
	const struct value *v = &r->one[K_CODE], *c = &r->one[K_CATEGORY];
	const struct value *module = &r->one[K_MODULE], *http = &r->one[K_HTTP_STATUS];

	r->code = gen_parse_id(v->text);
	if (r->code < 0) {
		gen_fail(v->line, "code '%s' is not 000, a number from 100 to 9999, or a "
		    "sub-status such as 500.19", v->text);
		return;
	}
	int cat = gen_lookup(categories, c->text);
	if (cat >= 0 && cat != category_of(r->code))
		gen_fail(c->line, "category '%s' does not match code %s", c->text, v->text);
	if (ID_IS_SUB(r->code) && module->text == NULL)
		gen_fail(r->line, "a sub-status needs a module: what sends it");
	if (!ID_IS_SUB(r->code) && module->text != NULL)
		gen_fail(module->line, "module given for a code that is no sub-status");
	if (!ID_IS_ERROR(r->code) && http->text != NULL)
		gen_fail(http->line, "http_status given for a code that is no vendor error number");
	if (http->text != NULL && (!gen_all_digits(http->text, 3, 3) || http->text[0] == '0'))
		gen_fail(http->line, "http_status '%s' is not a code from 100 to 999", http->text);
	if ((ID_IS_SUB(r->code) || ID_IS_ERROR(r->code)) && r->one[K_VENDOR].text == NULL)
		gen_fail(r->line, "a sub-status or vendor error number needs a vendor");
}

static bool
is_section(const char *s)
{
	return s[0] != '\0' && s[0] != '.' && strspn(s, "0123456789.") == strlen(s) &&
	    s[strlen(s) - 1] != '.';
}

static void
check_spec(const struct record *r)
{
	const struct value *rfc = &r->one[K_RFC], *sec = &r->one[K_SECTION];
	const struct value *url = &r->one[K_URL];

	if (rfc->text != NULL && url->text != NULL)
		gen_fail(url->line, "give either rfc and section or url, not both");
	else if (rfc->text == NULL && url->text == NULL)
		gen_fail(r->line, "missing field 'rfc' or 'url'");
	if ((rfc->text == NULL) != (sec->text == NULL))
		gen_fail(r->line, "'rfc' and 'section' go together");
	if (rfc->text != NULL && !gen_all_digits(rfc->text, 1, 5))
		gen_fail(rfc->line, "bad rfc '%s'", rfc->text);
	if (sec->text != NULL && !is_section(sec->text))
		gen_fail(sec->line, "bad section '%s'", sec->text);
	if (url->text != NULL && (strncmp(url->text, "https://", 8) != 0 ||
	    strcspn(url->text, " \"<>\\") != strlen(url->text)))
		gen_fail(url->line, "spec url '%s' is not an https URL", url->text);
}

static void
check_vendor(const struct record *r)
{
	const struct value *st = &r->one[K_STATUS], *vendor = &r->one[K_VENDOR];
	bool unofficial = strcmp(st->text, "unofficial") == 0;

	if (unofficial && vendor->text == NULL)
		gen_fail(st->line, "unofficial code needs a vendor");
	if (!unofficial && vendor->text != NULL)
		gen_fail(vendor->line, "vendor given for a %s code", st->text);
}

static void
check_flag(const struct record *r, enum key f, const char *only)
{
	const struct value *v = &r->one[f];

	if (v->text != NULL && strcmp(v->text, only) != 0)
		gen_fail(v->line, "bad %s '%s' (the only value is '%s')", key_names[f],
		    v->text, only);
}

static void
check_headers(const struct record *r)
{
	for (int i = 0; i < r->nmany[K_HEADER]; i++) {
		const struct value *v = &r->many[K_HEADER][i];
		size_t n = strspn(v->text, TCHARS);
		if (n == 0 || v->text[n] != ':' || v->text[n + 1] != ' ' ||
		    v->text[n + 2] == '\0')
			gen_fail(v->line, "header '%s' is not 'Name: value'", v->text);
	}
}

/* Copies the next name of a checked comma-separated list; false at its end. */
bool
gen_next_name(const char **list, char *name, size_t size)
{
	const char *p = *list + strspn(*list, " ,");
	size_t len = strcspn(p, " ,");

	if (len == 0)
		return false;
	if (len >= size)
		len = size - 1;
	memcpy(name, p, len);
	name[len] = '\0';
	*list = p + len;
	return true;
}

static bool
names_ok(const char *list)
{
	for (const char *f = list;; f++) {
		f += strspn(f, " ");
		size_t len = strspn(f, TCHARS);
		f += len + strspn(f + len, " ");
		if (len == 0 || (*f != ',' && *f != '\0'))
			return false;
		if (*f == '\0')
			return true;
	}
}

/* The longest level that starts text and is followed by a space, or -1. */
static int
level_of(const char *text)
{
	int best = -1;

	for (int i = 0; levels[i] != NULL; i++) {
		size_t n = strlen(levels[i]);
		if (strncmp(text, levels[i], n) == 0 && text[n] == ' ' &&
		    (best < 0 || n > strlen(levels[best])))
			best = i;
	}
	return best;
}

/* The note after its "KIND:", with *kind set, or NULL for no known KIND:
 * an editor says what a note is rather than the check guessing it from
 * the note's words. */
static char *
note_kind(char *note, int *kind)
{
	for (int i = 0; note_kinds[i] != NULL; i++) {
		size_t n = strlen(note_kinds[i]);
		if (strncmp(note, note_kinds[i], n) == 0 && note[n] == ':') {
			*kind = i;
			return gen_trim(note + n + 1);
		}
	}
	return NULL;
}

/* Takes a "require" value apart; returns what is wrong with it, or NULL. */
const char *
gen_parse_require(const char *text, struct require *q)
{
	char *p, *semi;

	memset(q, 0, sizeof *q);
	q->copy = p = gen_strdup(text);
	if ((q->level = level_of(p)) < 0)
		return "does not start with MUST, MUST NOT, SHOULD, SHOULD NOT, MAY or expected";
	p += strlen(levels[q->level]) + 1;
	if ((semi = strchr(p, ';')) == NULL)
		return "needs '; RFC number section' after the field names";
	*semi = '\0';
	q->fields = gen_trim(p);
	p = gen_trim(semi + 1);
	if ((semi = strchr(p, ';')) != NULL) {
		*semi = '\0';
		q->note = gen_trim(semi + 1);
		p = gen_trim(p);
	}
	if (!names_ok(q->fields))
		return "has a bad header field name";
	if (q->note != NULL && (q->note = note_kind(q->note, &q->note_kind)) == NULL)
		return "needs 'detail:', 'condition:' or 'unseen:' before its note";
	if (q->note != NULL && *q->note == '\0')
		return "has an empty note";
	if (strncmp(p, "RFC ", 4) != 0 || (q->section = strchr(p + 4, ' ')) == NULL)
		return "needs 'RFC number section' after the field names";
	*q->section++ = '\0';
	q->rfc = p + 4;
	if (!gen_all_digits(q->rfc, 1, 5) || !is_section(q->section))
		return "has a bad RFC number or section";
	return NULL;
}

/* Takes a "message" value apart; returns what is wrong with it, or NULL. */
const char *
gen_parse_message(const char *value, struct message_parts *m)
{
	char *open, *colon;
	size_t len;

	memset(m, 0, sizeof *m);
	m->copy = gen_strdup(value);
	len = strlen(m->copy);
	if (len == 0 || m->copy[len - 1] != ']' || (open = strrchr(m->copy, '[')) == NULL)
		return "needs '[program: where it was checked]' at its end";
	m->copy[len - 1] = '\0';
	*open = '\0';
	m->text = gen_trim(m->copy);
	if ((colon = strstr(open + 1, ": ")) == NULL)
		return "needs '[program: where it was checked]' at its end";
	*colon = '\0';
	m->program = gen_trim(open + 1);
	m->where = gen_trim(colon + 2);
	if (m->text[0] == '\0' || m->program[0] == '\0' || m->where[0] == '\0')
		return "has an empty text, program or source";
	return NULL;
}

/* Takes a "fix" value apart: "FIELD; LINE [SERVER: WHERE]", the field a
 * finding names and the line of the server's configuration that adds it,
 * as the server's manual gives it.  *field points into m->copy. */
const char *
gen_parse_fix(const char *value, struct fix_parts *f)
{
	const char *semi = strchr(value, ';');
	const char *why = gen_parse_message(semi != NULL ? semi + 1 : "", &f->m);

	f->copy = gen_strdup(value);
	f->copy[semi != NULL ? semi - value : 0] = '\0';
	f->field = gen_trim(f->copy);
	if (semi == NULL || *f->field == '\0')
		return "needs 'FIELD; ' before the line";
	return why;
}

/* Whether two messages are the same program's same text, whatever their
 * sources. */
static bool
same_message(const char *a, const char *b)
{
	struct message_parts x, y;
	const char *bad_a = gen_parse_message(a, &x), *bad_b = gen_parse_message(b, &y);
	bool same = bad_a == NULL && bad_b == NULL && strcmp(x.text, y.text) == 0 &&
	    strcmp(x.program, y.program) == 0;

	free(x.copy);
	free(y.copy);
	return same;
}

/* Each message names its program and source, and is given once. */
/* Whether a require line of r names the field. */
static bool
requires_field(const struct record *r, const char *field)
{
	char name[64];
	bool found = false;

	for (int k = 0; k < r->nmany[K_REQUIRE] && !found; k++) {
		struct require q;
		if (gen_parse_require(r->many[K_REQUIRE][k].text, &q) == NULL)
			for (const char *list = q.fields; gen_next_name(&list, name, sizeof name);)
				found |= strcasecmp(name, field) == 0;
		free(q.copy);
	}
	return found;
}

/* Whether a products stanza names owner, as a vendor rather than a module. */
static bool
vendor_of_products(const char *owner)
{
	bool module;

	for (size_t i = 0; i < gen_nproducts; i++) {
		const char *o = stanza_product_owner(&gen_products[i], &module);
		if (o != NULL && !module && strcmp(o, owner) == 0)
			return true;
	}
	return false;
}

/* A fix adds a field that the record requires, in a server that a
 * products stanza names as a vendor, once per field and server. */
static void
check_fixes(const struct record *r)
{
	for (int i = 0; i < r->nmany[K_FIX]; i++) {
		const struct value *v = &r->many[K_FIX][i];
		struct fix_parts f;
		const char *why = gen_parse_fix(v->text, &f);
		if (why != NULL)
			gen_fail(v->line, "fix '%s' %s", v->text, why);
		else if (!requires_field(r, f.field))
			gen_fail(v->line, "fix for %s, which no require line of the record names",
			    f.field);
		else if (!vendor_of_products(f.m.program))
			gen_fail(v->line, "fix for '%s', which no products stanza names as a vendor",
			    f.m.program);
		for (int k = 0; k < i && why == NULL; k++) {
			struct fix_parts g;
			if (gen_parse_fix(r->many[K_FIX][k].text, &g) == NULL &&
			    strcasecmp(g.field, f.field) == 0 && strcmp(g.m.program, f.m.program) == 0)
				gen_fail(v->line, "a second fix for %s in %s (first on line %ld)", f.field,
				    f.m.program, r->many[K_FIX][k].line);
			free(g.copy);
			free(g.m.copy);
		}
		free(f.copy);
		free(f.m.copy);
	}
}

static void
check_messages(const struct record *r)
{
	for (int i = 0; i < r->nmany[K_MESSAGE]; i++) {
		const struct value *v = &r->many[K_MESSAGE][i];
		struct message_parts m;
		const char *why = gen_parse_message(v->text, &m);
		if (why != NULL)
			gen_fail(v->line, "message '%s' %s", v->text, why);
		for (int k = 0; k < i && why == NULL; k++)
			if (same_message(r->many[K_MESSAGE][k].text, v->text))
				gen_fail(v->line, "message given twice (first on line %ld)",
				    r->many[K_MESSAGE][k].line);
		free(m.copy);
	}
}

/* Whether a field line starts some line of the example after the first. */
static bool
in_example(const char *ex, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = ex; (p = strstr(p, "\r\n")) != NULL; p += 2)
		if (strncasecmp(p + 2, name, n) == 0 && p[2 + n] == ':')
			return true;
	return false;
}

/* The example shows what the spec always asks for and nothing it forbids. */
static void
check_example(const char *ex, const struct require *q, const char *name, long line)
{
	bool shown = ex != NULL && in_example(ex, name), unsent = ex == NULL;

	if ((q->level == LEVEL_MUST_NOT || q->level == LEVEL_SHOULD_NOT) && shown)
		gen_fail(line, "the example response carries %s, which it %s", name, levels[q->level]);
	else if (q->level != LEVEL_MUST_NOT && q->level != LEVEL_SHOULD_NOT &&
	    q->level != LEVEL_MAY && q->note_kind == NOTE_DETAIL && !shown && !unsent)
		gen_fail(line, "the example response lacks %s (%s): add a 'header' line", name,
		    levels[q->level]);
}

static void
check_requires(const struct record *r)
{
	char seen[MAX_MULTI * 8][64], name[64], *ex = example_render(r);
	int nseen = 0;

	for (int i = 0; i < r->nmany[K_REQUIRE]; i++) {
		const struct value *v = &r->many[K_REQUIRE][i];
		struct require q;
		const char *why = gen_parse_require(v->text, &q);
		if (why != NULL)
			gen_fail(v->line, "require '%s' %s", v->text, why);
		for (const char *list = q.fields; why == NULL && gen_next_name(&list, name, sizeof name);) {
			bool twice = false;
			for (int k = 0; k < nseen; k++)
				twice |= strcasecmp(seen[k], name) == 0;
			if (twice)
				gen_fail(v->line, "header field '%s' is required twice", name);
			else if (nseen < MAX_MULTI * 8)
				memcpy(seen[nseen++], name, sizeof name);
			check_example(ex, &q, name, v->line);
		}
		free(q.copy);
	}
	free(ex);
}

/* A library constant is an identifier; Node.js gives a message instead. */
static void
check_constants(const struct record *r)
{
	for (int f = K_FIRST_LIB; f < NKEYS; f++) {
		const char *c = r->one[f].text;
		if (c != NULL && f != K_LIB_NODE && (c[0] == '\0' ||
		    strspn(c, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") !=
		    strlen(c)))
			gen_fail(r->one[f].line, "%s constant '%s' is not an identifier", key_names[f], c);
	}
}

/* Whether the ", "-separated list holds word as a whole item before offset before. */
static bool
lists_keyword(const char *list, const char *word, size_t before)
{
	size_t n = strlen(word);

	for (const char *p = list; (p = strstr(p, word)) != NULL && (size_t)(p - list) < before;
	    p += n)
		if ((p == list || (p - list >= 2 && p[-1] == ' ' && p[-2] == ',')) &&
		    (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

/* Keywords (or a products stanza's names) are lower-case phrases, each
 * once, between ", ". */
void
check_keywords(const struct value *v, const char *what)
{
	char *copy = gen_strdup(v->text), *save = NULL;
	size_t n = 0;

	if (strspn(v->text, "abcdefghijklmnopqrstuvwxyz0123456789 -/'.,") != strlen(v->text))
		gen_fail(v->line, "%s hold only lower-case letters, digits, spaces and - / ' .", what);
	for (char *t = strtok_r(copy, ",", &save); t != NULL; t = strtok_r(NULL, ",", &save)) {
		if (t != copy && *t++ != ' ')
			gen_fail(v->line, "%s are separated by ', '", what);
		if (*t == '\0' || *t == ' ' || t[strlen(t) - 1] == ' ')
			gen_fail(v->line, "empty keyword or stray space in '%s'", t);
		else if (lists_keyword(v->text, t, (size_t)(t - copy)))
			gen_fail(v->line, "keyword '%s' given twice", t);
		n++;
	}
	if (n == 0 || v->text[strlen(v->text) - 1] == ',' || strstr(v->text, ",,") != NULL)
		gen_fail(v->line, "empty keyword in '%s'", v->text);
	free(copy);
}

void
check_texts(const struct record *r)
{
	for (int f = 0; f < NKEYS; f++) {
		if (r->one[f].text != NULL && !clean_text((unsigned char *)r->one[f].text))
			gen_fail(r->one[f].line, "control byte or bad UTF-8 in '%s'", key_names[f]);
		if (r->one[f].text != NULL && r->one[f].text[0] == '\0')
			gen_fail(r->one[f].line, "empty '%s'", key_names[f]);
		if (r->one[f].text != NULL && strlen(r->one[f].text) >= TEXT_MAX)
			gen_fail(r->one[f].line, "'%s' is longer than %d bytes: raise TEXT_MAX in "
			    "src/sizes.h", key_names[f], TEXT_MAX - 1);
		for (int i = 0; i < r->nmany[f]; i++)
			if (!clean_text((unsigned char *)r->many[f][i].text) ||
			    r->many[f][i].text[0] == '\0')
				gen_fail(r->many[f][i].line, "empty value, control byte or bad UTF-8 in '%s'",
				    key_names[f]);
	}
}

/* Returns false when a required field is missing; the other checks need them all. */
static bool
check_required(const struct record *r)
{
	bool ok = true;

	for (int f = 0; f < NKEYS; f++)
		if (key_needs[f] == REQUIRED && r->one[f].text == NULL) {
			gen_fail(r->line, "missing field '%s'", key_names[f]);
			ok = false;
		}
	return ok;
}

/* The body a code's example carries, and caching that fits whether a
 * response is sent at all. */
static void
check_body(const struct record *r)
{
	const struct value *body = &r->one[K_BODY], *cache = &r->one[K_CACHEABLE];
	bool sent = r->one[K_SENT].text == NULL;

	check_choice(r, K_BODY, (const char *const[]){ "json", "problem", "html", "error", NULL });
	if (body->text != NULL && (r->one[K_CONTENT].text != NULL || !sent))
		gen_fail(body->line, "body given for a code whose response carries none");
	if (body->text != NULL && strcmp(body->text, "html") == 0 &&
	    strpbrk(r->one[K_NAME].text, "<>&") != NULL)
		gen_fail(body->line, "an html body needs a name without < > &");
	if (cache->text != NULL && (strcmp(cache->text, "n/a") == 0) == sent)
		gen_fail(cache->line, sent ? "cacheable n/a is only for codes with 'sent: no'" :
		    "a code with 'sent: no' is cacheable n/a: no response is sent");
}

/* Who sends the code: known senders, each once.  Every status says; a
 * sub-status or an error number is its vendor's, as the entry says. */
static void
check_sender(const struct record *r)
{
	const struct value *v = &r->one[K_SENDER];
	struct sender_parts sp;
	const char *why;

	if (v->text == NULL) {
		if (r->code >= 0 && !ID_IS_SUB(r->code) && !ID_IS_ERROR(r->code))
			gen_fail(r->line, "missing field 'sender'");
		return;
	}
	if (r->code >= 0 && (ID_IS_SUB(r->code) || ID_IS_ERROR(r->code)))
		gen_fail(v->line, "sender is for a status; a sub-status or an error number is its "
		    "vendor's");
	else if ((why = stanza_parse_sender(v->text, &sp)) != NULL)
		gen_fail(v->line, "sender %s", why);
}

static void
check_record(struct record *r)
{
	r->code = -1;
	for (int f = 0; f < NKEYS; f++)
		if ((key_needs[f] == RULE || key_needs[f] == GUIDE || key_needs[f] == PRODUCT ||
		    key_needs[f] == SOFTWARE || key_needs[f] == SOFTWARE_MULTI) &&
		    (r->one[f].text != NULL || r->nmany[f] > 0))
			gen_fail(r->one[f].text != NULL ? r->one[f].line : r->many[f][0].line,
			    "'%s' needs a '%s' field before it", key_names[f],
			    key_needs[f] == RULE ? "compare" : key_needs[f] == GUIDE ? "choose" :
			    key_needs[f] == PRODUCT ? "products" : "software");
	if (!check_required(r))
		return;
	check_texts(r);
	check_choice(r, K_CATEGORY, categories);
	check_choice(r, K_STATUS, states);
	check_choice(r, K_POPULARITY, popularities);
	check_choice(r, K_RECOMMENDED, (const char *const[]){ "no", "yes", NULL });
	check_choice(r, K_DEPRECATED, (const char *const[]){ "no", "yes", NULL });
	check_choice(r, K_CACHEABLE, cachings);
	check_choice(r, K_RETRY, retries);
	check_flag(r, K_CONTENT, "none");
	check_flag(r, K_SENT, "no");
	check_body(r);
	check_code(r);
	check_sender(r);
	check_spec(r);
	check_vendor(r);
	check_headers(r);
	check_requires(r);
	check_messages(r);
	check_fixes(r);
	check_constants(r);
	check_keywords(&r->one[K_KEYWORDS], "keywords");
}

const struct record *
check_find_code(int code)
{
	for (size_t i = 0; i < gen_nrecs; i++)
		if (gen_recs[i].code == code)
			return &gen_recs[i];
	return NULL;
}

static bool
same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Order: by id; within an id the official meaning first; no two alike (two
 * vendors or two modules may give one number a meaning each; one vendor may
 * give an error number or a sub-status two meanings under two names, as
 * Cloudflare's 1002 and the ASP.NET Core Module's 500.0). */
static void
check_order(const struct record *prev, const struct record *r)
{
	if (prev->code < 0 || r->code < 0 || prev->code != r->code) {
		if (prev->code > r->code && r->code >= 0)
			gen_fail(r->line, "code %s comes after %s: keep records in code order",
			    r->one[K_CODE].text, prev->one[K_CODE].text);
		return;
	}
	const char *a = prev->one[K_VENDOR].text, *b = r->one[K_VENDOR].text;
	if (same_text(a, b) && same_text(prev->one[K_MODULE].text, r->one[K_MODULE].text) &&
	    (r->code < ID_ERROR_MIN || same_text(prev->one[K_NAME].text, r->one[K_NAME].text)))
		gen_fail(r->line, "duplicate record for code %s%s%s (first on line %ld)",
		    r->one[K_CODE].text, b != NULL ? " from " : "", b != NULL ? b : "", prev->line);
	else if (b == NULL)
		gen_fail(r->line, "official meaning of %s must come before vendor meanings",
		    r->one[K_CODE].text);
}

/* A code a record refers to: a status or error number the table holds. */
static void
check_reference(const struct value *v, const char *t, int self)
{
	int id = gen_parse_id(t);

	if (id <= 0 || ID_IS_SUB(id))
		gen_fail(v->line, "related code '%s' is not a code from 100 to 9999", t);
	else if (id == self)
		gen_fail(v->line, "code %s lists itself as related", t);
	else if (check_find_code(id) == NULL)
		gen_fail(v->line, "related code %s does not exist", t);
}

/* Takes "CODE [SOURCE]" apart: the status an error number is seen with,
 * and where that was seen.  Returns NULL, or what is wrong; source points
 * into a copy the caller frees. */
const char *
gen_parse_observed(const char *value, int *status, char **source)
{
	size_t n = strlen(value);

	*source = NULL;
	if (n < 7 || !(value[0] >= '1' && value[0] <= '5') || strspn(value, "0123456789") != 3 ||
	    value[3] != ' ' || value[4] != '[' || value[n - 1] != ']')
		return "is not 'CODE [SOURCE]', a status from 100 to 599 and where it was seen";
	*status = gen_number(value);
	*source = gen_strdup(value + 5);
	(*source)[n - 6] = '\0';
	return NULL;
}

/* An observed status is for an error number whose vendor documents none,
 * and names a status the table holds. */
static void
check_observed(const struct record *r)
{
	const struct value *v = &r->one[K_OBSERVED];
	char *source = NULL;
	int status;
	const char *why;

	if (v->text == NULL)
		return;
	if (!ID_IS_ERROR(r->code) || r->one[K_HTTP_STATUS].text != NULL)
		gen_fail(v->line, "observed is for an error number whose vendor documents no "
		    "http_status");
	else if ((why = gen_parse_observed(v->text, &status, &source)) != NULL)
		gen_fail(v->line, "observed %s", why);
	else if (check_find_code(status) == NULL)
		gen_fail(v->line, "observed status %d does not exist", status);
	free(source);
}

static void
check_related(const struct record *r)
{
	const struct value *v = &r->one[K_RELATED];
	char *copy = gen_strdup(v->text), *save = NULL;

	for (char *t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save))
		check_reference(v, t, r->code);
	free(copy);
	/* the status a sub-status or an error number arrives with */
	const struct value *http = &r->one[K_HTTP_STATUS];
	if (ID_IS_SUB(r->code) && check_find_code(ID_CODE(r->code)) == NULL)
		gen_fail(r->line, "sub-status %s of code %d, which the table does not hold",
		    r->one[K_CODE].text, ID_CODE(r->code));
	if (http->text != NULL && gen_all_digits(http->text, 3, 3) &&
	    check_find_code(gen_number(http->text)) == NULL)
		gen_fail(http->line, "http_status %s does not exist", http->text);
	check_observed(r);
}

/* Checks every code record, their order, and their related codes. */
void
check_records(void)
{
	if (gen_nrecs == 0)
		gen_fail(1, "no records");
	if (gen_nrecs > QUERY_MAX)
		gen_fail(gen_recs[QUERY_MAX].line, "more than %d records: raise QUERY_MAX in "
		    "src/sizes.h", QUERY_MAX);
	for (size_t i = 0; i < gen_nrecs; i++)
		check_record(&gen_recs[i]);
	for (size_t i = 1; i < gen_nrecs; i++)
		check_order(&gen_recs[i - 1], &gen_recs[i]);
	for (size_t i = 0; i < gen_nrecs; i++)
		if (gen_recs[i].code >= 0)
			check_related(&gen_recs[i]);
}
