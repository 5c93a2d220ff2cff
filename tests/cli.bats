#!/usr/bin/env bats
# Options, usage errors, exit statuses and output errors.

load helper

@test "--help prints the usage on stdout and exits 0" {
	run_apart -0 httpstatus --help
	[ "${lines[0]}" = "usage: httpstatus [options] CODE|CLASS|NAME|WORDS..." ]
	[ -z "$stderr" ]
	for opt in "-j, --json" "-f, --field NAME" "--official" "--unofficial" "-, --stdin" \
		"-h, --help" "-V, --version" "list [CLASS]" "search WORDS" "compare A B..."; do
		[[ "$output" == *$'\n  '"$opt  "* || "$output" == *$'\n      '"$opt  "* ]]
	done
}

@test "-h prints the same help as --help" {
	run -0 httpstatus --help
	long=$output
	run -0 httpstatus -h
	[ "$output" = "$long" ]
}

@test "--help fits in 80 columns" {
	run -0 httpstatus --help
	[ "${#lines[@]}" -ge 20 ]
	while IFS= read -r line; do
		[ "${#line}" -lt 80 ]
	done <<<"$output"
}

@test "--version and -V print the version" {
	run_apart -0 httpstatus --version
	[[ "$output" =~ ^httpstatus\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	[ -z "$stderr" ]
	version=$output
	run -0 httpstatus -V
	[ "$output" = "$version" ]
}

@test "an empty argument is not a status code" {
	run_apart -1 httpstatus ''
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: '' is not a status code" ]
}

@test "no arguments is a usage error with nothing on stdout" {
	run_apart -2 httpstatus
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: no status code given; try 'httpstatus --help'" ]
}

@test "an unknown long option is a usage error naming it" {
	run_apart -2 httpstatus --bogus 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: unknown option '--bogus'; try 'httpstatus --help'" ]
}

@test "an unknown long option a typo away from one suggests it" {
	for pair in --jsno:--json --colour:--color --ofificial:--official --stdni:--stdin \
		--feild=name:--field; do
		run_apart -2 httpstatus "${pair%:*}" 404
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: unknown option '${pair%:*}'; did you mean '${pair#*:}'?" ] ||
			{ echo "$stderr"; return 1; }
	done
}

@test "an option without its value is a usage error naming the option" {
	run_apart -2 httpstatus 404 --field
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: option '--field' needs a value; try 'httpstatus --help'" ]
	run_apart -2 httpstatus 404 --top
	[ "$stderr" = "httpstatus: option '--top' needs a value; try 'httpstatus --help'" ]
	# --color's value is optional: alone, it means always
	run_apart -0 httpstatus 404 --color
	[[ ${lines[0]} == $'\e['* ]]
}

@test "command words are read in any case" {
	run -0 httpstatus -f code search timeout
	want=$output
	for word in Search SEARCH sEaRcH; do
		run_apart -0 httpstatus -f code "$word" timeout
		[ "$output" = "$want" ] || { echo "$word"; return 1; }
	done
	run -0 httpstatus -f code LIST
	[ "${#lines[@]}" -eq "$(grep -c '^code: ' "$DATA")" ]
	run -0 httpstatus -f code Compare 401 403
	[ "$output" = $'401\n403' ]
	run -0 httpstatus -f code Choose rate-limited
	[ "$output" = 429 ]
}

@test "prose wraps at the terminal's width, but never past 100 columns" {
	COLUMNS=1000 NO_COLOR=1 run -0 script -qec "httpstatus 404" /dev/null
	widest=$(tr -d '\r' <<<"$output" | grep -v '^    *https://' | awk '{ if (length($0) > w) w = length($0) } END { print w }')
	[ "$widest" -le 100 ]
	[ "$widest" -ge 90 ]
	COLUMNS=60 NO_COLOR=1 run -0 script -qec "httpstatus 404" /dev/null
	desc=$(tr -d '\r' <<<"$output" | sed -n '/^  Description/,/^$/p')
	[ -z "$(awk 'length($0) >= 60' <<<"$desc")" ]
	[ -n "$(awk 'length($0) >= 50' <<<"$desc")" ]
}

@test "an unknown short option inside a group is named alone" {
	run_apart -2 httpstatus -jx 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: unknown option '-x'; try 'httpstatus --help'" ]
}

@test "a value given to a flag is a usage error" {
	run_apart -2 httpstatus --json=yes 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: option '--json' takes no value; try 'httpstatus --help'" ]
}

# bats test_tags=grows
@test "an unknown code exits 1 and names it on stderr" {
	run_apart -1 httpstatus 299
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: '299' is not a known status code$(suggestion 299)" ]
}

# The suggestion() helper computes the same answers from the binary's own
# lists, so that the tests tagged "grows" survive new records; these pin
# the answers themselves.  A record added between two of these codes
# changes its line here, on purpose.
@test "an unknown code is told the nearest known codes of its class, below and above" {
	while IFS='|' read -r code want; do
		run_apart -1 httpstatus "$code"
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: '$code' is not a known status code$want" ] ||
			{ echo "$code: $stderr"; return 1; }
	done <<'EOF'
299|; did you mean 226 IM Used?
427|; did you mean 426 Upgrade Required or 428 Precondition Required?
432|; did you mean 431 Request Header Fields Too Large or 440 Login Timeout?
209|; did you mean 208 Already Reported or 218 This is fine?
310|; did you mean 308 Permanent Redirect?
512|; did you mean 511 Network Authentication Required or 520 Web Server Returns an Unknown Error?
600|
500.99|; did you mean 500.53 Rewrite Error in RQ_RELEASE_REQUEST_STATE or 500.100 Internal ASP Error?
EOF
}

@test "malformed codes exit 1 with a message quoting them" {
	for arg in 40400 0404 099 10000 +404 4.04 404.00 ' 404' '404 ' 4x4; do
		run_apart -1 httpstatus -- "$arg"
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: '$arg' is not a status code" ]
	done
}

# bats test_tags=grows
@test "codes at the edges of the range are checked, not assumed" {
	run -0 httpstatus 100
	run -0 httpstatus 599
	read -r lo hi < <(unknown_edges)
	[ "$lo" -lt "$hi" ]
	for code in "$lo" "$hi"; do
		run_apart -1 httpstatus "$code"
		[ "$stderr" = "httpstatus: '$code' is not a known status code$(suggestion "$code")" ]
	done
	run -0 httpstatus 1xx
	run -0 httpstatus 5xx
	# a class the data file has no code of is said to be empty
	empty=$(all_codes | awk '{ has[substr($1, 1, 1)] = 1 }
		END { for (d = 6; d <= 9; d++) if (!(d in has)) { print d "xx"; exit } }')
	[ -n "$empty" ]
	run_apart -1 httpstatus "$empty"
	[ "$stderr" = "httpstatus: no status codes in '$empty'" ]
}

# bats test_tags=grows
@test "known codes are still printed when another is unknown" {
	run_apart -1 httpstatus 404 299 410 abc
	[ "${lines[0]}" = "404 Not Found" ]
	[ "$(grep -c '^410 Gone$' <<<"$output")" -eq 1 ]
	[ "$stderr" = "httpstatus: '299' is not a known status code$(suggestion 299)
httpstatus: nothing matches 'abc'" ]
}

@test "-- ends the options" {
	run_apart -1 httpstatus -- -404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: '-404' is not a status code" ]
}

@test "options may follow codes" {
	run -0 httpstatus 404 --json
	[ "$(jq -r .name <<<"$output")" = "Not Found" ]
}

@test "a full disk is a write error with exit 2" {
	run_apart -2 bash -c 'httpstatus 404 >/dev/full'
	[ "$stderr" = "httpstatus: write error: No space left on device" ]
}

@test "a closed standard output is a write error with exit 2" {
	run_apart -2 bash -c 'httpstatus 404 >&-'
	[ "$stderr" = "httpstatus: write error: Bad file descriptor" ]
}

# bats test_tags=grows
@test "with SIGPIPE ignored, a reader that stops early is a write error" {
	mapfile -t codes < <(all_codes)
	[ "${#codes[@]}" -ge 50 ]
	# the output is far larger than a pipe holds, so the writes meet EPIPE
	first=$(httpstatus "${codes[0]}" | head -n 1)
	run_apart bash -c 'trap "" PIPE; httpstatus "$@" | head -n 1; exit "${PIPESTATUS[0]}"' \
		_ "${codes[@]}" "${codes[@]}"
	[ "$status" -eq 2 ]
	[ "$output" = "$first" ]
	[ "$stderr" = "httpstatus: write error: Broken pipe" ]
}

@test "a program name holding control bytes is escaped in messages" {
	link="$BATS_TEST_TMPDIR/http"$'\033'"[31mstatus"
	ln -s "$BIN" "$link"
	run_apart -2 "$link" --bogus
	[ -z "$output" ]
	[ "$stderr" = "http\\x1b[31mstatus: unknown option '--bogus'; try 'httpstatus --help'" ]
}

# bats test_tags=grows
@test "a reader that stops early gets no error message" {
	# enough entries to fill the pipe after head has gone
	mapfile -t codes < <(all_codes)
	first=$(httpstatus "${codes[0]}" | head -n 1)
	run_apart bash -c 'httpstatus "$@" | head -n 1' _ "${codes[@]}" "${codes[@]}"
	[ "$status" -eq 0 ]
	[ "$output" = "$first" ]
	[ -z "$stderr" ]
}

@test "help and version alone are commands, in any case" {
	run_apart -0 httpstatus --help
	want=$output
	for cmd in help HELP; do
		run_apart -0 httpstatus "$cmd"
		[ "$output" = "$want" ]
		[ -z "$stderr" ]
	done
	run_apart -0 httpstatus version
	[ "$output" = "$(httpstatus --version)" ]
}

@test "a mistyped command gets did you mean, exit 2 and nothing on stdout" {
	while IFS='|' read -r typo cmd; do
		run_apart -2 httpstatus "$typo" 4xx
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: unknown command '$typo'; did you mean '$cmd'?" ] ||
			{ echo "$typo: $stderr"; return 1; }
	done <<'EOF2'
lsit|list
serch|search
compre|compare
chose|choose
chek|check
hlep|help
verison|version
EOF2
	# a word the table knows near a command is a query: lost update
	codes_of lost update
	[ "${output%% *}" = 412 ]
}

@test "on a wide terminal lists and --count use the width; prose keeps to 100 columns" {
	command -v script >/dev/null || skip "script (bsdutils) is not installed"
	COLUMNS=140 NO_COLOR=1 run -0 script -qec "httpstatus --no-pager 4xx" /dev/null
	local longest=0 line
	while IFS= read -r line; do
		line=${line%$'\r'}
		[ "${#line}" -le 139 ] || { echo "too wide: $line"; return 1; }
		[ "${#line}" -gt "$longest" ] && longest=${#line}
	done <<<"$output"
	# at 80 columns no row passes 79
	[ "$longest" -gt 100 ]
	# an entry's prose stays at 100 columns however wide the terminal
	COLUMNS=140 NO_COLOR=1 run -0 script -qec "httpstatus --no-pager 404" /dev/null
	while IFS= read -r line; do
		line=${line%$'\r'}
		[[ $line == *https://* ]] || [ "${#line}" -le 100 ] || { echo "prose too wide: $line"; return 1; }
	done <<<"$output"
	printf '460\n500.19\n' >"$BATS_TEST_TMPDIR/codes"
	COLUMNS=160 NO_COLOR=1 run -0 script -qec "httpstatus --count $BATS_TEST_TMPDIR/codes" /dev/null
	[[ $output == *"Client Closed Connection (AWS Elastic Load Balancing) #"* ]]
	COLUMNS=80 NO_COLOR=1 run -0 script -qec "httpstatus --count $BATS_TEST_TMPDIR/codes" /dev/null
	[[ $output == *"Client Closed Connection (AWS Ela... #"* ]]
}
