#!/usr/bin/env bats
# --stdin: one output line per input line, codes or status lines.

load helper

MIXED=$'404\r\nHTTP/1.1 503 Service Unavailable\nbogus\nHTTP/2 404\n299\n  418  '

@test "each input line gets exactly one output line, unknown ones empty" {
	run_apart -1 httpstatus --stdin <<<"$MIXED"
	[ "$output" = "404 Not Found
503 Service Unavailable

404 Not Found

418 I'm a teapot" ]
	[ "$stderr" = "httpstatus: 2 of 6 lines had no known status code" ]
}

@test "a missing final newline still counts as a line" {
	run_apart -0 bash -c "printf '200\n204' | httpstatus --stdin"
	[ "$output" = "200 OK
204 No Content" ]
}

@test "- reads standard input like --stdin" {
	run -1 httpstatus --stdin <<<"$MIXED"
	want=$output
	run -1 httpstatus - <<<"$MIXED"
	[ "$output" = "$want" ]
}

@test "-f prints the field per line, aligned with the input" {
	run_apart -1 httpstatus --stdin -f name <<<"$MIXED"
	[ "$output" = "Not Found
Service Unavailable

Not Found

I'm a teapot" ]
}

@test "--json prints JSON Lines with an error for unknown lines" {
	run_apart -1 httpstatus --stdin --json <<<"$MIXED"
	[ "${#lines[@]}" -eq 6 ]
	[ "$(jq -c '[.code, .error]' <<<"$output" | tr '\n' ' ')" = \
		'[404,null] [503,null] [null,"not a status code"] [404,null] [null,"unknown status code"] [418,null] ' ]
	[ "$(jq -r 'select(.error) | .input' <<<"$output" | tr '\n' ' ')" = "bogus 299 " ]
}

@test "input echoed in JSON stays valid, whatever its bytes" {
	run_apart -1 bash -c "printf 'caf\303\251\n\377\376\n\001\"\\\\\n' | httpstatus --stdin --json"
	[ "$(jq -c .input <<<"$output" | tr '\n' ' ')" = $'"caf\303\251" "\357\277\275\357\277\275" "\\u0001\\"\\\\" ' ]
	[[ "${lines[1]}" == '{"input":"\ufffd\ufffd",'* ]]
}

@test "a line past 1 MiB is too long, one of 100,000 bytes is read whole, and the next is read" {
	run_apart -1 bash -c '{ head -c 2000000 /dev/zero | tr "\0" 4; printf "\n404\n"; } | httpstatus --stdin --json'
	[ "${#lines[@]}" -eq 2 ]
	[ "$(jq -c '[.input, .error, .code]' <<<"${lines[0]}")" = '[null,"line too long",null]' ]
	[ "$(jq .code <<<"${lines[1]}")" = 404 ]
	run_apart -1 bash -c '{ head -c 100000 /dev/zero | tr "\0" 4; printf "\n404\n"; } | httpstatus --stdin --json'
	[ "$(jq -c '[(.input | length), .error]' <<<"${lines[0]}")" = '[100000,"not a status code"]' ]
	[ "$(jq .code <<<"${lines[1]}")" = 404 ]
}

@test "all lines known exits 0 with nothing on stderr" {
	run_apart -0 httpstatus --stdin <<<$'200\n201'
	[ -z "$stderr" ]
}

@test "empty input prints nothing and exits 0" {
	run_apart -0 httpstatus --stdin </dev/null
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "a large input streams through" {
	run -0 bash -c 'yes "HTTP/1.1 200 OK" | head -n 200000 | httpstatus --stdin | uniq -c'
	[ "$(tr -s ' ' <<<"$output")" = " 200000 200 OK" ]
}

@test "every line of a long list gets its own code's answer, CRLF or not" {
	# a cycle of answers of unlike lengths, long enough to cross many of
	# the buffers that input and output go through
	awk 'BEGIN { split("200,511,404\r,100,bogus,418,HTTP/2 503", c, ",")
		for (i = 0; i < 40000; i++) print c[i % 7 + 1] }' >"$BATS_TEST_TMPDIR/in"
	run_apart -1 httpstatus --stdin -f code,name <"$BATS_TEST_TMPDIR/in"
	[ "${#lines[@]}" -eq 34286 ]
	[ "$(uniq -c <<<"$output" | awk '{ print $1 }' | sort -u)" = 1 ]
	[ "$(head -n 6 <<<"$output")" = $'200\tOK
511\tNetwork Authentication Required
404\tNot Found
100\tContinue

418\tI\'m a teapot' ]
	[ "$(sort <<<"$output" | uniq -c | sed 's/^ *//' | tr '\t\n' '  ')" = \
		"5714  5714 100 Continue 5715 200 OK 5714 404 Not Found 5714 418 I'm a teapot 5714 503 Service Unavailable 5715 511 Network Authentication Required " ]
	[ "$stderr" = "httpstatus: 5714 of 40000 lines had no known status code" ]
}

@test "a full disk is a write error with exit 2, and no count of unknown lines follows" {
	run_apart -2 bash -c 'printf "200\n404\n" | httpstatus --stdin >/dev/full'
	[ "$stderr" = "httpstatus: write error: No space left on device" ]
	run_apart -2 bash -c 'printf "200\nbogus\n" | httpstatus --stdin --json >/dev/full'
	[ "$stderr" = "httpstatus: write error: No space left on device" ]
	run_apart -2 bash -c 'printf "200\nbogus\n" | httpstatus --stdin --count >/dev/full'
	[ "$stderr" = "httpstatus: write error: No space left on device" ]
}

@test "a reader that stops early ends the run, silently unless SIGPIPE is ignored" {
	run_apart bash -c 'yes 404 | httpstatus --stdin | head -n 1; echo "${PIPESTATUS[1]}"'
	[ "$output" = $'404 Not Found\n141' ]
	[ -z "$stderr" ]
	run_apart bash -c 'trap "" PIPE; yes 404 2>/dev/null | httpstatus --stdin | head -n 1; exit "${PIPESTATUS[1]}"'
	[ "$status" -eq 2 ]
	[ "$output" = "404 Not Found" ]
	[ "$stderr" = "httpstatus: write error: Broken pipe" ]
}

@test "--stdin reads its operands as files, as cat does" {
	cd "$BATS_TEST_TMPDIR"
	run_apart -2 httpstatus --stdin 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: 404: No such file or directory" ]
	echo 404 >codes
	run_apart -0 httpstatus --stdin codes
	[ "$output" = "404 Not Found" ]
}
