#!/usr/bin/env bats
# Looking codes up in text: whole entries, several codes, several meanings, width.

load helper

# The entry of $1 against its golden file, up to the grid of the rest of
# the class, which changes whenever a code is added (tested apart below).
golden() {
	run_apart -0 httpstatus "$1"
	[ -z "$stderr" ]
	[[ "$output" == *$'\n  Other '[1-5]$'xx codes\n'* ]]
	diff -u "$FIXTURES/lookup/$1.txt" <(sed '/^  Other [1-5]xx codes$/,$d' <<<"$output")
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
	run_apart -0 httpstatus --json 511
	diff -u "$FIXTURES/lookup/511.json" <(printf '%s\n' "$output")
}

# bats test_tags=grows
@test "an entry has every section in order" {
	run -0 httpstatus 503
	[ "${lines[0]}" = "503 Service Unavailable" ]
	# the meaning first, on the lines under the title
	[ "${lines[1]}" = "  The server cannot take the request right now, typically because it is" ]
	diff <(sed 1,3d <<<"$output" | grep -E '^ {0,2}[A-Z][A-Za-z ]+[:]?' | sed -E 's/^ *//; s/:.*//') - <<'EOF2'
Class
Substatuses
Error pages
Status
Spec
Popularity
Recommended
Cacheable
Retry
Description
Use case
Notes
What software does
In logs and pages
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

# The codes in the grid of the rest of the class, read down its columns:
# the nth code on a line is in the nth column.
grid_codes() {
	sed -n '/^  Other [1-9]xx codes$/,$p' <<<"$1" | sed '1d; /^    Vendors/,$d' | awk '
		{ line = $0; c = 0
		  while (match(line, /(^    |  )[1-9][0-9][0-9] /)) {
			col[c] = col[c] " " substr(line, RSTART + RLENGTH - 4, 3); c++
			line = substr(line, RSTART + RLENGTH) } }
		END { for (c = 0; c in col; c++) printf "%s", col[c]; print "" }' | sed 's/^ //'
}

# The rows of the class of $1, "code official" a line, but for $1 and the
# codes the entry in $output compares it with.
rest_of_class() {
	local compared
	compared=$(sed -n '/^  Compare with$/,/^$/p' <<<"$output" | grep -oE '^    [0-9]{3}' | tr -d ' ')
	httpstatus -f code,official "${1:0:1}xx" | tr '\t' ' ' | grep -v "^$1 " |
		awk -v drop="$(echo $compared)" 'BEGIN { n = split(drop, d, " "); for (i = 1; i <= n; i++) left[d[i]]++ }
			left[$1] > 0 { left[$1]--; next } { print }'
}

# bats test_tags=grows
@test "an entry ends with a grid of the rest of its class, down the columns" {
	for code in 404 511 201 429; do
		run -0 httpstatus "$code"
		# the official rows of the class but this code and those compared above
		want=$(rest_of_class "$code" | awk '$2 == "true" { print $1 }' | tr '\n' ' ' | sed 's/ $//')
		got=$(grid_codes "$output")
		[ "$got" = "$want" ] || { printf '%s\n got: %s\nwant: %s\n' "$code" "$got" "$want"; return 1; }
		[[ "$output" == *"One line each: httpstatus ${code:0:1}xx" ]]
		[ -z "$(awk 'length($0) >= 80' <<<"$output")" ]
	done
}

# bats test_tags=grows
@test "after the grid, the vendors' codes of the class by number, each once" {
	n=0
	for code in 404 511 201 429; do
		run -0 httpstatus "$code"
		want=$(rest_of_class "$code" | awk '$2 == "false" && !seen[$1]++ { printf " %s", $1 }')
		got=$(sed -n '/^    Vendors/,/^    One line each/p' <<<"$output" | sed '$d' | tr -s ' \n' ' ')
		if [ -z "$want" ]; then
			[ -z "$got" ] || { echo "$code: $got"; return 1; }
		else
			n=$((n + 1))
			[ "$got" = " Vendors' codes:$want " ] || { printf '%s\n got: %s\nwant: %s\n' "$code" "$got" "$want"; return 1; }
		fi
	done
	[ "$n" -ge 2 ]
}

# bats test_tags=grows
@test "at 80 columns the entries of 404 and 511 fit their targets" {
	# 80 and 70 before the section on what software does with a code,
	# which issue 27 asked for: 404 has a line for every kind of software
	[ "$(httpstatus 404 | wc -l)" -le 104 ]
	[ "$(httpstatus 511 | wc -l)" -le 92 ]
}

@test "compare rows of a code with several meanings are those that weigh it in turn" {
	# 429's related 420: Twitter's relates back to 429, Spring's does not
	run -0 httpstatus 429
	compare=$(sed -n '/^  Compare with$/,/^$/p' <<<"$output")
	[[ "$compare" == *"420 Enhance Your Calm (Twitter)"* ]]
	[[ "$compare" != *"Method Failure"* ]]
	# so Spring's 420 is among the class's other vendor codes, lost nowhere
	[[ "$(sed -n '/^    Vendors/,$p' <<<"$output")" == *" 420 "* ]]
}

@test "library constants go in two columns when the line has room" {
	COLUMNS=100 NO_COLOR=1 run -0 script -qec "httpstatus 404" /dev/null
	code=$(tr -d '\r' <<<"$output" | sed -n '/^  In code$/,/^$/p')
	[[ "$code" == *$'\n    Python   HTTPStatus.NOT_FOUND '*$'  .NET     HttpStatusCode.NotFound\n'* ]]
	[ "$(grep -c '^    [A-Z.]' <<<"$code")" -eq 5 ]
	run -0 httpstatus 404
	[ "$(sed -n '/^  In code$/,/^$/p' <<<"$output" | grep -c '^    [A-Z.]')" -eq 9 ]
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
	diff -u "$FIXTURES/lookup/404.txt" <(sed '/^  Other [1-5]xx codes$/,$d' <<<"$output")
}

@test "a COLUMNS that is not a number falls back to the terminal size" {
	COLUMNS=abc on_tty stty cols 70 ';' httpstatus 404
	desc=$(sed -n '/^  Description$/,/^$/p' <<<"$output")
	[ "$(awk 'length($0) >= 70' <<<"$desc")" = "" ]
	[ "$(awk 'length($0) >= 60' <<<"$desc")" != "" ]
}

@test "an entry shows two messages of two programs, and how to see the rest" {
	run_apart -0 httpstatus 504
	section=$(sed -n '/^  In logs and pages$/,/^$/p' <<<"$output")
	[ "$(grep -c '^    nginx: ' <<<"$section")" -eq 1 ]
	[ "$(grep -c '^    Apache HTTP Server: ' <<<"$section")" -eq 1 ]
	n=$(httpstatus -j 504 | jq '.messages | length')
	grep -qx "    $((n - 2)) more: httpstatus -f messages 504" <<<"$section"
	[ -z "$(awk 'length($0) > 80' <<<"$section")" ]
	# none for a code no program writes a message with
	run_apart -0 httpstatus 418
	[[ "$output" != *"In logs and pages"* ]]
}

@test "an entry says what the code means first, under its title" {
	local code first
	for code in 404 429 500.19 1020 000 418; do
		run_apart -0 httpstatus "$code"
		# the first sentence of the description, wrapped from the second line
		first=$(httpstatus -f description "$code" | sed 's/\. [A-Z].*/./' | cut -c1-40)
		[[ ${lines[1]} == "  ${first}"* ]] || { echo "$code: ${lines[1]}"; return 1; }
		[[ ${lines[1]} != *"Class:"* ]]
	done
	# the rest of the description follows the facts, without the first sentence again
	run_apart -0 httpstatus 404
	[ "$(grep -c 'no current representation' <<<"$output")" -eq 1 ]
	[[ $output == *$'\n  Description\n    It says nothing about whether the absence is temporary or permanent.'* ]]
}

@test "an entry leaves out the facts a sub-status or error number has no say in" {
	run_apart -0 httpstatus 500.19
	[[ $output != *"Recommended:"* && $output != *"Cacheable:"* && $output != *"Content:"* ]]
	[[ $output != *"Deprecated:"* ]]
	grep -qxF "  Retry:       not until the server side is fixed; then it may work" <<<"$output"
	run_apart -0 httpstatus 1015
	[[ $output != *"Recommended:"* && $output != *"Cacheable:"* ]]
	# a status keeps them; Deprecated only when it is
	run_apart -0 httpstatus 404
	grep -qxF "  Recommended: yes" <<<"$output"
	grep -qxF "  Cacheable:   yes, by default" <<<"$output"
	[[ $output != *"Deprecated:"* ]]
	run_apart -0 httpstatus 305
	grep -qxF "  Deprecated:  yes" <<<"$output"
	# one sub-status reads as one
	run_apart -0 httpstatus 405
	grep -qxF "  Substatus:   405.0 from IIS: httpstatus 405.0" <<<"$output"
	run_apart -0 httpstatus 404
	grep -qxF "  Substatuses: 28 from IIS, 404.0 to 404.504: httpstatus list 404" <<<"$output"
}
