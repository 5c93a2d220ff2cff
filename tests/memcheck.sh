#!/bin/sh
# Runs a representative set of httpstatus commands under valgrind memcheck:
# every command, text and JSON, -f, and standard input.  Any memory error or
# leak fails the run.
set -u
bin=${1:-./httpstatus}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=0

check() {
	stdin=$1
	shift
	printf '%b' "$stdin" | valgrind -q --error-exitcode=99 --leak-check=full \
		--show-leak-kinds=all --errors-for-leak-kinds=all "$bin" "$@" >/dev/null 2>"$log"
	status=$?
	# exit 1 (something not found) is part of some cases; 99 is valgrind's,
	# and valgrind's own reports start with ==PID==
	if [ "$status" -eq 99 ] || grep -q '^==[0-9]*==' "$log"; then
		echo "memcheck: httpstatus $*: errors" >&2
		cat "$log" >&2
		failed=1
		return
	fi
	echo "ok httpstatus $* (exit $status)"
}

check '' 404
check '' --json 511 499 420
check '' 4xx
check '' --color=always 41x teapot
check '' list --unofficial
check '' --json list
check '' search timeout
check '' search gatway timout
check '' compare 401 403
check '' --json compare 301 302 307 308
check '' compare 404 410 503
check '' -f sender,browsers,crawlers,caches,clients,grpc 000 103 429 500.19 1020
check '' 1020
check '' choose
check '' --json choose rate limited
check '' choose resource moved
check '' choose not found
check '' --json HTTP/1.1 503 Service Unavailable
check '' unathorized
check '' 'client error'
check '' redirect
check '' '('
check '' search unauthorised behaviour qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq
check '' -s 404 4xx
check '' -f code,name,related -f vendor 499 5xx
check '' --unofficial 499 451
check '' 511 --no-pager
check '' --jsno 404
check '404\nbogus\n' --stdin -s
check '' -f example 204 427
check '' payload too large
check '' --help
check '' --complete codes
check '404\nHTTP/1.1 503 Service Unavailable\r\nbogus\n299\n418' --stdin
check '404\nbogus\n\377\n' --stdin --json
check '200\n201' - -f name
check '127.0.0.1 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1" 499 0 "-" "-"\n#Fields: date time sc-status sc-substatus\n2026-03-12 08:01:02 500 19\n404\n' --stdin --count
# --by's table, its text, JSON and -s; --code; files, one missing
check '127.0.0.1 - - [12/Mar/2026:08:01:02 +0000] "GET /a?b HTTP/1.1" 404 0 "-" "-"\n\n#Fields: date time cs-uri-stem c-ip sc-status sc-substatus\n2026-03-12 08:01:02 /x 192.0.2.1 500 19\n' --count --by path
check '{"ts":1765129518.5,"request":{"uri":"/m","headers":{"User-Agent":["c"]}},"status":404}\n' --count -j --by agent --code 4xx,vendor
check '404\n' --count -s --by hour --top 3 - /nonexistent
check 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 405 Nope\r\nX-Fold: a\r\n b\r\nContent-Length: 3\r\n\r\nabcdef' check
check 'HTTP/2 400\r\ncontent-type: application/problem+json\r\n\r\n{"status": 404, "title": [1, {"a": null}]}' check --json
check '<html>\n' check
exit "$failed"
