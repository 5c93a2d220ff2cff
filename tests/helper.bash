# Shared set-up: the freshly built binary first on PATH, a fixed locale, and a
# private HOME, so that no test depends on the machine it runs on.  This file
# is read again for every test, so it forks nothing.

bats_require_minimum_version 1.5.0

TOP=${BATS_TEST_DIRNAME%/tests*}
# shellcheck disable=SC2034 # FIXTURES and BUILD are for the test files
FIXTURES="$TOP/tests/fixtures"
DATA="$TOP/src/codes.txt"
# make test and make check say which build to test; ./httpstatus otherwise
BIN=${HTTPSTATUS_BIN:-$TOP/httpstatus}
# shellcheck disable=SC2034
BUILD=${HTTPSTATUS_BUILD:-$TOP/build}

# Both builds name the binary httpstatus, so its folder goes first on PATH;
# setup runs before every test, so it forks nothing.  Paging is off (an
# empty HTTPSTATUS_PAGER), so that a test on a pseudo-terminal never waits
# in less; pager.bats turns it on.
setup() {
	PATH="${BIN%/*}:$PATH"
	export LC_ALL=C
	export HOME="$BATS_TEST_TMPDIR"
	export HTTPSTATUS_PAGER=
	unset COLUMNS NO_COLOR
}

# As bats' run -N --separate-stderr (status, output, lines and stderr, and
# the status checked when -N is given), in one process where run starts
# four: for the tests that loop over many inputs.
run_apart() {
	local want=
	if [[ $1 == -[0-9]* ]]; then want=${1#-}; shift; fi
	status=0
	output=$("$@" 2>"$BATS_TEST_TMPDIR/stderr") || status=$?
	read -d '' -r stderr <"$BATS_TEST_TMPDIR/stderr" || true
	# shellcheck disable=SC2034 # lines is for the tests, as run sets it
	IFS=$'\n' read -d '' -r -a lines <<<"$output" || true
	[ -z "$want" ] || [ "$status" -eq "$want" ] ||
		{ echo "$*: exit $status, not $want"; return 1; }
}

# Runs httpstatus with the arguments, asserting exit 0 and nothing on
# stderr, and leaves its stdout in $output.
quietly() {
	run_apart -0 httpstatus "$@" || return
	[ -z "$stderr" ] || { echo "httpstatus $*: stderr: $stderr"; return 1; }
}

# Runs httpstatus -f code with the arguments, as quietly does, and leaves
# the codes it printed in $output on one line.
codes_of() {
	quietly -f code "$@" || return
	output=${output//$'\n'/ }
}

# The "did you mean" an unknown code $1 gets: the nearest known codes below
# and above it in its class, each by its first meaning's name, as the
# binary's own class list has them.
suggestion() {
	httpstatus -f code,name "${1:0:1}xx" | awk -F'\t' -v c="$1" '
		!seen[$1]++ { if ($1 + 0 < c + 0) below = $1 " " $2; else if (above == "") above = $1 " " $2 }
		END { if (below != "" && above != "") printf "; did you mean %s or %s?", below, above
			else if (below above != "") printf "; did you mean %s?", below above }'
}

# Every code in the data file, once each, in file order.
all_codes() {
	awk '/^code: / && !seen[$2]++ { print $2 }' "$DATA"
}

# The lowest and the highest code from 100 to 999 that the data file does
# not hold, so that a test of an unknown code survives new records.
unknown_edges() {
	all_codes | awk '{ known[$1] = 1 } END {
		for (lo = 100; lo <= 999 && (lo in known); lo++);
		for (hi = 999; hi >= 100 && (hi in known); hi--);
		print lo, hi }'
}

# Every name in the data file, in record order.
all_names() {
	sed -n 's/^name: //p' "$DATA"
}

# A valid one-record data file; tests break one thing in it at a time.
valid_record() {
	cat <<'REC'
code: 404
name: Not Found
category: Client Error
status: permanent
rfc: 9110
section: 15.5.5
popularity: common
recommended: yes
deprecated: no
description: Nothing is there.
use_case: A missing page.
notes: Cacheable by default.
related: 410
cacheable: default
retry: no
keywords: missing page, dead link

code: 410
name: Gone
category: Client Error
status: permanent
rfc: 9110
section: 15.5.11
popularity: uncommon
recommended: yes
deprecated: no
description: It was there and is gone for good.
use_case: A deleted page.
notes: Also cacheable by default.
related: 404
cacheable: default
retry: no
keywords: deleted, removed for good
REC
}
