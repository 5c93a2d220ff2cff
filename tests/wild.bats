#!/usr/bin/env bats
# Codes from the wild: 000, which curl prints when no response came, and
# the vendor codes outside HTTP's range.

load helper

@test "000 opens the entry that says it is not a status code" {
	run_apart -0 httpstatus 000
	[ -z "$stderr" ]
	[ "${lines[0]}" = "000 No Response (curl and load balancers)" ]
	[ "${lines[1]}" = "  Class:       Not a Status Code" ]
	[[ "$output" == *$'\n  Content:     does not apply: no response is sent\n'* ]]
	[[ "$output" == *"None: no response with this code reaches a client."* ]]
}

@test "000 on standard input is answered like any code, with exit 0" {
	run_apart -0 httpstatus --stdin <<<$'000\n404\n000'
	[ "$output" = $'000 No Response\n404 Not Found\n000 No Response' ]
	run_apart -0 httpstatus --stdin -f code,category <<<'000'
	[ "$output" = $'000\tNot a Status Code' ]
}

@test "in JSON 000 is the number 0, in no class, with no example" {
	run -0 httpstatus --json 000
	[ "$(jq -c '[.code, .class, .category, .example, .cacheable, .official]' <<<"$output")" = \
	    '[0,null,"Not a Status Code",null,"n/a",false]' ]
}

@test "only 000 of the numbers under 100 is taken" {
	for arg in 00 0 001 010 099; do
		run_apart -1 httpstatus -- "$arg"
		[ "$stderr" = "httpstatus: '$arg' is not a status code" ]
	done
}

# bats test_tags=grows
@test "list and the man page of codes hold 000 first, under its own heading" {
	run -0 httpstatus list
	[ "${lines[0]}" = "Not a Status Code" ]
	[[ "${lines[1]}" == *"000 No Response (curl and load balancers)" ]]
	grep -qxF '.Ss "000 No Response (curl and load balancers)"' "$BUILD/httpstatus-codes.7"
}
