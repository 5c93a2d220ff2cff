#!/usr/bin/env bats
# The manuals: httpstatus(1) by hand, httpstatus-codes(7) generated from the table.

load ../helper

CODES7="$BUILD/httpstatus-codes.7"

@test "httpstatus-codes(7) is lint-clean" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	# no warning or error at all: mandoc exits 0 for those
	run -0 mandoc -Tlint -W warning "$CODES7"
	run mandoc -Tlint -W style "$CODES7"
	# style messages are exit 1, and the only one allowed is a page it
	# cross-references that this machine's database lacks
	[ "$status" -le 1 ]
	[ -z "$(grep -v 'referenced manual not found' <<<"$output")" ]
}

@test "httpstatus-codes(7) is dated by the data file's updated stanza" {
	local day
	day=$(sed -n 's/^updated: //p' "$DATA")
	[ "$(grep -c . <<<"$day")" -eq 1 ]
	grep -qxF ".Dd $(LC_ALL=C date -u -d "$day" '+%B %-d, %Y')" "$CODES7"
}

# bats test_tags=grows
@test "httpstatus-codes(7) holds every record and every rule" {
	[ "$(grep -cE '^\.Ss "([0-9]{3,4}|[1-5][0-9]{2}\.[0-9]{1,3}) ' "$CODES7")" -eq "$(grep -c '^code: ' "$DATA")" ]
	[ "$(grep -c '^\.Ss "[1-9][0-9][0-9], ' "$CODES7")" -eq "$(grep -c '^compare: ' "$DATA")" ]
	grep -qxF '.Ss "451 Redirect (Microsoft Exchange)"' "$CODES7"
}

@test "httpstatus-codes(7) shows every field of an entry" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tutf8 "$CODES7"
	entry=$(sed 's/.\x08//g' <<<"$output" | sed -n '/^   413 Content Too Large$/,/^   414 /p')
	for want in "aliases      Payload Too Large, Request Entity Too Large" \
		"cacheable    only with explicit freshness (Cache-Control, Expires)" \
		"retry        no: the request has to change first" \
		"spec_url     https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14" \
		"Use case: Uploading a 50 MB" "Notes: The limit is often set" \
		"HTTP/1.1 413 Content Too Large" "related      411, 414, 431"; do
		[[ "$entry" == *"$want"* ]] || { echo "missing: $want"; return 1; }
	done
}

@test "every field -f accepts is described in httpstatus(1)" {
	run -0 httpstatus --complete fields
	[ "${#lines[@]}" -ge 20 ]
	for field in $output; do
		grep -qx "\.It Li $field" "$TOP/man/httpstatus.1" || { echo "missing $field"; return 1; }
	done
}

@test "httpstatus(1) has the usual sections in order" {
	diff <(sed -n 's/^\.Sh //p' "$TOP/man/httpstatus.1") - <<'EOF2'
NAME
SYNOPSIS
DESCRIPTION
LOG FORMATS
CHECKING A RESPONSE
OUTPUT
ENVIRONMENT
EXIT STATUS
EXAMPLES
SEE ALSO
STANDARDS
EOF2
}

@test "httpstatus-codes(7) gives each code's header requirements" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tutf8 -O width=200 "$CODES7"
	plain=$(sed 's/.\x08//g' <<<"$output")
	[[ "$plain" == *"headers      WWW-Authenticate MUST (RFC 9110, section 15.5.2), with at least one challenge"* ]]
	[[ "$plain" == *"headers      Location expected (RFC 9110, section 15.4.4); Retry-After MAY (RFC 9110, section 10.2.3),"* ]]
	entry=$(sed -n '/^   418 /,/^   421 /p' <<<"$plain")
	[[ "$entry" == *"headers      none"* ]]
}

@test "httpstatus-codes(7) holds the choose guide, every situation once" {
	[ "$(grep -c '^\.It Sy "[a-z0-9-]*: [1-5][0-9][0-9] ' "$CODES7")" -eq "$(grep -c '^choose: ' "$DATA")" ]
	grep -qxF '.It Sy "rate-limited: 429 Too Many Requests"' "$CODES7"
	grep -qxF '.Ss "Who is asking"' "$CODES7"
}

@test "neither manual says BSD in its header or footer" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	for page in "$TOP/man/httpstatus.1" "$CODES7"; do
		run -0 mandoc -Tutf8 "$page"
		plain=$(sed 's/.\x08//g' <<<"$output")
		[[ "$(head -n 1 <<<"$plain")$(tail -n 1 <<<"$plain")" != *BSD* ]] || { echo "$page"; return 1; }
		[[ "$(tail -n 1 <<<"$plain")" == httpstatus* ]]
		# groff as man-db runs it (-mandoc, which loads mdoc at .Dd), and as
		# a user might (-mdoc)
		for macros in -mandoc -mdoc; do
			command -v groff >/dev/null || break
			run -0 groff "$macros" -Tutf8 "$page"
			plain=$(sed 's/.\x08//g' <<<"$output")
			[[ "$(head -n 1 <<<"$plain")$(tail -n 1 <<<"$plain")" != *BSD* ]] ||
				{ echo "groff $macros: $page: $(head -n 1 <<<"$plain")"; return 1; }
		done
	done
}

@test "the synopsis shows each option with its dash, and the codes page writes none for null" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tutf8 "$TOP/man/httpstatus.1"
	plain=$(sed 's/.\x08//g' <<<"$output")
	[[ $plain == *"httpstatus [-j | -f field | -s] [--official | --unofficial]"* ]]
	run -0 mandoc -Tutf8 "$CODES7"
	plain=$(sed 's/.\x08//g' <<<"$output")
	[[ $plain != *" -1"$'\n'* ]]
	grep -qE '^ +substatus +none$' <<<"$plain"
	grep -qE '^ +http_status +none$' <<<"$plain"
}
