/*
 * Times commands run by turns: the first command once, the second once, and
 * so on, over and over.  A shared machine drifts over seconds, so timing
 * one command's runs as a block and the next command's after it (as
 * hyperfine does) can move a ratio by a third; run by turns, every command
 * sees the same drift and the ratios hold.
 *
 *   interleave RUNS 'command one' 'command two' ...
 *
 * Each command is split on spaces and run with its output to /dev/null;
 * a word "<FILE" is its standard input instead.  Prints one line per
 * command: the median wall time of its runs in microseconds, then the
 * command.  A tenth as many runs again go first as warm-up, not counted.
 */

#define _POSIX_C_SOURCE 200809L

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum { WORDS_MAX = 32 };

struct command {
	char *text;
	char *words; /* text split in place; argv points into it */
	char *argv[WORDS_MAX + 1];
	const char *input; /* NULL: the standard input of interleave */
	double *us;
};

static void
split(struct command *c, const char *text)
{
	int n = 0;

	if ((c->words = strdup(text)) == NULL || (c->text = strdup(text)) == NULL)
		err(2, "strdup");
	for (char *w = strtok(c->words, " "); w != NULL; w = strtok(NULL, " ")) {
		if (w[0] == '<') {
			c->input = w + 1;
			continue;
		}
		if (n == WORDS_MAX)
			errx(2, "too many words in '%s'", text);
		c->argv[n++] = w;
	}
	if (n == 0)
		errx(2, "empty command");
	c->argv[n] = NULL;
}

static double
now_us(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static double
run(const struct command *c)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int status;
	double start = now_us();

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	if (c->input != NULL)
		posix_spawn_file_actions_addopen(&fa, 0, c->input, O_RDONLY, 0);
	if ((errno = posix_spawnp(&pid, c->argv[0], &fa, NULL, c->argv, environ)) != 0)
		err(2, "%s", c->argv[0]);
	posix_spawn_file_actions_destroy(&fa);
	if (waitpid(pid, &status, 0) < 0)
		err(2, "waitpid");
	if (WIFSIGNALED(status))
		errx(2, "'%s' died of signal %d", c->text, WTERMSIG(status));
	return now_us() - start;
}

static int
by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int
main(int argc, char **argv)
{
	if (argc < 3)
		errx(2, "usage: interleave RUNS COMMAND...");
	char *end;
	long runs = strtol(argv[1], &end, 10);
	if (*end != '\0' || runs < 1 || runs > 1000000)
		errx(2, "bad RUNS '%s'", argv[1]);
	long warm = runs / 10;
	int n = argc - 2;

	struct command *cmds = calloc((size_t)n, sizeof *cmds);
	if (cmds == NULL)
		err(2, "calloc");
	for (int i = 0; i < n; i++) {
		split(&cmds[i], argv[i + 2]);
		if ((cmds[i].us = calloc((size_t)runs, sizeof *cmds[i].us)) == NULL)
			err(2, "calloc");
	}

	for (long r = -warm; r < runs; r++)
		for (int i = 0; i < n; i++) {
			double t = run(&cmds[i]);
			if (r >= 0)
				cmds[i].us[r] = t;
		}

	for (int i = 0; i < n; i++) {
		qsort(cmds[i].us, (size_t)runs, sizeof *cmds[i].us, by_value);
		printf("%.1f\t%s\n", cmds[i].us[runs / 2], cmds[i].text);
		free(cmds[i].us);
		free(cmds[i].words);
		free(cmds[i].text);
	}
	free(cmds);
	return 0;
}
