#!/usr/bin/env bats
# httpstatus check: the findings for responses as curl prints them, from
# real servers and hand-made to break each rule.

load helper

teardown() {
	stop_server
}

RULES=$TOP/tests/fixtures/check/rules
REAL=$TOP/tests/fixtures/check/real

# The findings of check's text output each on one line, as the tests
# compare them: a finding's wrapped lines joined, and the dimmed line
# under it that cites its rule and section put after it in parentheses,
# "(rule, RFC 9110 15.5.2)", with the link when -v gave one, and the line
# of configuration that mends it after that, "[fix in nginx: ...]".
unwrap() {
	awk '
		/^          [a-z][a-z-]*, RFC [0-9]+ section [0-9.]+(, https:.*)?$/ {
			sub(/^ +/, ""); sub(/ section /, " "); last = last " (" $0 ")"; next
		}
		/^          https:/ { sub(/^ +/, ""); sub(/\)$/, ", " $0 ")", last); next }
		/^          fix in .*:$/ { sub(/^ +/, ""); fix = $0; next }
		/^          fix in / { sub(/^ +/, ""); last = last " [" $0 "]"; next }
		/^            / && fix != "" { sub(/^ +/, ""); last = last " [" fix " " $0 "]"; fix = ""; next }
		/^          / { sub(/^ +/, ""); last = last " " $0; next }
		{ if (NR > 1) print last; last = $0 }
		END { if (NR > 0) print last }'
}

# run_apart on httpstatus check with the arguments given (an exit status
# first, as run_apart takes it), its findings unwrapped.
check_run() {
	run_apart "$@"
	output=$(unwrap <<<"$output")
	# shellcheck disable=SC2034 # lines is for the tests, as run sets it
	IFS=$'\n' read -d '' -r -a lines <<<"$output" || true
}

# check_run on httpstatus check with the options after $2, reading from a
# pipe, as from curl, the response that printf's escapes make of $2.
check_piped() {
	local want=$1 response=$2
	shift 2
	check_run "$want" bash -c 'printf "$1" | httpstatus check "${@:2}"' _ "$response" "$@"
}

@test "every rule fires on its broken response with its level and RFC, and not on the mended one" {
	local n=0 name level ref
	while IFS=$'\t' read -r name level ref _; do
		[ -f "$RULES/$name.fires" ] && [ -f "$RULES/$name.silent" ] ||
			{ echo "$name has no .fires and .silent response"; return 1; }
		check_run httpstatus check "$RULES/$name.fires"
		# the table's rules take each requirement's own RFC section
		[[ $ref == table ]] && ref=RFC
		grep -F "($name, $ref" <<<"$output" | grep -q "^  $level " ||
			{ echo "$name ($level, $ref) did not fire: $output"; return 1; }
		[[ $level == note || $status -eq 1 ]] || { echo "$name: exit $status"; return 1; }
		check_run httpstatus check "$RULES/$name.silent"
		[[ $output != *"($name, "* ]] || { echo "$name fired on the mended response: $output"; return 1; }
		# and the mended one was read: its status line and the count
		[[ ${lines[0]} == HTTP/* && ${lines[-1]} == *" response"*": "*" errors, "* ]] ||
			{ echo "$name: the mended response gave $output"; return 1; }
		n=$((n + 1))
	done < <(httpstatus --complete rules)
	[ "$n" -eq 51 ]
	[ "$(find "$RULES" -type f | wc -l)" -eq $((2 * n)) ]
}

@test "nginx's return 401 and its 405 for a POST to a file break MUSTs of RFC 9110" {
	check_run -1 httpstatus check "$REAL/nginx-401.http"
	[ "${lines[0]}" = "HTTP/1.1 401 Unauthorized" ]
	[ "${lines[1]}" = "  error   no WWW-Authenticate: a 401 response MUST have it with at least one challenge (required-field, RFC 9110 15.5.2) [fix in nginx: add_header WWW-Authenticate 'Basic realm=\"site\"' always;]" ]
	[ "${lines[2]}" = "1 response: 1 error, 0 warnings, 0 notes" ]
	[ -z "$stderr" ]
	check_run -1 httpstatus check <"$REAL/nginx-405.http"
	[[ ${lines[2]} == "  error   no Allow: a 405 response MUST have it listing the methods"*"(required-field, RFC 9110 15.5.6)"* ]]
	[[ ${lines[1]} == '  note    the reason phrase "Not Allowed" is not the registered name "Method Not Allowed" (reason-phrase, RFC 9112 4)'* ]]
}

@test "clean responses of nginx, python3 and node exit 0 with no error or warning" {
	for f in nginx-200 nginx-404 nginx-206 nginx-416 nginx-head nginx-301-L python-200 python-404 python-501 node-json; do
		check_run httpstatus check "$REAL/$f.http"
		[ "$status" -eq 0 ] || { echo "$f: exit $status: $output"; return 1; }
		# said, not silent: the status line, then the count of findings
		[[ ${lines[0]} == HTTP/* && ${lines[-1]} == *" 0 errors, 0 warnings, "* ]] ||
			{ echo "$f: $output"; return 1; }
		[[ $output != *"  error"* && $output != *"  warning"* ]]
	done
	# nginx's 416 says the former name of 416
	check_run -0 httpstatus check "$REAL/nginx-416.http"
	[[ ${lines[1]} == *'"Requested Range Not Satisfiable" is the former name of "Range Not Satisfiable"'* ]]
	# node sends content without a Content-Type unless told to
	check_run -1 httpstatus check "$REAL/node-200.http"
	[[ ${lines[1]} == "  warning 6 bytes of content without a Content-Type (content-type, RFC 9110 8.3)"* ]]
}

@test "curl -siL's redirects and curl -sI's headers raise nothing about length" {
	# the 301 says Content-Length: 169, but curl shows no body of a redirect it follows
	check_run -0 httpstatus check --json "$REAL/nginx-301-L.http"
	[ "$(jq -c '[.[] | [.status, .body_length, (.findings | length)]]' <<<"$output")" = '[[301,null,0],[200,6,0]]' ]
	check_run -0 httpstatus check -j "$REAL/nginx-head.http"
	[ "$(jq -c '.[0] | [.body_length, (.headers[] | select(.name == "Content-Length") | .value)]' <<<"$output")" = '[null,"6"]' ]
}

@test "interim 1xx responses, HTTP/2 lines and lower-case names, LF line ends" {
	printf 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n' >"$BATS_TEST_TMPDIR/r"
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/r"
	[ "$output" = "HTTP/1.1 100 Continue
  nothing to report
HTTP/1.1 204 No Content
  nothing to report
2 responses: 0 errors, 0 warnings, 0 notes" ]
	check_piped -1 'HTTP/2 401 \r\ndate: Mon, 30 Nov 2026 05:40:48 GMT\r\ncontent-type: text/html\r\n\r\n<p>no</p>'
	[ "${lines[0]}" = "HTTP/2 401" ]
	[[ ${lines[1]} == "  error   no WWW-Authenticate: "* ]]
	[ "${#lines[@]}" -eq 3 ]
	# LF alone is read, and noted
	check_piped -0 'HTTP/1.1 204 No Content\nDate: Mon, 30 Nov 2026 05:40:48 GMT\n\n'
	[[ ${lines[1]} == "  note    line 1: the line ends in LF without CR"* ]]
}

@test "--json gives each response's status, reason, headers as received and findings" {
	printf 'HTTP/1.1 405 Nope\r\nSet-Cookie: a=1\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nset-cookie: b=2\r\n\r\n' >"$BATS_TEST_TMPDIR/r"
	check_run -1 httpstatus check --json "$BATS_TEST_TMPDIR/r"
	[ "$(jq -c '.[0] | [.status, .reason, .version, .line, .body_length]' <<<"$output")" = '[405,"Nope","HTTP/1.1",1,null]' ]
	[ "$(jq -c '[.[0].headers[] | [.name, .value]]' <<<"$output")" = '[["Set-Cookie","a=1"],["Date","Mon, 30 Nov 2026 05:40:48 GMT"],["set-cookie","b=2"]]' ]
	[ "$(jq -c '.[0].findings[] | select(.rule == "required-field")' <<<"$output")" = \
		'{"level":"error","rule":"required-field","field":"Allow","message":"no Allow: a 405 response MUST have it listing the methods the resource supports","rfc":"RFC 9110","section":"15.5.6","spec_url":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6","fix":null}' ]
	[ "$(jq -c '[.[0].findings[] | [.level, .rule, .field]]' <<<"$output")" = '[["note","reason-phrase",null],["error","required-field","Allow"]]' ]
}

@test "what is no HTTP response is exit 2 with one line and nothing on stdout" {
	check_run -2 httpstatus check </dev/null
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: standard input: no response at all (curl prints 000 for that; nginx's 444 closes the connection without one)" ]
	check_run -2 bash -c 'printf "\n\n<html>hello</html>\n" | httpstatus check -'
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: standard input: not an HTTP response: line 3 starts like a body (curl -si prints the status line and header fields before it)" ]
	# what curl -s without -i prints of a JSON API
	check_run -2 bash -c 'printf "{\"error\":\"nope\"}" | httpstatus check'
	[ "$stderr" = "httpstatus: standard input: not an HTTP response: line 1 starts like a body (curl -si prints the status line and header fields before it)" ]
	check_run -2 bash -c 'printf "Hello, world\n" | httpstatus check'
	[ "$stderr" = "httpstatus: standard input: not an HTTP response: line 1 is not a status line, such as HTTP/1.1 200 OK (curl -si prints one)" ]
	check_run -2 bash -c 'head -c 3000 /dev/urandom | tr -d H | httpstatus check'
	[[ $stderr == "httpstatus: standard input: not an HTTP response: line "* ]]
	check_run -2 httpstatus check "$BATS_TEST_TMPDIR/absent"
	[ "$stderr" = "httpstatus: $BATS_TEST_TMPDIR/absent: No such file or directory" ]
	check_run -2 httpstatus check "$BATS_TEST_TMPDIR"
	[ "$stderr" = "httpstatus: $BATS_TEST_TMPDIR: Is a directory" ]
	[ -z "$output" ]
	check_run -2 httpstatus check a b
	[ "$stderr" = "httpstatus: check takes one file at most; try 'httpstatus --help'" ]
}

@test "the limits: 1 MiB of header sections, 64 KiB a line, 64 responses; bodies of any size" {
	check_run -2 bash -c 'for i in $(seq 20); do printf "HTTP/1.1 200 OK\r\nX-Pad: %060000d\r\n\r\n" 0; done | httpstatus check'
	[ "$stderr" = "httpstatus: standard input: the header sections are larger than 1 MiB" ]
	[ -z "$output" ]
	check_run -2 bash -c 'printf "HTTP/1.1 200 OK\r\nX-Pad: %070000d\r\n\r\n" 0 | httpstatus check'
	[ "$stderr" = "httpstatus: standard input: line 2 is longer than 64 KiB" ]
	check_run -2 bash -c 'for i in $(seq 65); do printf "HTTP/1.1 100 Continue\r\n\r\n"; done | httpstatus check'
	[ "$stderr" = "httpstatus: standard input: more than 64 responses" ]
	# 30 MB of body, counted as it streams
	check_run -0 bash -c '{ printf "HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Type: application/octet-stream\r\nContent-Length: 30000000\r\n\r\n"; head -c 30000000 /dev/zero; } | httpstatus check -j'
	[ "$(jq '.[0].body_length' <<<"$output")" -eq 30000000 ]
}

@test "a body that curl decoded is not held to Content-Length" {
	printf 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nETag: "1"\r\nLast-Modified: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: 20\r\n\r\nhello, a longer text once unzipped\n' >"$BATS_TEST_TMPDIR/r"
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/r"
	[ "${lines[1]}" = "  nothing to report" ]
	sed -i 's/Content-Encoding: gzip/Content-Encoding: identity/' "$BATS_TEST_TMPDIR/r"
	check_run -1 httpstatus check "$BATS_TEST_TMPDIR/r"
	[[ ${lines[1]} == "  error   the body is 35 bytes, longer than Content-Length's 20 (content-length, "* ]]
}

@test "findings take their level's colour on a terminal; a full disk is a write error" {
	check_run -1 httpstatus check --color=always "$REAL/nginx-405.http"
	[ "${lines[0]}" = $'\e[1mHTTP/1.1 405 Not Allowed\e[0m' ]
	[[ ${lines[1]} == $'  \e[1;36mnote   \e[0m '* ]]
	[[ ${lines[2]} == $'  \e[1;31merror  \e[0m '* ]]
	run_apart -2 bash -c 'httpstatus check "$1" >/dev/full' _ "$REAL/nginx-200.http"
	[ "$stderr" = "httpstatus: write error: No space left on device" ]
}

# bats test_tags=servers
@test "a real nginx: 401 and 405 exit 1, a page and its HEAD exit 0" {
	command -v nginx >/dev/null || skip "nginx is not installed"
	command -v curl >/dev/null || skip "curl is not installed"
	local dir=$BATS_TEST_TMPDIR/nginx
	start_nginx "$dir" || skip "nginx did not start: $(tail -n 1 "$dir/error.log")"
	curl -si "http://127.0.0.1:$port/private" >"$BATS_TEST_TMPDIR/401"
	curl -si -X POST "http://127.0.0.1:$port/index.html" >"$BATS_TEST_TMPDIR/405"
	curl -si "http://127.0.0.1:$port/index.html" >"$BATS_TEST_TMPDIR/200"
	curl -sI "http://127.0.0.1:$port/index.html" >"$BATS_TEST_TMPDIR/head"
	curl -siL "http://127.0.0.1:$port/old" >"$BATS_TEST_TMPDIR/301"
	stop_server
	check_run -1 httpstatus check "$BATS_TEST_TMPDIR/401"
	[[ $output == *"  error   no WWW-Authenticate: "* ]]
	check_run -1 httpstatus check "$BATS_TEST_TMPDIR/405"
	[[ $output == *"  error   no Allow: "* ]]
	for f in 200 head 301; do
		check_run -0 httpstatus check "$BATS_TEST_TMPDIR/$f"
		[[ ${lines[0]} == HTTP/* && ${lines[-1]} == *" 0 errors, 0 warnings, "* ]]
		[[ $output != *"  error"* && $output != *"  warning"* ]]
	done
	[ "${lines[2]}" = "HTTP/1.1 200 OK" ]
}

# bats test_tags=servers
@test "a real python3 http.server's page and its 404 exit 0" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	command -v curl >/dev/null || skip "curl is not installed"
	start_python "$BATS_TEST_TMPDIR/site" /dev/null || skip "python3 -m http.server did not start"
	curl -si "http://127.0.0.1:$port/" >"$BATS_TEST_TMPDIR/200"
	curl -si "http://127.0.0.1:$port/missing" >"$BATS_TEST_TMPDIR/404"
	stop_server
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/200"
	[[ ${lines[0]} == "HTTP/1.0 200 OK" && $output != *"  error"* && $output != *"  warning"* ]]
	[[ ${lines[-1]} == "1 response: 0 errors, 0 warnings, "* ]]
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/404"
	[[ ${lines[1]} == '  note    the reason phrase "File not found" is not the registered name "Not Found"'* ]]
}

@test "the man page lists every rule with its level, RFC section and what it checks" {
	diff <(httpstatus --complete rules | awk -F'\t' '{ printf ".It Cm %s\n%s, %s: %s.\n", $1, $2, $3, $4 }') \
		<(sed -n '/^\.Sh CHECKING A RESPONSE/,/^\.Sh OUTPUT/p' "$TOP/man/httpstatus.1" |
			grep -A1 '^\.It Cm' | grep -v '^--')
}

@test "a vendor's code is named with its vendor and what it means; one past 599 is an error" {
	check_piped -0 'HTTP/1.1 499 Client Closed Request\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[[ ${lines[1]} == "  note    499 is not a registered code but nginx's Client Closed Request: nginx writes 499 to its access log when "*" (vendor-code, RFC 9110 15)"* ]]
	check_piped -1 'HTTP/1.1 999 Request denied\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[[ ${lines[1]} == "  error   999 is outside 100 to 599, where every status code lies; it is LinkedIn's Request Denied (status-range, RFC 9110 15)"* ]]
}

@test "a proxy's 200 to CONNECT before the response is no origin server's" {
	check_piped -0 'HTTP/1.1 200 Connection established\r\n\r\nHTTP/2 204 \r\ndate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[ "$output" = "HTTP/1.1 200 Connection established
  nothing to report
HTTP/2 204
  nothing to report
2 responses: 0 errors, 0 warnings, 0 notes" ]
	# alone, a 200 without fields lacks its Date
	check_piped -1 'HTTP/1.1 200 OK\r\n\r\n'
	[[ ${lines[1]} == "  error   no Date: "* ]]
}

@test "what a 200 would carry, and a MAY with a purpose, are not asked of a response" {
	# 304: six fields a 200 to the same request would carry, and a
	# Content-Length it MAY send only with the length a 200 would have had
	check_piped -0 'HTTP/1.1 304 Not Modified\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
	# 308: Retry-After MAY make the client wait before it follows
	check_piped -0 'HTTP/1.1 308 Permanent Redirect\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nLocation: /new\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
	# 413: a SHOULD under a condition is a note
	check_piped -0 'HTTP/1.1 413 Content Too Large\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[[ ${lines[1]} == "  note    no Retry-After: a 413 response SHOULD have it if the condition is temporary (conditional-field, RFC 9110 15.5.14)"* ]]
}

@test "a status line whose code is not three digits is shown as written, and is an error" {
	check_piped -1 'HTTP/1.1 2000 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[ "${lines[0]}" = "HTTP/1.1 2000 OK" ]
	[[ ${lines[1]} == "  error   line 1: the status line's code is not three digits (status-code, RFC 9112 4)"* ]]
	check_piped -1 'HTTP/1.1 2000 OK\r\n\r\n' -j
	[ "$(jq -c '.[0] | [.status, .reason, [.findings[].rule]]' <<<"$output")" = '[null,"OK",["status-code"]]' ]
}

@test "HTTP/2 and HTTP/3 are not asked for Connection or Upgrade, and may not send them" {
	check_piped -0 'HTTP/2 426 \r\ndate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
	check_piped -1 'HTTP/3 200 \r\ndate: Mon, 30 Nov 2026 05:40:48 GMT\r\nkeep-alive: timeout=5\r\n\r\n'
	[ "${lines[1]}" = "  error   Keep-Alive is sent in an HTTP/3 response, which has no connection-specific fields (connection-field, RFC 9114 4.2)" ]
	# HTTP/1.1 is asked for both
	check_piped -1 'HTTP/1.1 426 Upgrade Required\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n'
	[[ $output == *"  error   no Upgrade: "*"  error   no Connection: "* ]]
}

@test "a continuation line with no field before it is a syntax error, in any response" {
	# fuzz_check found this one reading before the first field
	check_piped -1 'HTTP/1.1 204 No Content\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nX-L\351ng: first\r\n  continued\r\n\r\n'
	[[ $output == *"  error   line 3: a line of the header section is not a field line (field-syntax, "* ]]
	[[ $output == *"  error   line 4: a field value is continued on a line that starts with a blank (obs-fold, "* ]]
	check_piped -1 'HTTP/1.1 204 No Content\r\n  continued\r\n\r\n' -j
	[ "$(jq -c '[.[0].headers, [.[0].findings[].rule]]' <<<"$output")" = '[[],["obs-fold","field-syntax","date"]]' ]
}

# A response of the given status with one field line added, checked; the
# rule must fire (or, for "-", the field's rule must not).
value_fires() { # status, field, value, rule or "-", field's rule
	local response
	response=$(printf 'HTTP/1.1 %s X\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Type: text/plain\r\n%s: %s\r\nContent-Length: 0\r\n\r\n' "$1" "$2" "$3")
	[[ $2 == Date ]] && response=${response/Date: Mon, 30 Nov 2026 05:40:48 GMT$'\r\n'/}
	[[ $2 == Content-Type ]] && response=${response/Content-Type: text\/plain$'\r\n'/}
	check_run httpstatus check <<<"$response"
	if [[ $4 == - ]]; then
		[[ $output != *"($5, "* ]] || { echo "$2: $3 fired: $output"; return 1; }
	else
		[[ $output == *"  error   $2: "*"($4, "* || $output == *"  note    $2: "*"($4, "* ]] ||
			{ echo "$2: $3 did not fire $4: $output"; return 1; }
	fi
}

@test "field values are read against their grammar: dates, ranges, tags, URIs, challenges, lists" {
	local n=0 status field value rule own
	while IFS='|' read -r status field value rule own; do
		[[ -z $status || $status == '#'* ]] && continue
		value_fires "$status" "$field" "$value" "$rule" "$own" || return 1
		n=$((n + 1))
	done <<'CASES'
200|Date|Sun, 06 Nov 1994 08:49:37 GMT|-|http-date
200|Date|Sunday, 06-Nov-94 08:49:37 GMT|http-date
200|Date|Sun Nov  6 08:49:37 1994|http-date
200|Date|Sun, 06 Nov 1994 08:49:37 UTC|http-date
200|Date|Sun, 6 Nov 1994 08:49:37 GMT|http-date
200|Date|Sun, 06 Nov 1994 24:00:00 GMT|http-date
200|Date|Sun, 32 Nov 1994 08:49:37 GMT|http-date
200|Date|sun, 06 nov 1994 08:49:37 GMT|http-date
200|Date|1733000000|http-date
200|Last-Modified|Sun, 06 Nov 1994 08:49:60 GMT|-|http-date
200|Expires|0|expires-invalid
200|Expires|Thu, 01 Jan 1970 00:00:00 GMT|-|expires-invalid
503|Retry-After|0|-|retry-after
503|Retry-After|-5|retry-after
503|Retry-After|1.5|retry-after
429|Retry-After|Wed, 21 Oct 2026 07:28:00 GMT|-|retry-after
429|Retry-After|Wed, 21 Oct 2026|retry-after
304|ETag|"abc"|-|etag
304|ETag|W/"abc"|-|etag
304|ETag|""|-|etag
304|ETag|w/"abc"|etag
304|ETag|"a"b"|etag
304|ETag|"a b"|etag
301|Location|https://example.com/a?b=c#d|-|location
301|Location|//example.com/x|-|location
301|Location|../up/%7Euser|-|location
301|Location|/a%2|location
301|Location|/a%zz|location
301|Location|/a b|location
301|Location|/a#b#c|location
301|Location|/{x}|location
200|Content-Location|/items/42|-|location
200|Content-Location|/items/<42>|location
206|Content-Range|bytes 0-0/1|-|content-range-value
206|Content-Range|bytes 0-9/*|-|content-range-value
206|Content-Range|bytes 0-9/10|-|content-range-value
416|Content-Range|bytes */10|-|content-range-value
206|Content-Range|bytes 5-4/10|content-range-value
206|Content-Range|bytes 0-10/10|content-range-value
206|Content-Range|bytes 0-9|content-range-value
206|Content-Range|bytes=0-9/10|content-range-value
206|Content-Range|bytes  0-9/10|content-range-value
206|Content-Range|bytes 0 9/10|content-range-value
206|Content-Range|bytes 0-9/ten|content-range-value
206|Content-Range|bytes -9/10|content-range-value
206|Content-Range|bytes 0-99999999999999999999/1|content-range-value
416|Content-Range|bytes */*|content-range-value
401|WWW-Authenticate|Basic realm="x", charset="UTF-8"|-|challenge
401|WWW-Authenticate|Negotiate|-|challenge
401|WWW-Authenticate|Bearer abc123==|-|challenge
401|WWW-Authenticate|Basic realm="a \"quoted\" realm"|-|challenge
401|WWW-Authenticate|Basic realm="x, Bearer|challenge
401|WWW-Authenticate|realm="x"|challenge
407|Proxy-Authenticate|Basic realm="proxy"|-|challenge
407|Proxy-Authenticate|"Basic"|challenge
405|Allow||-|allow
405|Allow|GET,,HEAD|-|allow
405|Allow|GET HEAD|allow
405|Allow|GET, "POST"|allow
200|Cache-Control|no-store|-|cache-control
200|Cache-Control|max-age=0, must-revalidate|-|cache-control
200|Cache-Control|private="Set-Cookie, X-Id"|-|cache-control
200|Cache-Control|stale-while-revalidate=30, max-age=60|-|cache-control
200|Cache-Control|s-maxage="10"|cache-control
200|Cache-Control|max-age|cache-control
200|Cache-Control|max-age=-1|cache-control
200|Cache-Control|no-cache=Set-Cookie X|cache-control
200|Cache-Control|public; max-age=60|cache-control
200|Content-Type|application/problem+json|-|media-type
200|Content-Type|text/html;charset="utf-8"|-|media-type
200|Content-Type|text/html; charset=utf-8; |-|media-type
200|Content-Type|text/|media-type
200|Content-Type|text/html charset=utf-8|media-type
200|Content-Type|text/html; charset=|media-type
200|Content-Type|text/html; charset="utf-8|media-type
CASES
	[ "$n" -eq 75 ]
}

@test "a field of one value sent twice: an error with two values, a note with one" {
	check_piped -1 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nETag: "a"\r\nETag: "b"\r\nContent-Length: 0\r\n\r\n'
	[[ ${lines[1]} == "  error   ETag is sent 2 times with different values, and a recipient cannot tell which holds (singleton-field, RFC 9110 5.3)"* ]]
	check_piped -0 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nETag: "a"\r\nETag: "a"\r\nContent-Length: 0\r\n\r\n'
	[[ $output == *"  note    ETag is sent 2 times with the same value; a sender MUST NOT repeat it (singleton-field, "* ]]
	# list fields may repeat: two Cache-Control lines are one list
	check_piped -0 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nCache-Control: public\r\nCache-Control: max-age=60\r\nContent-Length: 0\r\n\r\n'
	[[ $output != *singleton-field* ]]
}

@test "a Content-Length of 2^64 or more is counted as text: the body shown is short of it" {
	check_piped -1 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Type: text/plain\r\nContent-Length: 000018446744073709551616\r\n\r\nhello'
	[[ ${lines[1]} == "  warning the body is 5 bytes, short of Content-Length's 000018446744073709551616: cut short, or the length is wrong (body-incomplete, "* ]]
	check_piped -0 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Type: text/plain\r\nContent-Length: 99999999999999999999999999\r\n\r\n'
	[[ ${lines[1]} == "  note    Content-Length 99999999999999999999999999 is 2^64 or more, more than most recipients can count (content-length-size, RFC 9110 8.6)"* ]]
}

@test "fewer, truer findings: a MAY, a 101's new protocol, a multipart 206, one validator note" {
	# a 429 MAY have Retry-After: its absence is no finding
	check_piped -0 'HTTP/1.1 429 Too Many Requests\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Length: 0\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
	# after a 101 the bytes are the protocol it switched to
	check_piped -0 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello'
	[ "${lines[1]}" = "  nothing to report" ]
	# a multipart 206 carries its Content-Range in the parts
	check_piped -0 'HTTP/1.1 206 Partial Content\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Type: multipart/byteranges; boundary=B\r\nContent-Length: 0\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
	# a 200 without a validator: one note, none with either, none with no-store
	check_piped -0 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Length: 0\r\n\r\n'
	[[ ${lines[1]} == "  note    no ETag or Last-Modified: a 200 response SHOULD have one for GET and HEAD, when the server has them (conditional-field, RFC 9110 15.3.1)"* ]]
	[ "${lines[2]}" = "1 response: 0 errors, 0 warnings, 1 note" ]
	check_piped -0 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nLast-Modified: Mon, 30 Nov 2026 05:00:00 GMT\r\nContent-Length: 0\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
	check_piped -0 'HTTP/1.1 200 OK\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nCache-Control: private\r\nCache-Control: NO-STORE\r\nContent-Length: 0\r\n\r\n'
	[ "${lines[1]}" = "  nothing to report" ]
}

@test "reserved, unused and deprecated codes are named with what the table says" {
	check_piped -0 'HTTP/1.1 418 I am a teapot\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Length: 0\r\n\r\n'
	[[ $output == *"  note    418 I'm a teapot is reserved and unused: no HTTP specification defines it, and clients treat it as 400 (unused-code, RFC 9110 15.5.19)"* ]]
	check_piped -0 'HTTP/1.1 305 Use Proxy\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nLocation: http://proxy.example/\r\nContent-Length: 0\r\n\r\n'
	[[ ${lines[1]} == "  note    305 Use Proxy is deprecated: A redirect through a proxy: the resource must be fetched through the proxy whose address comes in Location. (deprecated-code, RFC 9110 15.4.6)"* ]]
	# a 303 without Location, which defines it, is a warning
	check_piped -1 'HTTP/1.1 303 See Other\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\nContent-Length: 0\r\n\r\n'
	[[ ${lines[1]} == "  warning no Location: a 303 response is expected to have it (defining-field, RFC 9110 15.4.4)"* ]]
}

@test "check given a URL says to pipe curl -si into it, and a terminal gets a hint before the wait" {
	check_run -2 httpstatus check https://example.com/a?b=1
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: check reads a response, not a URL: curl -si 'https://example.com/a?b=1' | httpstatus check" ]
	# a file that happens to be named so is read
	mkdir -p "$BATS_TEST_TMPDIR/http:"
	printf 'HTTP/1.1 204 No Content\r\nDate: Mon, 30 Nov 2026 05:40:48 GMT\r\n\r\n' >"$BATS_TEST_TMPDIR/http:/x"
	cd "$BATS_TEST_TMPDIR"
	check_run -0 httpstatus check http://x
	[ "${lines[0]}" = "HTTP/1.1 204 No Content" ]
	# on a terminal, the hint comes first; here the terminal has nothing to give
	command -v script >/dev/null || skip "script (bsdutils) is not installed"
	run script -qec "httpstatus check" /dev/null </dev/null
	[[ ${lines[0]} == "httpstatus: check: reading a response from the terminal (Ctrl-D ends it); curl -si URL | httpstatus check reads one from curl"* ]]
}

@test "a finding wraps at 80 columns under its level, its rule and section dimmed below; -v adds the link" {
	run_apart -1 httpstatus check "$REAL/nginx-405.http"
	diff -u - <(printf '%s\n' "$output") <<'WANT'
HTTP/1.1 405 Not Allowed
  note    the reason phrase "Not Allowed" is not the registered name "Method
          Not Allowed"
          reason-phrase, RFC 9112 section 4
  error   no Allow: a 405 response MUST have it listing the methods the
          resource supports
          required-field, RFC 9110 section 15.5.6
          fix in nginx: add_header Allow "GET, HEAD" always;
1 response: 1 error, 0 warnings, 1 note
WANT
	while IFS= read -r line; do
		[ "${#line}" -le 80 ] || { echo "too wide: $line"; return 1; }
	done <<<"$output"
	run_apart -1 httpstatus check -v "$REAL/nginx-401.http"
	[ "${lines[3]}" = "          required-field, RFC 9110 section 15.5.2" ]
	[ "${lines[4]}" = "          https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2" ]
	run_apart -1 httpstatus --verbose check "$RULES/etag.fires"
	[ "${lines[3]}" = "          https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3" ]
	# a terminal's width, with the rule line dimmed
	command -v script >/dev/null || skip "script (bsdutils) is not installed"
	COLUMNS=50 run -1 script -qec "httpstatus --color=always check $REAL/nginx-401.http" /dev/null
	[ "${lines[1]//$'\r'/}" = $'  \e[1;31merror  \e[0m no WWW-Authenticate: a 401 response' ]
	[ "${lines[2]//$'\r'/}" = "          MUST have it with at least one" ]
	[ "${lines[3]//$'\r'/}" = "          challenge" ]
	[ "${lines[4]//$'\r'/}" = $'          \e[2mrequired-field, RFC 9110 section 15.5.2\e[0m' ]
}

@test "-v is for check alone" {
	run_apart -2 httpstatus -v 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: -v goes with check; try 'httpstatus --help'" ]
	run_apart -2 httpstatus --verbose --stdin </dev/null
	[ "$stderr" = "httpstatus: -v goes with check; try 'httpstatus --help'" ]
}

@test "curl -sv's transcript: the < lines are read as responses, the > lines as their requests" {
	# two requests (curl -L), curl's own lines, and a body interleaved
	local t=$BATS_TEST_TMPDIR/v
	# (curl ends its own lines in LF, what it sends and receives in CRLF)
	printf '%s\r\n' '*   Trying 127.0.0.1:8080...' '* Connected to 127.0.0.1 (127.0.0.1) port 8080 (#0)' \
		'> GET /old HTTP/1.1' '> Host: 127.0.0.1:8080' '> Accept: */*' '> ' \
		'< HTTP/1.1 301 Moved Permanently' '< Date: Mon, 30 Nov 2026 05:40:48 GMT' \
		'< Location: /new' '< Content-Length: 0' '< ' '* Issue another request to this URL' \
		'> GET /new HTTP/1.1' '> Host: 127.0.0.1:8080' '> Range: bytes=0-4' '> ' \
		'< HTTP/1.1 206 Partial Content' '< Date: Mon, 30 Nov 2026 05:40:48 GMT' \
		'< Content-Type: text/plain' '< Content-Range: bytes 0-4/12' '< Content-Length: 5' '< ' \
		'{ [5 bytes data]' 'hello' '* Connection #0 to host 127.0.0.1 left intact' >"$t"
	check_run -0 httpstatus check "$t"
	[ "${lines[0]}" = "HTTP/1.1 301 Moved Permanently" ]
	[ "${lines[2]}" = "HTTP/1.1 206 Partial Content" ]
	[ "${lines[-1]}" = "2 responses: 0 errors, 0 warnings, 0 notes" ]
	# the Range was the second request's: without it, the 206 is a warning
	grep -v '^> Range' "$t" >"$t.2"
	check_run -1 httpstatus check "$t.2"
	[ "${lines[3]}" = "  warning a 206 answers a range request, and the GET had no Range (range-request, RFC 9110 14.2)" ]
	# JSON gives the same responses
	run_apart -1 httpstatus check -j "$t.2"
	[ "$(jq -c '[.[] | .status]' <<<"$output")" = '[301,206]' ]
	# a GET answered with a 201: the transcript alone shows it
	printf '%s\r\n' '> GET / HTTP/1.1' '> ' '< HTTP/1.1 201 Created' '< Date: Mon, 30 Nov 2026 05:40:48 GMT' \
		'< Location: /a' '< Content-Length: 0' '< ' >"$t.3"
	check_run -1 httpstatus check "$t.3"
	[[ $output == *"(safe-method, RFC 9110 9.2.1)"* ]]
	# curl's lines alone are no response
	printf '%s\n' '*   Trying 127.0.0.1:9...' '* connect to 127.0.0.1 port 9 failed: Connection refused' >"$t.4"
	run_apart -2 httpstatus check "$t.4"
	[ "$stderr" = "httpstatus: $t.4: curl -v showed no response: no line starts with \"< \"" ]
}

# bats test_tags=servers
@test "curl -sv of a real python3 http.server and nginx: conditional and range answers are judged with their requests" {
	command -v curl >/dev/null || skip "curl is not installed"
	command -v python3 >/dev/null || skip "python3 is not installed"
	start_python "$BATS_TEST_TMPDIR/site" /dev/null || skip "python3 -m http.server did not start"
	local later
	later=$(date -u -d '+1 day' '+%a, %d %b %Y %H:%M:%S GMT')
	curl -sv -H "If-Modified-Since: $later" "http://127.0.0.1:$port/" >"$BATS_TEST_TMPDIR/304" 2>&1
	curl -sv "http://127.0.0.1:$port/" >"$BATS_TEST_TMPDIR/200" 2>&1
	stop_server
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/304"
	[ "${lines[0]}" = "HTTP/1.0 304 Not Modified" ]
	[ "${lines[1]}" = "  nothing to report" ]
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/200"
	[ "${lines[0]}" = "HTTP/1.0 200 OK" ]
	[[ $output != *"  error"* && $output != *"  warning"* ]]
	# the same 304 without the request's validator is a warning
	grep -v '^> If-Modified-Since' "$BATS_TEST_TMPDIR/304" >"$BATS_TEST_TMPDIR/304.bare"
	check_run -1 httpstatus check "$BATS_TEST_TMPDIR/304.bare"
	[[ ${lines[1]} == "  warning a 304 answers a conditional request, and the GET had no If-None-Match or If-Modified-Since (conditional-request, "* ]]
	command -v nginx >/dev/null || skip "nginx is not installed"
	local dir=$BATS_TEST_TMPDIR/nginx
	start_nginx "$dir" || skip "nginx did not start: $(tail -n 1 "$dir/error.log")"
	curl -sv -r 0-2 "http://127.0.0.1:$port/index.html" >"$BATS_TEST_TMPDIR/206" 2>&1
	curl -sv -r 100-200 "http://127.0.0.1:$port/index.html" >"$BATS_TEST_TMPDIR/416" 2>&1
	stop_server
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/206"
	[ "${lines[0]}" = "HTTP/1.1 206 Partial Content" ]
	[ "${lines[1]}" = "  nothing to report" ]
	check_run -0 httpstatus check "$BATS_TEST_TMPDIR/416"
	[ "${lines[0]}" = "HTTP/1.1 416 Requested Range Not Satisfiable" ]
	[[ $output != *"  error"* && $output != *"  warning"* ]]
}

@test "a missing field gets the configuration line that adds it, for the server that sent the response" {
	# nginx, by the Server field of a real nginx 405
	check_run -1 httpstatus check -j "$REAL/nginx-405.http"
	[ "$(jq -c '.[0].findings[1].fix' <<<"$output")" = '{"server":"nginx","line":"add_header Allow \"GET, HEAD\" always;"}' ]
	# Apache, whose line is too long to follow "fix in ...:" at 80 columns
	sed 's|^Server: nginx/1.22.1|Server: Apache/2.4.57 (Debian)|' "$REAL/nginx-401.http" >"$BATS_TEST_TMPDIR/apache"
	run_apart -1 httpstatus check "$BATS_TEST_TMPDIR/apache"
	[ "${lines[-3]}" = "          fix in Apache HTTP Server:" ]
	[ "${lines[-2]}" = '            Header always set WWW-Authenticate "Basic realm=\"site\""' ]
	# a server the table has no line for, or none named: no fix
	sed 's|^Server: nginx/1.22.1|Server: Caddy|' "$REAL/nginx-405.http" >"$BATS_TEST_TMPDIR/caddy"
	run_apart -1 httpstatus check "$BATS_TEST_TMPDIR/caddy"
	[[ $output != *"fix in"* ]]
	grep -v '^Server:' "$REAL/nginx-405.http" >"$BATS_TEST_TMPDIR/anon"
	run_apart -1 httpstatus check "$BATS_TEST_TMPDIR/anon"
	[[ $output != *"fix in"* ]]
	# nginx-ish is not nginx
	sed 's|^Server: nginx/1.22.1|Server: nginxish/1.0|' "$REAL/nginx-405.http" >"$BATS_TEST_TMPDIR/ish"
	run_apart -1 httpstatus check "$BATS_TEST_TMPDIR/ish"
	[[ $output != *"fix in"* ]]
}

@test "the findings of every rule's responses and the real captures fit 80 columns" {
	local f n=0
	for f in "$RULES"/* "$REAL"/*; do
		run_apart httpstatus check "$f"
		# something was said: a status line, and the count at the end
		[[ ${lines[0]} == HTTP/* && ${lines[-1]} == *" response"* ]] || { echo "$f: $output"; return 1; }
		while IFS= read -r line; do
			[ "${#line}" -le 80 ] || { echo "$f: ${#line} columns: $line"; return 1; }
		done <<<"$output"
		n=$((n + 1))
	done
	[ "$n" -gt 100 ]
}

@test "in curl -sv's transcript, a line number names the line of the input" {
	check_piped -1 '*   Trying 127.0.0.1:80...\n> GET / HTTP/1.1\r\n> \r\n< HTTP/1.1 200 OK\r\n< Date: Mon, 30 Nov 2026 05:40:48 GMT\r\n< Bad Line\r\n< Content-Length: 0\r\n< \r\n'
	[ "${lines[1]}" = "  error   line 6: a line of the header section is not a field line (field-syntax, RFC 9112 5)" ]
	run_apart -1 bash -c 'printf "*   Trying\n> GET / HTTP/1.1\r\n> \r\n< HTTP/1.1 200 OK\r\n< Date: Mon, 30 Nov 2026 05:40:48 GMT\r\n< Bad Line\r\n< \r\n" | httpstatus check -j'
	[ "$(jq -c '[.[0].line]' <<<"$output")" = '[4]' ]
}
