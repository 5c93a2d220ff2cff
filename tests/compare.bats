#!/usr/bin/env bats
# compare: our rule first, then the codes side by side.

load helper

@test "a curated pair shows our rule, then the two columns" {
	run_apart -0 httpstatus compare 401 403
	[ -z "$stderr" ]
	diff -u "$FIXTURES/compare/401-403.txt" <(printf '%s\n' "$output")
	[ "${lines[0]}" = "Rule (401, 403)" ]
}

@test "a pair without a rule starts with the columns" {
	run_apart -0 httpstatus compare 404 500
	diff -u "$FIXTURES/compare/404-500.txt" <(printf '%s\n' "$output")
	[[ "$output" != *Rule* ]]
}

@test "every property has a row, in order" {
	run -0 httpstatus compare 429 503
	# the properties come first; the rows of software that differ follow
	diff <(grep -oE '^  [A-Z][a-z]+( [a-z]+)* {2,}' <<<"$output" | sed 's/^  //; s/ *$//' |
		head -8) - <<'EOF2'
Class
Status
Meaning
When to use
Cacheable
Retry
Sent by
Notes
EOF2
}

@test "every curated rule is found for its codes" {
	for set in "401 403" "301 302 307 308" "302 303" "400 422" "404 410" "409 412" \
		"429 503" "500 502" "502 504" "200 204" "403 404" "406 415" "413 414"; do
		# shellcheck disable=SC2086
		run -0 httpstatus compare $set
		[ "${lines[0]}" = "Rule (${set// /, })" ] || { echo "no rule for $set"; return 1; }
	done
}

@test "a part of a larger curated group gets that group's rule" {
	run -0 httpstatus compare 301 308
	[ "${lines[0]}" = "Rule (301, 302, 307, 308)" ]
}

@test "codes may be given by name" {
	run -0 httpstatus compare unauthorized forbidden
	[ "${lines[0]}" = "Rule (401, 403)" ]
}

@test "a narrow terminal gets one block per code" {
	run -0 script -qec "COLUMNS=40 httpstatus compare 404 500" /dev/null
	output=${output//$'\r'/}
	grep -qx '404 Not Found' <<<"$output"
	grep -qx '500 Internal Server Error' <<<"$output"
	grep -qE '^  Class        4xx Client Error$' <<<"$output"
}

@test "fewer than two codes is a usage error; one code gets the codes it is compared with" {
	run_apart -2 httpstatus compare 404
	[ -z "$output" ]
	# 404's related codes, from the data
	related=$(httpstatus -f related 404 | tr ',' ' ')
	[ -n "$related" ]
	[ "$stderr" = "httpstatus: compare needs at least two codes, such as: httpstatus compare 404 $related" ]
	run_apart -2 httpstatus compare
	[ "$stderr" = "httpstatus: compare needs at least two codes; try 'httpstatus --help'" ]
	run_apart -2 httpstatus compare nothing
	[ "$stderr" = "httpstatus: compare needs at least two codes; try 'httpstatus --help'" ]
}

@test "an unknown code exits 1 and prints nothing else" {
	run_apart -1 httpstatus compare 404 427
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: '427' is not a known status code$(suggestion 427)" ]
	run_apart -1 httpstatus compare 404 nonsense
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: 'nonsense' names no status code" ]
}

@test "JSON is an array of entries that carry the rules" {
	run_apart -0 httpstatus --json compare 502 504
	[ "$(jq -c '[.[].code]' <<<"$output")" = "[502,504]" ]
	[ "$(jq -r '.[0] | keys_unsorted | .[-2:] | join(",")' <<<"$output")" = "other_meanings,rules" ]
	[ "$(jq '[.[].rules | length]' -c <<<"$output")" = "[1,1]" ]
	[[ "$(jq -r '.[0].rules[0]' <<<"$output")" == *502* ]]
	run -0 httpstatus --json compare 404 500
	[ "$(jq -c '[.[].rules]' <<<"$output")" = "[[],[]]" ]
}

@test "-f prints the field of each compared code" {
	run -0 httpstatus -f retry compare 429 503
	[ "$output" = "later
later" ]
}
