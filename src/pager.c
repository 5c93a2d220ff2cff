/* Paging text taller than the terminal, as git and man do. */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pager.h"

#define PAGER_WORDS 32 /* a longer pager command goes through the shell */

/* The pager command: $HTTPSTATUS_PAGER, else $PAGER, else less; NULL when
 * the variable that decides is set but empty, which turns paging off. */
const char *
pager_command(void)
{
	const char *own = getenv("HTTPSTATUS_PAGER"), *any = getenv("PAGER");
	const char *cmd = own != NULL ? own : any != NULL ? any : "less";

	return cmd[strspn(cmd, " \t")] == '\0' ? NULL : cmd;
}

/* Lines of the terminal on standard output; 24 when it does not say. */
static size_t
window_lines(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
		return ws.ws_row;
	return 24;
}

static size_t
count_lines(const char *text, size_t len)
{
	size_t n = 0;

	for (const char *p = text; (p = memchr(p, '\n', len - (size_t)(p - text))) != NULL; p++)
		n++;
	return n;
}

/* Splits a command without shell syntax into words, in place; returns
 * false when it has shell syntax or too many words, so that it must go
 * through sh -c. */
static bool
split_command(char *cmd, char **argv)
{
	size_t n = 0;

	if (strpbrk(cmd, "|&;<>()$`\\\"'*?[]#~=%{}\n") != NULL)
		return false;
	for (char *w = strtok(cmd, " \t"); w != NULL; w = strtok(NULL, " \t")) {
		if (n + 1 == PAGER_WORDS)
			return false;
		argv[n++] = w;
	}
	argv[n] = NULL;
	return n > 0;
}

/* In the child: stdin from the pipe, LESS set when unset, then the pager.
 * A failed exec reports its errno through report, which is close-on-exec
 * and so reaches the parent's EOF when the exec succeeds. */
static void
run_pager(const char *cmd, int in, int report)
{
	char *copy = strdup(cmd), *argv[PAGER_WORDS];
	int err;

	if (copy == NULL || dup2(in, STDIN_FILENO) < 0)
		_exit(127);
	close(in);
	if (getenv("LESS") == NULL)
		setenv("LESS", "FRX", 1);
	if (split_command(copy, argv))
		execvp(argv[0], argv);
	else
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
	err = errno;
	if (write(report, &err, sizeof err) < 0)
		_exit(126);
	_exit(127);
}

/* Writes all of text to fd; a reader that goes away (EPIPE) ends it
 * quietly, since quitting a pager early is no error. */
static void
write_all(int fd, const char *text, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, text, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		text += n;
		len -= (size_t)n;
	}
}

/* Starts cmd on a pipe; returns the pipe's write end, or -1 when the pager
 * could not be started (the caller prints the text itself). */
static int
start(const char *cmd, pid_t *pid)
{
	int data[2] = { -1, -1 }, report[2] = { -1, -1 }, err;
	ssize_t got;

	if (pipe(data) != 0 || pipe(report) != 0 || fcntl(report[1], F_SETFD, FD_CLOEXEC) != 0 ||
	    (*pid = fork()) < 0) {
		for (int i = 0; i < 2; i++)
			if (data[i] >= 0)
				close(data[i]);
		for (int i = 0; i < 2; i++)
			if (report[i] >= 0)
				close(report[i]);
		return -1;
	}
	if (*pid == 0) {
		close(data[1]), close(report[0]);
		run_pager(cmd, data[0], report[1]);
	}
	close(data[0]), close(report[1]);
	while ((got = read(report[0], &err, sizeof err)) < 0 && errno == EINTR)
		;
	close(report[0]);
	if (got > 0) {
		close(data[1]);
		waitpid(*pid, NULL, 0);
		return -1;
	}
	return data[1];
}

static void
restore(const struct sigaction *was)
{
	sigaction(SIGPIPE, &was[0], NULL);
	sigaction(SIGINT, &was[1], NULL);
	sigaction(SIGQUIT, &was[2], NULL);
}

/* Shows text through the pager when it is taller than the window, else
 * (or when no pager can be started) writes it to standard output.
 * Returns false only when writing to standard output failed. */
bool
pager_show(const char *text, size_t len)
{
	const char *cmd = pager_command();
	struct sigaction ignore = { .sa_handler = SIG_IGN }, was[3];
	pid_t pid;
	int fd;

	if (cmd == NULL || count_lines(text, len) < window_lines())
		return fwrite(text, 1, len, stdout) == len;
	/* the pager takes Ctrl-C and q; this process only waits for it */
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGPIPE, &ignore, &was[0]);
	sigaction(SIGINT, &ignore, &was[1]);
	sigaction(SIGQUIT, &ignore, &was[2]);
	if ((fd = start(cmd, &pid)) < 0) {
		restore(was);
		return fwrite(text, 1, len, stdout) == len;
	}
	write_all(fd, text, len);
	close(fd);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	restore(was);
	return true;
}
