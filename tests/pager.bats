#!/usr/bin/env bats
# The pager: text taller than the terminal goes through $HTTPSTATUS_PAGER,
# $PAGER or less, on a terminal only; tested in a real pseudo-terminal
# (script) with a fake pager that records each run and its LESS.

load helper

setup() {
	PATH="${BIN%/*}:$PATH"
	export LC_ALL=C HOME="$BATS_TEST_TMPDIR" NO_COLOR=1
	unset COLUMNS PAGER HTTPSTATUS_PAGER LESS
	LOG="$BATS_TEST_TMPDIR/pager.log"
	PAGE="$BATS_TEST_TMPDIR/fake-pager"
	# shellcheck disable=SC2016 # the fake pager expands LESS, not this shell
	printf '#!/bin/sh\necho "ran LESS=${LESS-unset}" >>"%s"\ncat\n' "$LOG" >"$PAGE"
	chmod +x "$PAGE"
}

# Runs the words in a terminal of 24 rows and 80 columns; the output is in
# $output without carriage returns, and the exit status is its last line.
on_tty() {
	run -0 script -qec "stty rows 24 cols 80; $*; echo \"status \$?\"" /dev/null
	output=${output//$'\r'/}
}

pager_runs() {
	[ -e "$LOG" ] && wc -l <"$LOG" || echo 0
}

@test "a tall entry on a terminal goes through the pager, with LESS=FRX" {
	HTTPSTATUS_PAGER=$PAGE on_tty httpstatus 404
	[ "$(pager_runs)" -eq 1 ]
	[ "$(cat "$LOG")" = "ran LESS=FRX" ]
	# what the pager shows is the whole entry
	[[ "$output" == "404 Not Found"$'\n'* ]]
	[[ "$output" == *$'One line each: httpstatus 4xx\nstatus 0' ]]
}

@test "a LESS of the user's own is left alone" {
	LESS=-S HTTPSTATUS_PAGER=$PAGE on_tty httpstatus 404
	[ "$(cat "$LOG")" = "ran LESS=-S" ]
}

@test "text shorter than the window is printed without a pager" {
	HTTPSTATUS_PAGER=$PAGE on_tty httpstatus -s 404
	[ "$(pager_runs)" -eq 0 ]
	[[ "$output" == "404 Not Found: "* ]]
}

@test "HTTPSTATUS_PAGER comes before PAGER, PAGER before less" {
	printf '#!/bin/sh\necho other >>"%s"\ncat\n' "$LOG" >"$BATS_TEST_TMPDIR/other"
	chmod +x "$BATS_TEST_TMPDIR/other"
	PAGER=$BATS_TEST_TMPDIR/other HTTPSTATUS_PAGER=$PAGE on_tty httpstatus 404
	[ "$(cat "$LOG")" = "ran LESS=FRX" ]
	rm "$LOG"
	PAGER=$PAGE on_tty httpstatus 404
	[ "$(cat "$LOG")" = "ran LESS=FRX" ]
}

@test "an empty variable or --no-pager turns the pager off" {
	HTTPSTATUS_PAGER='' PAGER=$PAGE on_tty httpstatus 404
	[ "$(pager_runs)" -eq 0 ]
	PAGER='' on_tty httpstatus 404
	[[ "$output" == "404 Not Found"$'\n'* ]]
	HTTPSTATUS_PAGER=$PAGE on_tty httpstatus --no-pager 404
	[ "$(pager_runs)" -eq 0 ]
	[[ "$output" == *$'\nstatus 0' ]]
}

@test "JSON, fields, standard input and pipes are never paged" {
	export HTTPSTATUS_PAGER=$PAGE
	on_tty httpstatus --json list
	on_tty httpstatus -f name list
	on_tty "yes 404 | head -n 100 | httpstatus --stdin"
	on_tty "httpstatus 404 | cat"
	[ "$(pager_runs)" -eq 0 ]
	[[ "$output" == *$'\nstatus 0' ]]
}

@test "a pager that cannot start leaves the text printed as it is" {
	HTTPSTATUS_PAGER=$BATS_TEST_TMPDIR/no-such-pager on_tty httpstatus 404
	[[ "$output" == "404 Not Found"$'\n'* ]]
	[[ "$output" == *$'One line each: httpstatus 4xx\nstatus 0' ]]
}

@test "a pager command with shell syntax runs through the shell" {
	HTTPSTATUS_PAGER="$PAGE | cat" on_tty httpstatus 404
	[ "$(pager_runs)" -eq 1 ]
	[[ "$output" == "404 Not Found"$'\n'* ]]
}

@test "quitting the pager early is no error, and the exit status stays" {
	HTTPSTATUS_PAGER='head -n 2' on_tty httpstatus 404 4xx
	[ "$output" = $'404 Not Found\n  The server has no current representation for the target resource, or will not\nstatus 0' ]
	read -r _ hi < <(unknown_edges)
	run -0 script -qec "stty rows 24; HTTPSTATUS_PAGER='head -n 1' httpstatus 404 $hi; echo \"status \$?\"" /dev/null
	output=${output//$'\r'/}
	[ "$output" = "httpstatus: '$hi' is not a known status code$(suggestion "$hi")"$'\n404 Not Found\nstatus 1' ]
}
