#!/usr/bin/env bats
# The header fields the specs ask for with each code: levels, sections, and
# how they show in text, JSON, -f and the example response.

load helper

@test "the listed codes carry the header requirements of their specs" {
	run_apart -0 httpstatus --stdin -f headers <<'CODES'
101
103
201
204
206
300
301
303
304
307
308
401
405
407
408
413
416
426
429
451
503
CODES
	diff -u - <(printf '%s\n' "$output") <<'WANT'
Upgrade=MUST,Connection=MUST,Content-Length=MUST NOT,Transfer-Encoding=MUST NOT
Link=MAY,Content-Length=MUST NOT,Transfer-Encoding=MUST NOT
Location=SHOULD
Content-Length=MUST NOT,Transfer-Encoding=MUST NOT
Content-Range=MUST,Content-Type=MUST,Date=MUST,Cache-Control=MUST,ETag=MUST,Expires=MUST,Content-Location=MUST,Vary=MUST
Location=SHOULD
Location=SHOULD,Retry-After=MAY
Location=expected,Retry-After=MAY
ETag=MUST,Cache-Control=MUST,Content-Location=MUST,Date=MUST,Expires=MUST,Vary=MUST,Content-Length=MAY,Content-Type=SHOULD NOT,Content-Encoding=SHOULD NOT,Content-Language=SHOULD NOT
Location=SHOULD,Retry-After=MAY
Location=SHOULD,Retry-After=MAY
WWW-Authenticate=MUST
Allow=MUST
Proxy-Authenticate=MUST
Connection=SHOULD
Retry-After=SHOULD
Content-Range=SHOULD
Upgrade=MUST,Connection=MUST
Retry-After=MAY
Link=SHOULD
Retry-After=MAY
WANT
	[ -z "$stderr" ]
}

@test "each requirement names its RFC section, with a link" {
	run -0 httpstatus -j 101 201 401 429 451 503
	run -0 jq -r '.[] | .code as $c | .headers[] | "\($c) \(.name) \(.rfc) \(.section) \(.spec_url)"' <<<"$output"
	diff -u - <(printf '%s\n' "$output") <<'WANT'
101 Upgrade RFC 9110 15.2.2 https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2
101 Connection RFC 9110 7.8 https://www.rfc-editor.org/rfc/rfc9110#section-7.8
101 Content-Length RFC 9110 8.6 https://www.rfc-editor.org/rfc/rfc9110#section-8.6
101 Transfer-Encoding RFC 9112 6.1 https://www.rfc-editor.org/rfc/rfc9112#section-6.1
201 Location RFC 9110 9.3.3 https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3
401 WWW-Authenticate RFC 9110 15.5.2 https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2
429 Retry-After RFC 6585 4 https://www.rfc-editor.org/rfc/rfc6585#section-4
451 Link RFC 7725 4 https://www.rfc-editor.org/rfc/rfc7725#section-4
503 Retry-After RFC 9110 15.6.4 https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4
WANT
}

@test "a header object has the documented keys; note is a string or null" {
	run -0 httpstatus -j 300 405
	run -0 jq -c '[.[] | .headers[] | [keys_unsorted, .note]]' <<<"$output"
	[ "$output" = '[[["name","requirement","rfc","section","spec_url","note"],"if the server has a preferred choice"],[["name","requirement","rfc","section","spec_url","note"],"listing the methods the resource supports"]]' ]
	run -0 httpstatus -j 429
	[ "$(jq -c '.headers[0].note' <<<"$output")" = null ]
	run -0 httpstatus -j 200
	[ "$(jq -c '[.headers[].name]' <<<"$output")" = '["ETag","Last-Modified"]' ]
	run -0 httpstatus -j 418
	[ "$(jq -c '.headers' <<<"$output")" = '[]' ]
}

@test "every example carries what its code always needs, and nothing forbidden" {
	run -0 httpstatus -j list
	# every MUST, SHOULD or expected field without a note is in the example
	all=$output
	run -0 jq -r '.[] | select(.example != null) | . as $e | .headers[]
		| select(.note == null and (.requirement | test("^(MUST|SHOULD|expected)$")))
		| .name as $n | "\($e.code) \($n) \($e.example | ascii_downcase | contains("\r\n" + ($n | ascii_downcase) + ": "))"' <<<"$output"
	[ "${#lines[@]}" -ge 7 ]
	[ -z "$(grep -v ' true$' <<<"$output")" ]
	output=$all
	run -0 jq -r '.[] | select(.example != null) | . as $e | .headers[]
		| select(.requirement == "MUST NOT")
		| .name as $n | "\($e.code) \($n) \($e.example | ascii_downcase | contains("\r\n" + ($n | ascii_downcase) + ": "))"' <<<"$output"
	[ "${#lines[@]}" -eq 12 ]
	[ -z "$(grep -v ' false$' <<<"$output")" ]
}

@test "1xx and 204 must not carry Content-Length or Transfer-Encoding; nothing else is told so" {
	run -0 httpstatus -j list
	local list=$output
	for field in Content-Length Transfer-Encoding; do
		run -0 jq -r --arg f "$field" '[.[] | select(any(.headers[]; .name == $f and .requirement == "MUST NOT")) | .code] | map(tostring) | join(" ")' <<<"$list"
		[ "$output" = "100 101 102 103 104 204" ]
	done
}

@test "a text entry lists the header requirements, grouped by rule" {
	run_apart -0 httpstatus 101
	diff -u - <(sed -n '/^  Headers$/,/^$/p' <<<"$output") <<'WANT'
  Headers
    MUST      Upgrade (RFC 9110, section 15.2.2)
    MUST      Connection (RFC 9110, section 7.8), with the upgrade option
    MUST NOT  Content-Length (RFC 9110, section 8.6)
    MUST NOT  Transfer-Encoding (RFC 9112, section 6.1)

WANT
	run -0 httpstatus 304
	diff -u - <(sed -n '/^  Headers$/,/^$/p' <<<"$output") <<'WANT'
  Headers
    MUST      ETag, Cache-Control, Content-Location, Date, Expires, Vary (RFC
              9110, section 15.4.5), if a 200 to the same request would carry
              it
    MAY       Content-Length (RFC 9110, section 8.6), only with the length a
              200 would have had
    SHOULD NOT Content-Type, Content-Encoding, Content-Language (RFC 9110,
              section 15.4.5), metadata of the stored representation, which the
              cache keeps

WANT
	# a code the specs ask nothing of has no Headers section
	run -0 httpstatus 418
	[[ "$output" != *$'\n  Headers\n'* ]]
}

@test "a text entry says whether the response may carry content" {
	run -0 httpstatus 204
	[[ "$output" == *$'\n  Content:     none: the response cannot carry content\n'* ]]
	# content allowed is the usual case, and goes unsaid
	run -0 httpstatus 200
	[[ "$output" != *$'\n  Content:'* ]]
}

@test "-f headers on a list gives one line per code, empty where none" {
	run_apart -0 httpstatus -f headers 40x
	[ "$output" = $'\nWWW-Authenticate=MUST\n\n\n\nAllow=MUST\n\nProxy-Authenticate=MUST\nConnection=SHOULD' ]
	[ "$(httpstatus -f code 40x | tr '\n' ' ')" = "400 401 402 403 404 405 406 407 408 409 " ]
}
