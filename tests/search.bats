#!/usr/bin/env bats
# How search finds what people mean: words rather than substrings, stems,
# spellings and typos, codes carried by words, class names, vendors' words,
# and the quality benchmark in tests/search/.

load helper

@test "the search benchmark holds: top-1 95%, top-3 99%, nonsense finds nothing" {
	run_apart -0 "$TOP/tests/search/eval.sh" -v "$BIN"
	[ -z "$stderr" ]
	# at least 150 queries and some nonsense, so the figures mean something
	[ "$(grep -vc '^#' "$TOP/tests/search/queries.tsv")" -ge 160 ]
	top1=$(awk '/^top-1 / { split($2, a, "/"); print int(100 * a[1] / a[2] * 10) }' <<<"$output")
	top3=$(awk '/^top-3 / { split($2, a, "/"); print int(100 * a[1] / a[2] * 10) }' <<<"$output")
	nonsense=$(awk '/^nonsense found something: / { split($4, a, "/"); print a[1] }' <<<"$output")
	echo "$output"
	[ "$top1" -ge 950 ]
	[ "$top3" -ge 990 ]
	[ "$nonsense" -eq 0 ]
}

@test "a word matches whole words, never part of one" {
	# "foo" is inside a word of the data ("Fools'") but is no word of it
	grep -qi 'fools' "$DATA"
	run_apart -1 httpstatus foo
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: nothing matches 'foo'" ]
}

@test "punctuation and stop words alone are no query: exit 1, one line" {
	for q in '(' '"' "'" '*' '...' 'the' 'http status code' 'what is the'; do
		run_apart -1 httpstatus -- "$q"
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: '$q' holds no word to search for" ] || { echo "$q: $stderr"; return 1; }
		run_apart -1 httpstatus search "$q"
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: '$q' holds no word to search for" ]
	done
}

@test "forms of one word find the same codes" {
	for set in "limit limits limited limiting" "redirect redirects redirected redirection" \
		"expire expired expires" "deny denied denies"; do
		read -r first others <<<"$set"
		codes_of search "$first"
		want=$output
		[ -n "$want" ]
		for w in $others; do
			codes_of search "$w"
			[ "$output" = "$want" ] || { echo "$w differs from $first"; return 1; }
		done
	done
}

@test "British and American spellings are one word" {
	codes_of unauthorised
	[ "$output" = 401 ]
	for pair in "licence license" "cancelled canceled" "authorisation authorization"; do
		codes_of search "${pair% *}"
		want=$output
		codes_of search "${pair#* }"
		[ "$output" = "$want" ] || { echo "$pair"; return 1; }
	done
}

@test "a word of five letters or more may hold a typo, a shorter one may not" {
	# one typo in five letters; two in eight or more
	codes_of search forbiden
	[ "${output%% *}" = 403 ]
	codes_of search unavialabel
	[[ " $output " == *" 503 "* ]]
	# four letters: no typo allowed
	run_apart -1 httpstatus search gobe
	[ -z "$output" ]
}

@test "words that carry a code are that code" {
	for q in 'HTTP 404' 'error 404' 'HTTP/2 404' 'HTTP/1.1 404 Not Found' 'status: 404' \
		'code=404' '404 not found' 'status code 404' 'what does 404 mean'; do
		run_apart -0 httpstatus --json "$q"
		[ -z "$stderr" ]
		[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object 404 " ] || { echo "$q"; return 1; }
	done
}

@test "a status line given as separate operands is one entry" {
	run_apart -0 httpstatus --json HTTP/1.1 503 Service Unavailable
	[ -z "$stderr" ]
	[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object 503 " ]
	run_apart -0 httpstatus HTTP/1.1 503 Service Unavailable
	[ "${lines[0]}" = "503 Service Unavailable" ]
	[ "$(grep -c '^503 ' <<<"$output")" -eq 1 ]
}

@test "a carried code that is not known is reported like a bare one" {
	run_apart -1 httpstatus 'HTTP 600'
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: 'HTTP 600' is not a known status code" ]
}

@test "a vendor's name beside its code is that code" {
	# (521's keywords hold "cloudflare" too)
	for args in "nginx 499" "cloudflare 522" "cloudflare 521"; do
		# shellcheck disable=SC2086 # two operands, and then one
		run_apart -0 httpstatus --json $args
		[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object ${args#* } " ]
		run_apart -0 httpstatus --json "$args"
		[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object ${args#* } " ]
	done
}

@test "a code beside words that are not its own leads a search of them" {
	# teapot is no word of 404's names: a search, led by the code it carries
	run_apart -0 httpstatus -j 'teapot 404'
	[ "$(jq -r 'type, .[0].code' <<<"$output" | tr '\n' ' ')" = "array 404 " ]
	[ "$(jq '[.[].code] | index(418) != null' <<<"$output")" = true ]
}

@test "the name of a class lists the class" {
	for pair in "client error:4xx" "Server Errors:5xx" "redirection:3xx" "success:2xx"; do
		codes_of "${pair%:*}"
		want=$output
		codes_of "${pair#*:}"
		[ "$output" = "$want" ] || { echo "$pair"; return 1; }
	done
}

@test "the class name reaches every code of the class" {
	codes_of 3xx
	class=$output
	[ "$(wc -w <<<"$class")" -ge 5 ]
	codes_of search redirect
	for code in $class; do
		[[ " $output " == *" $code "* ]] || { echo "missing $code"; return 1; }
	done
}

@test "a vendor's name reaches every code it defines" {
	want=$(awk '/^code: / { c = $2 } /^vendor: nginx$/ { print c }' "$DATA" | sort -u)
	[ "$(wc -l <<<"$want")" -ge 3 ]
	codes_of search nginx
	# every one of them is found
	[ -z "$(comm -13 <(tr ' ' '\n' <<<"$output" | sort -u) <(echo "$want"))" ]
}

@test "a vendor's everyday one-word name searches, official codes first" {
	# 451 Redirect is Microsoft Exchange's; redirect is everyone's word
	grep -qx 'name: Redirect' "$DATA"
	run_apart -0 httpstatus --json redirect
	[ "$(jq -r 'type' <<<"$output")" = array ]
	[ "$(jq -r '.[0].vendor' <<<"$output")" = null ]
	[ "$(jq -r '[.[] | select(.vendor == "Microsoft Exchange") | .code] | .[0]' <<<"$output")" = 451 ]
}

@test "a vendor's distinctive name opens its entry" {
	run_apart -0 httpstatus enhance your calm
	[ "${lines[0]}" = "420 Enhance Your Calm (Twitter)" ]
	run_apart -0 httpstatus client closed request
	[ "${lines[0]}" = "499 Client Closed Request (nginx)" ]
}

@test "official meanings rank above vendor ones with the same words" {
	# 401 and AWS's 561 share the name Unauthorized
	[ "$(grep -cx 'name: Unauthorized' "$DATA")" -eq 2 ]
	codes_of search unauthorized
	[ "${output:0:7}" = "401 561" ]
}

@test "keywords find what the prose never says" {
	codes_of search throttled
	[ "${output%% *}" = 429 ]
	grep -q '^keywords: .*throttled' "$DATA"
}

@test "a word that matches nothing leaves the others to decide, when they say most" {
	codes_of search gateway timeout
	want=${output%% *}
	codes_of search gateway timeout frobnicate
	[ "${output%% *}" = "$want" ]
	# but words that match nothing weigh: most of the query must be found
	run_apart -1 httpstatus search timeout xyzzy qwertz frobnicate
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: nothing matches 'timeout xyzzy qwertz frobnicate'" ]
}

@test "--official and --unofficial filter a search" {
	codes_of --official search timeout
	[ -n "$output" ]
	for c in $output; do
		[ "$(httpstatus -f official "$c")" = true ] || { echo "$c"; return 1; }
	done
	run -0 httpstatus --unofficial -f vendor search timeout
	[ -n "$output" ]
	[[ "$output" != *null* ]]
}

@test "a search in JSON is an array, best first" {
	run_apart -0 httpstatus --json search rate limited
	[ "$(jq -r 'type, .[0].code' <<<"$output" | tr '\n' ' ')" = "array 429 " ]
}

@test "a vendor's name word that official codes also use weighs as a keyword" {
	# Exchange's 440 Login Timeout; login is 401's keyword too
	grep -qx 'name: Login Timeout' "$DATA"
	codes_of search login
	[ "${output%% *}" = 401 ]
	# but the vendor's whole name still opens its entry
	codes_of login timeout
	[ "$output" = 440 ]
	# and a word no official code uses stays the vendor's name: Twitter's calm
	codes_of calm
	[ "$output" = 420 ]
}

@test "a query that is one of a code's keyword phrases ranks it first" {
	# 429's keywords hold the phrase; its words are in other codes' too
	grep -q '^keywords: .*, rate limited,' "$DATA"
	codes_of search rate limited
	[ "${output%% *}" = 429 ]
}

# The first id a query answers with: 500.19 for a sub-status.
first_id() {
	run_apart -0 httpstatus -f code -- "$1"
	output=$(head -n 1 <<<"$output")
}

@test "a line pasted from an error log or a page finds the code its program answers with" {
	while IFS='|' read -r want q; do
		first_id "$q"
		[ "$output" = "$want" ] || { echo "$q: got $output, want $want"; return 1; }
	done <<'EOF2'
504|2024/03/12 14:22:31 [error] 2817#2817: *10432 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.45, server: api.example.com, request: "POST /v1/reports HTTP/1.1", upstream: "http://10.0.1.12:8080/v1/reports", host: "api.example.com"
502|connect() failed (111: Connection refused) while connecting to upstream
413|client intended to send too large body: 15728640 bytes
403|[Tue Mar 12 10:15:32.481203 2024] [authz_core:error] [pid 12345:tid 140234567890] [client 203.0.113.5:51234] AH01630: client denied by server configuration: /srv/www/private
503|no healthy upstream
419|CSRF token mismatch.
502|The proxy server received an invalid response from an upstream server.
EOF2
}

@test "the message found first is the one the query holds most exactly" {
	# both messages hold "prematurely closed connection", 499's more words
	first_id 'upstream prematurely closed connection while reading response header from upstream, client: 1.2.3.4'
	[ "$output" = 502 ]
	first_id 'epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while reading response header from upstream'
	[ "$output" = 499 ]
}

@test "a page title that carries a code is that code's entry" {
	for q in 'HTTP Error 500.19 - Internal Server Error' 'HTTP Error 403.14 - Forbidden' \
		'Error 1020 Access denied' 'Error 1015 You are being rate limited' \
		'HTTP Error 502.5 - ANCM Out-Of-Process Startup Failure' '502 Bad Gateway nginx'; do
		run_apart -0 httpstatus -j "$q"
		want=$(grep -oE '[0-9]{3,4}(\.[0-9]+)?' <<<"$q" | head -n 1)
		[ "$(jq -r 'type' <<<"$output")" = object ] || { echo "$q: $output"; return 1; }
		[ "$(jq -r 'if .substatus then "\(.code).\(.substatus)" else "\(.code)" end' \
			<<<"$output")" = "$want" ] || { echo "$q"; return 1; }
	done
}

@test "a product's name ranks its vendor's records first and lets the other words decide" {
	first_id 'iis handler not found'
	[ "$output" = 404.4 ]
	first_id 'iis denied by ip'
	[[ "$output" == 403.6 || "$output" == 403.503 ]]
	# an ALB answers 503 itself when no target is healthy
	first_id 'aws alb no healthy targets'
	[ "$output" = 503 ]
	# a product alone lists its vendor's codes and nothing else: not
	# Cloudflare's 521, whose text names nginx
	codes_of search nginx
	[ "$(tr ' ' '\n' <<<"$output" | sort -u)" = \
		"$(awk '/^code: / { c = $2 } /^vendor: nginx$/ { print c }' "$DATA" | sort -u)" ]
	grep -q 'nginx' <<<"$(awk '/^code: 521$/,/^$/' "$DATA")"
}

@test "a common word of names gives the ranked list, a keyword only one code has its entry" {
	for q in auth 'not allowed' blocked; do
		run_apart -0 httpstatus -j "$q"
		[ "$(jq -r type <<<"$output")" = array ] || { echo "$q opened an entry"; return 1; }
	done
	run_apart -0 httpstatus -j auth
	[[ "$(jq -r '.[0].code' <<<"$output")" =~ ^40[17]$ ]]
	run_apart -0 httpstatus -j blocked
	[ "$(jq -r '.[0].code' <<<"$output")" = 403 ]
	run_apart -0 httpstatus -j captive portal
	[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object 511 " ]
	# Esri's 498 is named Invalid Token, which 401 has as a keyword
	run_apart -0 httpstatus -j invalid token
	[ "$(jq -r 'type, .[0].code' <<<"$output" | tr '\n' ' ')" = "array 401 " ]
}

@test "words a person asks with find the code meant" {
	while IFS='|' read -r want q; do
		first_id "$q"
		[ "$output" = "$want" ] || { echo "$q: got $output, want $want"; return 1; }
	done <<'EOF2'
408|client took too long to send request
429|googlebot crawling too fast
304|cache
401|authentication
525|ssl
EOF2
}

@test "a class or range with words that only say so is the class" {
	codes_of 5xx
	want=$output
	for q in 'HTTP 5xx' '5xx errors' 'all 5xx codes' 'server errors'; do
		codes_of "$q"
		[ "$output" = "$want" ] || { echo "$q"; return 1; }
		# shellcheck disable=SC2086 # as separate operands too
		codes_of $q
		[ "$output" = "$want" ] || { echo "$q, split"; return 1; }
	done
}
