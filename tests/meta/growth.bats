#!/usr/bin/env bats
# Adding a code is one edit: a copy of the tree with two more records, of
# different classes and nothing else changed, passes the other tests whose
# answers depend on what else the table holds (class lists, suggestions,
# counts, grids).  They are tagged "grows"; the whole suite run again would
# double make test's time.

load ../helper

# Two records for codes no one uses, in a class each, as a person adding
# codes would write them.
extra_records() {
	cat <<'REC'
code: 286
name: Growth Check Accepted
category: Success
status: unofficial
vendor: Example Vendor
url: https://example.org/286
popularity: rare
recommended: no
deprecated: no
cacheable: explicit
retry: n/a
sender: app
keywords: growth check, extra record
description: A record added only to check that the suite needs no other
  edit when the table grows.
use_case: The suite's own growth check.
notes: Never sent by anyone.
related: 200

code: 577
name: Growth Check Failed
category: Server Error
status: unofficial
vendor: Example Vendor
url: https://example.org/577
popularity: rare
recommended: no
deprecated: no
cacheable: explicit
retry: no
sender: app
keywords: growth check, failing record
description: A second record added only to check that the suite needs no
  other edit when the table grows.
use_case: The suite's own growth check.
notes: Never sent by anyone.
related: 500
REC
}

# Copies the tree to $1 with its objects, times kept, so that the copy's
# build redoes only what the data file feeds (not the fuzz, bench or
# sanitizer builds, nor the test tools).
copy_tree() {
	local objects=()
	[ -d "$TOP/build" ] && objects=(build)
	mkdir -p "$1"
	tar -C "$TOP" --exclude=.bats --exclude=corpus --exclude=build/fuzz \
		--exclude=build/bench --exclude=build/san -cf - \
		Makefile src man completions tests "${objects[@]}" | tar -C "$1" -xf -
}

# Puts each record of extra_records into the copy's data file, before the
# first record with a higher code, as the data file asks.
add_records() {
	awk -v extra="$BATS_TEST_TMPDIR/extra" '
		BEGIN { RS = ""; ORS = "\n\n"; while ((getline r < extra) > 0) add[++n] = r; i = 1 }
		/^code: / { split($0, f, "\n"); c = substr(f[1], 7) + 0
			while (i <= n && substr(add[i], 7, 3) + 0 < c) print add[i++] }
		{ print }' "$1" >"$1.new" && mv "$1.new" "$1"
}

@test "two more records need no other edit for the tests that depend on the table" {
	tree="$BATS_TEST_TMPDIR/tree"
	copy_tree "$tree"
	extra_records >"$BATS_TEST_TMPDIR/extra"
	before=$(grep -c '^code: ' "$tree/src/codes.txt")
	add_records "$tree/src/codes.txt"
	[ "$(grep -c '^code: ' "$tree/src/codes.txt")" -eq $((before + 2)) ]
	# a plain build, whatever the make running this suite was told
	run -0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$tree"
	run -0 "$tree/httpstatus" -f code 286 577
	[ "$output" = $'286\n577' ]
	# the tagged tests of every other file, against the copy's binary and data
	mapfile -t files < <(find "$tree/tests" "$tree/tests/build" -maxdepth 1 -name '*.bats' | sort)
	[ "${#files[@]}" -ge 20 ]
	run env HTTPSTATUS_BIN="$tree/httpstatus" HTTPSTATUS_BUILD="$tree/build" \
		"$BATS_ROOT/bin/bats" --filter-tags grows "${files[@]}"
	[ "$status" -eq 0 ] || { grep -A3 '^not ok' <<<"$output"; return 1; }
	[[ "$output" =~ ^1\.\.([0-9]+) ]]
	[ "${BASH_REMATCH[1]}" -ge 30 ]
}
