/* Queries over the generated table: by code, by class, and value names. */

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "table.h"
#include "table_pack.h"

#define AS_STRING(e, s) s,
static const char *const category_names[] = { CATEGORIES(AS_STRING) };
static const char *const state_names[] = { STATES(AS_STRING) };
static const char *const popularity_names[] = { POPULARITIES(AS_STRING) };
static const char *const caching_names[] = { CACHING(AS_STRING) };
static const char *const retry_names[] = { RETRIES(AS_STRING) };
static const char *const level_names[] = { LEVELS(AS_STRING) };
static const char *const kind_names[] = { KINDS(AS_STRING) };
const char *const table_libraries[LIB_COUNT] = { LIBRARIES(AS_STRING) };
static const char *const sender_names[] = { SENDERS(AS_STRING) };
#undef AS_STRING

/* The id (ids.h) of a row. */
int
table_id(const struct status *s)
{
	return s->kind == KIND_SUBSTATUS ? ID_SUB(s->code, s->sub) : s->code;
}

/* The first row whose id is not below id: the rows are in id order. */
static size_t
first_at_least(int id)
{
	size_t lo = 0, hi = table_len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (table_id(&table_rows[mid]) < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Every meaning of an id (ids.h); empty when unknown.  Rows of one id are
 * adjacent (the generator enforces the order), so the run ends at the
 * first other id.  A status is looked up directly, the rest by bisection. */
struct span
table_code(int id)
{
	struct span sp = { NULL, 0 };
	size_t at;

	if (id < 0)
		return sp;
	if (id < ID_ERROR_MIN) {
		if (table_by_code[id] == 0)
			return sp;
		at = table_by_code[id] - 1u;
	} else {
		at = first_at_least(id);
	}
	sp.first = &table_rows[at];
	while (at + sp.len < table_len && table_id(&sp.first[sp.len]) == id)
		sp.len++;
	return sp;
}

/* The rows from id lo up to, not including, id hi. */
static struct span
between(int lo, int hi)
{
	size_t at = first_at_least(lo);
	struct span sp = { &table_rows[at], first_at_least(hi) - at };

	return sp;
}

/* The IIS sub-statuses of a code, in order. */
struct span
table_subs(int code)
{
	return between(ID_SUB(code, 0), ID_SUB(code + 1, 0));
}

/* Every row from id on, to the end of the table. */
struct span
table_rows_from(int id)
{
	return between(id, INT_MAX);
}

/* Every vendor error number, in order. */
struct span
table_errors(void)
{
	return between(ID_ERROR_MIN, ID_ERROR_MAX + 1);
}

/* Unpacks the packed string at in to out, until its end or until at least
 * want bytes are out, and writes a 0 after them; returns how many, the 0
 * left out.  Each byte is one copy of PACK_SYMBOL_MAX bytes, whatever it
 * stands for, the excess overwritten by the next copy or the 0, so out
 * needs room for PACK_SYMBOL_MAX bytes past the length returned.  A copy
 * of fixed size is one move, with no branch on the length to mispredict:
 * unpacking every string of the table once took 0.10-0.16 ms, where a copy
 * byte by byte took 1.15 ms (a loop over table_packed_at, timed with
 * clock_gettime; 1.7 million instructions against 2.8 in callgrind). */
static size_t
unpack(const unsigned char *in, char *out, size_t want)
{
	size_t len = 0;

	for (; *in != '\0' && len < want; in++) {
		memcpy(out + len, table_symbols[*in], PACK_SYMBOL_MAX);
		len += table_symbol_len[*in];
	}
	out[len] = '\0';
	return len;
}

/* Packed string i where it was unpacked before, or NULL. */
static const char *
unpacked(size_t i)
{
	return table_unpacked_at[i] != 0 ? table_unpacked + table_unpacked_at[i] - 1 : NULL;
}

/* A packed string is unpacked the first time it is asked for and kept for
 * the rest of the run, next to those unpacked before it: a run reads few
 * of them, and they share a page or two. */
const char *
table_unpack(text_ref ref)
{
	static size_t used;
	size_t i = ref & ~(text_ref)TEXT_PACKED;
	const char *done = unpacked(i);
	char *out = table_unpacked + used;

	if (done != NULL)
		return done;
	table_unpacked_at[i] = (uint32_t)used + 1;
	used += unpack((const unsigned char *)table_packed + table_packed_at[i], out, SIZE_MAX) + 1;
	return out;
}

/* The start of the string ref stands for: at least its first want bytes,
 * or all of it.  A packed string not unpacked yet is unpacked only so far,
 * into buf, which has room for PACK_SYMBOL_MAX bytes past want or past
 * the whole string, whichever is shorter; the others come whole. */
const char *
table_head(text_ref ref, size_t want, char *buf)
{
	size_t i = ref & ~(text_ref)TEXT_PACKED;
	const char *done;

	if (!(ref & TEXT_PACKED))
		return table_str(ref);
	if ((done = unpacked(i)) != NULL)
		return done;
	unpack((const unsigned char *)table_packed + table_packed_at[i], buf, want);
	return buf;
}

/* The string ref stands for, valid until the next call: for output that
 * is written at once, as JSON and -f are, so that --json list does not
 * keep every string it writes (230 KB of fresh pages). */
const char *
table_str_once(text_ref ref)
{
	static char buf[TEXT_MAX + PACK_SYMBOL_MAX];

	return table_head(ref, SIZE_MAX, buf);
}

bool
table_plain(text_ref ref)
{
	if (ref & TEXT_PACKED)
		return (ref & ~(text_ref)TEXT_PACKED) < table_packed_plain_end;
	return ref < table_plain_end;
}

/* Writes n in decimal at p, in at least width digits, and returns the
 * end: by hand, as lists and --json list write a few for every row, and
 * through snprintf each cost about 870 instructions (callgrind). */
static char *
decimal(char *p, unsigned n, size_t width)
{
	char rev[16];
	size_t len = 0;

	do
		rev[len++] = (char)('0' + n % 10);
	while ((n /= 10) != 0 || len < width);
	while (len > 0)
		*p++ = rev[--len];
	return p;
}

/* Copies the text from text to end into buf as snprintf would. */
static void
copy_text(char *buf, size_t size, const char *text, const char *end)
{
	size_t len = (size_t)(end - text);

	if (size == 0)
		return;
	len = len < size ? len : size - 1;
	memcpy(buf, text, len);
	buf[len] = '\0';
}

/* What a person types for the row: 404, 000, 1020 or 500.19. */
void
table_id_text(const struct status *s, char *buf, size_t size)
{
	char text[32], *end = decimal(text, s->code, 3);

	if (s->kind == KIND_SUBSTATUS) {
		*end++ = '.';
		end = decimal(end, s->sub, 1);
	}
	copy_text(buf, size, text, end);
}

/* "RFC 9110" for RFC number rfc. */
void
table_rfc_text(unsigned rfc, char *buf, size_t size)
{
	char text[32] = "RFC ";

	copy_text(buf, size, text, decimal(text + 4, rfc, 1));
}

const char *
table_kind(const struct status *s)
{
	return kind_names[s->kind];
}

/* All rows whose code starts with digit (1-9), in code order. */
struct span
table_class(int digit)
{
	struct span sp = { NULL, 0 };
	size_t i = 0;

	while (i < table_len && table_rows[i].code / 100 < digit)
		i++;
	sp.first = &table_rows[i];
	while (i + sp.len < table_len && table_rows[i + sp.len].code / 100 == digit)
		sp.len++;
	return sp;
}

const char *
table_category(const struct status *s)
{
	return category_names[s->category];
}

/* The status a response of the record carries: the code itself (0 for
 * 000), a sub-status's parent, or the one the vendor documents for its
 * error number; -1 for an error number whose status is not documented.
 * The one place that says so: JSON's http_status, --count's classes and
 * --code's matches all ask here. */
int
table_wire_status(const struct status *s)
{
	if (s->kind == KIND_ERROR)
		return s->http_status != 0 ? s->http_status : -1;
	return s->code;
}

static int
by_name(const void *a, const void *b)
{
	return strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

size_t
table_vendors(const char **names, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < table_len && n < max; i++) {
		text_ref v = table_rows[i].vendor;
		bool seen = v == 0;
		/* the table holds each string once, so a vendor is one ref */
		for (size_t k = 0; k < i && !seen; k++)
			seen = table_rows[k].vendor == v;
		if (!seen)
			names[n++] = table_str(v);
	}
	qsort(names, n, sizeof names[0], by_name);
	return n;
}

/* A sub-status is in its parent's class, which its code field holds. */
int
table_record_class(const struct status *s)
{
	return s->kind == KIND_ERROR ? -1 : s->code / 100;
}

int
table_label(const struct status *s, char *buf, size_t size)
{
	if (s->vendor != 0)
		return snprintf(buf, size, "%s (%s)", table_str(s->name), table_str(s->vendor));
	return snprintf(buf, size, "%s", table_str(s->name));
}

size_t
table_label_len(const struct status *s)
{
	return strlen(table_str(s->name)) + (s->vendor != 0 ? 3 + strlen(table_str(s->vendor)) : 0);
}

/* "4xx Client Error" into buf; for 000 and an error number only the
 * category, as no class holds them. */
void
table_class_text(const struct status *s, char *buf, size_t size)
{
	int digit = table_record_class(s);

	if (digit <= 0)
		snprintf(buf, size, "%s", table_category(s));
	else
		snprintf(buf, size, "%dxx %s", digit, table_category(s));
}

const char *
table_state(const struct status *s)
{
	return state_names[s->state];
}

const char *
table_popularity(const struct status *s)
{
	return popularity_names[s->popularity];
}

const char *
table_caching(const struct status *s)
{
	return caching_names[s->caching];
}

const char *
table_retry(const struct status *s)
{
	return retry_names[s->retry];
}

bool
table_same_requirement(const struct requirement *a, const struct requirement *b)
{
	/* the generator stores each string once, so equal text is an equal ref */
	return a->level == b->level && a->rfc == b->rfc && a->section == b->section &&
	    a->note == b->note && a->note_kind == b->note_kind;
}

const char *
table_level(const struct requirement *r)
{
	return level_names[r->level];
}

/* What a cache may do with the response, in words. */
const char *
table_caching_text(const struct status *s)
{
	static const char *const text[] = {
		[CACHE_DEFAULT] = "yes, by default",
		[CACHE_EXPLICIT] = "only with explicit freshness (Cache-Control, Expires)",
		[CACHE_NEVER] = "never: caches must not store it",
		[CACHE_NA] = "does not apply: no response is sent",
	};

	return text[s->caching];
}

/* Whether a client may repeat the request on its own, in words. */
const char *
table_retry_text(const struct status *s)
{
	static const char *const text[] = {
		[RETRY_NO] = "no: the request has to change first",
		[RETRY_SAFE] = "yes: the request was not processed",
		[RETRY_IDEMPOTENT] = "idempotent methods only",
		[RETRY_LATER] = "later: after Retry-After or a back-off",
		[RETRY_SERVER] = "not until the server side is fixed; then it may work",
		[RETRY_NA] = "not applicable",
	};

	return text[s->retry];
}

/* The label of a kind's lines in an entry and a comparison. */
const char *
table_software_label(int kind)
{
	static const char *const labels[SOFT_KIND_COUNT] = {
		[SOFT_BROWSER] = "Browsers",
		[SOFT_CRAWLER] = "Crawlers",
		[SOFT_CACHE] = "Caches",
		[SOFT_CLIENT] = "Retries",
		[SOFT_GRPC] = "gRPC",
	};

	return labels[kind];
}

const char *
table_sender(int sender)
{
	return sender_names[sender];
}

void
table_senders_text(const struct status *s, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int i = 0, k; (k = table_sender_at(s, i)) >= 0 && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i > 0 ? ", or " : "",
		    table_sender_text(k));
	if (s->sender_note != 0 && n < size)
		snprintf(buf + n, size - n, "; %s", table_str(s->sender_note));
}

/* Whether every one of the n rows has behaviour b. */
static bool
all_have(const struct status *const *rows, size_t n, unsigned short b)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned short *d = table_doings(rows[i]);
		while (*d != 0 && *d != b)
			d++;
		if (*d == 0)
			return false;
	}
	return true;
}

const char *
table_software_facts(const struct status *s, size_t sw, const struct status *const *rows, size_t n,
    bool shared, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (const unsigned short *d = table_doings(s); *d != 0; d++)
		if (table_behaviours[*d].software == sw && len < size &&
		    (n == 0 || all_have(rows, n, *d) == shared))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len > 0 ? "; " : "",
			    table_str(table_behaviours[*d].text));
	return buf;
}

/* Who a sender is, in words. */
const char *
table_sender_text(int sender)
{
	static const char *const text[SENDER_COUNT] = {
		[SENDER_APP] = "the application",
		[SENDER_SERVER] = "the server software itself",
		[SENDER_PROXY] = "a gateway or proxy, about its upstream",
		[SENDER_INTERCEPTOR] = "an intercepting proxy",
		[SENDER_CDN] = "a CDN",
		[SENDER_BALANCER] = "a load balancer",
		[SENDER_CLIENT] = "nobody: a client reports it",
		[SENDER_LOG] = "nobody: only a log holds it",
	};

	return text[sender];
}

/* Three ASCII digits from 100 to 999, or four from 1000 to 9999 (a vendor's
 * error number), and 000, which stands for no response (curl prints it
 * so): strtol would accept signs, spaces and leading zeros.  Returns the
 * number, or -1. */
static int
parse_number(const char *arg, size_t len)
{
	int n = 0;

	if (len == 3 && strncmp(arg, "000", 3) == 0)
		return 0;
	if ((len != 3 && len != 4) || arg[0] < '1' || arg[0] > '9')
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (arg[i] < '0' || arg[i] > '9')
			return -1;
		n = n * 10 + (arg[i] - '0');
	}
	return n;
}

/* Returns the id (ids.h) an argument names, or -1: a number as above, or
 * an IIS sub-status, written 500.19 as IIS shows it or 500-19, of a code
 * from 100 to 599. */
int
table_parse_code(const char *arg)
{
	size_t len = strcspn(arg, ".-");
	int code = parse_number(arg, len), sub = 0;

	if (arg[len] == '\0' || code < 0)
		return arg[len] == '\0' ? code : -1;
	const char *s = arg + len + 1;
	size_t n = strspn(s, "0123456789");
	if (len != 3 || code < 100 || code > 599 || n == 0 || n > 3 || s[n] != '\0' ||
	    (s[0] == '0' && n > 1))
		return -1;
	for (size_t i = 0; i < n; i++)
		sub = sub * 10 + (s[i] - '0');
	return ID_SUB(code, sub);
}
