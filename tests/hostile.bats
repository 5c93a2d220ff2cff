#!/usr/bin/env bats
# Hostile input: whatever arrives, an exact exit status, a one-line message
# that names it, and nothing half-printed.

load helper

# Asserts exit 1, empty stdout and exactly the message $2 for operand $1.
rejects() {
	run_apart -1 httpstatus -- "$1"
	[ -z "$output" ]
	[ "$stderr" = "$2" ] || { echo "for '$1': $stderr"; return 1; }
}

@test "empty and blank operands are not status codes" {
	rejects '' "httpstatus: '' is not a status code"
	rejects ' ' "httpstatus: ' ' is not a status code"
	rejects $'\t' "httpstatus: '\\x09' is not a status code"
}

@test "leading zeros, signs, hex and floats are not status codes" {
	for arg in 0404 +404 -404 0x194 404.01 600.1 4,04 '4 04'; do
		rejects "$arg" "httpstatus: '$arg' is not a status code"
	done
}

# bats test_tags=grows
@test "numbers out of range are rejected at both edges" {
	for arg in 00 0000 001 099 10000 18446744073709551617 99999999999999999999999999; do
		rejects "$arg" "httpstatus: '$arg' is not a status code"
	done
	read -r lo hi < <(unknown_edges)
	[ "$lo" -lt "$hi" ]
	for arg in "$lo" "$hi"; do
		rejects "$arg" "httpstatus: '$arg' is not a known status code$(suggestion "$arg")"
	done
}

@test "non-ASCII digits are not digits" {
	rejects $'\xd9\xa4\xd9\xa0\xd9\xa4' $'httpstatus: nothing matches \'\xd9\xa4\xd9\xa0\xd9\xa4\''
	rejects $'\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94' $'httpstatus: nothing matches \'\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94\''
}

@test "invalid UTF-8 and control bytes are escaped in messages" {
	rejects $'\xff\xfeab' "httpstatus: nothing matches '\\xff\\xfeab'"
	rejects $'a\033[31mb' "httpstatus: nothing matches 'a\\x1b[31mb'"
}

# Linux caps one argument at 128 KiB (MAX_ARG_STRLEN), so the largest
# operand a program can be given stands in for the 1 MB one.
@test "the largest possible operand gets a short message" {
	big=$(head -c 131071 /dev/zero | tr '\0' a)
	run_apart -1 httpstatus "$big"
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: the query starting '$(head -c 64 /dev/zero | tr '\0' a)...' is too long" ]
	big=$(head -c 131071 /dev/zero | tr '\0' 4)
	run_apart -1 httpstatus "$big"
	[ "$stderr" = "httpstatus: '$(head -c 64 /dev/zero | tr '\0' 4)...' is not a status code" ]
}

@test "10,000 operands are each answered" {
	mapfile -t args < <(yes 404 | head -n 10000)
	run_apart -0 httpstatus -f code "${args[@]}"
	[ "${#lines[@]}" -eq 10000 ]
	[ "$(sort -u <<<"$output")" = 404 ]
}

@test "a 10 MB line on stdin is one unknown line" {
	run_apart -1 bash -c '{ head -c 10485760 /dev/zero | tr "\0" 5; printf "\n200\n"; } | httpstatus --stdin'
	[ "$output" = "
200 OK" ]
	[ "$stderr" = "httpstatus: 1 of 2 lines had no known status code" ]
}

@test "binary junk on stdin gives one empty line per line" {
	out="$BATS_TEST_TMPDIR/out"
	run_apart -1 bash -c "printf '\001\002\n\377\000404\n404\000\n\n' | httpstatus --stdin >'$out'"
	[ "$(wc -l <"$out")" -eq 4 ]
	[ -z "$(tr -d '\n' <"$out")" ]
	# (the last, empty, is no request: skipped, not missed)
	[ "$stderr" = "httpstatus: 3 of 4 lines had no known status code" ]
}

@test "odd COLUMNS values fall back to the terminal's width" {
	for cols in 0 -5 999999 text ''; do
		NO_COLOR=1 COLUMNS=$cols run -0 script -qec "stty cols 70; httpstatus 404" /dev/null
		desc=$(sed -n '/^  Description/,/^.$/p' <<<"${output//$'\r'/}")
		[ -z "$(awk 'length($0) >= 70' <<<"$desc")" ] || { echo "COLUMNS=$cols"; return 1; }
		[ -n "$(awk 'length($0) >= 60' <<<"$desc")" ]
	done
}

@test "a tiny COLUMNS wraps at 20 columns and never cuts a word" {
	NO_COLOR=1 COLUMNS=5 run -0 script -qec "httpstatus 404" /dev/null
	[[ "${output//$'\r'/}" == *$'\n  Class:       4xx\n               Client\n               Error\n'* ]]
	[[ "${output//$'\r'/}" == *$'\n               https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\n'* ]]
}

@test "the locale does not change the output" {
	run -0 httpstatus 418 4xx
	c=$output
	LC_ALL=C.UTF-8 run -0 httpstatus 418 4xx
	[ "$output" = "$c" ]
	LANG=C LC_ALL= run -0 httpstatus 418 4xx
	[ "$output" = "$c" ]
}

@test "TERM=dumb still prints the entry" {
	TERM=dumb run -0 httpstatus 404
	[ "${lines[0]}" = "404 Not Found" ]
}

@test "unknown options and option values are usage errors" {
	run_apart -2 httpstatus --colour 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: unknown option '--colour'; did you mean '--color'?" ]
	run_apart -2 httpstatus --field= 404
	[ "$stderr" = "httpstatus: unknown field ''; fields are ${FIELD_KEYS//,/, }" ]
	run_apart -2 httpstatus --color= 404
	[ "$stderr" = "httpstatus: option '--color' takes auto, always or never, not ''; try 'httpstatus --help'" ]
}

@test "an entry that fails is not half-printed: output stops at the last good one" {
	run_apart -1 httpstatus -f name 404 427 200
	[ "$output" = "Not Found
OK" ]
}

@test "a query too long to match is reported, and the codes around it still print" {
	long=$(head -c 2000 /dev/zero | tr '\0' a)
	run_apart -1 httpstatus -f name 404 "$long" 200
	[ "$output" = "Not Found
OK" ]
	[ "$stderr" = "httpstatus: the query starting '$(head -c 64 /dev/zero | tr '\0' a)...' is too long" ]
}

@test "a word too long to be any word matches nothing, at any length" {
	for n in 33 64 1000; do
		word=$(head -c "$n" /dev/zero | tr '\0' q)
		run_apart -1 httpstatus search "$word"
		[ -z "$output" ]
		[[ "$stderr" == "httpstatus: nothing matches 'qqqq"* ]] || { echo "$n: $stderr"; return 1; }
	done
}

@test "a long word beside a real one leaves the real one to decide" {
	long=$(head -c 200 /dev/zero | tr '\0' q)
	run_apart -0 httpstatus -f code search "$long" teapot
	[ "${lines[0]}" = 418 ]
}

@test "thousands of words are a query too long, reported once" {
	mapfile -t args < <(yes timeout | head -n 3000)
	run_apart -1 httpstatus "${args[@]}"
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: the query starting 'timeout' is too long" ]
	run_apart -1 httpstatus search "${args[@]}"
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: the query starting 'timeout' is too long" ]
}

@test "a hundred words, the same or all different, are searched" {
	mapfile -t args < <(yes timeout | head -n 100)
	run_apart -0 httpstatus -f code search "${args[@]}"
	same=$output
	run -0 httpstatus -f code search timeout
	[ "$same" = "$output" ]
	# words past the ones search weighs are read and left alone
	mapfile -t args < <(seq 1 100 | sed 's/^/qqq/')
	run_apart -1 httpstatus search "${args[@]}" teapot
	[ -z "$output" ]
	[[ "$stderr" == "httpstatus: nothing matches 'qqq1 qqq2 "* ]]
}

@test "punctuation between and around words is not part of them" {
	run_apart -0 httpstatus -f code '"teapot"!'
	[ "$output" = 418 ]
	run_apart -0 httpstatus -f code search '((rate)) [limited]'
	[ "${lines[0]}" = 429 ]
}

@test "junk finds nothing: exit 1, one line on stderr, nothing on stdout" {
	while IFS= read -r q; do
		run_apart -1 httpstatus -- "$q"
		[ -z "$output" ] || { echo "'$q' found: $output"; return 1; }
		[ "${#stderr}" -gt 0 ] && [[ "$stderr" != *$'\n'* ]] || { echo "'$q': $stderr"; return 1; }
		run_apart -1 httpstatus search "$q"
		[ -z "$output" ] || { echo "search '$q' found: $output"; return 1; }
	done <<'EOF2'
%s%s%s%s
%x%x%x%x
%08x.%08x.%08x.%08x
x
' OR 1=1 --
UNION SELECT NULL,NULL,NULL--
{{7*7}}
${jndi:ldap://x}
<script>alert(1)</script>
<?php echo $x; ?>
lorem ipsum dolor sit amet
weather in paris tomorrow
hello world
pizza delivery
the quick brown fox jumps over the lazy dog
EOF2
}

# Random bytes but NUL, tab and newline, from a generator of our own so
# that any awk gives the same bytes.
random_bytes() { # seed, length
	LC_ALL=C awk -v seed="$1" -v n="$2" 'BEGIN {
		for (i = 0; i < n; i++) {
			do {
				seed = (seed * 1103515245 + 12345) % 2147483648
				b = int(seed / 65536) % 256
			} while (b == 0 || b == 9 || b == 10)
			printf "%c", b
		}
	}'
}

@test "random bytes from fixed seeds find nothing, whatever their length" {
	for seed in 1 2 3 4 5 6 7 8; do
		for len in 12 80 900 3000; do
			q=$(random_bytes "$seed" "$len")
			run_apart -1 httpstatus -- "$q"
			[ -z "$output" ] || { echo "seed $seed, $len bytes: $output"; return 1; }
			[[ "$stderr" != *$'\n'* ]]
		done
	done
}
