#!/usr/bin/env bats
# The choose guide: which code to send in a situation, and why.

load helper

# The code `httpstatus choose WORDS...` answers with, by -f code.
answer() {
	quietly -f code choose "$@"
}

# Asserts the answer to each "words|code" line of standard input.
answers() {
	while IFS='|' read -r words code; do
		# shellcheck disable=SC2086 # the words are meant to split
		answer $words
		[ "$output" = "$code" ] || { echo "$words: got $output, want $code"; return 1; }
	done
}

@test "the guide answers the common situations" {
	answers <<'CASES'
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
not found|404
resource does not exist|404
wrong method|405
duplicate email|409
already exists|409
payment|402
paid plan|402
timeout|504
gateway waiting too long|504
CASES
}

@test "choose matches words as search does: stems, spellings, typos, names" {
	answers <<'CASES'
throttling|429
queued|202
unauthorised|401
unathorized|401
too many requests|429
bad gateway|502
CASES
}

@test "not, like other stop words, selects no situation on its own" {
	run_apart -1 httpstatus choose not
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: no situation matches 'not'; 'httpstatus choose' lists them all" ]
	# not found is the not-found situation alone, not every one with "not"
	answer not found
	[ "$output" = 404 ]
	[ "$(grep -c '^ask: .*\bnot\b' "$DATA")" -ge 3 ]
}

@test "an answer gives the code, the reason, the deciding rule and the headers" {
	run_apart -0 httpstatus choose rate-limited
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
	run_apart -0 httpstatus choose
	[ -z "$stderr" ]
	[ "${lines[0]}" = "The request is wrong" ]
	[[ "${lines[1]}" =~ ^\ \ malformed\ +400\ \ The\ request\ cannot\ be\ parsed ]]
	topics=$(sed -n 's/^topic: //p' "$DATA" | uniq)
	[ "$(wc -l <<<"$topics")" -ge 6 ]
	while read -r topic; do
		[[ "$output" == *"$topic"$'\n  '* ]] || { echo "missing topic $topic"; return 1; }
	done <<<"$topics"
	# every situation once, each with its code
	run -0 httpstatus --complete situations
	keys=$(cut -f1 <<<"$output")
	[ "$(wc -l <<<"$keys")" -eq "$(grep -c '^choose: ' "$DATA")" ]
	run -0 httpstatus choose
	# the keys not on exactly one line of the guide, in one process
	awk 'NR == FNR { seen[$0] = 0; next }
		/^  [^ ]+ +[1-5][0-9][0-9]  / && ($1 in seen) { seen[$1]++ }
		END { for (k in seen) if (seen[k] != 1) { print k; bad = 1 }; exit bad }' \
		<(printf '%s\n' "$keys") - <<<"$output"
}

# The answers of the situations whose key holds the word $1, in file order.
keyed() {
	awk -v w="$1" '/^choose: / { k = ("-" $2 "-") ~ ("-" w "-") } k && /^answer: / { print $2 }' "$DATA"
}

@test "words that fit several situations equally list them all" {
	run_apart -0 httpstatus choose moved
	[ -z "$stderr" ]
	[ "${lines[0]}" = "$(awk '/^choose: moved/ { getline; sub(/^topic: /, ""); print; exit }' "$DATA")" ]
	want=$(keyed moved)
	[ "$(wc -l <<<"$want")" -ge 2 ]
	[ "$(httpstatus -f code choose moved)" = "$want" ]
}

@test "a pair of words found together decides between situations" {
	# upstream-down and upstream-slow both hold "upstream"; "down" is one's
	run -0 httpstatus -f code choose upstream down or slow
	[ "$output" = 502 ]
	run -0 httpstatus -f code choose upstream
	[ "$output" = $'502\n504' ]
}

@test "a situation nothing matches is exit 1 with a hint, nothing on stdout" {
	run_apart -1 httpstatus choose teapot brewing
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: no situation matches 'teapot brewing'; 'httpstatus choose' lists them all" ]
	# words of one or two letters do not count
	run_apart -1 httpstatus choose in an
	[ -z "$output" ]
}

@test "choose in JSON: one object for an answer, an array for the guide" {
	run_apart -0 httpstatus --json choose not logged in
	[ -z "$stderr" ]
	[ "$(jq -r 'keys_unsorted | join(",")' <<<"$output")" = "situation,topic,ask,code,name,reason,compare,rule,headers" ]
	[ "$(jq -c '[.situation, .code, .name, .compare, .headers[0].name, .headers[0].requirement]' <<<"$output")" = \
		'["not-logged-in",401,"Unauthorized",[401,403],"WWW-Authenticate","MUST"]' ]
	[[ "$(jq -r .rule <<<"$output")" == "Send 401 when the request has no valid credentials"* ]]
	run -0 httpstatus --json choose
	[ "$(jq -r 'type' <<<"$output")" = array ]
	[ "$(jq length <<<"$output")" -eq "$(httpstatus --complete situations | wc -l)" ]
	run -0 httpstatus --json choose moved
	[ "$(jq -r 'map(.code) | .[]' <<<"$output")" = "$(keyed moved)" ]
}

@test "choose with -f gives the field of each answer's code" {
	run_apart -0 httpstatus -f name choose validation failed
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
	run_apart -2 bash -c 'httpstatus choose >/dev/full'
	[ "$stderr" = "httpstatus: write error: No space left on device" ]
}

@test "on a narrow terminal the guide puts each situation under its key" {
	COLUMNS=40 NO_COLOR=1 run -0 script -qec "httpstatus choose" /dev/null
	mapfile -t lines <<<"${output//$'\r'/}"
	[ "${lines[0]}" = "The request is wrong" ]
	[ "${lines[1]}" = "  malformed  400" ]
	[ "${lines[2]}" = "    The request cannot be parsed:" ]
	[ -z "$(printf '%s\n' "${lines[@]}" | awk 'length($0) >= 40')" ]
}

@test "a query too long to match is reported as too long, not as matching nothing" {
	long=$(head -c 2000 /dev/zero | tr '\0' a)
	run_apart -1 httpstatus choose "$long"
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: the query starting '$(head -c 64 /dev/zero | tr '\0' a)...' is too long" ]
}

@test "choose answers a plain success, a delete, a format not taken and a feature not built" {
	answers <<'CASES'
ok|200
update succeeded|200
plain success|200
deleted|204
delete succeeded|204
xml instead of json|415
unsupported media type|415
not implemented|501
wrong password|401
credentials|401
file too big|413
large upload|413
CASES
	# and each says what to send, and why
	run_apart -0 httpstatus choose ok
	[[ "$output" == *"PUT or PATCH"* ]]
}

@test "a word of a topic's heading alone selects no situation" {
	run_apart -1 httpstatus choose asking
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: no situation matches 'asking'; 'httpstatus choose' lists them all" ]
}
