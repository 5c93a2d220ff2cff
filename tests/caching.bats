#!/usr/bin/env bats
# Caching and retries: which responses caches keep, and which requests
# clients may repeat on their own.

load helper

# The official codes with each value of a JSON key, one "value: codes" line each.
by_value() {
	run -0 httpstatus -j list --official
	run -0 jq -r --arg k "$1" 'group_by(.[$k])[] | "\(.[0][$k]): \(map(.code) | join(" "))"' <<<"$output"
}

@test "heuristically cacheable codes are RFC 9110's list plus 451; 1xx and RFC 6585's never" {
	by_value cacheable
	# RFC 9110 section 15.1, and RFC 7725 section 3 for 451
	[ "${lines[0]}" = "default: 200 203 204 206 300 301 308 404 405 410 414 451 501" ]
	# a cache stores only final responses (RFC 9111 section 3)
	[ "${lines[2]}" = "never: 100 101 102 103 104 428 429 431 511" ]
	[[ "${lines[1]}" == "explicit: 201 202 205 "* ]]
}

@test "retry: 408, 421 and 425 are safe, 429 and 503 wait, 500/502/504 idempotent only" {
	by_value retry
	[ "${lines[0]}" = "idempotent: 500 502 504" ]
	[ "${lines[1]}" = "later: 423 429 503" ]
	[ "${lines[3]}" = "no: 400 401 402 403 404 405 406 407 409 410 411 412 413 414 415 416 417 418 422 424 426 428 431 451 501 510 511" ]
	[ "${lines[4]}" = "safe: 408 421 425" ]
	# the server's configuration is at fault, not the request
	[ "${lines[5]}" = "server: 505 506 507 508" ]
	# success, redirects and 1xx are not failures to retry
	[[ "${lines[2]}" == "n/a: 100 101 102 103 104 200 "*" 307 308" ]]
}

@test "codes the server side causes say so, not that the request must change" {
	for code in 505 506 507 508 525 526 530; do
		run -0 httpstatus "$code"
		[[ "$output" == *$'\n  Retry:       not until the server side is fixed; then it may work\n'* ]] ||
			{ echo "$code"; return 1; }
	done
}

# bats test_tags=grows
@test "codes that never reach a client state no caching" {
	want=$(awk '/^code: / { c = $2 } /^sent: no$/ { print c + 0 }' "$DATA" | sort -u)
	[ "$(wc -l <<<"$want")" -ge 3 ]
	got=$(httpstatus -j list | jq -r '.[] | select(.cacheable == "n/a") | .code' | sort -u)
	[ "$got" = "$want" ]
	run -0 httpstatus --unofficial 499
	[[ "$output" == *$'\n  Cacheable:   does not apply: no response is sent\n  Retry:       not applicable\n'* ]]
}

@test "the entry states caching and retry in words" {
	run -0 httpstatus 429
	[[ "$output" == *$'\n  Cacheable:   never: caches must not store it\n  Retry:       later: after Retry-After or a back-off\n'* ]]
	run -0 httpstatus 404
	[[ "$output" == *$'\n  Cacheable:   yes, by default\n  Retry:       no: the request has to change first\n'* ]]
	run -0 httpstatus 408
	[[ "$output" == *$'\n  Retry:       yes: the request was not processed\n'* ]]
	run -0 httpstatus 502
	[[ "$output" == *$'\n  Retry:       idempotent methods only\n'* ]]
}

@test "-f cacheable, retry and has_content give one value per code" {
	run -0 httpstatus -f cacheable 200 302 511
	[ "$output" = $'default\nexplicit\nnever' ]
	run -0 httpstatus -f retry 425 503 201
	[ "$output" = $'safe\nlater\nn/a' ]
	run -0 httpstatus -f has_content 204 200
	[ "$output" = $'false\ntrue' ]
}
