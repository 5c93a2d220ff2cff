#!/usr/bin/env bats
# Looking codes up in text: whole entries, several codes, several meanings, width.

load helper

golden() {
	run --separate-stderr -0 httpstatus "$1"
	[ -z "$stderr" ]
	diff -u "$FIXTURES/lookup/$1.txt" <(printf '%s\n' "$output")
}

@test "511 prints its whole entry" {
	golden 511
}

@test "404 prints its whole entry" {
	golden 404
}

@test "418 prints its whole entry, reserved as unused" {
	golden 418
	[[ "$output" == *'Status:      reserved as "(Unused)" in the IANA registry'* ]]
}

@test "499 prints the nginx meaning, then Esri's" {
	golden 499
}

@test "308 prints its whole entry" {
	golden 308
}

@test "511 prints the same JSON as ever" {
	run --separate-stderr -0 httpstatus --json 511
	diff -u "$FIXTURES/lookup/511.json" <(printf '%s\n' "$output")
}

@test "an entry has every section in order" {
	run -0 httpstatus 503
	[ "${lines[0]}" = "503 Service Unavailable" ]
	diff <(grep -E '^ {0,2}[A-Z][A-Za-z ]+[:]?' <<<"$output" | sed -E 's/^ *//; s/:.*//') - <<'EOF2'
Class
Status
Spec
Popularity
Recommended
Deprecated
Cacheable
Retry
Content
Description
Use case
Notes
Headers
In code
Example response
Compare with
Other 5xx codes
EOF2
}

@test "aliases are shown when a code has them" {
	run -0 httpstatus 413
	[[ "$output" == *$'\n  Aliases:     Payload Too Large, Request Entity Too Large\n'* ]]
}

@test "the class list names every other code of the class with its use case" {
	run -0 httpstatus 201
	section=$(sed -n '/^  Other 2xx codes$/,$p' <<<"$output")
	diff <(grep -oE '^    [0-9]{3} .*' <<<"$section" | sed 's/^    //') - <<'EOF2'
200 OK
202 Accepted
203 Non-Authoritative Information
204 No Content
205 Reset Content
206 Partial Content
207 Multi-Status
208 Already Reported
218 This is fine (Apache HTTP Server)
226 IM Used
EOF2
	[[ "$section" == *$'    200 OK\n        Returning a page, a file or a JSON document'* ]]
}

@test "several codes print one entry each, separated by a blank line" {
	run -0 httpstatus 404 410
	[ "$(grep -cE '^(404 Not Found|410 Gone)$' <<<"$output")" -eq 2 ]
	grep -B1 '^410 Gone$' <<<"$output" | head -n 1 | grep -qx ''
}

@test "a code that never reaches a client says so instead of an example" {
	run -0 httpstatus 444
	[[ "$output" == *$'  Example response\n    None: no response with this code reaches a client.\n'* ]]
}

@test "the example response is shown without carriage returns" {
	run -0 httpstatus 404
	[[ "$output" != *$'\r'* ]]
	[[ "$output" == *$'    HTTP/1.1 404 Not Found\n    Date: Thu, 01 Jan 2026 00:00:00 GMT\n'* ]]
}

# Runs httpstatus on a pseudo-terminal, so that it sees a terminal on stdout.
on_tty() {
	NO_COLOR=1 run -0 script -qec "$*" /dev/null
	output=${output//$'\r'/}
}

@test "on a terminal, text wraps to COLUMNS" {
	COLUMNS=60 on_tty httpstatus 404
	desc=$(sed -n '/^  Description$/,/^$/p' <<<"$output")
	[ "$(awk 'length($0) >= 60' <<<"$desc")" = "" ]
	[ "$(awk 'length($0) >= 50' <<<"$desc")" != "" ]
}

@test "off a terminal, COLUMNS is ignored and text wraps at 80" {
	COLUMNS=60 run -0 httpstatus 404
	diff -u "$FIXTURES/lookup/404.txt" <(printf '%s\n' "$output")
}

@test "a COLUMNS that is not a number falls back to the terminal size" {
	COLUMNS=abc on_tty stty cols 70 ';' httpstatus 404
	desc=$(sed -n '/^  Description$/,/^$/p' <<<"$output")
	[ "$(awk 'length($0) >= 70' <<<"$desc")" = "" ]
	[ "$(awk 'length($0) >= 60' <<<"$desc")" != "" ]
}
