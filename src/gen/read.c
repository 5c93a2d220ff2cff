/* Reading the data file: its lines into stanzas of "key: value" fields. */

#include <err.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

const char *const key_names[NKEYS] = { KEYS(AS_NAME) LIBRARIES(AS_STRING) };
const enum need key_needs[NKEYS] = { KEYS(AS_NEED) };
const char *const categories[] = { CATEGORIES(AS_STRING) NULL };
const char *const states[] = { STATES(AS_STRING) NULL };
const char *const popularities[] = { POPULARITIES(AS_STRING) NULL };
const char *const cachings[] = { CACHING(AS_STRING) NULL };
const char *const retries[] = { RETRIES(AS_STRING) NULL };
const char *const levels[] = { LEVELS(AS_STRING) NULL };
const char *const note_kinds[] = { NOTE_KINDS(AS_STRING) NULL };
const char *const log_formats[] = { LOG_FORMATS(AS_STRING) NULL };
const char *const software_kinds[] = { SOFTWARE_KINDS(AS_STRING) NULL };
const char *const senders[] = { SENDERS(AS_STRING) NULL };

const char *gen_path;
int gen_errors;
struct record *gen_recs, *gen_rules, *gen_guide, *gen_products, *gen_software;
struct record gen_about;
size_t gen_nrecs, gen_nrules, gen_nguide, gen_nproducts, gen_nsoftware;
static size_t caprecs;

/* Reports a fault at a line of the data file, as "file:line: message".
 * Past the first GEN_SHOWN_ERRORS only the count goes on, and main
 * says how many more there were: nobody reads the thousandth message of a
 * broken file, and writing them was a third of a fuzzer's time. */
void
gen_fail(long line, const char *fmt, ...)
{
	va_list ap;

	if (gen_errors++ >= GEN_SHOWN_ERRORS)
		return;
	fprintf(stderr, "%s:%ld: ", gen_path, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void *
gen_realloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL)
		err(2, NULL);
	return p;
}

char *
gen_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(gen_realloc(NULL, n), s, n);
}

/* Reads the whole file; a NUL byte is kept so that the parser can report it. */
char *
read_file(const char *name, size_t *len)
{
	FILE *f = fopen(name, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0;

	if (f == NULL) {
		err(2, "%s", name);
	}
	for (;;) {
		if (n + 4096 + 1 > cap)
			buf = gen_realloc(buf, cap = 2 * cap + 4096 + 1);
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		errx(2, "%s: read error", name);
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

char *
gen_trim(char *s)
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
	for (int i = 0; i < NKEYS; i++)
		if (strcmp(key_names[i], key) == 0)
			return i;
	return -1;
}

static struct record *
new_record(long line)
{
	if (gen_nrecs == caprecs)
		gen_recs = gen_realloc(gen_recs, (caprecs = 2 * caprecs + 64) * sizeof *gen_recs);
	memset(&gen_recs[gen_nrecs], 0, sizeof gen_recs[gen_nrecs]);
	gen_recs[gen_nrecs].line = line;
	return &gen_recs[gen_nrecs++];
}

/* Stores "key: value" into rec and returns the value to which continuation
 * lines are appended, or NULL after reporting why the line is wrong. */
static struct value *
add_field(struct record *rec, char *text, long line)
{
	char *colon = strchr(text, ':');
	int f;

	if (colon == NULL) {
		gen_fail(line, "expected 'key: value'");
		return NULL;
	}
	*colon = '\0';
	if ((f = field_index(text)) < 0) {
		gen_fail(line, "unknown field '%s'", text);
		return NULL;
	}
	struct value *v = &rec->one[f];
	if (key_needs[f] == MULTI || key_needs[f] == SOFTWARE_MULTI) {
		if (rec->nmany[f] == MAX_MULTI) {
			gen_fail(line, "more than %d '%s' fields", MAX_MULTI, text);
			return NULL;
		}
		if (rec->many[f] == NULL)
			rec->many[f] = gen_realloc(NULL, MAX_MULTI * sizeof *rec->many[f]);
		v = &rec->many[f][rec->nmany[f]++];
	} else if (v->text != NULL) {
		gen_fail(line, "field '%s' given twice (first on line %ld)", text, v->line);
		return NULL;
	}
	v->text = gen_strdup(gen_trim(colon + 1));
	v->line = line;
	return v;
}

static void
append(struct value *v, const char *more)
{
	size_t a = strlen(v->text), b = strlen(more);

	v->text = gen_realloc(v->text, a + b + 2);
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
			gen_fail(line, "NUL byte in line");
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
				gen_fail(line, "continuation line without a field before it");
			else
				append(last, gen_trim(p));
		} else {
			if (rec == NULL)
				rec = new_record(line);
			last = add_field(rec, p, line);
		}
		p = eol + 1;
	}
}

static void free_record(struct record *r);

static void
second_about(struct record *r)
{
	gen_fail(r->line, "a second 'updated' stanza (first on line %ld)", gen_about.line);
	free_record(r);
}

/* Moves the compare, choose, products, software and updated stanzas out of recs[],
 * so that recs[] holds codes only. */
static void
split_stanzas(void)
{
	size_t kept = 0;

	gen_rules = gen_realloc(NULL, (gen_nrecs + 1) * sizeof *gen_rules);
	gen_guide = gen_realloc(NULL, (gen_nrecs + 1) * sizeof *gen_guide);
	gen_products = gen_realloc(NULL, (gen_nrecs + 1) * sizeof *gen_products);
	gen_software = gen_realloc(NULL, (gen_nrecs + 1) * sizeof *gen_software);
	for (size_t i = 0; i < gen_nrecs; i++) {
		if (gen_recs[i].one[K_COMPARE].text != NULL)
			gen_rules[gen_nrules++] = gen_recs[i];
		else if (gen_recs[i].one[K_CHOOSE].text != NULL)
			gen_guide[gen_nguide++] = gen_recs[i];
		else if (gen_recs[i].one[K_PRODUCTS].text != NULL)
			gen_products[gen_nproducts++] = gen_recs[i];
		else if (gen_recs[i].one[K_SOFTWARE].text != NULL)
			gen_software[gen_nsoftware++] = gen_recs[i];
		else if (gen_recs[i].one[K_UPDATED].text != NULL && gen_about.line != 0)
			second_about(&gen_recs[i]);
		else if (gen_recs[i].one[K_UPDATED].text != NULL)
			gen_about = gen_recs[i];
		else
			gen_recs[kept++] = gen_recs[i];
	}
	gen_nrecs = kept;
}

static void
free_record(struct record *r)
{
	for (int f = 0; f < NKEYS; f++) {
		free(r->one[f].text);
		for (int k = 0; k < r->nmany[f]; k++)
			free(r->many[f][k].text);
		free(r->many[f]);
	}
}

void
read_free(char *buf)
{
	for (size_t i = 0; i < gen_nrecs; i++)
		free_record(&gen_recs[i]);
	for (size_t i = 0; i < gen_nrules; i++)
		free_record(&gen_rules[i]);
	for (size_t i = 0; i < gen_nguide; i++)
		free_record(&gen_guide[i]);
	for (size_t i = 0; i < gen_nproducts; i++)
		free_record(&gen_products[i]);
	for (size_t i = 0; i < gen_nsoftware; i++)
		free_record(&gen_software[i]);
	free_record(&gen_about);
	free(gen_products);
	free(gen_software);
	free(gen_guide);
	free(gen_rules);
	free(gen_recs);
	free(buf);
}

/* Reads the stanzas of the data file in buf, and sorts them by kind. */
void
read_records(char *buf, size_t len)
{
	gen_recs = gen_rules = gen_guide = gen_products = gen_software = NULL;
	gen_nrecs = caprecs = gen_nrules = gen_nguide = gen_nproducts = gen_nsoftware = 0;
	gen_errors = 0;
	memset(&gen_about, 0, sizeof gen_about);
	parse(buf, len);
	split_stanzas();
}
