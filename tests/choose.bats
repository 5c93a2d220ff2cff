#!/usr/bin/env bats
# The choose guide: which code to send in a situation, and why.

load helper

# The code `httpstatus choose WORDS...` answers with, by -f code.
answer() {
	run --separate-stderr -0 httpstatus -f code choose "$@"
	[ -z "$stderr" ]
}

@test "the guide answers the common situations" {
	while IFS='|' read -r words code; do
		# shellcheck disable=SC2086 # the words are meant to split
		answer $words
		[ "$output" = "$code" ] || { echo "$words: got $output, want $code"; return 1; }
	done <<'CASES'
validation failed|422
malformed|400
not logged in|401
logged in but not allowed|403
rate limited|429
overloaded|503
async job accepted|202
created|201
no-content|204
upstream down|502
upstream slow|504
server bug|500
moved permanently|301
moved permanently api|308
moved temporarily|302
moved-temporarily-api|307
after post|303
gone|410
stale version|412
conflict|409
hidden|404
too large|413
CASES
}

@test "an answer gives the code, the reason, the deciding rule and the headers" {
	run --separate-stderr -0 httpstatus choose rate-limited
	[ -z "$stderr" ]
	[ "${lines[0]}" = "rate-limited: send 429 Too Many Requests" ]
	[ "${lines[1]}" = "  Situation:   One client went over its own request quota" ]
	[[ "${lines[2]}" == "  Why:         The limit belongs to that caller"* ]]
	# the comparison rule from the data file, under the codes it weighs
	[[ "$output" == *$'\n  429 or 503\n    Send 429 when one client, key or user has gone over its own limit'* ]]
	[[ "$output" == *$'\n  Headers\n    MAY       Retry-After (RFC 6585, section 4)\n'* ]]
	[ "${lines[-1]}" = "  More:        httpstatus 429" ]
}

@test "a rule over several codes is headed by all of them" {
	run -0 httpstatus choose moved-permanently-api
	[[ "$output" == *$'\n  301, 302, 307 or 308\n'* ]]
}

@test "without words, choose prints the whole guide by topic" {
	run --separate-stderr -0 httpstatus choose
	[ -z "$stderr" ]
	[ "${lines[0]}" = "The request is wrong" ]
	[[ "${lines[1]}" =~ ^\ \ malformed\ +400\ \ The\ request\ cannot\ be\ parsed ]]
	for topic in "Who is asking" "Too much" "The resource moved" "It worked" "Something broke"; do
		[[ "$output" == *$'\n\n'"$topic"$'\n'* ]] || { echo "missing topic $topic"; return 1; }
	done
	# every situation once, each with its code
	run -0 httpstatus --complete situations
	keys=$(cut -f1 <<<"$output")
	run -0 httpstatus choose
	for key in $keys; do
		[ "$(grep -cE "^  $key +[1-5][0-9][0-9]  " <<<"$output")" -eq 1 ] || { echo "$key"; return 1; }
	done
}

@test "words that fit several situations equally list them all" {
	run --separate-stderr -0 httpstatus choose resource moved
	[ -z "$stderr" ]
	[ "${lines[0]}" = "The resource moved" ]
	[ "$(httpstatus -f code choose resource moved | tr '\n' ' ')" = "301 308 302 307 303 410 " ]
	run -0 httpstatus -f code choose upstream down or slow
	[ "$output" = $'502\n504' ]
}

@test "a situation nothing matches is exit 1 with a hint, nothing on stdout" {
	run --separate-stderr -1 httpstatus choose teapot brewing
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: no situation matches 'teapot brewing'; 'httpstatus choose' lists them all" ]
	# words of one or two letters do not count
	run --separate-stderr -1 httpstatus choose in an
	[ -z "$output" ]
}

@test "choose in JSON: one object for an answer, an array for the guide" {
	run --separate-stderr -0 httpstatus --json choose not logged in
	[ -z "$stderr" ]
	[ "$(jq -r 'keys_unsorted | join(",")' <<<"$output")" = "situation,topic,ask,code,name,reason,compare,rule,headers" ]
	[ "$(jq -c '[.situation, .code, .name, .compare, .headers[0].name, .headers[0].requirement]' <<<"$output")" = \
		'["not-logged-in",401,"Unauthorized",[401,403],"WWW-Authenticate","MUST"]' ]
	[[ "$(jq -r .rule <<<"$output")" == "Send 401 when the request has no valid credentials"* ]]
	run -0 httpstatus --json choose
	[ "$(jq -r 'type' <<<"$output")" = array ]
	[ "$(jq length <<<"$output")" -eq "$(httpstatus --complete situations | wc -l)" ]
	run -0 httpstatus --json choose resource moved
	[ "$(jq -c 'map(.code)' <<<"$output")" = "[301,308,302,307,303,410]" ]
}

@test "choose with -f gives the field of each answer's code" {
	run --separate-stderr -0 httpstatus -f name choose validation failed
	[ "$output" = "Unprocessable Content" ]
	run -0 httpstatus -f headers choose after post
	[ "$output" = "Location=expected,Retry-After=MAY" ]
}

@test "every situation's answer is among the codes its rule weighs" {
	run -0 httpstatus --json choose
	run -0 jq -r '.[] | select(.code as $c | .compare | index($c) | not) | .situation' <<<"$output"
	[ -z "$output" ]
}

@test "a write error in choose is reported" {
	run --separate-stderr -2 bash -c 'httpstatus choose >/dev/full'
	[ "$stderr" = "httpstatus: write error" ]
}

@test "on a narrow terminal the guide puts each situation under its key" {
	COLUMNS=40 NO_COLOR=1 run -0 script -qec "httpstatus choose" /dev/null
	mapfile -t lines <<<"${output//$'\r'/}"
	[ "${lines[0]}" = "The request is wrong" ]
	[ "${lines[1]}" = "  malformed  400" ]
	[ "${lines[2]}" = "    The request cannot be parsed:" ]
	[ -z "$(printf '%s\n' "${lines[@]}" | awk 'length($0) >= 40')" ]
}
