#!/usr/bin/env bats
# The names libraries give each code: shown, in JSON and -f, and found.

load helper

@test "library constants reach their code, with or without prefixes" {
	while IFS='|' read -r query code; do
		run_apart -0 httpstatus -f code "$query"
		[ "$output" = "$code" ] || { echo "'$query' gave '$output', not $code"; return 1; }
	done <<'EOF2'
StatusTooManyRequests|429
HTTP_429_TOO_MANY_REQUESTS|429
HTTP_TOO_MANY_REQUESTS|429
SC_NOT_FOUND|404
HttpStatusCode.NotFound|404
StatusCode::PAYLOAD_TOO_LARGE|413
HTTPStatus.CONTENT_TOO_LARGE|413
:unprocessable_content|422
HTTP_PERMANENTLY_REDIRECT|308
StatusTeapot|418
IM_A_TEAPOT|418
METHOD_FAILURE|420
StatusNetworkAuthenticationRequired|511
EOF2
}

@test "JSON carries every library's name, null where it has none" {
	run -0 httpstatus --json 413
	[ "$(jq -c .constants <<<"$output")" = '{"python":"CONTENT_TOO_LARGE","go":"StatusRequestEntityTooLarge","node":"Payload Too Large","java":"SC_REQUEST_ENTITY_TOO_LARGE","spring":"CONTENT_TOO_LARGE","dotnet":"RequestEntityTooLarge","rust":"PAYLOAD_TOO_LARGE","rails":"content_too_large","symfony":"HTTP_REQUEST_ENTITY_TOO_LARGE"}' ]
	run -0 httpstatus --json 499
	[ "$(jq -c '[.constants[]] | unique' <<<"$output")" = "[null]" ]
}

@test "a vendor code carries the names its libraries give it, and only those" {
	run -0 httpstatus --json 509
	[ "$(jq -c '[.vendor, .constants.node, .constants.spring, .constants.python]' <<<"$output")" = \
	    '["cPanel","Bandwidth Limit Exceeded","BANDWIDTH_LIMIT_EXCEEDED",null]' ]
	# Spring 7.0 removed METHOD_FAILURE, the one name 420 had
	run -0 httpstatus --json 420
	[ "$(jq -c '[.constants.spring, .other_meanings[0].constants.spring]' <<<"$output")" = '[null,null]' ]
}

@test "-f constants lists library=name pairs" {
	run -0 httpstatus -f constants 418
	[ "$output" = "python=IM_A_TEAPOT,go=StatusTeapot,node=I'm a Teapot,spring=I_AM_A_TEAPOT,rust=IM_A_TEAPOT,symfony=HTTP_I_AM_A_TEAPOT" ]
}

@test "the entry shows each name spelt as in code, where the library has one" {
	# Jakarta Servlet defines no constant for 429
	run -0 httpstatus 429
	diff <(sed -n '/^  In code$/,/^$/p' <<<"$output") - <<'EOF2'
  In code
    Python   HTTPStatus.TOO_MANY_REQUESTS
    Go       http.StatusTooManyRequests
    Node.js  http.STATUS_CODES: "Too Many Requests"
    Spring   HttpStatus.TOO_MANY_REQUESTS
    .NET     HttpStatusCode.TooManyRequests
    Rust     StatusCode::TOO_MANY_REQUESTS
    Rails    :too_many_requests
    Symfony  Response::HTTP_TOO_MANY_REQUESTS

EOF2
}

@test "an entry without library names has no In code section" {
	run -0 httpstatus 522
	[[ "$output" != *"In code"* ]]
}
