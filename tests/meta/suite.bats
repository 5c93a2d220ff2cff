#!/usr/bin/env bats
# Tests of the tests: those that loop over what the binary lists must fail,
# not pass over an empty list, when the binary prints nothing.

load ../helper

@test "tests that loop over the binary's lists fail against a binary that prints nothing" {
	fake="$BATS_TEST_TMPDIR/bin"
	mkdir -p "$fake"
	printf '#!/bin/sh\nexit 3\n' >"$fake/httpstatus"
	chmod +x "$fake/httpstatus"
	while IFS='|' read -r file name; do
		run -1 env HTTPSTATUS_BIN="$fake/httpstatus" "$BATS_ROOT/bin/bats" -f "$name" "$TOP/tests/$file"
		[[ "$output" == *"not ok 1 "* ]] || { echo "$file: $name passed"; return 1; }
	done <<'TESTS'
docs.bats|every option in --help is in the man page
docs.bats|every option in --help is in all three completions
field.bats|every field prints one line for every code
build/manpages.bats|every field -f accepts is described in httpstatus
cli.bats|--help fits in 80 columns
TESTS
}

@test "the test runner names in one line what the suite needs and this machine lacks" {
	local bin=$BATS_TEST_TMPDIR/path tool
	mkdir -p "$bin"
	# a machine with a shell and the usual tools, but no jq or script (bats
	# is here already, in tests/.bats, so npm is not asked for)
	for tool in sh dirname sed echo cat nproc taskset; do
		ln -s "$(command -v "$tool")" "$bin/$tool" 2>/dev/null || true
	done
	run_apart -1 env PATH="$bin" sh "$TOP/tests/run.sh" "$TOP/tests/nothing"
	[ "$stderr" = "tests/run.sh: missing: jq script; install with: apt-get install jq bsdutils" ]
	[ -z "$output" ]
}
