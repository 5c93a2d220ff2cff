#!/bin/sh
# Runs the bats files of the folders given, as make test and make check
# do: bats-core 1.13 from the npm registry, installed without root into
# tests/.bats (git-ignored), or bats from PATH when npm cannot get it.
#
# The suite's cost is starting processes: bats alone forks about a dozen
# for each test.  On a small VM that is cheaper on one CPU than spread over
# several (measured on 2 vCPUs: 92 s spread, 70 s on one CPU, 93 s with two
# files at once), so the files run in turn on the last CPU, which takes
# fewer interrupts than CPU 0.  TEST_JOBS=N runs N files at once with GNU
# parallel instead, for machines where that pays.  TEST_FILTER holds bats
# options that pick the tests.  The npm bats comes first because it runs
# this suite faster than Debian's 1.8.2 (68 s against 83 s on a 2-vCPU VM).
#
#   HTTPSTATUS_BIN=... HTTPSTATUS_BUILD=... tests/run.sh FOLDER...
set -eu
set -f # TEST_FILTER is split into words, never globbed
here=$(dirname "$0")
dir=$here/.bats
bats=$dir/node_modules/bats/bin/bats
jobs='' pin=''

# What the suite needs and no test can skip without: said at once, in one
# line with the command that installs it, rather than as dozens of
# failures.  bats itself comes from npm below, when npm is there.
missing=''
for tool in jq script; do
	command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -z "$(command -v npm)" ] && [ ! -x "$bats" ] && [ -z "$(command -v bats)" ]; then
	missing="$missing npm"
fi
if [ -n "$missing" ]; then
	packages=$(echo "$missing" | sed 's/script/bsdutils/')
	echo "tests/run.sh: missing:$missing; install with: apt-get install$packages" >&2
	exit 1
fi

if [ ! -x "$bats" ]; then
	npm install --silent --no-audit --no-fund --prefix "$dir" bats@1.13.0 >/dev/null 2>&1 || :
fi
if [ ! -x "$bats" ]; then
	bats=$(command -v bats) || {
		echo "tests/run.sh: no bats: npm could not install bats-core, and none is on PATH" >&2
		exit 1
	}
fi
if [ "${TEST_JOBS:-1}" -gt 1 ]; then
	jobs="--jobs $TEST_JOBS --no-parallelize-within-files"
else
	cpu=$(($(nproc) - 1))
	if taskset -c "$cpu" true 2>/dev/null; then
		pin="taskset -c $cpu"
	fi
fi
# shellcheck disable=SC2086 # pin, jobs and the filter are lists of words
exec $pin "$bats" $jobs ${TEST_FILTER:-} "$@"
