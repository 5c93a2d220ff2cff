#!/usr/bin/env bats
# -f/--field: one field per result, one line each.

load helper

@test "-f name prints just the name" {
	run_apart -0 httpstatus -f name 404
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

@test "a backslash is written as two, so that every value reads back" {
	run -0 httpstatus -f code,notes list 500
	[[ "$output" == *'C:\\Program Files\\dotnet'* ]]
	[[ "$output" != *'C:\Program Files\dotnet'* ]]
}

@test "a number with several meanings gives its first meaning" {
	run -0 httpstatus -f vendor 420
	[ "$output" = Twitter ]
}

# bats test_tags=grows
@test "every field prints one line for every code" {
	mapfile -t codes < <(all_codes)
	run -0 httpstatus --complete fields
	[ "${#lines[@]}" -ge 20 ]
	for field in $output; do
		# (run would drop trailing empty lines, so count the real output)
		httpstatus -f "$field" "${codes[@]}" >"$BATS_TEST_TMPDIR/out"
		mapfile -t printed <"$BATS_TEST_TMPDIR/out"
		[ "${#printed[@]}" -eq "${#codes[@]}" ] || { echo "$field: wrong number of lines"; return 1; }
	done
}

@test "the -f fields are the JSON keys" {
	run -0 httpstatus --json 404
	keys=$(jq -r 'keys_unsorted - ["other_meanings"] | .[]' <<<"$output")
	run -0 httpstatus --complete fields
	[ "$output" = "$keys" ]
}

@test "an unknown field is a usage error that lists the fields" {
	run_apart -2 httpstatus -f colour 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: unknown field 'colour'; fields are ${FIELD_KEYS//,/, }" ]
}

@test "-f without a name is a usage error" {
	run_apart -2 httpstatus 404 -f
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: option '-f' needs a value; try 'httpstatus --help'" ]
}

@test "several fields print tab-separated on one line, in the order asked" {
	run_apart -0 httpstatus -f code,name 404
	[ -z "$stderr" ]
	[ "$output" = $'404\tNot Found' ]
	run -0 httpstatus -f name,code,class 404 503
	[ "$output" = $'Not Found\t404\t4xx\nService Unavailable\t503\t5xx' ]
	# -f again adds to the list; a field may come twice
	run -0 httpstatus -f code -f vendor -f code 499
	[ "$output" = $'499\tnginx\t499' ]
	# lists keep their commas inside one tab-separated column
	related=$(awk '/^code: 410/ { f = 1 } f && /^related: / { sub(/^related: /, ""); gsub(/ /, ","); print; exit }' "$DATA")
	[[ "$related" == *,* ]]
	run -0 httpstatus -f code,related,name 410
	[ "$output" = "410"$'\t'"$related"$'\t'"Gone" ]
}

@test "several fields work for lists, search and standard input" {
	run -0 httpstatus -f code,vendor 49x
	[[ "$output" == *$'499\tnginx\n499\tEsri'* ]]
	run -0 httpstatus -f code,name search teapot
	[ "${lines[0]}" = $'418\tI\'m a teapot' ]
	run_apart -1 httpstatus --stdin -f code,name <<<$'404\nnope\n200'
	[ "$output" = $'404\tNot Found\n\n200\tOK' ]
}

@test "an unknown field in a list is named, with the fields there are" {
	run_apart -2 httpstatus -f code,nmae 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: unknown field 'nmae'; fields are ${FIELD_KEYS//,/, }" ]
	run_apart -2 httpstatus -f code, 404
	[[ "$stderr" == "httpstatus: unknown field ''; fields are "* ]]
}

@test "-f and --json together are a usage error" {
	run_apart -2 httpstatus -f name --json 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: -f and --json cannot be combined; try 'httpstatus --help'" ]
}

@test "-f messages joins program: text items with ' | '" {
	run_apart -0 httpstatus -f messages 504
	[[ "$output" == "nginx: upstream timed out"* ]]
	[ "$(grep -o ' | ' <<<"$output" | wc -l)" -eq "$(($(httpstatus -j 504 | jq '.messages | length') - 1))" ]
	run_apart -0 httpstatus -f messages 418
	[ -z "$output" ]
}
