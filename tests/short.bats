#!/usr/bin/env bats
# -s, --short: one line per meaning, the name and the first sentence of its description.

load helper

# The first sentence of the description of code $1's meaning number $2
# (1 for the first), as the data file has it.
sentence() {
	awk -v c="$1" -v k="${2:-1}" '/^code: / { f = $2 == c && ++seen == k }
		f && /^description: / { d = substr($0, 14); getline
			while (/^  /) { d = d " " substr($0, 3); getline } print d; f = 0 }' "$DATA" |
		sed -E 's/([.!?]) [A-Z0-9"(].*/\1/'
}

@test "-s 404 prints exactly one line: code, name and the first sentence" {
	run_apart -0 httpstatus -s 404
	[ -z "$stderr" ]
	[ "${#lines[@]}" -eq 1 ]
	[ "$output" = "404 Not Found: $(sentence 404)" ]
	run -0 httpstatus --short 404
	[ "$output" = "404 Not Found: $(sentence 404)" ]
}

@test "each meaning of a code is a line, its vendor in parentheses" {
	run_apart -0 httpstatus -s 499
	[ "${#lines[@]}" -eq "$(grep -c '^code: 499$' "$DATA")" ]
	[ "${lines[0]}" = "499 Client Closed Request (nginx): $(sentence 499 1)" ]
	[ "${lines[1]}" = "499 Token Required (Esri): $(sentence 499 2)" ]
}

# bats test_tags=grows
@test "names, classes, list and search give one line per row" {
	run -0 httpstatus -s not found
	[ "$output" = "404 Not Found: $(sentence 404)" ]
	run -0 httpstatus -s 4xx
	[ "${#lines[@]}" -eq "$(grep -cE '^code: 4[0-9]{2}$' "$DATA")" ]
	[ "$(cut -c1-3 <<<"$output" | tr '\n' ' ')" = "$(httpstatus -f code 4xx | tr '\n' ' ')" ]
	run -0 httpstatus -s list
	[ "${#lines[@]}" -eq "$(grep -c '^code: ' "$DATA")" ]
	run -0 httpstatus -s search timeout
	[ "$(cut -c1-3 <<<"$output" | tr '\n' ' ')" = "$(httpstatus -f code search timeout | cut -c1-3 | tr '\n' ' ')" ]
	run -0 httpstatus -s compare 401 403
	[ "$output" = "401 Unauthorized: $(sentence 401)"$'\n'"403 Forbidden: $(sentence 403)" ]
}

# bats test_tags=grows
@test "off a terminal a long sentence stays on one physical line" {
	longest=$(httpstatus -s list | awk '{ if (length($0) > w) w = length($0) } END { print w }')
	[ "$longest" -gt 150 ]
	run -0 httpstatus -s list
	[ "$(grep -cvE '^([0-9]{3,4}|[1-5][0-9]{2}\.[0-9]{1,3}) ' <<<"$output")" -eq 0 ]
}

@test "on a terminal -s wraps with a hanging indent" {
	COLUMNS=60 NO_COLOR=1 run -0 script -qec "httpstatus -s 511 226" /dev/null
	mapfile -t lines <<<"$(tr -d '\r' <<<"$output")"
	[[ "${lines[0]}" == "511 Network Authentication Required: "* ]]
	[ "${#lines[@]}" -gt 4 ]
	for line in "${lines[@]}"; do
		[ "${#line}" -lt 60 ] || { echo "$line"; return 1; }
		[[ "$line" =~ ^([1-9][0-9]{2}\ |\ \ \ \ [^\ ]) ]] || { echo "$line"; return 1; }
	done
}

@test "with --stdin, -s writes one line per input line" {
	run_apart -1 httpstatus -s --stdin <<<$'404\nnonsense\nHTTP/1.1 201 Created'
	# bats leaves blank lines out of lines: count them from output
	mapfile -t lines <<<"$output"
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[0]}" = "404 Not Found: $(sentence 404)" ]
	[ -z "${lines[1]}" ]
	[ "${lines[2]}" = "201 Created: $(sentence 201)" ]
	[ "$stderr" = "httpstatus: 1 of 3 lines had no known status code" ]
}

@test "-s with -f or --json is a usage error" {
	run_apart -2 httpstatus -s -j 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: -s cannot be combined with -f or --json; try 'httpstatus --help'" ]
	run_apart -2 httpstatus -s -f name 404
	[ "$stderr" = "httpstatus: -s cannot be combined with -f or --json; try 'httpstatus --help'" ]
}

@test "-s answers choose with the code's line" {
	run_apart -0 httpstatus -s choose rate-limited
	[ "$output" = "429 Too Many Requests: $(sentence 429)" ]
}
