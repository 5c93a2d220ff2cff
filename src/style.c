/* Terminal colours: set once from --color and the environment, then read
 * by the text renderers.  JSON and -f output never ask for them. */

#include "style.h"

static bool enabled;

void
style_enable(bool on)
{
	enabled = on;
}

/* 2xx green, 3xx cyan, 4xx yellow, 5xx red; 1xx only bold. */
const char *
style_class(int code)
{
	static const char *const sgr[] = {
		"\033[1m", "\033[1m", "\033[1;32m", "\033[1;36m", "\033[1;33m", "\033[1;31m",
	};
	int digit = code / 100;

	if (!enabled)
		return "";
	return digit >= 1 && digit <= 5 ? sgr[digit] : sgr[0];
}

/* A finding of httpstatus check (enum check_level): an error red, a
 * warning yellow, a note cyan, as the classes of like weight. */
const char *
style_level(int level)
{
	return style_class(level == 0 ? 500 : level == 1 ? 400 : 300);
}

const char *
style_bold(void)
{
	return enabled ? "\033[1m" : "";
}

const char *
style_dim(void)
{
	return enabled ? "\033[2m" : "";
}

const char *
style_reset(void)
{
	return enabled ? "\033[0m" : "";
}
