/* Writing the checked records as C: the strings, the rows, the rules, the
 * guide, the name table and the word index, through a temporary file. */

#include <err.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gen.h"
#include "names.h"
#include "wrap.h"

/* Writes s as a C string literal; '?' is escaped against trigraphs, CR and
 * LF (of the examples) as \r and \n, and bytes past ASCII as three-digit
 * octal so that no digit can extend an escape. */
static void
put_literal(FILE *out, const char *s)
{
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
	if (strlen(s) >= TEXT_MAX)
		errx(2, "a string of %zu bytes, longer than TEXT_MAX allows", strlen(s));
	if (nstrs == capstrs)
		strs = gen_realloc(strs, (capstrs = 2 * capstrs + 256) * sizeof *strs);
	strs[nstrs] = gen_strdup(s);
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
static FILE *lists, *numbers, *requirements, *messages, *stemids;
static size_t nlists, nnumbers, nrequirements, nmessages, nstemids;

/* A list of strings, ending with 0, into table_lists; returns its index. */
static size_t
put_list(const struct record *r, enum key f)
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

/* Each library's name for the code, LIB_COUNT of them, into table_lists;
 * returns their index.  Most records have none: they share the block of
 * zeros that the lists begin with, and the rows are 36 bytes shorter. */
static size_t
put_constants(const struct record *r)
{
	size_t at = nlists;
	bool any = false;

	for (int f = K_FIRST_LIB; f < NKEYS; f++)
		any |= r->one[f].text != NULL;
	if (!any)
		return 0;
	for (int f = K_FIRST_LIB; f < NKEYS; f++, nlists++) {
		put_ref(lists, r->one[f].text);
		fputs(", ", lists);
	}
	fputs("\n\t", lists);
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

/* The link to an RFC's section, as the records and requirements give it. */
static void
spec_url(char url[256], const char *rfc, const char *section)
{
	snprintf(url, 256, "https://www.rfc-editor.org/rfc/rfc%s#section-%s", rfc, section);
}

/* The fixes of r for the field, as server, line and source, three refs
 * each, ending with 0, into table_lists; returns their index, 0 (the
 * zeros the lists begin with) for none. */
static size_t
put_fixes(const struct record *r, const char *field)
{
	size_t at = nlists;

	for (int k = 0; k < r->nmany[K_FIX]; k++) {
		struct fix_parts f;
		if (gen_parse_fix(r->many[K_FIX][k].text, &f) == NULL &&
		    strcasecmp(f.field, field) == 0) {
			const char *refs[] = { f.m.program, f.m.text, f.m.where };
			for (size_t i = 0; i < 3; i++, nlists++) {
				put_ref(lists, refs[i]);
				fputs(", ", lists);
			}
		}
		free(f.copy);
		free(f.m.copy);
	}
	if (nlists == at)
		return 0;
	fputs("0,\n\t", lists);
	nlists++;
	return at;
}

/* One requirement per header field, ending with an empty one, into
 * table_requirements; returns its index. */
static size_t
put_requires(const struct record *r)
{
	char name[64], url[256];
	size_t at = nrequirements;

	for (int k = 0; k < r->nmany[K_REQUIRE]; k++) {
		struct require q;
		/* checked before, so only the analyzer doubts it */
		if (gen_parse_require(r->many[K_REQUIRE][k].text, &q) != NULL) {
			free(q.copy);
			continue;
		}
		spec_url(url, q.rfc, q.section);
		for (const char *list = q.fields; gen_next_name(&list, name, sizeof name);) {
			fputs("{ .field = ", requirements);
			put_ref(requirements, name);
			fputs(", .note = ", requirements);
			put_ref(requirements, q.note);
			fputs(", .section = ", requirements);
			put_ref(requirements, q.section);
			fputs(", .spec_url = ", requirements);
			put_ref(requirements, url);
			fprintf(requirements, ", .rfc = %d, .level = %d, .note_kind = %d, .fixes = %zu },"
			    "\n\t", gen_number(q.rfc), q.level, q.note_kind, put_fixes(r, name));
			nrequirements++;
		}
		free(q.copy);
	}
	fputs("{ .field = 0 },\n\t", requirements);
	nrequirements++;
	return at;
}

/* The words of text as search weighs them (words.h): cleaned, split, the
 * content words stemmed, separated by spaces; the caller frees it. */
static char *
stems_of(const char *text)
{
	size_t size = strlen(text) + 1, len, n = 0;
	char *clean = gen_realloc(NULL, size), *out = gen_realloc(NULL, size + 1);
	char word[WORD_MAX + 1];

	words_clean(text, clean, size);
	out[0] = '\0';
	for (const char *p = clean; (len = words_next(&p, word)) > 0;) {
		if (!words_content(word, len))
			continue;
		words_stem(word);
		n += (size_t)snprintf(out + n, size + 1 - n, "%s%s", n > 0 ? " " : "", word);
	}
	free(clean);
	return out;
}

/* The index ids of the stems of text, ending with WORDS_NO_STEM, into
 * table_message_stems; returns where they start.  Every content word of
 * a message is in the index, which holds the message. */
static size_t
put_stem_ids(const char *text)
{
	char *stems = stems_of(text), *save = NULL;
	size_t at = nstemids;

	for (char *t = strtok_r(stems, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save)) {
		long id = index_stem_id(t);
		if (id >= 0 && id < WORDS_NO_STEM) {
			fprintf(stemids, "%ld, ", id);
			nstemids++;
		}
	}
	fprintf(stemids, "%d,\n\t", WORDS_NO_STEM);
	nstemids++;
	free(stems);
	return at;
}

/* The record's messages into table_messages; returns the first one's index. */
static size_t
put_messages(const struct record *r)
{
	size_t at = nmessages;

	for (int k = 0; k < r->nmany[K_MESSAGE]; k++) {
		struct message_parts m;
		/* checked before, so only the analyzer doubts it */
		if (gen_parse_message(r->many[K_MESSAGE][k].text, &m) != NULL) {
			free(m.copy);
			continue;
		}
		fputs("\t{ ", messages);
		put_ref(messages, m.text);
		fputs(", ", messages);
		put_ref(messages, m.program);
		fputs(", ", messages);
		put_ref(messages, m.where);
		fprintf(messages, ", %zu },\n", put_stem_ids(m.text));
		nmessages++;
		free(m.copy);
	}
	return at;
}

/* The table_behaviours index + 1 of each does line that takes in a
 * status's code, by kind, then in file order, into table_numbers; returns
 * the list's index.  A sub-status or an error number has none. */
static size_t
put_behaviours(const struct record *r)
{
	struct doing list[DOINGS_MAX];
	size_t n = stanza_behaviours(r, list, DOINGS_MAX), at = nnumbers;

	if (n == 0)
		return 0; /* table_numbers starts with an empty list */
	for (size_t i = 0; i < n; i++)
		fprintf(numbers, "%zu, ", list[i].index + 1);
	fputs("0,\n\t", numbers);
	nnumbers += n + 1;
	return at;
}

/* The status an error number is observed with, and where. */
static void
put_observed(FILE *out, const struct record *r)
{
	char *source = NULL;
	int status = 0;

	if (r->one[K_OBSERVED].text != NULL)
		gen_parse_observed(r->one[K_OBSERVED].text, &status, &source);
	fprintf(out, "\t  .observed = %d, .observed_source = ", status);
	put_ref(out, source);
	fputs(",\n", out);
	free(source);
}

/* The sender field: its set and its note. */
static void
put_sender(FILE *out, const struct record *r)
{
	struct sender_parts sp = { 0, NULL };

	if (r->one[K_SENDER].text != NULL)
		stanza_parse_sender(r->one[K_SENDER].text, &sp);
	fprintf(out, "\t  .senders = %u, .sender_note = ", sp.kinds);
	put_ref(out, sp.note);
	fputs(",\n", out);
}

static void
put_row(FILE *out, const struct record *r)
{
	char url[256], key[NAME_MAX_LEN], *ex = example_render(r);

	if (r->one[K_RFC].text != NULL)
		spec_url(url, r->one[K_RFC].text, r->one[K_SECTION].text);
	fputs("\t{ .name = ", out);
	put_ref(out, r->one[K_NAME].text);
	fputs(", .key = ", out);
	put_ref(out, name_normalize(r->one[K_NAME].text, key, sizeof key) ? key : "");
	fputs(", .vendor = ", out);
	put_ref(out, r->one[K_VENDOR].text);
	fputs(", .description = ", out);
	put_ref(out, r->one[K_DESCRIPTION].text);
	fputs(",\n\t  .use_case = ", out);
	put_ref(out, r->one[K_USE_CASE].text);
	fputs(", .notes = ", out);
	put_ref(out, r->one[K_NOTES].text);
	fputs(", .spec_url = ", out);
	put_ref(out, r->one[K_RFC].text != NULL ? url : r->one[K_URL].text);
	fputs(", .section = ", out);
	put_ref(out, r->one[K_SECTION].text);
	fputs(", .example = ", out);
	put_ref(out, ex);
	fputs(", .module = ", out);
	put_ref(out, r->one[K_MODULE].text);
	/* one at a time: the order of arguments' evaluation is unspecified */
	size_t aliases = put_list(r, K_ALIAS), related = put_codes(r->one[K_RELATED].text);
	size_t requires = put_requires(r);
	fprintf(out, ",\n\t  .aliases = %zu, .related = %zu, .requires = %zu,\n", aliases, related,
	    requires);
	fprintf(out, "\t  .http_status = %d, .sub = %d, .kind = %d,\n",
	    r->one[K_HTTP_STATUS].text != NULL ? gen_number(r->one[K_HTTP_STATUS].text) : 0,
	    ID_IS_SUB(r->code) ? ID_SUBSTATUS(r->code) : 0,
	    ID_IS_SUB(r->code) ? KIND_SUBSTATUS : ID_IS_ERROR(r->code) ? KIND_ERROR : KIND_STATUS);
	fprintf(out, "\t  .code = %d, .rfc = %d, .category = %d, .state = %d, "
	    ".popularity = %d,\n", ID_CODE(r->code), r->one[K_RFC].text ? gen_number(r->one[K_RFC].text) : 0,
	    gen_lookup(categories, r->one[K_CATEGORY].text), gen_lookup(states, r->one[K_STATUS].text),
	    gen_lookup(popularities, r->one[K_POPULARITY].text));
	fprintf(out, "\t  .sentence = %zu,", wrap_sentence(r->one[K_DESCRIPTION].text));
	fprintf(out, "\t  .constants = %zu,", put_constants(r));
	fprintf(out, " .messages = %zu,", put_messages(r));
	fprintf(out, " .behaviours = %zu,\n", put_behaviours(r));
	put_sender(out, r);
	put_observed(out, r);
	fprintf(out, "\t  .caching = %d, .retry = %d,\n",
	    gen_lookup(cachings, r->one[K_CACHEABLE].text), gen_lookup(retries, r->one[K_RETRY].text));
	fprintf(out, "\t  .recommended = %s, .deprecated = %s, .has_content = %s },\n",
	    gen_field_is(r, K_RECOMMENDED, "yes") ? "true" : "false",
	    gen_field_is(r, K_DEPRECATED, "yes") ? "true" : "false",
	    gen_field_is(r, K_CONTENT, "none") ? "false" : "true");
	free(ex);
}

static void
put_rules(FILE *out)
{
	fputs("\n/* Ends with an empty rule, so that a file without rules is valid C. */\n"
	    "const struct rule table_rules[] = {\n", out);
	for (size_t i = 0; i < gen_nrules; i++) {
		fprintf(out, "\t{ %zu, ", put_codes(gen_rules[i].one[K_COMPARE].text));
		put_ref(out, gen_rules[i].one[K_RULE].text);
		fputs(" },\n", out);
	}
	fputs("\t{ 0, 0 },\n};\n", out);
}

/* Moves what a memory stream holds to out and closes it. */
static void
drain(FILE *out, FILE *in, char **buf)
{
	/* the stream sets *buf when it is closed */
	if (fclose(in) != 0)
		err(2, NULL);
	fputs(*buf, out);
	free(*buf);
}

/* The words of a situation as choose matches them (src/choose.c), in
 * the order of enum choose_part; returns how many. */
static size_t
put_choose_words(FILE *out, const struct record *r)
{
	const struct record *answer = check_find_code(gen_number(r->one[K_ANSWER].text));
	const char *texts[] = { [PART_TOPIC] = r->one[K_TOPIC].text,
		[PART_KEY] = r->one[K_CHOOSE].text, [PART_ASK] = r->one[K_ASK].text,
		[PART_KEYWORDS] = r->one[K_KEYWORDS].text, [PART_NAME] = answer->one[K_NAME].text };
	char word[WORD_MAX + 1];
	size_t n = 0, len;

	for (int part = PART_TOPIC; part <= PART_NAME; part++)
		for (const char *p = texts[part]; p != NULL && (len = words_next(&p, word)) > 0; n++) {
			bool stop = len > WORD_MAX || words_stop(word);
			words_stem(word);
			fputs("\t{ ", out);
			put_ref(out, word);
			fprintf(out, ", %d, %d },\n", part, stop);
		}
	return n;
}

static void
put_guide(FILE *out)
{
	char *buf;
	size_t len, nwords = 0;
	FILE *words = open_memstream(&buf, &len);

	if (words == NULL)
		err(2, NULL);
	fputs("\nconst struct situation table_situations[] = {\n", out);
	for (size_t i = 0; i < gen_nguide; i++) {
		const struct record *r = &gen_guide[i];
		fputs("\t{ .key = ", out);
		put_ref(out, r->one[K_CHOOSE].text);
		fputs(", .topic = ", out);
		put_ref(out, r->one[K_TOPIC].text);
		fputs(", .ask = ", out);
		put_ref(out, r->one[K_ASK].text);
		fputs(", .reason = ", out);
		put_ref(out, r->one[K_REASON].text);
		fputs(", .keywords = ", out);
		put_ref(out, r->one[K_KEYWORDS].text);
		fprintf(out, ", .rule = %ld, .code = %d, .words = %zu },\n",
		    stanza_rule(r->one[K_VERSUS].text), gen_number(r->one[K_ANSWER].text), nwords);
		nwords += put_choose_words(words, r);
	}
	if (nwords > USHRT_MAX)
		errx(2, "the words of the choose guide outgrew their 16-bit indexes");
	fprintf(out, "\t{ .key = 0, .words = %zu },\n};\n\n"
	    "const struct choose_word table_choose_words[] = {\n", nwords);
	drain(out, words, &buf);
	fputs("\t{ 0, 0, 0 },\n};\n", out);
}

/* The software stanzas, and each one's does lines in file order. */
static void
put_software(FILE *out)
{
	fputs("\nconst struct software table_software[] = {\n", out);
	for (size_t i = 0; i < gen_nsoftware; i++) {
		fputs("\t{ ", out);
		put_ref(out, gen_software[i].one[K_SOFTWARE].text);
		fprintf(out, ", %d },\n", gen_lookup(software_kinds,
		    gen_software[i].one[K_SOFT_KIND].text));
	}
	fputs("\t{ 0, 0 },\n};\nconst size_t table_software_len = sizeof table_software / "
	    "sizeof table_software[0] - 1;\n\nconst struct behaviour table_behaviours[] = {\n"
	    "\t{ 0, 0, 0 },\n", out);
	for (size_t i = 0; i < gen_nsoftware; i++)
		for (int k = 0; k < gen_software[i].nmany[K_DOES]; k++) {
			struct does_parts d;
			if (stanza_parse_does(gen_software[i].many[K_DOES][k].text, &d) == NULL) {
				fputs("\t{ ", out);
				put_ref(out, d.text);
				fputs(", ", out);
				put_ref(out, d.source);
				fprintf(out, ", %zu },\n", i);
			}
			free(d.copy);
		}
	fputs("};\n", out);
}

/* Each name of each products stanza, as stems, with the vendor or module
 * it names. */
static void
put_products(FILE *out)
{
	bool module;

	fputs("\nconst struct product table_products[] = {\n", out);
	for (size_t i = 0; i < gen_nproducts; i++) {
		const struct record *r = &gen_products[i];
		const char *owner = stanza_product_owner(r, &module);
		char *copy = gen_strdup(r->one[K_PRODUCTS].text), *save = NULL;
		for (char *t = strtok_r(copy, ",", &save); t != NULL; t = strtok_r(NULL, ",", &save)) {
			char *stems = stems_of(t);
			fputs("\t{ ", out);
			put_ref(out, stems);
			fputs(", ", out);
			put_ref(out, owner);
			fprintf(out, ", %s, %u },\n", module ? "true" : "false",
			    stanza_product_logs(r));
			free(stems);
		}
		free(copy);
	}
	fputs("\t{ 0, 0, false, 0 },\n};\n", out);
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

/* Writes c into buf as a char constant and returns its length: a number,
 * or past ASCII an octal character constant, since as a number it would
 * overflow a signed char, which gcc -Woverflow rejects; the constant has
 * the same bits either way. */
static size_t
char_constant(unsigned char c, char buf[8])
{
	size_t n = 0;

	if (c >= 0x80)
		buf[n++] = '\'', buf[n++] = '\\';
	if (c >= 100)
		buf[n++] = (char)('0' + c / (c >= 0x80 ? 64 : 100));
	if (c >= 10)
		buf[n++] = (char)('0' + (c >= 0x80 ? c / 8 % 8 : c / 10 % 10));
	buf[n++] = (char)('0' + (c >= 0x80 ? c % 8 : c % 10));
	if (c >= 0x80)
		buf[n++] = '\'';
	return n;
}

/* Writes s and its NUL as elements of a char array's initializer, sixteen
 * to a line, counting them in *count. */
void
write_bytes(FILE *out, const char *s, size_t *count)
{
	/* by hand rather than an fprintf a byte: this writes every byte of the
	 * pools, and was most of a generator run's instructions (callgrind) */
	for (const unsigned char *p = (const unsigned char *)s;; p++) {
		char buf[16];
		size_t n = 0;
		if ((*count)++ % 16 == 0)
			buf[n++] = '\n', buf[n++] = '\t';
		else
			buf[n++] = ' ';
		n += char_constant(*p, buf + n);
		buf[n++] = ',';
		fwrite(buf, 1, n, out);
		if (*p == '\0')
			break;
	}
}

/* Every name, alias and constant, normalized and sorted, so that a lookup
 * by name is a binary search with no work at start-up. */
static void
put_names(FILE *out)
{
	struct name_entry *list = gen_realloc(NULL, (gen_nrecs * (2 + MAX_MULTI + NKEYS) + 1) * sizeof *list);
	size_t n = 0;

	/* only the statuses: the names vendors give their error numbers and
	 * sub-statuses are as plain as "Access denied" and "Not found", which
	 * a person typing them means as 403 and 404; search still finds them */
	for (size_t i = 0; i < gen_nrecs && gen_recs[i].code < ID_ERROR_MIN; i++) {
		add_name(list, &n, gen_recs[i].one[K_NAME].text, i, false);
		for (int k = 0; k < gen_recs[i].nmany[K_ALIAS]; k++)
			add_name(list, &n, gen_recs[i].many[K_ALIAS][k].text, i, false);
		for (int f = K_FIRST_LIB; f < NKEYS; f++)
			if (gen_recs[i].one[f].text != NULL)
				add_name(list, &n, gen_recs[i].one[f].text, i, true);
	}
	size_t offset = 0, bytes = 0;

	qsort(list, n, sizeof *list, by_key);
	/* byte values, not a string literal: C11 only promises 4095 characters
	 * in a literal; a key equal to the one before shares its bytes */
	fputs("\nconst char table_name_pool[] = {", out);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && strcmp(list[i].key, list[i - 1].key) == 0)
			continue;
		write_bytes(out, list[i].key, &bytes);
	}
	if (bytes > 65535 || gen_nrecs > 65535)
		errx(2, "the name table outgrew its 16-bit offsets");
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

/* Whether s goes into a JSON string as it is: printable ASCII but the
 * quote and the backslash (as json.c's escaper decides). */
static bool
json_plain(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s < 0x20 || *s > 0x7E || *s == '"' || *s == '\\')
			return false;
	return true;
}

static void
put_member(FILE *out, size_t i)
{
	fprintf(out, "\tchar s%zu[%zu];\n", i, strlen(strs[i]) + 1);
}

static void
put_value(FILE *out, size_t i)
{
	fputc('\t', out);
	put_literal(out, strs[i]);
	fputs(",\n", out);
}

/* The strings as the members of one object: s0 is the empty string that
 * offset 0 stands for.  The strings JSON takes as they are come first, up
 * to table_plain_end: they skip the escaper (json_entry.c says why).  Long
 * strings are packed instead (put_packed). */
static void
put_members(FILE *out)
{
	size_t first = 0; /* the first string that needs escaping; 0 for none */

	fputs("struct table_text {\n\tchar s0[1];\n", out);
	for (int plain = 1; plain >= 0; plain--)
		for (size_t i = 1; i < nstrs; i++)
			if (!pack_wanted(strs[i]) && json_plain(strs[i]) == plain) {
				first = first == 0 && !plain ? i : first;
				put_member(out, i);
			}
	fputs("};\n\nconst struct table_text table_text = {\n\t\"\",\n", out);
	for (int plain = 1; plain >= 0; plain--)
		for (size_t i = 1; i < nstrs; i++)
			if (!pack_wanted(strs[i]) && json_plain(strs[i]) == plain)
				put_value(out, i);
	fputs("};\n\nconst text_ref table_plain_end = (text_ref)", out);
	if (first != 0)
		fprintf(out, "offsetof(struct table_text, s%zu);\n", first);
	else
		fputs("sizeof table_text;\n", out);
}

/* What each byte of a packed string stands for, in full, and how many
 * bytes that is; a byte that stands for itself is its own symbol.  Every
 * symbol takes PACK_SYMBOL_MAX bytes, so that unpacking treats every byte
 * alike: it copies that many and moves on by the length, with no branch,
 * no walk of a tree of pairs, and no offset to look up (table.c). */
static void
put_symbols(FILE *out, unsigned char pairs[256][2])
{
	char text[256][PACK_SYMBOL_MAX] = { "" };
	size_t len[256];

	for (int c = 0; c < 256; c++) {
		text[c][0] = (char)c;
		len[c] = 1;
	}
	for (int c = 1; c < 256; c++) {
		const unsigned char a = pairs[c][0], b = pairs[c][1];
		if (a == 0)
			continue;
		/* a pair of earlier bytes: literals, or symbols spelt out already */
		len[c] = len[a] + len[b];
		memcpy(text[c], text[a], len[a]);
		memcpy(text[c] + len[a], text[b], len[b]);
	}
	fputs("\nconst char table_symbols[256][PACK_SYMBOL_MAX] = {\n", out);
	for (int c = 0; c < 256; c++) {
		fputs("\t{", out);
		for (int i = 0; i < PACK_SYMBOL_MAX; i++) {
			char buf[8];
			size_t n = char_constant((unsigned char)text[c][i], buf);
			fputc(' ', out);
			fwrite(buf, 1, n, out);
			fputc(',', out);
		}
		fputs(" },\n", out);
	}
	fputs("};\n\nconst unsigned char table_symbol_len[256] = {", out);
	for (int c = 0; c < 256; c++)
		fprintf(out, "%s%zu,", c % 16 == 0 ? "\n\t" : " ", len[c]);
	fputs("\n};\n", out);
}

/* The long strings, packed (pack.c), those JSON takes as they are first;
 * packed[i] is the number of string i among them. */
static void
put_packed(FILE *out, size_t *packed)
{
	unsigned char **s = gen_realloc(NULL, (nstrs + 1) * sizeof *s), pairs[256][2];
	size_t *from = gen_realloc(NULL, (nstrs + 1) * sizeof *from);
	size_t n = 0, plain_end = 0, bytes = 0, room = 0;

	for (int plain = 1; plain >= 0; plain--, plain_end = plain_end == 0 ? n : plain_end)
		for (size_t i = 1; i < nstrs; i++)
			if (pack_wanted(strs[i]) && json_plain(strs[i]) == plain) {
				packed[i] = n;
				from[n] = i;
				s[n++] = (unsigned char *)gen_strdup(strs[i]);
			}
	pack_strings(s, n, pairs);
	put_symbols(out, pairs);
	fputs("\nconst char table_packed[] = {", out);
	for (size_t i = 0; i < n; i++)
		write_bytes(out, (const char *)s[i], &bytes);
	fputs(n == 0 ? "0\n};\n" : "\n};\n", out);
	fputs("\nconst uint32_t table_packed_at[] = {", out);
	bytes = 0;
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%s%zu,", i % 12 == 0 ? "\n\t" : " ", bytes);
		bytes += strlen((const char *)s[i]) + 1;
		room += strlen(strs[from[i]]) + 1;
	}
	/* written as strings are unpacked (table.c) */
	fprintf(out, "\n\t0\n};\n\nconst uint32_t table_packed_plain_end = %zu;\n"
	    "uint32_t table_unpacked_at[%zu];\nchar table_unpacked[%zu];\n", plain_end, n + 1,
	    room + PACK_SYMBOL_MAX);
	for (size_t i = 0; i < n; i++)
		free(s[i]);
	free(s);
	free(from);
	if (bytes > UINT32_MAX || room > UINT32_MAX)
		errx(2, "the packed strings outgrew their 32-bit offsets");
}

/* All the strings, and T(n), what string n is as a text_ref: an offset
 * into table_text, or a packed string's number.  The comment after a
 * packed one says what it unpacks to. */
static void
put_text(FILE *out)
{
	size_t *packed = gen_realloc(NULL, (nstrs + 1) * sizeof *packed);

	put_members(out);
	put_packed(out, packed);
	fputs("\nenum {\n", out);
	for (size_t i = 0; i < nstrs; i++) {
		if (i == 0 || !pack_wanted(strs[i])) {
			fprintf(out, "\tR%zu = (int)offsetof(struct table_text, s%zu),\n", i, i);
			continue;
		}
		fprintf(out, "\tR%zu = TEXT_PACKED | %zu, // ", i, packed[i]);
		put_literal(out, strs[i]);
		fputc('\n', out);
	}
	fputs("};\n\n#define T(n) ((text_ref)R##n)\n", out);
	free(packed);
}

/* The rows, rules and situations are written to memory first: they name
 * the strings, and struct table_text must be complete before them. */
void
write_c(FILE *out)
{
	char *body, *pool[5];
	size_t len, plen[5];
	FILE *b = open_memstream(&body, &len);

	lists = open_memstream(&pool[0], &plen[0]);
	numbers = open_memstream(&pool[1], &plen[1]);
	requirements = open_memstream(&pool[2], &plen[2]);
	messages = open_memstream(&pool[3], &plen[3]);
	stemids = open_memstream(&pool[4], &plen[4]);
	if (b == NULL || lists == NULL || numbers == NULL || requirements == NULL ||
	    messages == NULL || stemids == NULL)
		err(2, NULL);
	nstrs = nlists = nnumbers = nrequirements = nmessages = nstemids = 0;
	intern("");
	/* an empty list of numbers first, for the rows that have none */
	fputs("0,\n\t", numbers);
	nnumbers = 1;
	for (; nlists < NKEYS - K_FIRST_LIB; nlists++)
		fputs("0, ", lists);
	fputs("\n\t", lists);
	/* the word index first: the messages of the rows are written by the
	 * ids of their stems */
	for (size_t i = 0; i < gen_nrecs; i++)
		index_record(i, &gen_recs[i]);
	if (!index_put(b))
		errx(2, "the word index outgrew its types");
	fputs("\nconst struct status table_rows[] = {\n", b);
	for (size_t i = 0; i < gen_nrecs; i++)
		put_row(b, &gen_recs[i]);
	index_free();
	/* rows keep where their lists start in unsigned shorts */
	if (nlists > USHRT_MAX || nnumbers > USHRT_MAX || nrequirements > USHRT_MAX ||
	    nmessages > USHRT_MAX || nstemids > USHRT_MAX)
		errx(2, "the lists of the table outgrew their 16-bit indexes");
	fputs("};\n\nconst size_t table_len = sizeof table_rows / sizeof table_rows[0];\n\n"
	    "/* Row index + 1 of the first record of each code; 0 for none. */\n"
	    "const unsigned short table_by_code[1000] = {\n", b);
	for (size_t i = 0; i < gen_nrecs && gen_recs[i].code < ID_ERROR_MIN; i++)
		if (i == 0 || gen_recs[i].code != gen_recs[i - 1].code)
			fprintf(b, "\t[%d] = %zu,\n", gen_recs[i].code, i + 1);
	fputs("};\n", b);
	put_rules(b);
	put_guide(b);
	put_products(b);
	put_software(b);
	put_names(b);
	/* checked: ten bytes of digits and '-' */
	fprintf(b, "\nconst char table_updated[] = \"%s\";\n",
	    gen_about.line != 0 ? gen_about.one[K_UPDATED].text : "");
	fprintf(out, "/* Generated from %s by src/gen; do not edit. */\n\n"
	    "#include <stddef.h>\n\n#include \"table.h\"\n#include \"table_pack.h\"\n\n", gen_path);
	put_text(out);
	fputs("\nconst text_ref table_lists[] = {\n\t", out);
	drain(out, lists, &pool[0]);
	fputs("0\n};\n\nconst unsigned short table_numbers[] = {\n\t", out);
	drain(out, numbers, &pool[1]);
	fputs("0\n};\n\nconst struct requirement table_requirements[] = {\n\t", out);
	drain(out, requirements, &pool[2]);
	fputs("{ .field = 0 }\n};\n\nconst struct message table_messages[] = {\n", out);
	drain(out, messages, &pool[3]);
	fprintf(out, "\t{ 0, 0, 0, 0 }\n};\nconst unsigned short table_messages_len = %zu;\n",
	    nmessages);
	fputs("\nconst unsigned short table_message_stems[] = {\n\t", out);
	drain(out, stemids, &pool[4]);
	fprintf(out, "%d\n};\n", WORDS_NO_STEM);
	drain(out, b, &body);
	for (size_t i = 0; i < nstrs; i++)
		free(strs[i]);
	free(strs);
	strs = NULL;
	capstrs = 0;
}

/* Writes through a temporary file so that a failed run leaves no half table. */
int
write_table(const char *outpath)
{
	size_t n = strlen(outpath) + 5;
	char *tmp = gen_realloc(NULL, n);
	FILE *out;

	snprintf(tmp, n, "%s.tmp", outpath);
	if ((out = fopen(tmp, "w")) == NULL) {
		warn("%s", tmp);
		free(tmp);
		return 2;
	}
	write_c(out);
	if (ferror(out) | fclose(out) || rename(tmp, outpath) != 0) {
		warnx("cannot write %s", outpath);
		remove(tmp);
		free(tmp);
		return 2;
	}
	free(tmp);
	return 0;
}
