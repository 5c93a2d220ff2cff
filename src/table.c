/* Queries over the generated table: by code, by class, and value names. */

#include <stdio.h>
#include <string.h>

#include "table.h"

#define AS_STRING(e, s) s,
static const char *const category_names[] = { CATEGORIES(AS_STRING) };
static const char *const state_names[] = { STATES(AS_STRING) };
static const char *const popularity_names[] = { POPULARITIES(AS_STRING) };
static const char *const caching_names[] = { CACHING(AS_STRING) };
static const char *const retry_names[] = { RETRIES(AS_STRING) };
static const char *const level_names[] = { LEVELS(AS_STRING) };
const char *const table_libraries[LIB_COUNT] = { LIBRARIES(AS_STRING) };
#undef AS_STRING

/* Every meaning of code; empty when unknown.  Rows of one code are adjacent
 * (the generator enforces code order), so the run ends at the first other code. */
struct span
table_code(int code)
{
	struct span sp = { NULL, 0 };

	if (code < 0 || code > 999 || table_by_code[code] == 0)
		return sp;
	sp.first = &table_rows[table_by_code[code] - 1];
	while (sp.first + sp.len < table_rows + table_len && sp.first[sp.len].code == code)
		sp.len++;
	return sp;
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

/* "4xx Client Error" into buf; for 000 only its category, as no class
 * holds it. */
void
table_class_text(const struct status *s, char *buf, size_t size)
{
	if (s->code == 0)
		snprintf(buf, size, "%s", table_category(s));
	else
		snprintf(buf, size, "%dxx %s", s->code / 100, table_category(s));
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

/* Returns the code an argument names, or -1.  Only three ASCII digits from
 * 100 to 999 count, and 000, which stands for no response (curl prints it
 * so): strtol would accept signs, spaces and leading zeros. */
int
table_parse_code(const char *arg)
{
	if (strcmp(arg, "000") == 0)
		return 0;
	if (arg[0] < '1' || arg[0] > '9' || arg[1] < '0' || arg[1] > '9' ||
	    arg[2] < '0' || arg[2] > '9' || arg[3] != '\0')
		return -1;
	return (arg[0] - '0') * 100 + (arg[1] - '0') * 10 + (arg[2] - '0');
}
