#!/usr/bin/env bats
# --count: a log's codes tallied in the classes of their numbers, lines
# that are no request skipped, files read as cat reads them, and the lines
# broken down by --by and picked by --code.
# shellcheck disable=SC2154 # port is set by helper.bash's start_ functions

load helper

teardown() {
	stop_server
}

# An IIS log as IIS writes it, CRLF and all: its directives, then requests
# with sub-statuses (500.19, 403.14, 404.0) and a 200 whose 0 is no
# sub-status the table holds.
iis_log() {
	printf '%s\r\n' '#Software: Microsoft Internet Information Services 10.0' '#Version: 1.0' \
		'#Date: 2026-12-07 08:00:00' \
		'#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken' \
		'2026-12-07 08:00:01 10.0.0.5 GET /app/ - 443 - 192.0.2.10 Mozilla/5.0+(Windows+NT+10.0) - 500 19 13 15' \
		'2026-12-07 08:00:02 10.0.0.5 GET /app/ - 443 - 192.0.2.11 Mozilla/5.0+(Windows+NT+10.0) - 500 19 13 12' \
		'2026-12-07 08:00:03 10.0.0.5 GET /files/ - 443 - 192.0.2.10 curl/8.5.0 - 403 14 0 3' \
		'2026-12-07 09:10:03 10.0.0.5 GET /gone.aspx id=7 443 - 192.0.2.12 curl/8.5.0 https://example.com/ 404 0 2 1' \
		'2026-12-07 09:10:04 10.0.0.5 POST /gone.aspx id=8 443 - 192.0.2.12 curl/8.5.0 - 404 0 2 1' \
		'2026-12-07 09:10:05 10.0.0.5 GET / - 443 - 192.0.2.13 curl/8.5.0 - 200 0 0 1'
}

# The sum of a tally's classes, which must be the lines that held a
# status and were kept.
classes_add_up() {
	[ "$(jq '[.classes[]] | add' <<<"$1")" -eq \
		"$(jq '.lines - .skipped - .no_status - .left_out' <<<"$1")" ]
	[ "$(jq '[.codes[].count] | add // 0' <<<"$1")" -eq "$(jq '[.classes[]] | add' <<<"$1")" ]
}

@test "an IIS log: sub-statuses count in their number's class, directives are skipped, exit 0" {
	run_apart -0 httpstatus --count < <(iis_log)
	[ -z "$stderr" ]
	[ "$(grep -c '4xx\|5xx' <<<"$output")" -eq 2 ]
	grep -qx '        3  50.0%  4xx' <<<"$output"
	grep -qx '        2  33.3%  5xx' <<<"$output"
	grep -qx '        5  83.3%  of which vendor codes' <<<"$output"
	grep -qx '        4         skipped: blank, directives, server messages' <<<"$output"
	grep -qx '       10         lines' <<<"$output"
	run_apart -0 httpstatus --count --json < <(iis_log)
	[ "$(jq -c '.classes' <<<"$output")" = \
		'{"000":0,"1xx":0,"2xx":1,"3xx":0,"4xx":3,"5xx":2,"other":0}' ]
	[ "$(jq -c '[.lines, .skipped, .no_status, .left_out, .vendor]' <<<"$output")" = '[10,4,0,0,5]' ]
	[ "$(jq -c '[.codes[] | [.id, .code, .substatus, .class, .count]]' <<<"$output")" = \
		'[["404.0",404,0,"4xx",2],["500.19",500,19,"5xx",2],["200",200,null,"2xx",1],["403.14",403,14,"4xx",1]]' ]
	classes_add_up "$output"
}

@test "nginx's 499 and 444 count in 4xx, a load balancer's 000 in a row of its own" {
	{
		printf '203.0.113.9 - - [12/Mar/2026:08:01:02 +0000] "GET / HTTP/1.1" %s 0 "-" "-"\n' 499 444 200 404 299 600
		echo 'http 2026-03-12T08:01:02.123456Z app/my-alb/50dc6c495c0c9188 192.0.2.1:2817 10.0.0.1:80 0.000 -1 -1 000 - 34 0 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - -'
		echo 'junk that holds no status'
	} >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count --json "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '.classes' <<<"$output")" = \
		'{"000":1,"1xx":0,"2xx":2,"3xx":0,"4xx":3,"5xx":0,"other":1}' ]
	[ "$(jq -c '[.codes[] | select(.id == "499" or .id == "000" or .id == "600") | .class]' <<<"$output")" = \
		'["000","4xx","other"]' ]
	[ "$(jq -c '[.vendor, .no_status]' <<<"$output")" = '[3,1]' ]
	classes_add_up "$output"
	run_apart -0 httpstatus --count "$BATS_TEST_TMPDIR/log"
	grep -qx '        3  42.9%  4xx' <<<"$output"
	grep -qx '        1  14.3%  000 (no response)' <<<"$output"
	grep -qx '        1  14.3%  other' <<<"$output"
	# 000 comes after the classes it is none of
	[ "$(grep -n 'no response' <<<"$output" | cut -d: -f1)" -gt "$(grep -n '4xx' <<<"$output" | cut -d: -f1)" ]
}

@test "lines that are no request are skipped: kept in step, not missing" {
	{
		echo '127.0.0.1 - - [07/Dec/2026 17:45:18] code 404, message File not found'
		echo '127.0.0.1 - - [07/Dec/2026 17:45:18] "GET /x HTTP/1.1" 404 -'
		echo
		echo '   '
		echo '#Version: 1.0'
		echo '127.0.0.1 - - [07/Dec/2026 17:45:19] Request timed out: timeout('"'timed out'"')'
	} >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --stdin -f code "$BATS_TEST_TMPDIR/log"
	# $(...) drops the trailing empty lines: count them in the file
	[ "$output" = $'\n404' ]
	[ "$(httpstatus --stdin -f code "$BATS_TEST_TMPDIR/log" | wc -l)" -eq 6 ]
	[ -z "$stderr" ]
	run_apart -0 httpstatus --stdin --json "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.skipped, .code]' <<<"$output" | tr '\n' ' ')" = \
		'[true,null] [null,404] [true,null] [true,null] [true,null] [true,null] ' ]
	[ "$(jq -c 'select(.skipped) | .input' <<<"$output" | head -n 1)" = \
		'"127.0.0.1 - - [07/Dec/2026 17:45:18] code 404, message File not found"' ]
	run_apart -0 httpstatus --count --json "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.lines, .skipped, .no_status]' <<<"$output")" = '[6,5,0]' ]
	# a line that looks like a request but holds no status is still a miss
	printf 'GET / HTTP/1.1 oops\n' >>"$BATS_TEST_TMPDIR/log"
	run_apart -1 httpstatus --stdin -f code "$BATS_TEST_TMPDIR/log"
	[ "$stderr" = "httpstatus: 1 of 7 lines had no known status code" ]
	run_apart -0 httpstatus --count --json "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.lines, .skipped, .no_status]' <<<"$output")" = '[7,5,1]' ]
}

@test "-f code prints a code as it is typed, 500.19 apart from 500; JSON gains id" {
	run_apart -0 httpstatus -f code 500.19 500 0 1020
	[ "$output" = $'500.19\n500\n000\n1020' ]
	run_apart -0 httpstatus --stdin -f code,id < <(iis_log)
	[ "$(grep -v '^\s*$' <<<"$output" | tr '\n' ' ')" = \
		$'500.19\t500.19 500.19\t500.19 403.14\t403.14 404.0\t404.0 404.0\t404.0 200\t200 ' ]
	run_apart -0 httpstatus --json 500.19 0 1020
	[ "$(jq -c '[.[] | [.id, .code, .substatus]]' <<<"$output")" = \
		'[["500.19",500,19],["000",0,null],["1020",1020,null]]' ]
	run_apart -0 httpstatus --json 404
	[ "$(jq -c '[.id, .code]' <<<"$output")" = '["404",404]' ]
}

@test "files are operands, as cat reads them; - is standard input" {
	iis_log >"$BATS_TEST_TMPDIR/a.log"
	printf '404\n404\n' >"$BATS_TEST_TMPDIR/b.log"
	run_apart -0 httpstatus --count -s "$BATS_TEST_TMPDIR/a.log" - "$BATS_TEST_TMPDIR/b.log" <<<503
	# an IIS log's columns end with its file: the next file's 404 is a code
	[ "$output" = "2 404 Not Found
2 404.0 Not Found
2 500.19 Configuration Data Is Invalid
1 200 OK
1 403.14 Directory Listing Denied
1 503 Service Unavailable" ]
	run_apart -0 httpstatus --stdin -f code "$BATS_TEST_TMPDIR/b.log" "$BATS_TEST_TMPDIR/b.log"
	[ "$output" = $'404\n404\n404\n404' ]
	# --stdin FILE reads what --stdin < FILE reads
	diff <(httpstatus --stdin --json "$BATS_TEST_TMPDIR/a.log") <(httpstatus --stdin --json <"$BATS_TEST_TMPDIR/a.log")
}

@test "a file that cannot be read is named, the rest still read, and the exit status is 2" {
	printf '404\n' >"$BATS_TEST_TMPDIR/b.log"
	run_apart -2 httpstatus --count -s "$BATS_TEST_TMPDIR/none" "$BATS_TEST_TMPDIR/b.log" "$BATS_TEST_TMPDIR"
	[ "$output" = "1 404 Not Found" ]
	[ "$stderr" = "httpstatus: $BATS_TEST_TMPDIR/none: No such file or directory
httpstatus: $BATS_TEST_TMPDIR: Is a directory" ]
	run_apart -2 httpstatus --stdin -f code "$BATS_TEST_TMPDIR/b.log" "$BATS_TEST_TMPDIR/none"
	[ "$output" = 404 ]
	[ "$stderr" = "httpstatus: $BATS_TEST_TMPDIR/none: No such file or directory" ]
	if [ "$(id -u)" -ne 0 ]; then
		printf '404\n' >"$BATS_TEST_TMPDIR/secret" && chmod 000 "$BATS_TEST_TMPDIR/secret"
		run_apart -2 httpstatus --count "$BATS_TEST_TMPDIR/secret"
		[ "$stderr" = "httpstatus: $BATS_TEST_TMPDIR/secret: Permission denied" ]
	fi
	# --count alone reads standard input
	run_apart -0 httpstatus --count -s <<<404
	[ "$output" = "1 404 Not Found" ]
}

# One line of each format and the value each key takes in it, "-" where
# the format carries none: line, then path url client host method agent
# referrer hour day, tab-separated.
key_samples() {
	cat <<'EOF'
192.0.2.7 - frank [10/Oct/2026:13:55:36 -0700] "GET /a/b?x=1 HTTP/1.1" 404 153 "http://www.example.com/start.html" "Mozilla/5.0 (X11; Linux x86_64)"	/a/b	/a/b?x=1	192.0.2.7	-	GET	Mozilla/5.0 (X11; Linux x86_64)	http://www.example.com/start.html	2026-10-10 13:00	2026-10-10
127.0.0.1 - - [10/Oct/2026:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326	/apache_pb.gif	/apache_pb.gif	127.0.0.1	-	GET	-	-	2026-10-10 13:00	2026-10-10
www.example.com:443 192.0.2.1 - - [12/Mar/2026:08:01:02 +0000] "GET /v?q HTTP/1.1" 301 230 "-" "Mozilla/5.0"	/v	/v?q	192.0.2.1	www.example.com	GET	Mozilla/5.0	-	2026-03-12 08:00	2026-03-12
127.0.0.1 - - [07/Dec/2026 17:45:18] "GET /missing?a=b HTTP/1.1" 404 -	/missing	/missing?a=b	127.0.0.1	-	GET	-	-	2026-12-07 17:00	2026-12-07
h2 2026-03-12T08:01:02.123456Z app/my-alb/50dc6c495c0c9188 192.0.2.1:2817 10.0.0.1:80 0.000 0.001 0.000 502 - 34 366 "GET https://www.example.com:443/cart?id=3 HTTP/2.0" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "www.example.com" "-" 0 2026-03-12T08:01:02.122000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"	/cart	/cart?id=3	192.0.2.1	www.example.com	GET	curl/7.46.0	-	2026-03-12 08:00	2026-03-12
2026-03-12T23:01:02.123456Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 503 200 0 29 "GET http://shop.example.com:8080/ HTTP/1.1" "curl/7.38.0" - -	/	/	192.168.131.39	shop.example.com:8080	GET	curl/7.38.0	-	2026-03-12 23:00	2026-03-12
Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2026:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "POST /index.html?z HTTP/1.1"	/index.html	/index.html?z	10.0.1.2	-	POST	-	-	2026-02-06 12:00	2026-02-06
Dec  7 14:00:00 lb haproxy[1]: [2001:db8::9]:51000 [07/Dec/2026:14:00:00.123] fe be/s1 0/0/1/2/3 503 100 - - SC-- 1/1/0/0/0 0/0 "GET /health HTTP/1.1"	/health	/health	2001:db8::9	-	GET	-	-	2026-12-07 14:00	2026-12-07
[2026-12-07T20:17:00.310Z] "POST /api/v1/locations?x=1 HTTP/2" 503 UF 154 0 226 - "10.0.35.28" "nsq2http" "cc21d9b0" "locations" "tcp://10.0.2.1:80"	/api/v1/locations	/api/v1/locations?x=1	-	-	POST	-	-	2026-12-07 20:00	2026-12-07
{"level":"info","ts":1765129518.52,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"127.0.0.1","proto":"HTTP/2.0","method":"GET","host":"example.com","uri":"/missing?p=2","headers":{"User-Agent":["curl/8.5.0"],"Referer":["https://example.com/"]}},"status":404}	/missing	/missing?p=2	127.0.0.1	example.com	GET	curl/8.5.0	https://example.com/	2025-12-07 17:00	2025-12-07
EOF
}

@test "--by takes each key from each format's lines, - where a line has none" {
	local keys=(path url client host method agent referrer hour day) line want i
	while IFS=$'\t' read -r line want; do
		i=0
		for key in "${keys[@]}"; do
			run_apart -0 httpstatus --count --by "$key" -j <<<"$line"
			got=$(jq -r '.breakdowns[0].values[0].value' <<<"$output")
			expect=$(cut -f $((i + 1)) <<<"$want")
			[ "$got" = "$expect" ] || { echo "--by $key of $line: '$got', not '$expect'"; return 1; }
			i=$((i + 1))
		done
	done < <(key_samples)
}

@test "an IIS log's keys come from the columns its #Fields names" {
	run_apart -0 httpstatus --count --code 4xx --by url -s < <(iis_log)
	[ "$output" = "1 4xx /files/
1 4xx /gone.aspx?id=7
1 4xx /gone.aspx?id=8" ]
	run_apart -0 httpstatus --count --code 404 --by client -s < <(iis_log)
	[ "$output" = "2 404 192.0.2.12" ]
	run_apart -0 httpstatus --count --by hour -s < <(iis_log)
	[ "$output" = "2 404.0 2026-12-07 09:00
2 500.19 2026-12-07 08:00
1 200 2026-12-07 09:00
1 403.14 2026-12-07 08:00" ]
	run_apart -0 httpstatus --count --code 500.19 --by agent -s < <(iis_log)
	[ "$output" = "2 500.19 Mozilla/5.0+(Windows+NT+10.0)" ]
	run_apart -0 httpstatus --count --code 404 --by referrer -s < <(iis_log)
	[ "$output" = "1 404 -
1 404 https://example.com/" ]
	run_apart -0 httpstatus --count --code 404 --by method -s < <(iis_log)
	[ "$output" = "1 404 GET
1 404 POST" ]
}

# A combined log of 2000 lines from 7 clients over 3 hours, its paths
# drawn from 40 with query strings.
combined_log() {
	awk 'BEGIN { srand(3); split("200 404 404 500 502 499 444 301", c, " ")
		for (i = 0; i < 2000; i++)
			printf "10.0.0.%d - - [12/Mar/2026:%02d:%02d:01 +0000] \"GET /p/%d?s=%d HTTP/1.1\" %s 10 \"-\" \"agent %d\"\n",
				int(rand() * 7), 8 + int(i / 700), i % 60, int(rand() * 40), int(rand() * 3),
				c[int(rand() * 8) + 1], int(rand() * 5) }'
}

@test "--by in text: each code's top values, with their share of its lines" {
	combined_log >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count --by client --top 3 "$BATS_TEST_TMPDIR/log"
	local n404 top rest
	n404=$(awk '$9 == 404' "$BATS_TEST_TMPDIR/log" | wc -l)
	grep -qx "404 Not Found, by client: $n404 lines, 7 values" <<<"$output"
	# the three lines after the heading are awk's three most frequent
	top=$(awk '$9 == 404 { print $1 }' "$BATS_TEST_TMPDIR/log" | sort | uniq -c | sort -k1,1nr -k2 | head -n 3 |
		awk -v n="$n404" '{ printf "%9d %5.1f%%  %s\n", $1, 100 * $1 / n, $2 }')
	[ "$(grep -A3 '^404 Not Found, by client' <<<"$output" | tail -n 3)" = "$top" ]
	# and the lines past the top three, together
	rest=$(awk '$9 == 404 { print $1 }' "$BATS_TEST_TMPDIR/log" | sort | uniq -c | sort -k1,1nr -k2 |
		tail -n +4 | awk '{ s += $1 } END { print s }')
	grep -A4 '^404 Not Found, by client' <<<"$output" | tail -n 1 | grep -q "^ *$rest .*(the other values)$"
	# every code seen has its breakdown, the classes still come last
	[ "$(grep -c ', by client: ' <<<"$output")" -eq 7 ]
	[ "$(tail -n 1 <<<"$output")" = "     2000         lines" ]
}

@test "--code keeps the lines of codes, sub-statuses, classes or vendor, alone or together" {
	combined_log >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count --json --code 5xx "$BATS_TEST_TMPDIR/log"
	local n5 n4
	n5=$(awk '$9 ~ /^5/' "$BATS_TEST_TMPDIR/log" | wc -l)
	n4=$(awk '$9 ~ /^4/' "$BATS_TEST_TMPDIR/log" | wc -l)
	[ "$(jq -c '[.codes[].id] | sort' <<<"$output")" = '["500","502"]' ]
	[ "$(jq '.left_out' <<<"$output")" -eq $((2000 - n5)) ]
	classes_add_up "$output"
	run_apart -0 httpstatus --count --json --code vendor "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.codes[].id] | sort' <<<"$output")" = '["444","499"]' ]
	run_apart -0 httpstatus --count --json --code 404,5xx --code 499 "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.codes[].id] | sort' <<<"$output")" = '["404","499","500","502"]' ]
	run_apart -0 httpstatus --count -s --code 4xx --by hour "$BATS_TEST_TMPDIR/log"
	[ "$(awk '{ s += $1 } END { print s }' <<<"$output")" -eq "$n4" ]
	[ "$(cut -d' ' -f2 <<<"$output" | sort -u)" = 4xx ]
	diff <(awk '$9 ~ /^4/ { print "2026-03-12", substr($4, 14, 2) ":00" }' "$BATS_TEST_TMPDIR/log" |
		sort | uniq -c | awk '{ print $1, $2, $3 }' | sort) \
		<(cut -d' ' -f1,3- <<<"$output" | sort)
	# a sub-status keeps itself alone, a code every sub-status of it
	run_apart -0 httpstatus --count -s --code 500.19 < <(iis_log)
	[ "$output" = "2 500.19 Configuration Data Is Invalid" ]
	run_apart -0 httpstatus --count -s --code 404 < <(iis_log)
	[ "$output" = "2 404.0 Not Found" ]
	run_apart -1 httpstatus --count -s --code 302 < <(iis_log)
	[ -z "$output" ]
}

@test "bad --by, --code and --top values, and options without --count, are usage errors" {
	run_apart -2 httpstatus --count --by size </dev/null
	[ "$stderr" = "httpstatus: unknown key 'size'; keys are path, url, client, host, method, agent, referrer, hour, day" ]
	for bad in 4xxx abc 1234567 '' '404,'; do
		run_apart -2 httpstatus --count --code "$bad" </dev/null
		[[ "$stderr" == "httpstatus: --code: "*"'${bad##*,}'" ]] || { echo "--code '$bad': $stderr"; return 1; }
		[ -z "$output" ]
	done
	for bad in 0 -1 1001 x 1e3; do
		run_apart -2 httpstatus --count --by path --top "$bad" </dev/null
		[ "$stderr" = "httpstatus: --top takes a number from 1 to 1000, not '$bad'" ]
	done
	run_apart -2 httpstatus --stdin --by path </dev/null
	[[ "$stderr" == "httpstatus: --by goes with --count"* ]]
	run_apart -2 httpstatus --stdin --code 404 </dev/null
	[[ "$stderr" == "httpstatus: --code goes with --count"* ]]
	run_apart -2 httpstatus --count --top 3 </dev/null
	[[ "$stderr" == "httpstatus: --top goes with --by"* ]]
	run_apart -2 httpstatus --by path 404
	[[ "$stderr" == "httpstatus: --by goes with --count"* ]]
	[ -z "$output" ]
}

@test "--count --by -j: the breakdowns, values with counts, nothing approximate" {
	combined_log >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count -j --code 404 --by path --top 5 "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.by, .approximate, (.breakdowns | length), .breakdowns[0].group, .breakdowns[0].name]' <<<"$output")" = \
		'["path",false,1,"404",null]' ]
	diff <(awk '$9 == 404 { sub(/\?.*/, "", $7); print $7 }' "$BATS_TEST_TMPDIR/log" | sort | uniq -c |
		sort -k1,1nr -k2 | head -n 5 | awk '{ print $1, $2 }') \
		<(jq -r '.breakdowns[0].values[] | "\(.count) \(.value)"' <<<"$output")
	[ "$(jq '[.breakdowns[0].values[].over] | add' <<<"$output")" -eq 0 ]
	[ "$(jq '.breakdowns[0] | .count - ([.values[].count] | add) - .others' <<<"$output")" -eq 0 ]
	[ "$(jq '.breakdowns[0].distinct' <<<"$output")" -eq \
		"$(awk '$9 == 404 { sub(/\?.*/, "", $7); print $7 }' "$BATS_TEST_TMPDIR/log" | sort -u | wc -l)" ]
}

@test "hostile lines: a 100,000-byte path, NUL, invalid UTF-8 and control bytes lose no count" {
	{
		printf '10.0.0.1 - - [12/Mar/2026:08:00:01 +0000] "GET /%s HTTP/1.1" 414 0 "-" "-"\n' \
			"$(head -c 100000 /dev/zero | tr '\0' a)"
		printf '10.0.0.1 - - [12/Mar/2026:08:00:01 +0000] "GET /a\000b HTTP/1.1" 404 0 "-" "-"\n'
		printf '10.0.0.1 - - [12/Mar/2026:08:00:01 +0000] "GET /caf\351\377 HTTP/1.1" 404 0 "-" "-"\n'
		printf '10.0.0.1 - - [12/Mar/2026:08:00:01 +0000] "GET /x\033[2J HTTP/1.1" 404 0 "-" "-"\n'
	} >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count -j --by path "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.lines, .no_status, .classes."4xx"]' <<<"$output")" = '[4,0,4]' ]
	classes_add_up "$output"
	[ "$(jq -r '.breakdowns[] | select(.group == "414") | .values[0].value | length' <<<"$output")" -eq 1024 ]
	[ "$(jq -r '.breakdowns[] | select(.group == "414") | .values[0].value[-3:]' <<<"$output")" = ... ]
	[ "$(jq -ac '[.breakdowns[] | select(.group == "404") | .values[].value] | sort' <<<"$output")" = \
		'["/a\\x00b","/caf\ufffd\ufffd","/x\\x1b[2J"]' ]
	# text escapes control bytes, so the terminal is never driven
	run_apart -0 httpstatus --count --by path "$BATS_TEST_TMPDIR/log"
	[[ "$output" != *$'\033'* ]]
	grep -q '/x\\x1b\[2J$' <<<"$output"
	grep -qx '1 value longer than 1024 bytes was counted by its start.' <<<"$output"
}

@test "a million distinct values: the heavy ones found, estimates marked, no line lost" {
	# three values from the start, one that comes only once the table is
	# full, and a million others once each
	awk 'BEGIN { for (i = 0; i < 1000000; i++)
		printf "10.0.0.1 - - [12/Mar/2026:08:00:01 +0000] \"GET /%s HTTP/1.1\" 404 0 \"-\" \"-\"\n",
			i % 10 == 0 ? "hot" (i / 10 % 3) : (i > 600000 && i % 10 == 5) ? "late" : "cold" i }' \
		>"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count -j --by path --top 4 "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.lines, .classes."4xx", .approximate]' <<<"$output")" = '[1000000,1000000,true]' ]
	[ "$(jq -c '[.breakdowns[0].values[].value]' <<<"$output")" = '["/late","/hot0","/hot1","/hot2"]' ]
	# those kept from the start are exact; the late one is over the truth
	# by no more than it says
	[ "$(jq -c '[.breakdowns[0].values[1:][] | [.count, .over]]' <<<"$output")" = '[[33334,0],[33333,0],[33333,0]]' ]
	jq -e '.breakdowns[0].values[0] | .over > 0 and .count - .over <= 40000 and .count >= 40000' <<<"$output"
	[ "$(jq '.breakdowns[0] | .count - ([.values[].count] | add) - .others' <<<"$output")" -le 0 ]
	run_apart -0 httpstatus --count --by path --top 4 "$BATS_TEST_TMPDIR/log"
	grep -q '^ *~[0-9]* *[0-9.]*%  /late$' <<<"$output"
	grep -q '^ *33334 *[0-9.]*%  /hot0$' <<<"$output"
	grep -q '^~ an estimate: more distinct values came than fit (131072, or 16 MiB of$' <<<"$output"
}

@test "long values fill the table's bytes before its rows, and the summary takes over" {
	# 20,000 paths of 1,000 bytes each, past the 16 MiB values are kept
	# in, and one short path every fifth line
	awk 'BEGIN { pad = sprintf("%990s", ""); gsub(/ /, "x", pad)
		for (i = 0; i < 25000; i++)
			printf "10.0.0.1 - - [12/Mar/2026:08:00:01 +0000] \"GET /%s HTTP/1.1\" 404 0 \"-\" \"-\"\n",
				i % 5 == 0 ? "short" : pad i }' >"$BATS_TEST_TMPDIR/log"
	run_apart -0 httpstatus --count -j --by path --top 1 "$BATS_TEST_TMPDIR/log"
	[ "$(jq -c '[.approximate, .breakdowns[0].values[0].value, .breakdowns[0].values[0].count]' <<<"$output")" = \
		'[true,"/short",5000]' ]
	run_apart -0 httpstatus --count --by path --top 1 "$BATS_TEST_TMPDIR/log"
	grep -q '^More distinct values came than fit (131072, or 16 MiB of them): the$' <<<"$output"
}

# bats test_tags=servers
@test "a real nginx's log: 499 and 444 in 4xx, --code 404 --by path is awk's answer" {
	command -v nginx >/dev/null || skip "nginx is not installed"
	command -v curl >/dev/null || skip "curl is not installed"
	local dir=$BATS_TEST_TMPDIR/nginx i
	start_nginx "$dir" || skip "nginx did not start: $(tail -n 1 "$dir/error.log")"
	for i in 1 2 3 4 5 6 7 8 9; do
		curl -s -o /dev/null --interface "127.0.0.$((i % 3 + 1))" \
			"http://127.0.0.1:$port/missing$((i % 4))?page=$i"
	done
	curl -s -o /dev/null --interface 127.0.0.2 "http://127.0.0.1:$port/index.html?utm=x"
	curl -s -o /dev/null "http://127.0.0.1:$port/drop" || true
	curl -s -o /dev/null "http://127.0.0.1:$port/slow"
	curl -s -o /dev/null -m 0.3 "http://127.0.0.1:$port/slow" || true
	sleep 0.2
	stop_server
	run_apart -0 httpstatus --count -j "$dir/access.log"
	[ "$(jq -c '[.codes[] | select(.id == "444" or .id == "499") | .class]' <<<"$output")" = '["4xx","4xx"]' ]
	# nine missing pages, the first /slow (no such file), 444 and 499
	[ "$(jq '.classes."4xx"' <<<"$output")" -eq 12 ]
	classes_add_up "$output"
	run_apart -0 httpstatus --count -s --code 404 --by path "$dir/access.log"
	diff <(awk '$9 == 404 { sub(/\?.*/, "", $7); print $7 }' "$dir/access.log" | sort | uniq -c |
		sort -k1,1nr -k2 | awk '{ print $1, 404, $2 }') - <<<"$output"
	run_apart -0 httpstatus --count -s --code 404 --by url "$dir/access.log"
	diff <(awk '$9 == 404 { print $7 }' "$dir/access.log" | sort | uniq -c | sort -k1,1nr -k2 |
		awk '{ print $1, 404, $2 }') - <<<"$output"
	run_apart -0 httpstatus --count -s --code 404 --by client "$dir/access.log"
	[ "$output" = "4 404 127.0.0.1
3 404 127.0.0.2
3 404 127.0.0.3" ]
}

# bats test_tags=servers
@test "a real python3 http.server's log counts with exit 0, its own messages skipped" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	command -v curl >/dev/null || skip "curl is not installed"
	start_python "$BATS_TEST_TMPDIR/site" "$BATS_TEST_TMPDIR/access.log" ||
		skip "python3 -m http.server did not start"
	for path in / '/missing?a=1' '/missing?a=2' /index.html /gone; do
		curl -s -o /dev/null "http://127.0.0.1:$port$path"
	done
	curl -s -o /dev/null -X POST "http://127.0.0.1:$port/"
	stop_server
	run_apart -0 httpstatus --count -j --by path "$BATS_TEST_TMPDIR/access.log"
	[ -z "$stderr" ]
	[ "$(jq '.skipped' <<<"$output")" -eq "$(grep -vc '"' "$BATS_TEST_TMPDIR/access.log")" ]
	[ "$(jq '.skipped' <<<"$output")" -ge 4 ]
	[ "$(jq -c '[.breakdowns[] | select(.group == "404") | .values[] | [.value, .count]]' <<<"$output")" = \
		'[["/missing",2],["/gone",1]]' ]
	[ "$(jq '.no_status' <<<"$output")" -eq 0 ]
}
