/* Build-time generator: validates the data file and writes the status table as C. */

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "enums.def"
#include "genindex.h"
#include "names.h"

#define MAX_MULTI 16 /* most aliases or headers one record may have */

/* RULE fields make up the comparison rules and GUIDE fields the "choose"
 * situations, the two other stanza kinds.  OPTIONAL is zero: the library
 * fields, left out of field_needs[], are. */
enum need { OPTIONAL, REQUIRED, MULTI, RULE, GUIDE };

/* Every field of a record; the order here is the order of fields[] below. */
#define FIELDS(X) \
	X(F_CODE, "code", REQUIRED) \
	X(F_NAME, "name", REQUIRED) \
	X(F_ALIAS, "alias", MULTI) \
	X(F_CATEGORY, "category", REQUIRED) \
	X(F_STATUS, "status", REQUIRED) \
	X(F_VENDOR, "vendor", OPTIONAL) \
	X(F_RFC, "rfc", OPTIONAL) \
	X(F_SECTION, "section", OPTIONAL) \
	X(F_URL, "url", OPTIONAL) \
	X(F_POPULARITY, "popularity", REQUIRED) \
	X(F_RECOMMENDED, "recommended", REQUIRED) \
	X(F_DEPRECATED, "deprecated", REQUIRED) \
	X(F_CACHEABLE, "cacheable", REQUIRED) \
	X(F_RETRY, "retry", REQUIRED) \
	X(F_CONTENT, "content", OPTIONAL) \
	X(F_SENT, "sent", OPTIONAL) \
	X(F_BODY, "body", OPTIONAL) \
	X(F_HEADER, "header", MULTI) \
	X(F_REQUIRE, "require", MULTI) \
	X(F_KEYWORDS, "keywords", REQUIRED) \
	X(F_DESCRIPTION, "description", REQUIRED) \
	X(F_USE_CASE, "use_case", REQUIRED) \
	X(F_NOTES, "notes", REQUIRED) \
	X(F_RELATED, "related", REQUIRED) \
	X(F_COMPARE, "compare", RULE) \
	X(F_RULE, "rule", RULE) \
	X(F_CHOOSE, "choose", GUIDE) \
	X(F_TOPIC, "topic", GUIDE) \
	X(F_ASK, "ask", GUIDE) \
	X(F_ANSWER, "answer", GUIDE) \
	X(F_REASON, "reason", GUIDE) \
	X(F_VERSUS, "versus", GUIDE)

#define AS_ENUM(e, s, n) e,
#define AS_NAME(e, s, n) s,
#define AS_NEED(e, s, n) n,
#define AS_STRING(e, s) s,
#define AS_LIB_ENUM(e, s) F_##e,
/* The library constants are optional fields after the others. */
enum field { FIELDS(AS_ENUM) LIBRARIES(AS_LIB_ENUM) NFIELDS };
static const char *const field_names[] = { FIELDS(AS_NAME) LIBRARIES(AS_STRING) };
static const enum need field_needs[NFIELDS] = { FIELDS(AS_NEED) };
#define F_FIRST_LIB F_LIB_PYTHON
static const char *const categories[] = { CATEGORIES(AS_STRING) NULL };
static const char *const states[] = { STATES(AS_STRING) NULL };
static const char *const popularities[] = { POPULARITIES(AS_STRING) NULL };
static const char *const cachings[] = { CACHING(AS_STRING) NULL };
static const char *const retries[] = { RETRIES(AS_STRING) NULL };
#define AS_LEVEL_ENUM(e, s) e,
enum level { LEVELS(AS_LEVEL_ENUM) };
static const char *const levels[] = { LEVELS(AS_STRING) NULL };

/* The characters of an HTTP field name (RFC 9110 section 5.6.2, tchar). */
#define TCHARS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" \
	"!#$%&'*+-.^_`|~"

/* A "require" value taken apart: "LEVEL Field, Field; RFC n section[; note]".
 * The strings point into a copy the caller frees. */
struct require {
	char *copy;
	char *fields; /* comma-separated */
	char *rfc, *section, *note;
	int level;
};

struct value {
	char *text; /* owned, continuation lines joined with one space */
	long line;
};

struct record {
	struct value one[NFIELDS];          /* REQUIRED and OPTIONAL fields */
	struct value many[NFIELDS][MAX_MULTI]; /* MULTI fields */
	int nmany[NFIELDS];
	long line; /* where the record starts */
	int code;
};

static const char *path;   /* the data file, for messages */
static int errors;
static struct record *recs;      /* code records, in file order */
static size_t nrecs, caprecs;
static struct record *rules;     /* "compare" stanzas, in file order */
static size_t nrules;
static struct record *guide;     /* "choose" stanzas, in file order */
static size_t nguide;

static void
fail(long line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%ld: ", path, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	errors++;
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (p == NULL) {
		perror("gen");
		exit(2);
	}
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

/* Reads the whole file; a NUL byte is kept so that the parser can report it. */
static char *
slurp(const char *name, size_t *len)
{
	FILE *f = fopen(name, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0;

	if (f == NULL) {
		fprintf(stderr, "gen: %s: %s\n", name, strerror(errno));
		exit(2);
	}
	for (;;) {
		if (n + 4096 + 1 > cap)
			buf = xrealloc(buf, cap = 2 * cap + 4096 + 1);
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "gen: %s: read error\n", name);
		exit(2);
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static bool
is_blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

static char *
trim(char *s)
{
	size_t n;

	s += strspn(s, " \t");
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

static int
field_index(const char *key)
{
	for (int i = 0; i < NFIELDS; i++)
		if (strcmp(field_names[i], key) == 0)
			return i;
	return -1;
}

static struct record *
new_record(long line)
{
	if (nrecs == caprecs)
		recs = xrealloc(recs, (caprecs = 2 * caprecs + 64) * sizeof *recs);
	memset(&recs[nrecs], 0, sizeof recs[nrecs]);
	recs[nrecs].line = line;
	return &recs[nrecs++];
}

/* Stores "key: value" into rec and returns the value to which continuation
 * lines are appended, or NULL after reporting why the line is wrong. */
static struct value *
add_field(struct record *rec, char *text, long line)
{
	char *colon = strchr(text, ':');
	int f;

	if (colon == NULL) {
		fail(line, "expected 'key: value'");
		return NULL;
	}
	*colon = '\0';
	if ((f = field_index(text)) < 0) {
		fail(line, "unknown field '%s'", text);
		return NULL;
	}
	struct value *v = &rec->one[f];
	if (field_needs[f] == MULTI) {
		if (rec->nmany[f] == MAX_MULTI) {
			fail(line, "more than %d '%s' fields", MAX_MULTI, text);
			return NULL;
		}
		v = &rec->many[f][rec->nmany[f]++];
	} else if (v->text != NULL) {
		fail(line, "field '%s' given twice (first on line %ld)", text, v->line);
		return NULL;
	}
	v->text = xstrdup(trim(colon + 1));
	v->line = line;
	return v;
}

static void
append(struct value *v, const char *more)
{
	size_t a = strlen(v->text), b = strlen(more);

	v->text = xrealloc(v->text, a + b + 2);
	v->text[a] = ' ';
	memcpy(v->text + a + 1, more, b + 1);
}

/* Splits the buffer into lines (LF or CRLF) and fills recs[]. */
static void
parse(char *buf, size_t len)
{
	struct record *rec = NULL;
	struct value *last = NULL;
	char *p = buf, *end = buf + len;
	long line = 0;

	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *eol = nl != NULL ? nl : end;
		line++;
		if (memchr(p, '\0', (size_t)(eol - p)) != NULL) {
			fail(line, "NUL byte in line");
			rec = NULL, last = NULL;
			p = eol + 1;
			continue;
		}
		*eol = '\0';
		if (eol > p && eol[-1] == '\r')
			eol[-1] = '\0';
		if (*p == '#') {
			/* comments neither end a record nor break a field */
		} else if (is_blank(p)) {
			rec = NULL, last = NULL;
		} else if (*p == ' ' || *p == '\t') {
			if (last == NULL)
				fail(line, "continuation line without a field before it");
			else
				append(last, trim(p));
		} else {
			if (rec == NULL)
				rec = new_record(line);
			last = add_field(rec, p, line);
		}
		p = eol + 1;
	}
}

static int
lookup(const char *const *set, const char *s)
{
	for (int i = 0; set[i] != NULL; i++)
		if (strcmp(set[i], s) == 0)
			return i;
	return -1;
}

/* The value of a string that all_digits has accepted. */
static int
digits_value(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

static bool
all_digits(const char *s, size_t min, size_t max)
{
	size_t n = strspn(s, "0123456789");

	return s[n] == '\0' && n >= min && n <= max;
}

/* Printable ASCII or well-formed UTF-8; control bytes never reach the table. */
static bool
clean_text(const unsigned char *s)
{
	while (*s != '\0') {
		int extra = *s < 0x80 ? 0 : (*s & 0xE0) == 0xC0 ? 1 :
		    (*s & 0xF0) == 0xE0 ? 2 : (*s & 0xF8) == 0xF0 ? 3 : -1;
		if (extra < 0 || (*s < 0x80 && (*s < 0x20 || *s == 0x7F)))
			return false;
		if (extra == 1 && *s < 0xC2)
			return false;
		s++;
		for (; extra > 0; extra--, s++)
			if ((*s & 0xC0) != 0x80)
				return false;
	}
	return true;
}

static void
check_choice(const struct record *r, enum field f, const char *const *set)
{
	const struct value *v = &r->one[f];

	if (v->text != NULL && lookup(set, v->text) < 0)
		fail(v->line, "bad %s '%s'", field_names[f], v->text);
}

static void
check_code(struct record *r)
{
	const struct value *v = &r->one[F_CODE];

	r->code = -1;
	if (!all_digits(v->text, 3, 3) || v->text[0] == '0') {
		fail(v->line, "code '%s' is not a number from 100 to 999", v->text);
		return;
	}
	r->code = digits_value(v->text);
	const struct value *c = &r->one[F_CATEGORY];
	int cat = lookup(categories, c->text);
	if (cat >= 0 && cat + 1 != r->code / 100)
		fail(c->line, "category '%s' does not match code %d", c->text, r->code);
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
	const struct value *rfc = &r->one[F_RFC], *sec = &r->one[F_SECTION];
	const struct value *url = &r->one[F_URL];

	if (rfc->text != NULL && url->text != NULL)
		fail(url->line, "give either rfc and section or url, not both");
	else if (rfc->text == NULL && url->text == NULL)
		fail(r->line, "missing field 'rfc' or 'url'");
	if ((rfc->text == NULL) != (sec->text == NULL))
		fail(r->line, "'rfc' and 'section' go together");
	if (rfc->text != NULL && !all_digits(rfc->text, 1, 5))
		fail(rfc->line, "bad rfc '%s'", rfc->text);
	if (sec->text != NULL && !is_section(sec->text))
		fail(sec->line, "bad section '%s'", sec->text);
	if (url->text != NULL && (strncmp(url->text, "https://", 8) != 0 ||
	    strcspn(url->text, " \"<>\\") != strlen(url->text)))
		fail(url->line, "spec url '%s' is not an https URL", url->text);
}

static void
check_vendor(const struct record *r)
{
	const struct value *st = &r->one[F_STATUS], *vendor = &r->one[F_VENDOR];
	bool unofficial = strcmp(st->text, "unofficial") == 0;

	if (unofficial && vendor->text == NULL)
		fail(st->line, "unofficial code needs a vendor");
	if (!unofficial && vendor->text != NULL)
		fail(vendor->line, "vendor given for a %s code", st->text);
}

static void
check_flag(const struct record *r, enum field f, const char *only)
{
	const struct value *v = &r->one[f];

	if (v->text != NULL && strcmp(v->text, only) != 0)
		fail(v->line, "bad %s '%s' (the only value is '%s')", field_names[f],
		    v->text, only);
}

static void
check_headers(const struct record *r)
{
	for (int i = 0; i < r->nmany[F_HEADER]; i++) {
		const struct value *v = &r->many[F_HEADER][i];
		size_t n = strspn(v->text, TCHARS);
		if (n == 0 || v->text[n] != ':' || v->text[n + 1] != ' ' ||
		    v->text[n + 2] == '\0')
			fail(v->line, "header '%s' is not 'Name: value'", v->text);
	}
}

/* Copies the next name of a checked comma-separated list; false at its end. */
static bool
next_name(const char **list, char *name, size_t size)
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

/* Takes a "require" value apart; returns what is wrong with it, or NULL. */
static const char *
parse_require(const char *text, struct require *q)
{
	char *p, *semi;

	memset(q, 0, sizeof *q);
	q->copy = p = xstrdup(text);
	if ((q->level = level_of(p)) < 0)
		return "does not start with MUST, MUST NOT, SHOULD, MAY or expected";
	p += strlen(levels[q->level]) + 1;
	if ((semi = strchr(p, ';')) == NULL)
		return "needs '; RFC number section' after the field names";
	*semi = '\0';
	q->fields = trim(p);
	p = trim(semi + 1);
	if ((semi = strchr(p, ';')) != NULL) {
		*semi = '\0';
		q->note = trim(semi + 1);
		p = trim(p);
	}
	if (!names_ok(q->fields))
		return "has a bad header field name";
	if (q->note != NULL && *q->note == '\0')
		return "has an empty note";
	if (strncmp(p, "RFC ", 4) != 0 || (q->section = strchr(p + 4, ' ')) == NULL)
		return "needs 'RFC number section' after the field names";
	*q->section++ = '\0';
	q->rfc = p + 4;
	if (!all_digits(q->rfc, 1, 5) || !is_section(q->section))
		return "has a bad RFC number or section";
	return NULL;
}

/* A fixed date keeps the examples byte-for-byte reproducible. */
#define EXAMPLE_DATE "Thu, 01 Jan 2026 00:00:00 GMT"
#define EXAMPLE_MAX 4096

/* Appends to an example; false once it would not fit. */
static bool
add(char *buf, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (*len + n >= EXAMPLE_MAX)
		return false;
	memcpy(buf + *len, s, n + 1);
	*len += n;
	return true;
}

/* The content of the example: errors get an RFC 9457 problem document
 * ("about:blank" makes the title the status name), success a small JSON
 * resource, the rest none.  Returns its media type, or NULL for none. */
static bool
yes(const struct record *r, enum field f, const char *word)
{
	return r->one[f].text != NULL && strcmp(r->one[f].text, word) == 0;
}

static const char *
example_body(const struct record *r, char *body, size_t size)
{
	const char *name = r->one[F_NAME].text;
	size_t n = 0;

	body[0] = '\0';
	if (r->one[F_CONTENT].text != NULL || r->code < 200 || r->code >= 600 ||
	    r->code / 100 == 3)
		return NULL;
	if (yes(r, F_BODY, "json") || (r->one[F_BODY].text == NULL && r->code / 100 == 2)) {
		snprintf(body, size, "{\"id\":42}");
		return "application/json";
	}
	if (yes(r, F_BODY, "html")) {
		/* names are clean text with no markup in them (check_body) */
		snprintf(body, size, "<!DOCTYPE html>\n<html>\n<head><title>%d: %s</title></head>\n"
		    "<body>\n<h1>Error %d</h1>\n<p>%s</p>\n</body>\n</html>\n", r->code, name, r->code,
		    name);
		return "text/html; charset=UTF-8";
	}
	n = (size_t)snprintf(body, size, "{\n  \"type\": \"about:blank\",\n  \"title\": \"");
	/* names are clean text (check_texts), so only these two need escaping */
	for (; *name != '\0' && n + 3 < size; name++) {
		if (*name == '"' || *name == '\\')
			body[n++] = '\\';
		body[n++] = *name;
	}
	snprintf(body + n, size - n, "\",\n  \"status\": %d\n}\n", r->code);
	return "application/problem+json";
}

/* The whole raw response, with CRLF line ends as on the wire: status line,
 * Date, the record's header lines, Content-Type and Content-Length when it
 * has content, and the content.  NULL for a code that is never sent. */
static char *
example(const struct record *r)
{
	char *buf = xrealloc(NULL, EXAMPLE_MAX), body[512], line[1024];
	const char *type = example_body(r, body, sizeof body);
	size_t len = 0;
	bool ok;

	if (r->one[F_SENT].text != NULL) {
		free(buf);
		return NULL;
	}
	buf[0] = '\0';
	snprintf(line, sizeof line, "HTTP/1.1 %d %s\r\nDate: " EXAMPLE_DATE "\r\n", r->code,
	    r->one[F_NAME].text);
	ok = add(buf, &len, line);
	for (int i = 0; i < r->nmany[F_HEADER]; i++)
		ok = ok && add(buf, &len, r->many[F_HEADER][i].text) && add(buf, &len, "\r\n");
	if (type != NULL) {
		snprintf(line, sizeof line, "Content-Type: %s\r\n", type);
		ok = ok && add(buf, &len, line);
	}
	if (r->one[F_CONTENT].text == NULL) {
		snprintf(line, sizeof line, "Content-Length: %zu\r\n", strlen(body));
		ok = ok && add(buf, &len, line);
	}
	ok = ok && add(buf, &len, "\r\n") && add(buf, &len, body);
	if (!ok)
		fail(r->line, "the example response is longer than %d bytes", EXAMPLE_MAX - 1);
	return buf;
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

	if (q->level == LEVEL_MUST_NOT && shown)
		fail(line, "the example response carries %s, which it MUST NOT", name);
	else if (q->level != LEVEL_MUST_NOT && q->level != LEVEL_MAY && q->note == NULL &&
	    !shown && !unsent)
		fail(line, "the example response lacks %s (%s): add a 'header' line", name,
		    levels[q->level]);
}

static void
check_requires(const struct record *r)
{
	char seen[MAX_MULTI * 8][64], name[64], *ex = example(r);
	int nseen = 0;

	for (int i = 0; i < r->nmany[F_REQUIRE]; i++) {
		const struct value *v = &r->many[F_REQUIRE][i];
		struct require q;
		const char *why = parse_require(v->text, &q);
		if (why != NULL)
			fail(v->line, "require '%s' %s", v->text, why);
		for (const char *list = q.fields; why == NULL && next_name(&list, name, sizeof name);) {
			bool twice = false;
			for (int k = 0; k < nseen; k++)
				twice |= strcasecmp(seen[k], name) == 0;
			if (twice)
				fail(v->line, "header field '%s' is required twice", name);
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
	for (int f = F_FIRST_LIB; f < NFIELDS; f++) {
		const char *c = r->one[f].text;
		if (c != NULL && f != F_LIB_NODE && (c[0] == '\0' ||
		    strspn(c, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") !=
		    strlen(c)))
			fail(r->one[f].line, "%s constant '%s' is not an identifier", field_names[f], c);
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

/* Keywords are lower-case phrases, each once, between ", ". */
static void
check_keywords(const struct value *v)
{
	char *copy = xstrdup(v->text), *save = NULL;
	size_t n = 0;

	if (strspn(v->text, "abcdefghijklmnopqrstuvwxyz0123456789 -/'.,") != strlen(v->text))
		fail(v->line, "keywords hold only lower-case letters, digits, spaces and - / ' .");
	for (char *t = strtok_r(copy, ",", &save); t != NULL; t = strtok_r(NULL, ",", &save)) {
		if (t != copy && *t++ != ' ')
			fail(v->line, "keywords are separated by ', '");
		if (*t == '\0' || *t == ' ' || t[strlen(t) - 1] == ' ')
			fail(v->line, "empty keyword or stray space in '%s'", t);
		else if (lists_keyword(v->text, t, (size_t)(t - copy)))
			fail(v->line, "keyword '%s' given twice", t);
		n++;
	}
	if (n == 0 || v->text[strlen(v->text) - 1] == ',' || strstr(v->text, ",,") != NULL)
		fail(v->line, "empty keyword in '%s'", v->text);
	free(copy);
}

static void
check_texts(const struct record *r)
{
	for (int f = 0; f < NFIELDS; f++) {
		if (r->one[f].text != NULL && !clean_text((unsigned char *)r->one[f].text))
			fail(r->one[f].line, "control byte or bad UTF-8 in '%s'", field_names[f]);
		if (r->one[f].text != NULL && r->one[f].text[0] == '\0')
			fail(r->one[f].line, "empty '%s'", field_names[f]);
		for (int i = 0; i < r->nmany[f]; i++)
			if (!clean_text((unsigned char *)r->many[f][i].text) ||
			    r->many[f][i].text[0] == '\0')
				fail(r->many[f][i].line, "empty value, control byte or bad UTF-8 in '%s'",
				    field_names[f]);
	}
}

/* Returns false when a required field is missing; the other checks need them all. */
static bool
check_required(const struct record *r)
{
	bool ok = true;

	for (int f = 0; f < NFIELDS; f++)
		if (field_needs[f] == REQUIRED && r->one[f].text == NULL) {
			fail(r->line, "missing field '%s'", field_names[f]);
			ok = false;
		}
	return ok;
}

/* The body a code's example carries, and caching that fits whether a
 * response is sent at all. */
static void
check_body(const struct record *r)
{
	const struct value *body = &r->one[F_BODY], *cache = &r->one[F_CACHEABLE];
	bool sent = r->one[F_SENT].text == NULL;

	check_choice(r, F_BODY, (const char *const[]){ "json", "problem", "html", NULL });
	if (body->text != NULL && (r->one[F_CONTENT].text != NULL || !sent))
		fail(body->line, "body given for a code whose response carries none");
	if (body->text != NULL && strcmp(body->text, "html") == 0 &&
	    strpbrk(r->one[F_NAME].text, "<>&") != NULL)
		fail(body->line, "an html body needs a name without < > &");
	if (cache->text != NULL && (strcmp(cache->text, "n/a") == 0) == sent)
		fail(cache->line, sent ? "cacheable n/a is only for codes with 'sent: no'" :
		    "a code with 'sent: no' is cacheable n/a: no response is sent");
}

static void
check_record(struct record *r)
{
	r->code = -1;
	for (int f = 0; f < NFIELDS; f++)
		if ((field_needs[f] == RULE || field_needs[f] == GUIDE) && r->one[f].text != NULL)
			fail(r->one[f].line, "'%s' needs a '%s' field before it", field_names[f],
			    field_needs[f] == RULE ? "compare" : "choose");
	if (!check_required(r))
		return;
	check_texts(r);
	check_choice(r, F_CATEGORY, categories);
	check_choice(r, F_STATUS, states);
	check_choice(r, F_POPULARITY, popularities);
	check_choice(r, F_RECOMMENDED, (const char *const[]){ "no", "yes", NULL });
	check_choice(r, F_DEPRECATED, (const char *const[]){ "no", "yes", NULL });
	check_choice(r, F_CACHEABLE, cachings);
	check_choice(r, F_RETRY, retries);
	check_flag(r, F_CONTENT, "none");
	check_flag(r, F_SENT, "no");
	check_body(r);
	check_code(r);
	check_spec(r);
	check_vendor(r);
	check_headers(r);
	check_requires(r);
	check_constants(r);
	check_keywords(&r->one[F_KEYWORDS]);
}

static const struct record *
find_code(int code)
{
	for (size_t i = 0; i < nrecs; i++)
		if (recs[i].code == code)
			return &recs[i];
	return NULL;
}

/* Order: by code; within a code the official meaning first; no two alike. */
static void
check_order(const struct record *prev, const struct record *r)
{
	if (prev->code < 0 || r->code < 0 || prev->code != r->code) {
		if (prev->code > r->code && r->code >= 0)
			fail(r->line, "code %d comes after %d: keep records in code order",
			    r->code, prev->code);
		return;
	}
	const char *a = prev->one[F_VENDOR].text, *b = r->one[F_VENDOR].text;
	if (a == b || (a != NULL && b != NULL && strcmp(a, b) == 0))
		fail(r->line, "duplicate record for code %d%s%s (first on line %ld)", r->code,
		    b != NULL ? " from " : "", b != NULL ? b : "", prev->line);
	else if (b == NULL)
		fail(r->line, "official meaning of %d must come before vendor meanings",
		    r->code);
}

static void
check_related(const struct record *r)
{
	const struct value *v = &r->one[F_RELATED];
	char *copy = xstrdup(v->text), *save = NULL;

	for (char *t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save)) {
		if (!all_digits(t, 3, 3))
			fail(v->line, "related code '%s' is not a three-digit code", t);
		else if (digits_value(t) == r->code)
			fail(v->line, "code %d lists itself as related", r->code);
		else if (find_code(digits_value(t)) == NULL)
			fail(v->line, "related code %s does not exist", t);
	}
	free(copy);
}

/* Moves the compare and choose stanzas out of recs[], so that recs[] holds
 * codes only. */
static void
split_stanzas(void)
{
	size_t kept = 0;

	rules = xrealloc(NULL, (nrecs + 1) * sizeof *rules);
	guide = xrealloc(NULL, (nrecs + 1) * sizeof *guide);
	for (size_t i = 0; i < nrecs; i++) {
		if (recs[i].one[F_COMPARE].text != NULL)
			rules[nrules++] = recs[i];
		else if (recs[i].one[F_CHOOSE].text != NULL)
			guide[nguide++] = recs[i];
		else
			recs[kept++] = recs[i];
	}
	nrecs = kept;
}

/* The index of the compare stanza listing exactly these codes, or -1. */
static long
find_rule(const char *codes)
{
	for (size_t i = 0; i < nrules; i++)
		if (strcmp(rules[i].one[F_COMPARE].text, codes) == 0)
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
	const struct value *v = &r->one[F_COMPARE];
	char *copy = xstrdup(v->text), *save = NULL;
	int n = 0;

	for (int f = 0; f < NFIELDS; f++)
		if (field_needs[f] != RULE && (r->one[f].text != NULL || r->nmany[f] > 0))
			fail(r->line, "field '%s' does not belong in a compare stanza", field_names[f]);
	if (r->one[F_RULE].text == NULL)
		fail(r->line, "missing field 'rule'");
	for (char *t = strtok_r(copy, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save), n++)
		if (!all_digits(t, 3, 3) || find_code(digits_value(t)) == NULL)
			fail(v->line, "compare code '%s' does not exist", t);
	if (n < 2)
		fail(v->line, "compare needs at least two codes");
	for (size_t i = 0; i < index; i++)
		if (strcmp(rules[i].one[F_COMPARE].text, v->text) == 0)
			fail(v->line, "duplicate rule for %s (first on line %ld)", v->text,
			    rules[i].one[F_COMPARE].line);
	free(copy);
}

static bool
check_guide_fields(const struct record *r)
{
	bool ok = true;

	for (int f = 0; f < NFIELDS; f++) {
		if (field_needs[f] != GUIDE && f != F_KEYWORDS &&
		    (r->one[f].text != NULL || r->nmany[f] > 0))
			fail(r->line, "field '%s' does not belong in a choose stanza", field_names[f]);
		if (field_needs[f] == GUIDE && r->one[f].text == NULL) {
			fail(r->line, "missing field '%s'", field_names[f]);
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
		const struct value *k = &guide[i].one[F_CHOOSE], *t = &guide[i].one[F_TOPIC];
		if (k->text != NULL && strcmp(k->text, key->text) == 0)
			fail(key->line, "duplicate situation '%s' (first on line %ld)", key->text, k->line);
		if (t->text != NULL && i + 1 < index && strcmp(t->text, topic->text) == 0 &&
		    (guide[index - 1].one[F_TOPIC].text == NULL ||
		    strcmp(guide[index - 1].one[F_TOPIC].text, topic->text) != 0)) {
			fail(topic->line, "topic '%s' also on line %ld: keep a topic's situations "
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
	const struct value *key = &r->one[F_CHOOSE], *answer = &r->one[F_ANSWER];
	const struct value *versus = &r->one[F_VERSUS];

	if (!check_guide_fields(r))
		return;
	check_texts(r);
	if (key->text[0] == '-' || strspn(key->text, "abcdefghijklmnopqrstuvwxyz0123456789-") !=
	    strlen(key->text))
		fail(key->line, "situation '%s' is not lower-case words joined by '-'", key->text);
	check_guide_order(key, &r->one[F_TOPIC], index);
	if (r->one[F_KEYWORDS].text != NULL)
		check_keywords(&r->one[F_KEYWORDS]);
	if (!all_digits(answer->text, 3, 3) || find_code(digits_value(answer->text)) == NULL)
		fail(answer->line, "answer code '%s' does not exist", answer->text);
	else if (find_rule(versus->text) < 0)
		fail(versus->line, "versus '%s' names no compare stanza", versus->text);
	else if (!lists_code(versus->text, answer->text))
		fail(versus->line, "versus '%s' does not list the answer %s", versus->text,
		    answer->text);
}

static void
check_all(void)
{
	split_stanzas();
	if (nrecs == 0)
		fail(1, "no records");
	for (size_t i = 0; i < nrecs; i++)
		check_record(&recs[i]);
	for (size_t i = 1; i < nrecs; i++)
		check_order(&recs[i - 1], &recs[i]);
	for (size_t i = 0; i < nrecs; i++)
		if (recs[i].code >= 0)
			check_related(&recs[i]);
	for (size_t i = 0; i < nrules; i++)
		check_rule(&rules[i], i);
	for (size_t i = 0; i < nguide; i++)
		check_situation(&guide[i], i);
}

/* Writes s as a C string literal; '?' is escaped against trigraphs, CR and
 * LF (of the examples) as \r and \n, and bytes past ASCII as three-digit
 * octal so that no digit can extend an escape. */
static void
put_literal(FILE *out, const char *s)
{
	if (s == NULL) {
		fputs("NULL", out);
		return;
	}
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\' || *p == '?')
			fprintf(out, "\\%c", *p);
		else if (*p == '\r' || *p == '\n')
			fputs(*p == '\r' ? "\\r" : "\\n", out);
		else if (*p >= 0x80)
			fprintf(out, "\\%03o", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/* The strings of the table, each once, in the order first met: they become
 * the members of struct table_text, and the rows refer to them by offset,
 * so that the table holds no pointers for the loader to relocate. */
static char **strs;
static size_t nstrs, capstrs;

/* Member number of s in struct table_text, adding it the first time;
 * member 0 is the empty string that offset 0 (none) points at. */
static size_t
intern(const char *s)
{
	for (size_t i = 0; i < nstrs; i++)
		if (strcmp(strs[i], s) == 0)
			return i;
	if (nstrs == capstrs)
		strs = xrealloc(strs, (capstrs = 2 * capstrs + 256) * sizeof *strs);
	strs[nstrs] = xstrdup(s);
	return nstrs++;
}

/* A reference to s as a text_ref constant expression; 0 for none. */
static void
put_ref(FILE *out, const char *s)
{
	if (s == NULL)
		fputs("0", out);
	else
		fprintf(out, "T(%zu)", intern(s));
}

/* The pools that rows index into, written after the rows. */
static FILE *lists, *numbers, *requirements;
static size_t nlists, nnumbers, nrequirements;

/* A list of strings, ending with 0, into table_lists; returns its index. */
static size_t
put_list(const struct record *r, enum field f)
{
	size_t at = nlists;

	for (int k = 0; k < r->nmany[f]; k++, nlists++) {
		put_ref(lists, r->many[f][k].text);
		fputs(", ", lists);
	}
	fputs("0,\n\t", lists);
	nlists++;
	return at;
}

/* Space-separated codes, ending with 0, into table_numbers; returns its index. */
static size_t
put_codes(const char *list)
{
	char *p = (char *)list;
	size_t at = nnumbers;

	while (*(p += strspn(p, " ")) != '\0') {
		fprintf(numbers, "%ld, ", strtol(p, &p, 10));
		nnumbers++;
	}
	fputs("0,\n\t", numbers);
	nnumbers++;
	return at;
}

/* One requirement per header field, ending with an empty one, into
 * table_requirements; returns its index. */
static size_t
put_requires(const struct record *r)
{
	char name[64], url[256];
	size_t at = nrequirements;

	for (int k = 0; k < r->nmany[F_REQUIRE]; k++) {
		struct require q;
		/* checked before, so only the analyzer doubts it */
		if (parse_require(r->many[F_REQUIRE][k].text, &q) != NULL) {
			free(q.copy);
			continue;
		}
		snprintf(url, sizeof url, "https://www.rfc-editor.org/rfc/rfc%s#section-%s", q.rfc,
		    q.section);
		for (const char *list = q.fields; next_name(&list, name, sizeof name);) {
			fputs("{ ", requirements);
			put_ref(requirements, name);
			fputs(", ", requirements);
			put_ref(requirements, q.note);
			fputs(", ", requirements);
			put_ref(requirements, q.section);
			fputs(", ", requirements);
			put_ref(requirements, url);
			fprintf(requirements, ", %d, %d },\n\t", digits_value(q.rfc), q.level);
			nrequirements++;
		}
		free(q.copy);
	}
	fputs("{ 0, 0, 0, 0, 0, 0 },\n\t", requirements);
	nrequirements++;
	return at;
}


static void
put_row(FILE *out, const struct record *r)
{
	char url[256], key[NAME_MAX_LEN], *ex = example(r);

	if (r->one[F_RFC].text != NULL)
		snprintf(url, sizeof url, "https://www.rfc-editor.org/rfc/rfc%s#section-%s",
		    r->one[F_RFC].text, r->one[F_SECTION].text);
	fputs("\t{ .name = ", out);
	put_ref(out, r->one[F_NAME].text);
	fputs(", .key = ", out);
	put_ref(out, name_normalize(r->one[F_NAME].text, key, sizeof key) ? key : "");
	fputs(", .vendor = ", out);
	put_ref(out, r->one[F_VENDOR].text);
	fputs(", .description = ", out);
	put_ref(out, r->one[F_DESCRIPTION].text);
	fputs(",\n\t  .use_case = ", out);
	put_ref(out, r->one[F_USE_CASE].text);
	fputs(", .notes = ", out);
	put_ref(out, r->one[F_NOTES].text);
	fputs(", .spec_url = ", out);
	put_ref(out, r->one[F_RFC].text != NULL ? url : r->one[F_URL].text);
	fputs(", .section = ", out);
	put_ref(out, r->one[F_SECTION].text);
	fputs(", .example = ", out);
	put_ref(out, ex);
	/* one at a time: the order of arguments' evaluation is unspecified */
	size_t aliases = put_list(r, F_ALIAS), headers = put_list(r, F_HEADER);
	size_t related = put_codes(r->one[F_RELATED].text), requires = put_requires(r);
	fprintf(out, ",\n\t  .aliases = %zu, .headers = %zu, .related = %zu, .requires = %zu,\n",
	    aliases, headers, related, requires);
	fprintf(out, "\t  .code = %d, .rfc = %d, .category = %d, .state = %d, "
	    ".popularity = %d,\n", r->code, r->one[F_RFC].text ? digits_value(r->one[F_RFC].text) : 0,
	    lookup(categories, r->one[F_CATEGORY].text), lookup(states, r->one[F_STATUS].text),
	    lookup(popularities, r->one[F_POPULARITY].text));
	fputs("\t  .constants = {", out);
	for (int f = F_FIRST_LIB; f < NFIELDS; f++) {
		put_ref(out, r->one[f].text);
		fputs(f + 1 < NFIELDS ? ", " : "},\n", out);
	}
	fprintf(out, "\t  .caching = %d, .retry = %d,\n",
	    lookup(cachings, r->one[F_CACHEABLE].text), lookup(retries, r->one[F_RETRY].text));
	fprintf(out, "\t  .recommended = %s, .deprecated = %s, .has_content = %s, "
	    ".sent = %s },\n", yes(r, F_RECOMMENDED, "yes") ? "true" : "false",
	    yes(r, F_DEPRECATED, "yes") ? "true" : "false",
	    yes(r, F_CONTENT, "none") ? "false" : "true", yes(r, F_SENT, "no") ? "false" : "true");
	free(ex);
}

static void
put_rules(FILE *out)
{
	fputs("\n/* Ends with an empty rule, so that a file without rules is valid C. */\n"
	    "const struct rule table_rules[] = {\n", out);
	for (size_t i = 0; i < nrules; i++) {
		fprintf(out, "\t{ %zu, ", put_codes(rules[i].one[F_COMPARE].text));
		put_ref(out, rules[i].one[F_RULE].text);
		fputs(" },\n", out);
	}
	fputs("\t{ 0, 0 },\n};\n", out);
}

static void
put_guide(FILE *out)
{
	fputs("\nconst struct situation table_situations[] = {\n", out);
	for (size_t i = 0; i < nguide; i++) {
		const struct record *r = &guide[i];
		fputs("\t{ ", out);
		for (int f = F_CHOOSE; f <= F_REASON; f++) {
			if (f == F_ANSWER)
				continue;
			put_ref(out, r->one[f].text);
			fputs(", ", out);
		}
		put_ref(out, r->one[F_KEYWORDS].text);
		fputs(", ", out);
		fprintf(out, "%ld, %d },\n", find_rule(r->one[F_VERSUS].text),
		    digits_value(r->one[F_ANSWER].text));
	}
	fputs("\t{ 0, 0, 0, 0, 0, 0, 0 },\n};\n", out);
}

struct name_entry {
	char key[NAME_MAX_LEN];
	size_t row;
	bool constant;
};

static int
by_key(const void *a, const void *b)
{
	const struct name_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c == 0)
		c = (x->row > y->row) - (x->row < y->row);
	return c != 0 ? c : x->constant - y->constant;
}

/* Adds text's key, unless it is empty or too long to match any query. */
static void
add_name(struct name_entry *list, size_t *n, const char *text, size_t row, bool constant)
{
	char key[NAME_MAX_LEN];

	const char *k = key;

	if (!name_normalize(text, key, sizeof key))
		return;
	if (constant)
		k = name_unprefixed(key);
	if (*k == '\0')
		return;
	snprintf(list[*n].key, sizeof list[*n].key, "%s", k);
	list[*n].row = row;
	list[(*n)++].constant = constant;
}

/* Every name, alias and constant, normalized and sorted, so that a lookup
 * by name is a binary search with no work at start-up. */
static void
put_names(FILE *out)
{
	struct name_entry *list = xrealloc(NULL, (nrecs * (2 + MAX_MULTI + NFIELDS) + 1) * sizeof *list);
	size_t n = 0;

	for (size_t i = 0; i < nrecs; i++) {
		add_name(list, &n, recs[i].one[F_NAME].text, i, false);
		for (int k = 0; k < recs[i].nmany[F_ALIAS]; k++)
			add_name(list, &n, recs[i].many[F_ALIAS][k].text, i, false);
		for (int f = F_FIRST_LIB; f < NFIELDS; f++)
			if (recs[i].one[f].text != NULL)
				add_name(list, &n, recs[i].one[f].text, i, true);
	}
	size_t offset = 0, bytes = 0;

	qsort(list, n, sizeof *list, by_key);
	/* byte values, not a string literal: C11 only promises 4095 characters
	 * in a literal; a key equal to the one before shares its bytes */
	fputs("\nconst char table_name_pool[] = {", out);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && strcmp(list[i].key, list[i - 1].key) == 0)
			continue;
		for (const char *p = list[i].key;; p++) {
			fprintf(out, "%s%d,", bytes++ % 16 == 0 ? "\n\t" : " ", (unsigned char)*p);
			if (*p == '\0')
				break;
		}
	}
	if (bytes > 65535 || nrecs > 65535) {
		fputs("gen: the name table outgrew its 16-bit offsets\n", stderr);
		exit(2);
	}
	fputs("\n};\n\nconst struct name_key table_names[] = {\n", out);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && strcmp(list[i].key, list[i - 1].key) != 0)
			offset += strlen(list[i - 1].key) + 1;
		fprintf(out, "\t{ %zu, %zu, %s },\n", offset, list[i].row,
		    list[i].constant ? "true" : "false");
	}
	fprintf(out, "\t{ 0, 0, false },\n};\nconst size_t table_names_len = %zu;\n", n);
	free(list);
}

/* The strings as the members of one object: s0 is the empty string that
 * offset 0 stands for, and T(n) is the offset of member n. */
static void
put_text(FILE *out)
{
	fputs("struct table_text {\n\tchar s0[1];\n", out);
	for (size_t i = 1; i < nstrs; i++)
		fprintf(out, "\tchar s%zu[%zu];\n", i, strlen(strs[i]) + 1);
	fputs("};\n\nconst struct table_text table_text = {\n\t\"\",\n", out);
	for (size_t i = 1; i < nstrs; i++) {
		fputc('\t', out);
		put_literal(out, strs[i]);
		fputs(",\n", out);
	}
	fputs("};\n\n#define T(n) ((text_ref)offsetof(struct table_text, s##n))\n", out);
}

/* The header fields the code calls for are words people look it up by
 * (Allow, WWW-Authenticate, Retry-After); not those it forbids. */
static void
index_fields(size_t row, const struct record *r)
{
	bool vendor = r->one[F_VENDOR].text != NULL;
	char name[64];

	for (int k = 0; k < r->nmany[F_HEADER]; k++) {
		const char *line = r->many[F_HEADER][k].text;
		snprintf(name, sizeof name, "%.*s", (int)strcspn(line, ":"), line);
		index_add(row, vendor, GROUP_KEYWORD, name, INDEX_PHRASES);
	}
	for (int k = 0; k < r->nmany[F_REQUIRE]; k++) {
		struct require q;
		if (parse_require(r->many[F_REQUIRE][k].text, &q) == NULL && q.level != LEVEL_MUST_NOT)
			for (const char *list = q.fields; next_name(&list, name, sizeof name);)
				index_add(row, vendor, GROUP_KEYWORD, name, INDEX_PHRASES);
		free(q.copy);
	}
}

/* The words search finds a record by, each with the strongest place it
 * has in the record: names, former names, constants and the code itself
 * first, then keywords, class, vendor, and the prose. */
static void
index_record(size_t row, const struct record *r)
{
	bool vendor = r->one[F_VENDOR].text != NULL;

	index_add(row, vendor, GROUP_NAME, r->one[F_CODE].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_NAME, r->one[F_NAME].text, INDEX_PHRASES);
	for (int k = 0; k < r->nmany[F_ALIAS]; k++)
		index_add(row, vendor, GROUP_NAME, r->many[F_ALIAS][k].text, INDEX_PHRASES);
	for (int f = F_FIRST_LIB; f < NFIELDS; f++)
		if (r->one[f].text != NULL)
			index_add(row, vendor, GROUP_NAME, r->one[f].text,
			    f == F_LIB_NODE ? INDEX_PHRASES : INDEX_IDENTIFIER);
	index_add(row, vendor, GROUP_KEYWORD, r->one[F_KEYWORDS].text, INDEX_PHRASES);
	index_fields(row, r);
	index_add(row, vendor, GROUP_CLASS, r->one[F_CATEGORY].text, INDEX_WORDS);
	if (r->one[F_VENDOR].text != NULL)
		index_add(row, vendor, GROUP_VENDOR, r->one[F_VENDOR].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_PROSE, r->one[F_DESCRIPTION].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_PROSE, r->one[F_USE_CASE].text, INDEX_WORDS);
	index_add(row, vendor, GROUP_PROSE, r->one[F_NOTES].text, INDEX_WORDS);
}

/* Moves what a memory stream holds to out and closes it. */
static void
drain(FILE *out, FILE *in, char **buf)
{
	/* the stream sets *buf when it is closed */
	if (fclose(in) != 0) {
		perror("gen");
		exit(2);
	}
	fputs(*buf, out);
	free(*buf);
}

/* The rows, rules and situations are written to memory first: they name
 * the strings, and struct table_text must be complete before them. */
static void
put_table(FILE *out)
{
	char *body, *pool[3];
	size_t len, plen[3];
	FILE *b = open_memstream(&body, &len);

	lists = open_memstream(&pool[0], &plen[0]);
	numbers = open_memstream(&pool[1], &plen[1]);
	requirements = open_memstream(&pool[2], &plen[2]);
	if (b == NULL || lists == NULL || numbers == NULL || requirements == NULL) {
		perror("gen");
		exit(2);
	}
	nstrs = nlists = nnumbers = nrequirements = 0;
	intern("");
	fputs("\nconst struct status table_rows[] = {\n", b);
	for (size_t i = 0; i < nrecs; i++)
		put_row(b, &recs[i]);
	fputs("};\n\nconst size_t table_len = sizeof table_rows / sizeof table_rows[0];\n\n"
	    "/* Row index + 1 of the first record of each code; 0 for none. */\n"
	    "const unsigned short table_by_code[1000] = {\n", b);
	for (size_t i = 0; i < nrecs; i++)
		if (i == 0 || recs[i].code != recs[i - 1].code)
			fprintf(b, "\t[%d] = %zu,\n", recs[i].code, i + 1);
	fputs("};\n", b);
	put_rules(b);
	put_guide(b);
	put_names(b);
	for (size_t i = 0; i < nrecs; i++)
		index_record(i, &recs[i]);
	if (!index_put(b)) {
		fputs("gen: the word index outgrew its types\n", stderr);
		exit(2);
	}
	fprintf(out, "/* Generated from %s by src/gen.c; do not edit. */\n\n"
	    "#include <stddef.h>\n\n#include \"table.h\"\n\n", path);
	put_text(out);
	fputs("\nconst text_ref table_lists[] = {\n\t", out);
	drain(out, lists, &pool[0]);
	fputs("0\n};\n\nconst unsigned short table_numbers[] = {\n\t", out);
	drain(out, numbers, &pool[1]);
	fputs("0\n};\n\nconst struct requirement table_requirements[] = {\n\t", out);
	drain(out, requirements, &pool[2]);
	fputs("{ 0, 0, 0, 0, 0, 0 }\n};\n", out);
	drain(out, b, &body);
	for (size_t i = 0; i < nstrs; i++)
		free(strs[i]);
	free(strs);
	strs = NULL;
	capstrs = 0;
}

/* Writes through a temporary file so that a failed run leaves no half table. */
static int
emit(const char *outpath)
{
	size_t n = strlen(outpath) + 5;
	char *tmp = xrealloc(NULL, n);
	FILE *out;

	snprintf(tmp, n, "%s.tmp", outpath);
	if ((out = fopen(tmp, "w")) == NULL) {
		fprintf(stderr, "gen: %s: %s\n", tmp, strerror(errno));
		free(tmp);
		return 2;
	}
	put_table(out);
	if (ferror(out) | fclose(out) || rename(tmp, outpath) != 0) {
		fprintf(stderr, "gen: cannot write %s\n", outpath);
		remove(tmp);
		free(tmp);
		return 2;
	}
	free(tmp);
	return 0;
}

static void
free_record(struct record *r)
{
	for (int f = 0; f < NFIELDS; f++) {
		free(r->one[f].text);
		for (int k = 0; k < r->nmany[f]; k++)
			free(r->many[f][k].text);
	}
}

static void
free_all(char *buf)
{
	for (size_t i = 0; i < nrecs; i++)
		free_record(&recs[i]);
	for (size_t i = 0; i < nrules; i++)
		free_record(&rules[i]);
	for (size_t i = 0; i < nguide; i++)
		free_record(&guide[i]);
	free(guide);
	free(rules);
	free(recs);
	free(buf);
}

int
main(int argc, char **argv)
{
	size_t len;
	char *buf;
	int rc = 1;

	if (argc != 3) {
		fputs("usage: gen DATAFILE OUTPUT.c\n", stderr);
		return 2;
	}
	/* a fuzzer calls main again and again in one process */
	errors = 0;
	recs = rules = guide = NULL;
	nrecs = caprecs = nrules = nguide = 0;
	path = argv[1];
	buf = slurp(path, &len);
	parse(buf, len);
	check_all();
	if (errors == 0)
		rc = emit(argv[2]);
	free_all(buf);
	return rc;
}
