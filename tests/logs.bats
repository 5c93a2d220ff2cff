#!/usr/bin/env bats
# --stdin finds the status in the lines of access logs, each format told
# from the line, or forced with --format; the output stays aligned.

load helper

teardown() {
	stop_server
}

# Sample lines of each format as its server writes it, one status each,
# with the code each must give after a tab.
samples() {
	cat <<'EOF'
127.0.0.1 - - [10/Oct/2026:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326	200
192.0.2.7 - frank [10/Oct/2026:13:55:36 +0000] "GET /index.html HTTP/1.1" 404 153 "http://www.example.com/start.html" "Mozilla/5.0 (X11; Linux x86_64)"	404
203.0.113.9 - - [12/Mar/2026:08:01:02 +0000] "-" 400 0 "-" "-"	400
203.0.113.9 - - [12/Mar/2026:08:01:02 +0000] "GET /a\"b\" HTTP/1.1" 499 0 "-" "curl/8.5.0"	499
203.0.113.9 - - [12/Mar/2026:08:01:02 +0000] "GET /a\x22b HTTP/1.1" 444 0 "-" "-"	444
203.0.113.9 - - [12/Mar/2026:08:01:02 +0000] "\x16\x03\x01\x02\x00\x01\x00\x01\xFC\x03\x03" 400 157 "-" "-"	400
www.example.com:443 192.0.2.1 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1" 301 230 "-" "Mozilla/5.0"	301
192.168.1.1 - - [12/Mar/2026:08:01:02 +0000] "GET /api HTTP/1.1" 502 11 "-" "curl/8.5.0" 42 "api@docker" "http://172.17.0.3:80" 3ms	502
h2 2026-03-12T08:01:02.123456Z app/my-alb/50dc6c495c0c9188 192.0.2.1:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET https://www.example.com:443/ HTTP/2.0" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "www.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 2026-03-12T08:01:02.122000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90	200
https 2026-03-12T08:01:02.123456Z app/my-alb/50dc6c495c0c9188 192.0.2.1:2817 - -1 -1 -1 460 - 34 0 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.46.0" - - - "-" "-" "-" - 2026-03-12T08:01:02.100000Z "-" "-" "-" "-" "-" "-" "-" TID_1234abcd5678ef91	460
http 2026-03-12T08:01:02.123456Z app/my-alb/50dc6c495c0c9188 192.0.2.1:2817 10.0.0.1:80 0.000 -1 -1 000 - 34 0 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - - "-" "-" "-" - 2026-03-12T08:01:02.100000Z "-" "-" "-" "-" "-" "-" "-" TID_1234abcd5678ef92	000
2026-03-12T08:01:02.123456Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 503 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -	503
Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2026:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"	200
Feb  6 12:14:15 localhost haproxy[14389]: 10.0.1.2:33318 [06/Feb/2026:12:14:15.001] http-in http-in/<NOSRV> -1/-1/-1/-1/+0 503 212 - - SC-- 0/0/0/0/0 0/0 "GET / HTTP/1.1"	503
{"level":"info","ts":1767225662.12,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"127.0.0.1","proto":"HTTP/2.0","method":"GET","host":"example.com","uri":"/missing","headers":{"Status":["teapot"]}},"bytes_read":0,"duration":0.0004,"size":0,"status":404,"resp_headers":{}}	404
{"ClientHost":"192.0.2.1","DownstreamContentSize":17,"DownstreamStatus":429,"OriginStatus":200,"RequestMethod":"GET","RequestPath":"/api"}	429
{"httpRequest":{"requestMethod":"GET","requestUrl":"https://example.com/","status":503,"latency":"0.1s"},"severity":"ERROR","logName":"projects/p/logs/requests"}	503
{"http":{"method":"GET","status_code":418},"message":"I refuse"}	418
{"timestamp":"2026-03-12T08:01:02Z","statusCode":201}	201
{"status_code": 204, "path": "/x"}	204
{"http.status_code":302,"http.url":"/old"}	302
EOF
}

@test "each format's lines give their status, told line by line" {
	run_apart -0 httpstatus --stdin -f code < <(samples | cut -f1)
	[ -z "$stderr" ]
	diff <(samples | cut -f2) <(printf '%s\n' "$output")
}

@test "--format reads every line as the format named, and no other" {
	run_apart -1 httpstatus --stdin --format=json -f code < <(samples | cut -f1)
	# only the JSON lines give a status; the rest are empty, still aligned
	[ "${#lines[@]}" -eq 7 ]
	diff <(samples | awk -F'\t' '{ print (/^\{/ ? $2 : "") }') <(printf '%s\n' "$output")
	[ "$stderr" = "httpstatus: 14 of 21 lines had no known status code" ]
	run_apart -0 httpstatus --stdin --format=common -f code <<<'127.0.0.1 - - [x] "GET /" 200 1'
	[ "$output" = 200 ]
	run_apart -1 httpstatus --stdin --format=alb -f code <<<'127.0.0.1 - - [x] "GET /" 200 1'
	[ "$output" = "" ]
}

@test "an IIS log is read by the columns its #Fields line names, 500 19 as 500.19" {
	run_apart -0 httpstatus --stdin -f code,substatus,name <<'EOF'
#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2026-03-12 08:01:02
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2026-03-12 08:01:02 10.0.0.5 GET /app - 443 - 192.0.2.1 Mozilla/5.0+(Windows+NT+10.0) - 500 19 13 15
2026-03-12 08:01:03 10.0.0.5 GET /upload - 443 - 192.0.2.1 curl/8.5.0 - 404 13 0 2
2026-03-12 08:01:04 10.0.0.5 GET /x - 443 - 192.0.2.1 curl/8.5.0 - 401 99 0 2
#Fields: date time sc-substatus sc-status
2026-03-12 08:01:05 5 403
EOF
	# the directives are no requests: skipped, each an empty line
	[ "$output" = $'\n\n\n\n500.19\t19\tConfiguration Data Is Invalid\n404.13\t13\tContent Length Too Large\n401\t\tUnauthorized\n\n403.5\t5\tSSL 128 Required' ]
	[ -z "$stderr" ]
}

@test "lines without a status keep their empty line and count as unknown" {
	# truncated JSON, a status as a string, a fraction, out of range, a
	# request line that never closes, a combined line with no status
	run_apart -1 httpstatus --stdin -f code <<'EOF'
{"status":404
{"status":"404"}
{"status":404.5}
{"status":2000}
{"status":42}
{"msg":"the word \"status\": 500 is in a string"}
127.0.0.1 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1
127.0.0.1 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1" - 0
h2 2026-03-12T08:01:02Z app/x
Feb  6 12:14:14 localhost haproxy[1]: 10.0.1.2:1 [06/Feb/2026:12:14:14.655] fe be/s 1/2/3 200
404
EOF
	[ "$output" = $'\n\n\n\n\n\n\n\n\n\n404' ]
	[ "$stderr" = "httpstatus: 10 of 11 lines had no known status code" ]
}

@test "CRLF line ends and JSON output work for log lines" {
	run_apart -0 httpstatus --stdin -f code < <(printf '%s\r\n' '{"status":503}' \
		'1.2.3.4 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1" 304 0')
	[ "$output" = $'503\n304' ]
	run_apart -1 httpstatus --stdin --json <<<$'127.0.0.1 - - [x] "GET /" 410 0\n{"status":"x"}'
	[ "$(jq -r '.code' <<<"${lines[0]}")" = 410 ]
	[ "$(jq -r '.error' <<<"${lines[1]}")" = "not a status code" ]
}

@test "an unknown --format is a usage error that lists the formats" {
	run_apart -2 httpstatus --stdin --format=nginxx </dev/null
	[ "$stderr" = "httpstatus: unknown format 'nginxx'; formats are code, combined, common, vhost_combined, traefik, alb, elb, haproxy, iis, json" ]
	[ -z "$output" ]
	run_apart -2 httpstatus --format=json 404
	[ "$stderr" = "httpstatus: --format goes with --stdin or --count; try 'httpstatus --help'" ]
	[ -z "$output" ]
	run_apart -0 httpstatus --format=json - <<<'{"status":200}'
	[ "$output" = "200 OK" ]
}

# bats test_tags=servers
@test "the log of a real python3 http.server gives each request's status" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	command -v curl >/dev/null || skip "curl is not installed"
	start_python "$BATS_TEST_TMPDIR/site" "$BATS_TEST_TMPDIR/access.log" ||
		skip "python3 -m http.server did not start"
	for path in / /missing /index.html; do
		curl -s -o /dev/null "http://127.0.0.1:$port$path"
	done
	curl -s -o /dev/null -X POST "http://127.0.0.1:$port/"
	stop_server
	run_apart -0 httpstatus --stdin -f code <"$BATS_TEST_TMPDIR/access.log"
	[ -z "$stderr" ]
	# python writes a "code 404, message ..." line of its own before each
	# error's access line: no request, skipped, an empty line
	[ "$(grep -v '^$' <<<"$output" | tr '\n' ' ')" = "200 404 200 501 " ]
	[ "${#lines[@]}" -eq "$(grep -c '"' "$BATS_TEST_TMPDIR/access.log")" ]
}

# bats test_tags=servers
@test "the logs of a real nginx give each request's status, in both formats" {
	command -v nginx >/dev/null || skip "nginx is not installed"
	command -v curl >/dev/null || skip "curl is not installed"
	local dir=$BATS_TEST_TMPDIR/nginx
	start_nginx "$dir" || skip "nginx did not start: $(tail -n 1 "$dir/error.log")"
	for path in /missing /teapot /private /old /down '/a"b'; do
		curl -s -o /dev/null "http://127.0.0.1:$port$path"
	done
	curl -s -o /dev/null -X POST "http://127.0.0.1:$port/index.html"
	curl -s -o /dev/null "http://127.0.0.1:$port/slow"
	# the second is kept waiting, and its client gives up: 499, logged
	# once nginx sees the client gone
	curl -s -o /dev/null -m 0.3 "http://127.0.0.1:$port/slow" || true
	sleep 0.2
	# a TLS handshake sent to the plain port, and a request with a space
	send_raw '\x16\x03\x01\x00\xa5\x01\x00'
	send_raw 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'
	stop_server
	local want="200 404 418 401 301 502 404 405 404 499 400 400 "
	run_apart -0 httpstatus --stdin -f code <"$dir/access.log"
	[ "$(tr '\n' ' ' <<<"$output")" = "$want" ]
	# nginx escapes the quote in the request as \x22, and keeps the space
	grep -qF '"GET /a\x22b HTTP/1.1" 404' "$dir/access.log"
	grep -qF '"GET /a b HTTP/1.1" 400' "$dir/access.log"
	run_apart -0 httpstatus --stdin -f code <"$dir/access.json"
	[ "$(tr '\n' ' ' <<<"$output")" = "$want" ]
	# a 499 in nginx's log is nginx's own; the tally holds every request
	run_apart -0 httpstatus --stdin --count --json <"$dir/access.log"
	[ "$(jq -c '.codes[] | select(.code == 499) | [.name, .vendor, .count]' <<<"$output")" = \
		'["Client Closed Request","nginx",1]' ]
	[ "$(jq -c '[.lines, .no_status, .classes."4xx", .classes."5xx", .vendor]' <<<"$output")" = '[12,0,9,1,1]' ]
}

@test "the format tells whose meaning a code has, where the table holds several" {
	# Exchange runs on IIS: a 451 in an IIS log is its ActiveSync Redirect
	printf '%s\n' '#Fields: date time cs-method cs-uri-stem sc-status sc-substatus' \
		'2026-03-12 08:01:02 OPTIONS /Microsoft-Server-ActiveSync 451 0' 451 \
		'203.0.113.9 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1" 499 0 "-" "-"' \
		>"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --stdin -f code,name,vendor <"$BATS_TEST_TMPDIR/log"
	[ "$output" = $'\n451\tRedirect\tMicrosoft Exchange
451\tUnavailable For Legal Reasons\t
499\tClient Closed Request\tnginx' ]
	run_apart -0 httpstatus --stdin --json <"$BATS_TEST_TMPDIR/log"
	[ "$(jq -c 'select(.code == 451) | [.vendor, [.other_meanings[].vendor]]' <<<"$output")" = \
		'["Microsoft Exchange",[null]]
[null,["Microsoft Exchange"]]' ]
	run_apart -0 httpstatus --stdin --count -s <"$BATS_TEST_TMPDIR/log"
	[ "$output" = "1 451 Unavailable For Legal Reasons
1 451 Redirect
1 499 Client Closed Request" ]
}

# The samples, an IIS stream with two 500.19, a code the table lacks and a
# line with no status.
count_input() {
	samples | cut -f1
	printf '%s\n' '#Fields: date time sc-status sc-substatus' '2026-03-12 08:01:02 500 19' \
		'2026-03-12 08:01:02 500 19' 299 '{"status":"x"}'
}

@test "--count tallies a log's codes, most frequent first, then the classes" {
	run_apart -0 httpstatus --stdin --count < <(count_input)
	[ -z "$stderr" ]
	diff - <(printf '%s\n' "$output") <<'EOF'
        3  12.5%  200     OK                                   ################
        3  12.5%  503     Service Unavailable                  ################
        2   8.3%  400     Bad Request                          ###########
        2   8.3%  404     Not Found                            ###########
        2   8.3%  500.19  Configuration Data Is Invalid (Mi... ###########
        1   4.2%  000     No Response (curl and load balanc... ######
        1   4.2%  201     Created                              ######
        1   4.2%  204     No Content                           ######
        1   4.2%  299     (not in the table)                   ######
        1   4.2%  301     Moved Permanently                    ######
        1   4.2%  302     Found                                ######
        1   4.2%  418     I'm a teapot                         ######
        1   4.2%  429     Too Many Requests                    ######
        1   4.2%  444     No Response (nginx)                  ######
        1   4.2%  460     Client Closed Connection (AWS Ela... ######
        1   4.2%  499     Client Closed Request (nginx)        ######
        1   4.2%  502     Bad Gateway                          ######

        6  25.0%  2xx
        2   8.3%  3xx
        9  37.5%  4xx
        6  25.0%  5xx
        1   4.2%  000 (no response)
        6  25.0%  of which vendor codes
        1         skipped: blank, directives, server messages
        1         no status
       26         lines
EOF
}

@test "--count --json holds the tallies that sort | uniq -c gives, and the classes" {
	run_apart -0 httpstatus --stdin --count --json < <(count_input)
	[ "$(jq -c '[.lines, .no_status, .classes]' <<<"$output")" = \
		'[26,1,{"000":1,"1xx":0,"2xx":6,"3xx":2,"4xx":9,"5xx":6,"other":0}]' ]
	[ "$(jq -c '.codes[] | select(.substatus == 19)' <<<"$output")" = \
		'{"id":"500.19","code":500,"substatus":19,"name":"Configuration Data Is Invalid","vendor":"Microsoft IIS","class":"5xx","count":2}' ]
	# a combined log of 300 lines, its status the ninth field, counted by
	# awk, sort and uniq as people do
	local codes=(200 200 200 304 404 200 301 500 499 299 200 404 503 200 204)
	for i in $(seq 300); do
		printf '10.0.0.%d - - [12/Mar/2026:08:%02d:01 +0000] "GET /p/%d HTTP/1.1" %s %d "-" "Mozilla/5.0"\n' \
			$((i % 250)) $((i % 60)) "$i" "${codes[i % ${#codes[@]}]}" $((i * 7))
	done >"$BATS_TEST_TMPDIR/access.log"
	run_apart -0 httpstatus --stdin --count --json <"$BATS_TEST_TMPDIR/access.log"
	diff <(awk '{ print $9 }' "$BATS_TEST_TMPDIR/access.log" | sort | uniq -c | awk '{ print $1, $2 }' | sort) \
		<(jq -r '.codes[] | "\(.count) \(.code)"' <<<"$output" | sort)
	[ "$(jq '.lines' <<<"$output")" -eq 300 ]
}

@test "--count -s prints count code name lines; no status is exit 1; colour by class" {
	run_apart -0 httpstatus --stdin --count -s < <(count_input)
	[ "${lines[0]}" = "3 200 OK" ]
	[ "${lines[4]}" = "2 500.19 Configuration Data Is Invalid" ]
	[ "${#lines[@]}" -eq 17 ]
	run_apart -1 httpstatus --stdin --count <<<'no status here'
	[ "$output" = $'        1         no status\n        1         lines' ]
	[ -z "$stderr" ]
	# in colour, a code and its bar take its class's colour (4xx yellow)
	run_apart -0 httpstatus --stdin --count --color=always <<<404
	[[ "${lines[0]}" == *$'\e[1;33m404    \e[0m Not Found \e[1;33m#'*$'#\e[0m' ]]
	[[ "${lines[1]}" == *$'\e[1;33m4xx\e[0m' ]]
}

@test "--count of a long list of bare codes, CRLF or not, is what sort | uniq -c gives" {
	awk 'BEGIN { split("200,404\r,200,503,100,418\r,299,200", c, ",")
		for (i = 0; i < 30000; i++) print c[i % 8 + 1] }' >"$BATS_TEST_TMPDIR/codes"
	run_apart -0 httpstatus --stdin --count -s <"$BATS_TEST_TMPDIR/codes"
	[ "$output" = "11250 200 OK
3750 100 Continue
3750 299 (not in the table)
3750 404 Not Found
3750 418 I'm a teapot
3750 503 Service Unavailable" ]
	diff <(tr -d '\r' <"$BATS_TEST_TMPDIR/codes" | sort | uniq -c | awk '{ print $1, $2 }') \
		<(awk '{ print $1, $2 }' <<<"$output" | sort -k 2)
}

@test "--count reads lines itself, and does not go with -f" {
	run_apart -2 httpstatus --count -f code </dev/null
	[[ "$stderr" == "httpstatus: --count cannot be combined with -f"* ]]
	[ -z "$output" ]
	run_apart -2 httpstatus --format=iis 404
	[ "$stderr" = "httpstatus: --format goes with --stdin or --count; try 'httpstatus --help'" ]
	[ -z "$output" ]
}
