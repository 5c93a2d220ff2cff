#!/usr/bin/env bats
# Who sends a code and what the software around it does with it: the
# data's software stanzas and sender fields, as entries, JSON, -f,
# compare and search show them.

load helper

# The facts the generator read, as gen --dump lists them.
setup_file() {
	"$BUILD/gen" --dump "$DATA" >"$BATS_FILE_TMPDIR/dump"
}

@test "every record's software fields in JSON are the data's, kind by kind, in order" {
	local kinds=browsers:browser,crawlers:crawler,caches:cache,clients:client,grpc:grpc
	httpstatus --json list | jq -r --arg kinds "$kinds" '
		($kinds | split(",") | map(split(":"))) as $k | .[] | . as $r |
		$k[] | . as [$field, $kind] | ($r[$field] // [])[] |
		[$r.id, "behaviour", $kind, .software, .does, .source] | @tsv' >"$BATS_TEST_TMPDIR/json"
	grep -P '^[^\t]+\tbehaviour\t' "$BATS_FILE_TMPDIR/dump" >"$BATS_TEST_TMPDIR/data"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/data")" -gt 300 ]
	diff "$BATS_TEST_TMPDIR/data" "$BATS_TEST_TMPDIR/json"
}

@test "every status's sender in JSON is the data's, in the data's order; others have null" {
	httpstatus --json list | jq -r '.[] | select(.kind == "status") |
		[.id, "sender", (.sender.senders | join(" ")) +
		(if .sender.note then "; " + .sender.note else "" end)] | @tsv' >"$BATS_TEST_TMPDIR/json"
	grep -P '^[^\t]+\tsender\t' "$BATS_FILE_TMPDIR/dump" | sed 's/ *; */; /' >"$BATS_TEST_TMPDIR/data"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/data")" -ge 100 ]
	diff "$BATS_TEST_TMPDIR/data" "$BATS_TEST_TMPDIR/json"
	run -0 httpstatus --json list
	[ "$(jq '[.[] | select(.kind != "status") | .sender, .browsers, .grpc] | unique' <<<"$output")" = '[
  null
]' ]
}

# The "What software does" section of an entry, its heading and lines.
section() {
	run_apart -0 httpstatus "$1"
	sed -n '/^  What software does$/,/^$/p' <<<"$output"
}

@test "an entry has a line per kind of software, each software's facts joined" {
	run -0 section 301
	[ "${lines[0]}" = "  What software does" ]
	[[ ${lines[1]} == "    Sent by   the application, or the server software itself; "* ]]
	# a kind's label once, on its first software's line
	[ "$(grep -c '^    Browsers  Fetch: followed, 20 redirects at most' <<<"$output")" -eq 1 ]
	grep -q '^    Crawlers  Googlebot: .*$' <<<"$output"
	grep -q '^              Googlebot (robots.txt): follows at least 5 hops' <<<"$output"
	grep -q '^    Caches    Cloudflare: 120 minutes without' <<<"$output"
	# a software's lines join with "; ", wrapped under it
	[[ $(tr -s ' \n' ' ' <<<"$output") == *"the redirect itself is the result; a hop to another origin drops Authorization; a POST is sent again as a GET"* ]]
	grep -q '^                [a-z]' <<<"$output"
	# no kind without a fact: nothing retries a 301, and gRPC says UNKNOWN
	[[ $output != *$'\n    Retries'* ]]
	run -0 section 429
	grep -q '^    Retries   curl --retry: retried with --retry N' <<<"$output"
	grep -q '^    gRPC      gRPC clients: UNAVAILABLE' <<<"$output"
	grep -q '^              google.rpc.Code: RESOURCE_EXHAUSTED maps to it' <<<"$output"
	run -0 section 103
	grep -q '^    Browsers  Fetch: the body is null' <<<"$output"
	grep -q '^              HTML: during a navigation' <<<"$output"
	grep -q '^              Chrome: uses the preload and preconnect' <<<"$output"
}

@test "the kinds come in a fixed order and every line stays within 80 columns" {
	local order="Sent by,Browsers,Crawlers,Caches,Retries,gRPC" labels
	for code in 000 103 200 301 304 404 410 429 500 502 503 504 521 599; do
		run -0 section "$code"
		labels=$(grep -oE '^    (Sent by|Browsers|Crawlers|Caches|Retries|gRPC) ' <<<"$output" |
			sed 's/^ *//; s/ *$//' | paste -sd,)
		# the labels are the fixed order with some left out
		[ "$(tr ',' '\n' <<<"$order" | grep -xF -f <(tr ',' '\n' <<<"$labels") | paste -sd,)" = \
			"$labels" ] || { echo "$code: $labels"; return 1; }
		[[ $labels == "Sent by"* ]] || { echo "$code: $labels"; return 1; }
		! grep -q '.\{81\}' <<<"$output" || { echo "$code: a line past 80 columns"; return 1; }
	done
}

@test "a sub-status or an error number has no such section: its status has it" {
	run -0 section 500.19
	[ -z "$output" ]
	run -0 section 1020
	[ -z "$output" ]
}

@test "-f gives who sends it and each kind's facts on one line" {
	run -0 httpstatus -f sender,clients 429
	IFS=$'\t' read -r sender clients <<<"$output"
	[ "$sender" = "app,server; front-end rate limits too: nginx with limit_req_status 429 (default 503)" ]
	[[ $clients == "curl --retry: retried with --retry N (0 by default), "* ]]
	[[ $clients == *" | wget: retried only when --retry-on-http-error lists it; Retry-After is not read | "* ]]
	[ "$(grep -o ' | ' <<<"$clients" | wc -l)" -eq "$(httpstatus --json 429 | jq '.clients | length - 1')" ]
	# null for a sub-status: an empty column
	run -0 httpstatus -f code,sender,grpc 500.19
	[ "$output" = $'500.19\t\t' ]
}

@test "--json 429 carries who sends it and what each kind of software does, with sources" {
	run -0 httpstatus --json 429
	[ "$(jq -c .sender.senders <<<"$output")" = '["app","server"]' ]
	[ "$(jq -r '.grpc[] | select(.software == "google.rpc.Code") | .does' <<<"$output")" = \
		"RESOURCE_EXHAUSTED maps to it" ]
	[ "$(jq -r '.grpc[0].source' <<<"$output")" = "grpc/grpc doc/http-grpc-status-mapping.md, commit 9c3f79d" ]
	jq -e '.clients | map(.software) | index("urllib3 Retry") != null' <<<"$output"
	jq -e '.crawlers | map(.software) | index("Googlebot") != null' <<<"$output"
	jq -e '[.browsers, .crawlers, .caches, .clients, .grpc][] | all(.source | length > 0)' <<<"$output"
}

@test "compare shows the software whose handling differs, and names those alike" {
	run -0 httpstatus compare 301 308
	# Fetch changes a POST after a 301 and keeps it after a 308: those in
	# columns, what it does for both once under them
	grep -q '^  Fetch        a POST is sent again as a GET   sent again with the same$' <<<"$output"
	grep -q '^               each: followed, 20 redirects at most' <<<"$output"
	[ "$(grep -c 'followed, 20 redirects' <<<"$output")" -eq 1 ]
	# both a strong canonical signal for Googlebot, but caches differ
	grep -q '^  Cloudflare   120 minutes without' <<<"$output"
	run -0 httpstatus compare 404 410
	# Googlebot documents no difference between them: alike, not a row
	[[ $output != *$'\n  Googlebot  '* ]]
	alike=$(sed -n '/^  Alike/,$p' <<<"$output" | tr -s ' \n' ' ')
	# apart: under set -e a failing test before && fails nothing
	[[ $alike == *Googlebot,* ]]
	[[ $alike == *Cloudflare* ]]
	grep -q '^  gRPC clients' <<<"$output"
	grep -q '^  Sent by ' <<<"$output"
}

@test "a software name too long for the label column gets a line of its own, a word too wide its cut" {
	run -0 httpstatus compare 404 503
	grep -qx '  Googlebot (robots.txt)' <<<"$output"
	grep -qx '  nginx proxy_next_upstream' <<<"$output"
	grep -A1 -x '  nginx proxy_next_upstream' <<<"$output" | grep -q '^               passed to the next'
	# four columns of 16: beresp.cacheable is cut at the column's edge
	run -0 httpstatus compare 301 302 307 308
	[ -z "$(awk 'length > 80' <<<"$output")" ]
	grep -q '^               Expires (120 s  Expires (120 s  sets            sets$' <<<"$output"
	grep -q 'beresp.cacheab  beresp.cacheab$' <<<"$output"
}

@test "search finds codes by the gRPC status they map to" {
	run -0 httpstatus -f code search grpc unavailable
	[ "${lines[0]}" = 503 ]
	for pair in RESOURCE_EXHAUSTED:429 DEADLINE_EXCEEDED:504 PERMISSION_DENIED:403 \
		UNAUTHENTICATED:401 "grpc not found:404" "grpc cancelled:499"; do
		run_apart -0 httpstatus -f code search "${pair%:*}"
		[ "${lines[0]}" = "${pair#*:}" ] || { echo "$pair: ${lines[*]}"; return 1; }
	done
}

@test "the man page of the codes lists each fact with its source" {
	local man
	man=$(tr '\n' ' ' <"$BUILD/httpstatus-codes.7")
	[[ $man == *".It sender a gateway or proxy, about its upstream"* ]]
	[[ $man == *".It clients curl --retry: retried with --retry N (0 by default), waiting as Retry-After says (at most 6 hours), else 1 s doubling up to 10 minutes (curl/curl src/tool_operate.c, commit 5c61e16)"* ]]
	[[ $man == *".It browsers none .It crawlers"* ]]
}

@test "each kind of software says for the common codes what its golden file holds" {
	local codes
	codes=$(sed -n 's/^SOFTWARE_CODES = //p' "$TOP/Makefile")
	for f in sender browsers crawlers caches clients grpc; do
		# shellcheck disable=SC2086 # the codes are words
		run -0 httpstatus -f "code,$f" $codes
		diff -u "$FIXTURES/software/$f.tsv" <(printf '%s\n' "$output") ||
			{ echo "$f: run make fixtures after a change to the data, and read the diff"; return 1; }
	done
	# every kind has something to say for some of them
	for f in browsers crawlers caches clients grpc; do
		[ "$(cut -f2 "$FIXTURES/software/$f.tsv" | grep -c .)" -ge 5 ] || { echo "$f"; return 1; }
	done
}

@test "the questions issue 27 names find their code first" {
	for pair in "does curl retry 429:429" "google 503:503" "cloudflare cache 404:404" \
		"grpc unavailable:503"; do
		run_apart -0 httpstatus -f code search "${pair%:*}"
		[ "${lines[0]}" = "${pair##*:}" ] || { echo "$pair: ${lines[*]}"; return 1; }
	done
}
