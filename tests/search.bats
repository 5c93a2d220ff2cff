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
