/* Text rendering of the choose guide: situations by topic, and one answer. */

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "render.h"
#include "style.h"
#include "wrap.h"

static int
key_width(const struct situation *const *list, size_t n)
{
	int w = 0;

	for (size_t i = 0; i < n; i++)
		if ((int)strlen(table_str(list[i]->key)) > w)
			w = (int)strlen(table_str(list[i]->key));
	return w;
}

#define MIN_ASK 30 /* narrower, and the situation goes under its key */

/* Each situation under its topic (strings are stored once, so equal topics
 * have equal refs): key, code, and the situation wrapped
 * beside them, or below them on a narrow terminal. */
void
text_guide(FILE *out, const struct situation *const *list, size_t n, int width)
{
	int keys = key_width(list, n), col = keys + 9;
	bool below = width - col < MIN_ASK;

	for (size_t i = 0; i < n; i++) {
		const struct situation *s = list[i];
		if (i == 0 || s->topic != list[i - 1]->topic)
			fprintf(out, "%s%s%s%s\n", i > 0 ? "\n" : "", style_bold(), table_str(s->topic),
			    style_reset());
		fprintf(out, "  %-*s  %s%u%s%s", below ? 0 : keys, table_str(s->key), style_class(s->code),
		    s->code, style_reset(), below ? "\n    " : "  ");
		wrap_text(out, table_str(s->ask), below ? 4 : col, below ? 4 : col, width);
	}
}

/* "429 or 503", "301, 302, 307 or 308". */
static void
rule_heading(FILE *out, const struct rule *r)
{
	const unsigned short *codes = table_codes(r->codes);

	fputs("\n  ", out);
	fputs(style_bold(), out);
	for (const unsigned short *c = codes; *c != 0; c++)
		fprintf(out, "%s%u", c == codes ? "" : c[1] == 0 ? " or " : ", ", *c);
	fprintf(out, "%s\n    ", style_reset());
}

/* The code for one situation, why, the rule that decides between it and
 * its neighbours, and the headers to send with it. */
void
text_choice(FILE *out, const struct situation *sit, int width)
{
	const struct status *s = table_code(sit->code).first;
	char more[32];

	fprintf(out, "%s: send %s%u%s %s%s%s\n", table_str(sit->key), style_class(s->code), s->code,
	    style_reset(), style_bold(), table_str(s->name), style_reset());
	text_field(out, "Situation:", table_str(sit->ask), width);
	text_field(out, "Why:", table_str(sit->reason), width);
	rule_heading(out, &table_rules[sit->rule]);
	wrap_text(out, table_str(table_rules[sit->rule].text), 4, 4, width);
	text_headers(out, table_requires(s), width);
	snprintf(more, sizeof more, "httpstatus %u", s->code);
	fputc('\n', out);
	text_field(out, "More:", more, width);
}
