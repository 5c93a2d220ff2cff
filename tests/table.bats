#!/usr/bin/env bats
# The whole table: every record reachable in text and JSON, and the coverage
# and facts the data file promises.

load helper

# "CODE NAME" or "CODE NAME (VENDOR)" for every record, in file order.
expected_headings() {
	awk '/^code: /{c=$2} /^name: /{sub(/^name: /,""); n=$0; v=""}
		/^vendor: /{sub(/^vendor: /,""); v=" (" $0 ")"}
		/^related: /{print c " " n v}' "$DATA"
}

# Sets $output to the JSON array of every code.
json_of_all() {
	mapfile -t codes < <(all_codes)
	run_apart -0 httpstatus --json "${codes[@]}"
	[ -z "$stderr" ]
}

# bats test_tags=grows
# Asserts that each line on standard input is one of the table's vendor
# meanings, as the jq string $1 writes one.
unofficial_has() {
	local have want
	json_of_all
	have=$(jq -r ".[] | (., .other_meanings[]) | select(.official | not) | $1" <<<"$output")
	# the lines of stdin that no line of $have equals, in one process
	awk 'NR == FNR { have[$0] = 1; next } !($0 in have) { print "missing: " $0; bad = 1 }
		END { exit bad }' <(printf '%s\n' "$have") -
}

@test "every record is printed in text, in order, official meaning first" {
	mapfile -t codes < <(all_codes)
	run_apart -0 httpstatus "${codes[@]}"
	[ -z "$stderr" ]
	diff <(grep -E '^([0-9]{3,4}|[1-5][0-9]{2}\.[0-9]{1,3}) ' <<<"$output") <(expected_headings)
}

# bats test_tags=grows
@test "every record is in the JSON output with its name and vendor" {
	json_of_all
	diff <(jq -r '.[] | (., .other_meanings[]) |
		"\(if .substatus then "\(.code).\(.substatus)" elif .code < 100 then "00\(.code)"[-3:]
		else .code end) \(.name)\(if .vendor then " (\(.vendor))" else "" end)"' <<<"$output") \
		<(expected_headings)
}

@test "the table holds at least every required record" {
	[ "$(expected_headings | wc -l)" -ge 96 ]
}

@test "every example starts with its status line and states its length truly" {
	json_of_all
	run -0 jq -r '.[] | (., .other_meanings[]) | select(.example != null) |
		(.example | split("\r\n\r\n")) as [$head, $body] |
		($head | split("\r\n")) as $lines |
		[.code, ($lines[0] == "HTTP/1.1 \(.code) \(.name)"),
		 ($lines[1] == "Date: Thu, 01 Jan 2026 00:00:00 GMT"),
		 (([$lines[] | select(startswith("Content-Length: "))][0] // "none")
			| if . == "none" then ($body == "") else (.[16:] | tonumber) == ($body | utf8bytelength) end)]
		| select(.[1] != true or .[2] != true or .[3] != true) | @text' <<<"$output"
	[ -z "$output" ]
}

@test "responses that cannot carry content have neither body nor length" {
	run -0 httpstatus --json 100 101 102 103 104 204 304
	run -0 jq -r '.[] | .example | [test("Content-Length"), endswith("\r\n\r\n")] | @text' <<<"$output"
	[ "$output" = "$(printf '[false,true]\n%.0s' 1 2 3 4 5 6 7)" ]
	# only 1xx, 204 and 304 end at the blank line (RFC 9112 6.3): a 205
	# says that it has no content
	run -0 httpstatus -f example 205
	[[ "$output" == *'\r\nContent-Length: 0\r\n\r\n' ]]
}

@test "errors carry an RFC 9457 problem body, success a JSON body" {
	run -0 httpstatus --json 404 503 200
	run -0 jq -r '.[] | .example | [match("Content-Type: [^\r]*").string] | .[0]' <<<"$output"
	[ "$output" = "Content-Type: application/problem+json
Content-Type: application/problem+json
Content-Type: application/json" ]
}

@test "Cloudflare's errors carry the HTML page Cloudflare serves, with its headers" {
	# its HTTP statuses, not its error numbers, which come in those pages
	cloudflare=$(awk '/^code: / { c = $2 } /^vendor: Cloudflare$/ && c ~ /^[0-9][0-9][0-9]$/ { print c }' "$DATA")
	[ "$(wc -l <<<"$cloudflare")" -ge 8 ]
	html=$(awk '/^code: / { c = $2 } /^body: html$/ { print c }' "$DATA")
	for code in $cloudflare; do
		grep -qx "$code" <<<"$html" || { echo "$code"; return 1; }
		run -0 httpstatus --json --unofficial "$code"
		example=$(jq -r '[., .other_meanings[]] | map(select(.vendor == "Cloudflare"))[0].example' <<<"$output")
		[[ "$example" == *$'\r\nServer: cloudflare\r\n'* ]] || { echo "$code"; return 1; }
		[[ "$example" == *$'\r\nContent-Type: text/html; charset=UTF-8\r\n'* ]] || { echo "$code"; return 1; }
		[[ "$example" == *"<title>$code: "* && "$example" == *'</html>' ]] || { echo "$code"; return 1; }
	done
}

@test "examples carry the headers their codes call for" {
	run -0 httpstatus --json 101 201 206 301 302 303 307 308 401 405 407 416 426 429 503
	examples=$output
	check() {
		jq -e --argjson c "$1" --arg h "$2" \
			'.[] | select(.code == $c) | .example | contains("\r\n" + $h + "\r\n")' \
			<<<"$examples" >/dev/null
	}
	for code in 201 301 302 303 307 308; do
		check "$code" "Location: https://example.com/orders/42"
	done
	check 401 'WWW-Authenticate: Bearer realm="api"'
	check 407 'Proxy-Authenticate: Basic realm="proxy"'
	check 405 "Allow: GET, HEAD"
	check 429 "Retry-After: 120"
	check 503 "Retry-After: 120"
	check 206 "Content-Range: bytes 0-8/4096"
	check 416 "Content-Range: bytes */4096"
	check 101 "Upgrade: websocket"
	check 426 "Upgrade: websocket"
}

@test "every IANA-registered code has the registry's name and state" {
	run -0 httpstatus --json 100 101 102 103 104 200 201 202 203 204 205 206 207 208 226 \
		300 301 302 303 304 305 306 307 308 400 401 402 403 404 405 406 407 408 409 410 \
		411 412 413 414 415 416 417 418 421 422 423 424 425 426 428 429 431 451 \
		500 501 502 503 504 505 506 507 508 510 511
	diff <(jq -r '.[] | "\(.code) \(.name) | \(.status) | \(.rfc)"' <<<"$output") - <<'EOF2'
100 Continue | permanent | RFC 9110
101 Switching Protocols | permanent | RFC 9110
102 Processing | permanent | RFC 2518
103 Early Hints | permanent | RFC 8297
104 Upload Resumption Supported | temporary | null
200 OK | permanent | RFC 9110
201 Created | permanent | RFC 9110
202 Accepted | permanent | RFC 9110
203 Non-Authoritative Information | permanent | RFC 9110
204 No Content | permanent | RFC 9110
205 Reset Content | permanent | RFC 9110
206 Partial Content | permanent | RFC 9110
207 Multi-Status | permanent | RFC 4918
208 Already Reported | permanent | RFC 5842
226 IM Used | permanent | RFC 3229
300 Multiple Choices | permanent | RFC 9110
301 Moved Permanently | permanent | RFC 9110
302 Found | permanent | RFC 9110
303 See Other | permanent | RFC 9110
304 Not Modified | permanent | RFC 9110
305 Use Proxy | permanent | RFC 9110
306 Switch Proxy | unused | RFC 9110
307 Temporary Redirect | permanent | RFC 9110
308 Permanent Redirect | permanent | RFC 9110
400 Bad Request | permanent | RFC 9110
401 Unauthorized | permanent | RFC 9110
402 Payment Required | permanent | RFC 9110
403 Forbidden | permanent | RFC 9110
404 Not Found | permanent | RFC 9110
405 Method Not Allowed | permanent | RFC 9110
406 Not Acceptable | permanent | RFC 9110
407 Proxy Authentication Required | permanent | RFC 9110
408 Request Timeout | permanent | RFC 9110
409 Conflict | permanent | RFC 9110
410 Gone | permanent | RFC 9110
411 Length Required | permanent | RFC 9110
412 Precondition Failed | permanent | RFC 9110
413 Content Too Large | permanent | RFC 9110
414 URI Too Long | permanent | RFC 9110
415 Unsupported Media Type | permanent | RFC 9110
416 Range Not Satisfiable | permanent | RFC 9110
417 Expectation Failed | permanent | RFC 9110
418 I'm a teapot | unused | RFC 9110
421 Misdirected Request | permanent | RFC 9110
422 Unprocessable Content | permanent | RFC 9110
423 Locked | permanent | RFC 4918
424 Failed Dependency | permanent | RFC 4918
425 Too Early | permanent | RFC 8470
426 Upgrade Required | permanent | RFC 9110
428 Precondition Required | permanent | RFC 6585
429 Too Many Requests | permanent | RFC 6585
431 Request Header Fields Too Large | permanent | RFC 6585
451 Unavailable For Legal Reasons | permanent | RFC 7725
500 Internal Server Error | permanent | RFC 9110
501 Not Implemented | permanent | RFC 9110
502 Bad Gateway | permanent | RFC 9110
503 Service Unavailable | permanent | RFC 9110
504 Gateway Timeout | permanent | RFC 9110
505 HTTP Version Not Supported | permanent | RFC 9110
506 Variant Also Negotiates | permanent | RFC 2295
507 Insufficient Storage | permanent | RFC 4918
508 Loop Detected | permanent | RFC 5842
510 Not Extended | obsoleted | RFC 2774
511 Network Authentication Required | permanent | RFC 6585
EOF2
}

@test "the vendor codes from the wild are there, each with its vendor and name" {
	unofficial_has '"\(.code) \(.vendor): \(.name)"' <<'EOF2'
450 Microsoft: Blocked by Parental Controls
456 Microsoft Exchange: Blocked
457 Microsoft Exchange: Expired Password
529 Qualys SSL Labs: Service Is Overloaded
530 Cloudflare: Unnamed (carries a 1xxx error)
530 Pantheon: Site Frozen
540 Shopify: Temporarily Disabled
783 Shopify: Unexpected Token
999 LinkedIn: Request Denied
EOF2
}

@test "codes from 600 up are of the Invalid category, as RFC 9110 section 15 has it" {
	run -0 httpstatus -f code,class,category 783 999
	[ "$output" = $'783\t7xx\tInvalid\n999\t9xx\tInvalid' ]
	run -0 httpstatus 999
	grep -qxF "  Class:       9xx Invalid" <<<"$output"
	# the classes past 5xx list what they hold
	run -0 httpstatus -f code 9xx
	[ "$output" = 999 ]
}

@test "every unofficial code named in the core issue is there with its vendor" {
	unofficial_has '"\(.code) \(.vendor)"' <<'EOF2'
218 Apache HTTP Server
419 Laravel
420 Twitter
420 Spring Framework
430 Shopify
440 Microsoft Exchange
444 nginx
449 Microsoft IIS
451 Microsoft Exchange
460 AWS Elastic Load Balancing
463 AWS Elastic Load Balancing
464 AWS Elastic Load Balancing
494 nginx
495 nginx
496 nginx
497 nginx
498 Esri
499 nginx
499 Esri
509 cPanel
520 Cloudflare
521 Cloudflare
522 Cloudflare
523 Cloudflare
524 Cloudflare
525 Cloudflare
526 Cloudflare
527 Cloudflare
530 Cloudflare
561 AWS Elastic Load Balancing
598 various proxies
599 various clients and proxies
EOF2
}

@test "every spec link is https, and RFC links point at the section" {
	json_of_all
	run -0 jq -r '.[] | (., .other_meanings[]) |
		select((.spec_url | startswith("https://") | not) or
		       (.rfc != null and (.spec_url | test("^https://www\\.rfc-editor\\.org/rfc/rfc[0-9]+#section-[0-9.]+$") | not))) |
		.code' <<<"$output"
	[ -z "$output" ]
}

@test "former names are kept as aliases" {
	run -0 httpstatus --json 302 413 414 416 422
	[ "$(jq -c '[.[] | [.code, .aliases]]' <<<"$output")" = \
		'[[302,["Moved Temporarily"]],[413,["Payload Too Large","Request Entity Too Large"]],[414,["Request-URI Too Long"]],[416,["Requested Range Not Satisfiable"]],[422,["Unprocessable Entity"]]]' ]
}

# bats test_tags=grows
@test "every related code exists and resolves" {
	json_of_all
	mapfile -t related < <(jq -r '[.[] | (., .other_meanings[]) | .related[]] | unique | .[]' <<<"$output")
	run_apart -0 httpstatus "${related[@]}"
	[ -z "$stderr" ]
}

# bats test_tags=grows
@test "text output stays within 80 columns when not a terminal" {
	mapfile -t codes < <(all_codes)
	run -0 httpstatus "${codes[@]}"
	# only an unbreakable link or a raw example header may be longer
	long=$(awk 'length($0) >= 80 && $NF !~ /^https:/ && $0 !~ /^    [A-Za-z-]+: /' <<<"$output")
	[ -z "$long" ]
}

@test "has_content is false exactly for 1xx, 204, 205 and 304" {
	json_of_all
	run -0 jq -r '[.[] | (., .other_meanings[]) | select(.has_content == false) | .code] | unique | map(tostring) | join(" ")' <<<"$output"
	[ "$output" = "100 101 102 103 104 204 205 304" ]
}

@test "a sub-status or error number has no recommendation, cacheability or content rule of its own: null" {
	local all
	json_of_all
	all=$output
	run -0 jq -r '[.[] | (., .other_meanings[]) | select(.kind != "status") |
		[.recommended, .cacheable, .has_content] | map(tostring) | join(",")] | unique | join(" ")' <<<"$all"
	[ "$output" = "null,null,null" ]
	# and a status has all three
	run -0 jq -r '[.[] | (., .other_meanings[]) | select(.kind == "status") |
		select(.recommended == null or .cacheable == null or .has_content == null)] | length' <<<"$all"
	[ "$output" = 0 ]
}

# bats test_tags=grows
@test "every name, description, use case and note reads as the data file has it" {
	# the long strings are packed in the binary (src/gen/pack.c) and
	# unpacked as they are read; -f writes a backslash as two
	run_apart -0 httpstatus -f name,description,use_case,notes list
	diff <(sort <<<"$output") <(awk '
		function flush() { if (f["name"] != "") print f["name"] "\t" f["description"] "\t" f["use_case"] "\t" f["notes"]; delete f }
		/^code: / { flush() }
		/^(compare|choose): / { flush(); stop = 1 }
		stop { next }
		/^[a-z_]+: / { k = $1; sub(/:$/, "", k); v = $0; sub(/^[a-z_]+: /, "", v); if (!(k in f)) f[k] = v; next }
		/^[ \t]/ && k != "" { v = $0; sub(/^[ \t]+/, "", v); f[k] = f[k] " " v; next }
		/^$/ { k = "" }
		END { flush() }' "$DATA" | sed 's/\\/\\\\/g' | sort)
}
