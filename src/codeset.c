/* --code LIST: the codes a tally keeps.  A code keeps its sub-statuses
 * (404 keeps 404.0 and 404.3), since an operator asking for 404s wants
 * IIS's too; a sub-status keeps itself alone. */

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "codeset.h"
#include "ids.h"

/* "4xx" (1xx to 9xx): its hundred codes. */
static bool
add_class(struct codeset *cs, const char *item, size_t len)
{
	if (len != 3 || item[0] < '1' || item[0] > '9' || (item[1] != 'x' && item[1] != 'X') ||
	    (item[2] != 'x' && item[2] != 'X'))
		return false;
	for (int c = 0; c < 100; c++)
		cs->code[(item[0] - '0') * 100 + c] = true;
	return true;
}

/* Three digits, whether or not the table knows the code: a log holds
 * what servers sent. */
static bool
add_digits(struct codeset *cs, const char *item, size_t len)
{
	if (len != 3 || strspn(item, "0123456789") < 3 || (item[0] == '0' && strncmp(item,
	    "000", 3) != 0))
		return false;
	cs->code[(item[0] - '0') * 100 + (item[1] - '0') * 10 + (item[2] - '0')] = true;
	return true;
}

static bool
add_id(struct codeset *cs, const char *item, size_t len)
{
	char buf[16];
	int id;

	if (len >= sizeof buf || cs->nids == CODESET_IDS)
		return false;
	memcpy(buf, item, len);
	buf[len] = '\0';
	if ((id = table_parse_code(buf)) < 0 || table_code(id).len == 0)
		return false;
	cs->ids[cs->nids++] = id;
	return true;
}

static bool
add_item(struct codeset *cs, const char *item, size_t len)
{
	if (len == 6 && strncmp(item, "vendor", 6) == 0)
		return cs->vendor = true;
	return add_class(cs, item, len) || add_digits(cs, item, len) || add_id(cs, item, len);
}

/* Keeps the lists as given, joined by commas, for the output to name. */
static void
add_text(struct codeset *cs, const char *list)
{
	size_t used = strlen(cs->text);

	snprintf(cs->text + used, sizeof cs->text - used, "%s%s", used > 0 ? "," : "", list);
}

const char *
codeset_add(struct codeset *cs, const char *list, char *bad, size_t size)
{
	const char *p = list;

	for (;;) {
		size_t len = strcspn(p, ",");
		if (!add_item(cs, p, len)) {
			snprintf(bad, size, "%.*s", (int)len, p);
			return len == 0 ? "an empty item" : "no code, class or 'vendor'";
		}
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	cs->any = true;
	add_text(cs, list);
	return NULL;
}

bool
codeset_has(const struct codeset *cs, const struct status *s, int code)
{
	if (!cs->any)
		return true;
	if (s == NULL)
		return code >= 0 && code <= 999 && cs->code[code];
	int n = table_wire_status(s);
	if ((cs->vendor && s->vendor != 0) || (n >= 0 && cs->code[n]))
		return true;
	for (size_t i = 0; i < cs->nids; i++)
		if (table_id(s) == cs->ids[i])
			return true;
	return false;
}
