/* The commands: lookup, list, search, compare, choose, and batch input. */
#ifndef COMMAND_H
#define COMMAND_H

#include <stdio.h>

#include "codeset.h"
#include "field.h"
#include "json.h"
#include "logline.h"
#include "query.h"

enum { EXIT_FOUND = 0, EXIT_MISSING = 1, EXIT_USAGE = 2 };

#define TOP_MAX 1000

/* Text is the full entry; short one line a meaning (-s). */
enum mode { MODE_TEXT, MODE_SHORT, MODE_JSON, MODE_FIELD };

/* Where and how results are written. */
struct output {
	FILE *f;
	enum mode mode;
	struct fields fields; /* for MODE_FIELD */
	enum filter keep; /* for listings */
	const char *vendor; /* list: only this vendor's codes; NULL for all */
	bool verbose; /* check: each finding's link */
	enum log_format format; /* --stdin: LOG_AUTO, or the one --format names */
	bool count; /* --count: a tally instead of a line a line */
	int by;     /* --by: enum log_key, -1 for none */
	size_t top; /* --top: values shown per breakdown, up to TOP_MAX */
	struct codeset codes; /* --code: the lines a tally keeps */
	int width;      /* of prose: the terminal's, up to 100 columns */
	int list_width; /* of a list's rows: the terminal's */
	bool tty; /* standard output is a terminal */
	struct json json;
};

int command_lookup(struct output *o, char **args, int n);
int command_list(struct output *o, char **args, int n);
int command_search(struct output *o, char **args, int n);
int command_compare(struct output *o, char **args, int n);
int command_choose(struct output *o, char **args, int n);
int command_batch(struct output *o, char **files, int n);
int command_check(struct output *o, char **args, int n);

#endif
