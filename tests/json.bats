#!/usr/bin/env bats
# --json: the schema, its key order and types, and the shape for one or several codes.

load helper

KEYS="$FIELD_KEYS,other_meanings"

@test "one code gives one object with the documented keys in order" {
	run_apart -0 httpstatus --json 511
	[ -z "$stderr" ]
	[ "$(jq -r 'type' <<<"$output")" = object ]
	[ "$(jq -r 'keys_unsorted | join(",")' <<<"$output")" = "$KEYS" ]
}

@test "the name of 511 reads back with jq" {
	run -0 bash -c 'httpstatus --json 511 | jq -r .name'
	[ "$output" = "Network Authentication Required" ]
}

@test "-j is the short form of --json" {
	run -0 httpstatus --json 404
	long=$output
	run -0 httpstatus -j 404
	[ "$output" = "$long" ]
}

@test "several codes give an array in argument order" {
	run -0 httpstatus --json 404 200 511
	[ "$(jq -c '[.[].code]' <<<"$output")" = "[404,200,511]" ]
}

# bats test_tags=grows
@test "several arguments give an array even when only one is found" {
	run_apart -1 httpstatus --json 404 299
	[ "$(jq -c '[.[].code]' <<<"$output")" = "[404]" ]
	[ "$stderr" = "httpstatus: '299' is not a known status code$(suggestion 299)" ]
}

@test "an unknown code alone prints no JSON at all" {
	run_apart -1 httpstatus --json 299
	[ -z "$output" ]
}

@test "values have the documented types" {
	run -0 httpstatus --json 413
	run -0 jq -r '[(.code|type), (.name|type), (.aliases|type), (.class|type),
		(.official|type), (.vendor|type), (.rfc|type), (.recommended|type),
		(.deprecated|type), (.related|type), (.related[0]|type), (.example|type),
		(.other_meanings|type)] | join(",")' <<<"$output"
	[ "$output" = "number,string,array,string,boolean,null,string,boolean,boolean,array,number,string,array" ]
}

@test "registered codes carry the RFC and a link to its section" {
	run -0 httpstatus --json 511
	[ "$(jq -r '[.class, .category, .status, .official, .rfc, .spec_url] | join(" ")' <<<"$output")" = \
		"5xx Server Error permanent true RFC 6585 https://www.rfc-editor.org/rfc/rfc6585#section-6" ]
}

@test "unofficial codes carry their vendor and no RFC" {
	run -0 httpstatus --json 522
	[ "$(jq -c '[.status, .official, .vendor, .rfc]' <<<"$output")" = '["unofficial",false,"Cloudflare",null]' ]
	[[ "$(jq -r .spec_url <<<"$output")" == https://developers.cloudflare.com/* ]]
}

@test "other meanings of a number follow the official one, each with its vendor" {
	run -0 httpstatus --json 451
	[ "$(jq -r .name <<<"$output")" = "Unavailable For Legal Reasons" ]
	[ "$(jq -c '[.other_meanings[] | [.name, .vendor]]' <<<"$output")" = '[["Redirect","Microsoft Exchange"]]' ]
}

@test "other meanings have the same keys except other_meanings" {
	run -0 httpstatus --json 420
	[ "$(jq -r '.other_meanings[0] | keys_unsorted | join(",")' <<<"$output")" = "${KEYS%,other_meanings}" ]
	[ "$(jq -c '[.vendor, .other_meanings[].vendor]' <<<"$output")" = '["Twitter","Spring Framework"]' ]
}

@test "the example holds the whole raw response with CRLF line ends" {
	# (run drops the final newline of the body)
	run -0 httpstatus --json 405
	run -0 jq -j .example <<<"$output"
	[ "${output%%$'\r\n'*}" = "HTTP/1.1 405 Method Not Allowed" ]
	[[ "$output" == *$'\r\nAllow: GET, HEAD\r\n'* ]]
	[[ "$output" == *$'\r\n\r\n{\n  "type": "about:blank",\n  "title": "Method Not Allowed",\n  "status": 405\n}' ]]
}

@test "a code that never reaches a client has a null example" {
	run -0 httpstatus --json 499
	[ "$(jq -c '[.vendor, .example]' <<<"$output")" = '["nginx",null]' ]
	[ "$(jq -c '.other_meanings[0] | [.vendor, (.example|type)]' <<<"$output")" = '["Esri","string"]' ]
}

@test "strings with quotes are escaped and parse back" {
	run -0 httpstatus --json 304
	[[ "$(jq -r .example <<<"$output")" == *'ETag: "v42"'* ]]
	[[ "$output" == *'ETag: \"v42\"\r\n'* ]]
}

@test "output is byte-identical from run to run" {
	run -0 httpstatus --json 100 404 511
	first=$output
	run -0 httpstatus --json 100 404 511
	[ "$output" = "$first" ]
}

# bats test_tags=grows
@test "every entry's text in --json list reads back as -f prints it" {
	# plain strings skip the escaper and the rest go through it; either
	# way jq must read back exactly what -f prints (with \\, \t, \r and \n
	# spelled out by both)
	run -0 httpstatus -f code,name,vendor,description,notes,example,aliases list
	want=$output
	[ "${#lines[@]}" -ge 90 ]
	[[ "$want" == *'"'* ]] # some strings need escaping
	# (-f code is the id, 000 and 500.19 as typed; JSON's code a number)
	run -0 bash -c "httpstatus --json list | jq -r '.[] | [.id, .name, .vendor // \"\",
	    .description, .notes // \"\", .example // \"\", (.aliases | join(\",\"))] | @tsv'"
	[ "$output" = "$want" ]
}

@test "messages are objects: the program, its text and where it was checked" {
	run_apart -0 httpstatus -j 504
	[ "$(jq -r '.messages | length > 1' <<<"$output")" = true ]
	[ "$(jq -r '[.messages[] | keys_unsorted | join(",")] | unique | .[]' <<<"$output")" = \
		"program,text,source" ]
	jq -e '.messages[] | select(.program == "nginx" and (.text | test("upstream timed out")))' \
		<<<"$output" >/dev/null
	run_apart -0 httpstatus -j 418
	[ "$(jq -c .messages <<<"$output")" = "[]" ]
}
