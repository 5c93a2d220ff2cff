#!/usr/bin/env bats
# -f/--field: one field per result, one line each.

load helper

@test "-f name prints just the name" {
	run --separate-stderr -0 httpstatus -f name 404
	[ "$output" = "Not Found" ]
	[ -z "$stderr" ]
	run -0 httpstatus --field name 404
	[ "$output" = "Not Found" ]
	run -0 httpstatus --field=name 404
	[ "$output" = "Not Found" ]
}

@test "lists are joined by commas, null is an empty line" {
	run -0 httpstatus -f aliases 413
	[ "$output" = "Payload Too Large,Request Entity Too Large" ]
	run -0 httpstatus -f related 404
	[ "$output" = "400,403,410" ]
	run -0 httpstatus -f vendor 404 499
	[ "$output" = "
nginx" ]
}

@test "booleans, numbers and built values print as in JSON" {
	run -0 httpstatus -f official 499
	[ "$output" = false ]
	run -0 httpstatus -f code 511
	[ "$output" = 511 ]
	run -0 httpstatus -f class 511
	[ "$output" = 5xx ]
	run -0 httpstatus -f rfc 511
	[ "$output" = "RFC 6585" ]
}

@test "the example stays on one line, CR and LF written as escapes" {
	run -0 httpstatus -f example 204
	[ "$output" = 'HTTP/1.1 204 No Content\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\n\r\n' ]
}

@test "a number with several meanings gives its first meaning" {
	run -0 httpstatus -f vendor 420
	[ "$output" = Twitter ]
}

@test "every field prints one line for every code" {
	mapfile -t codes < <(all_codes)
	run -0 httpstatus --complete fields
	for field in $output; do
		# (run would drop trailing empty lines, so count the real output)
		[ "$(httpstatus -f "$field" "${codes[@]}" | wc -l)" -eq "${#codes[@]}" ] ||
			{ echo "$field: wrong number of lines"; return 1; }
	done
}

@test "the -f fields are the JSON keys" {
	run -0 httpstatus --json 404
	keys=$(jq -r 'keys_unsorted - ["other_meanings"] | .[]' <<<"$output")
	run -0 httpstatus --complete fields
	[ "$output" = "$keys" ]
}

@test "an unknown field is a usage error that lists the fields" {
	run --separate-stderr -2 httpstatus -f colour 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: unknown field 'colour'; fields are code, name, aliases, class, category, status, official, vendor, description, rfc, spec_url, popularity, recommended, deprecated, use_case, notes, related, example, headers, cacheable, has_content, retry, constants" ]
}

@test "-f without a name is a usage error" {
	run --separate-stderr -2 httpstatus 404 -f
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: -f needs a field name; try 'httpstatus --help'" ]
}

@test "-f and --json together are a usage error" {
	run --separate-stderr -2 httpstatus -f name --json 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: -f and --json cannot be combined; try 'httpstatus --help'" ]
}
