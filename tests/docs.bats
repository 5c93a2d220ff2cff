#!/usr/bin/env bats
# The man page, the completions and --help agree with each other.

load helper

help_options() {
	httpstatus --help | grep -oE -- '--[a-z][a-z-]+' | sort -u
}

@test "every option in --help is in the man page" {
	# a binary that printed nothing would make the loop below vacuous
	[ "$(help_options | wc -l)" -ge 10 ]
	while read -r opt; do
		grep -qE -- "Fl -${opt#--}( |$)" "$TOP/man/httpstatus.1" || { echo "missing $opt"; return 1; }
	done < <(help_options)
}

@test "every option in --help is in all three completions" {
	[ "$(help_options | wc -l)" -ge 10 ]
	for f in httpstatus.bash _httpstatus httpstatus.fish; do
		while read -r opt; do
			grep -qE -- "(${opt}|-l ${opt#--})([^a-z-]|$)" "$TOP/completions/$f" ||
				{ echo "$opt missing from $f"; return 1; }
		done < <(help_options)
	done
}

@test "README and the man page list the JSON keys the program writes, in order" {
	local readme man
	readme=$(awk '/^The JSON keys, in order:/ { on = 1 } on { print } on && /other_meanings/ { exit }' \
		"$TOP/README.md" | sed 's/([^)]*)//g' | grep -o '`[a-z_]*`' | tr -d '`' | paste -sd,)
	[ "$readme" = "$FIELD_KEYS,other_meanings" ] || { echo "README: $readme"; return 1; }
	man=$(awk '/^JSON objects have these keys, in this order:/ { on = 1 } on && /^\.El/ { exit }
		on && /^\.It Li / { print $3 }' "$TOP/man/httpstatus.1" | paste -sd,)
	[ "$man" = "$FIELD_KEYS,other_meanings,rules" ] || { echo "man page: $man"; return 1; }
	# and the program's own list, as -f names them
	[ "$(httpstatus --complete fields | paste -sd,)" = "$FIELD_KEYS" ]
}

@test "README's counts of records are the table's" {
	local kinds
	kinds=$(httpstatus --json list | jq -r '"\(length) \([.[] | select(.kind == "substatus")] | length) \([.[] | select(.kind == "substatus") | .id] | unique | length) \([.[] | select(.kind == "error" and .vendor == "Cloudflare") | .code] | unique | length)"')
	read -r all subs numbers errors <<<"$kinds"
	[ "$all" -gt 200 ] && [ "$subs" -gt 100 ] && [ "$errors" -gt 30 ]
	grep -qF "the $all records of the" "$TOP/README.md" || { echo "not $all records"; return 1; }
	grep -qF "($numbers numbers, $subs meanings:" "$TOP/README.md" ||
		{ echo "not $numbers numbers, $subs meanings"; return 1; }
	grep -qF "Cloudflare's $errors documented 1xxx errors" "$TOP/README.md" ||
		{ echo "not $errors Cloudflare errors"; return 1; }
	# and no other count of records hides elsewhere
	[ "$(grep -cE '[0-9]+ records' "$TOP/README.md")" -eq 1 ]
}

@test "the man page is lint-clean" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tlint -W warning "$TOP/man/httpstatus.1"
	[ -z "$output" ]
}

# Runs the bash completion function on the words given; the last is the
# word being completed.
complete_bash() {
	# shellcheck source=/dev/null
	source "$TOP/completions/httpstatus.bash"
	COMP_WORDS=(httpstatus "$@")
	COMP_CWORD=$#
	COMPREPLY=()
	_httpstatus
}

@test "bash completes --by's keys, --code's items, and files after --stdin or --count" {
	complete_bash --count --by ''
	[ "${COMPREPLY[*]}" = "$(httpstatus --complete keys | tr '\n' ' ' | sed 's/ $//')" ]
	complete_bash --count --by h
	[ "${COMPREPLY[*]}" = "host hour" ]
	complete_bash --count --code 4x
	[ "${COMPREPLY[*]}" = "4xx" ]
	complete_bash --count --code ve
	[ "${COMPREPLY[*]}" = "vendor" ]
	touch "$BATS_TEST_TMPDIR/access-a.log"
	cd "$BATS_TEST_TMPDIR"
	complete_bash --count access-
	[ "${COMPREPLY[*]}" = "access-a.log" ]
	complete_bash --stdin --by path acc
	[ "${COMPREPLY[*]}" = "access-a.log" ]
	# a code after --by's value is still a code without --stdin
	complete_bash 40
	[[ " ${COMPREPLY[*]} " == *" 404 "* ]]
}

@test "bash completes options" {
	complete_bash --j
	[ "${COMPREPLY[*]}" = "--json" ]
	complete_bash -
	[ "${COMPREPLY[*]}" = "-j --json -f --field -s --short --official --unofficial --vendor --stdin --format --count --by --code --top --color --no-pager -v --verbose -h --help -V --version" ]
}

@test "bash completes codes from the binary, and the commands" {
	complete_bash 50
	[ "${COMPREPLY[*]}" = "500 501 502 503 504 505 506 507 508 509" ]
	complete_bash co
	[ "${COMPREPLY[*]}" = "compare" ]
}

@test "bash completes field names after -f and --field" {
	complete_bash -f us
	[ "${COMPREPLY[*]}" = "use_case" ]
	complete_bash --field re
	[ "${COMPREPLY[*]}" = "recommended related retry" ]
}

@test "bash completes --color values after =, and operands after a space" {
	complete_bash --color = al
	[ "${COMPREPLY[*]}" = "always" ]
	complete_bash --color = n
	[ "${COMPREPLY[*]}" = "never" ]
	# --color takes no value after a space: a command or code comes next
	complete_bash --color li
	[ "${COMPREPLY[*]}" = "list" ]
	complete_bash --color = never li
	[ "${COMPREPLY[*]}" = "list" ]
}

@test "bash completes --format values from the binary, and skips them for the command" {
	complete_bash --format = vh
	[ "${COMPREPLY[*]}" = "vhost_combined" ]
	complete_bash --format ""
	[ "${COMPREPLY[*]}" = "$(httpstatus --complete formats | tr '\n' ' ' | sed 's/ $//')" ]
	[[ "${COMPREPLY[*]}" == *"combined"*"haproxy"*"json"* ]]
	# the value is no operand: the commands are still offered first
	complete_bash --format json li
	[ "${COMPREPLY[*]}" = "list" ]
}

@test "bash completes right after --color= and --field=, as bash calls it" {
	# for "httpstatus --color=<TAB>" bash passes the words --color and =,
	# and = is the word being completed
	complete_bash --color =
	[ "${COMPREPLY[*]}" = "auto always never" ]
	complete_bash --field =
	[ "${COMPREPLY[*]}" = "$(httpstatus --complete fields | tr '\n' ' ' | sed 's/ $//')" ]
}

@test "bash completes classes, not codes, after list" {
	complete_bash list ""
	[ "${COMPREPLY[*]}" = "1xx 2xx 3xx 4xx 5xx" ]
	complete_bash List 4
	[ "${COMPREPLY[*]}" = "4xx" ]
}

@test "the hidden --complete mode lists fields, and codes with names" {
	run_apart -0 httpstatus --complete fields
	[ "${lines[0]}" = id ]
	[ "${lines[-1]}" = constants ]
	run_apart -0 httpstatus --complete codes
	[[ "$output" == *$'\n404\tNot Found\n'* ]]
	[ "$(grep -c $'^420\t' <<<"$output")" -eq 1 ]
	run_apart -0 httpstatus --complete formats
	[ "${lines[*]}" = "code combined common vhost_combined traefik alb elb haproxy iis json" ]
	run_apart -2 httpstatus --complete colours
	[ "$stderr" = "httpstatus: --complete takes 'codes', 'fields', 'formats', 'keys', 'rules', 'situations' or 'vendors', not 'colours'" ]
}

@test "bash completes situations after choose, and commands only first" {
	complete_bash ch
	[ "${COMPREPLY[*]}" = "choose check" ]
	complete_bash choose rate
	[ "${COMPREPLY[*]}" = "rate-limited" ]
	complete_bash -j choose moved-temporarily
	[ "${COMPREPLY[*]}" = "moved-temporarily moved-temporarily-api" ]
	complete_bash -f name choose ser
	[ "${COMPREPLY[*]}" = "server-bug" ]
	# after a code: codes, not commands
	complete_bash 404 li
	[ -z "${COMPREPLY[*]}" ]
	complete_bash 404 41
	[ "${COMPREPLY[*]}" = "$(httpstatus --complete codes | cut -f1 | grep '^41' | tr '\n' ' ' | sed 's/ $//')" ]
}

@test "bash completes a file name after check, and nothing after it" {
	touch "$BATS_TEST_TMPDIR/resp-a.http" "$BATS_TEST_TMPDIR/resp-b.http"
	complete_bash check "$BATS_TEST_TMPDIR/resp-"
	[ "${COMPREPLY[*]}" = "$BATS_TEST_TMPDIR/resp-a.http $BATS_TEST_TMPDIR/resp-b.http" ]
	complete_bash -j check "$BATS_TEST_TMPDIR/resp-b"
	[ "${COMPREPLY[*]}" = "$BATS_TEST_TMPDIR/resp-b.http" ]
}

@test "the hidden --complete mode lists the situations of choose" {
	run_apart -0 httpstatus --complete situations
	[ "${lines[0]}" = $'malformed\tThe request cannot be parsed: broken JSON, a bad header or query' ]
	[ "$(cut -f1 <<<"$output" | sort -u | wc -l)" -eq "${#lines[@]}" ]
	[ "${#lines[@]}" -eq "$(grep -c '^choose: ' "$DATA")" ]
}

@test "bash completes field lists after a comma, and a code's sub-statuses after its dot or dash" {
	complete_bash -f code,na
	[ "${COMPREPLY[*]}" = "code,name" ]
	complete_bash --field = id,code,sta
	[ "${COMPREPLY[*]}" = "id,code,status" ]
	complete_bash 500.1
	[ "${COMPREPLY[*]}" = "$(httpstatus -f id list 500 | sort -u | grep '^500\.1' | paste -sd' ')" ]
	[[ " ${COMPREPLY[*]} " == *" 500.19 "* ]]
	complete_bash 404-50
	[ "${COMPREPLY[*]}" = "404-501 404-502 404-503 404-504" ]
}

# An nginx access log in the combined format, for the examples that read
# access.log: a page, a missing one, a server error and nginx's 499.
example_logs() {
	printf '%s\n' \
		'127.0.0.1 - - [07/Dec/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/7.88.1"' \
		'127.0.0.1 - - [07/Dec/2026:10:00:02 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"' \
		'127.0.0.1 - - [07/Dec/2026:11:00:03 +0000] "GET /api HTTP/1.1" 502 157 "-" "curl/7.88.1"' \
		'127.0.0.1 - - [07/Dec/2026:11:00:04 +0000] "GET /slow HTTP/1.1" 499 0 "-" "curl/7.88.1"' \
		>access.log
	cp access.log access.log.1
}

# Each "    $ command" of stdin, then the lines it shows under it: as files
# N.cmd and N.out in the current folder; prints how many.
split_examples() {
	awk '
		/^    \$ / {
			n++; cmd = substr($0, 7); sub(/  +# .*$/, "", cmd)
			print cmd > (n ".cmd"); printf "" > (n ".out"); on = 1; next
		}
		on && /^    / { print substr($0, 5) > (n ".out"); next }
		on && /^$/ { print "" > (n ".out"); next }
		{ on = 0 }
		END { print n + 0 }'
}

# Whether the lines of file $1 (but "..." lines, which stand for the rest)
# come in order among those of file $2.
shown_in() {
	# i and n start as numbers: an unset i would index want[""]
	awk 'BEGIN { i = 0; n = 0 }
		FILENAME == ARGV[1] { if ($0 !~ /^ *\.\.\.$/ && $0 != "") want[n++] = $0; next }
		i < n && $0 == want[i] { i++ }
		END { exit i < n }' "$1" "$2"
}

@test "every README example runs, and prints the lines README shows under it" {
	cd "$BATS_TEST_TMPDIR"
	example_logs
	local n ran=0
	n=$(split_examples <"$TOP/README.md")
	[ "$n" -ge 30 ]
	for ((i = 1; i <= n; i++)); do
		# curl reaches a server this test has not got
		grep -q curl "$i.cmd" && continue
		run_apart bash -c "$(cat "$i.cmd")"
		[ "$status" -eq 0 ] || { echo "$(cat "$i.cmd"): exit $status: $stderr"; return 1; }
		[ -n "$output" ] || { echo "$(cat "$i.cmd"): printed nothing"; return 1; }
		printf '%s\n' "$output" >"$i.got"
		shown_in "$i.out" "$i.got" || { echo "$(cat "$i.cmd") shows otherwise:"; diff "$i.out" "$i.got"; return 1; }
		ran=$((ran + 1))
	done
	[ "$ran" -ge 30 ]
}

@test "every example of the manual runs and prints something" {
	cd "$BATS_TEST_TMPDIR"
	example_logs
	local n=0 cmd
	while IFS= read -r cmd; do
		[[ $cmd == curl* ]] && cmd="httpstatus check $TOP/tests/fixtures/check/real/nginx-200.http"
		run_apart bash -c "$cmd"
		[ "$status" -eq 0 ] || { echo "$cmd: exit $status: $stderr"; return 1; }
		[ -n "$output" ] || { echo "$cmd: printed nothing"; return 1; }
		n=$((n + 1))
	done < <(sed -n '/^\.Sh EXAMPLES/,/^\.Sh /s/^\.Dl \$ //p' "$TOP/man/httpstatus.1" | sed 's/\\(dq/"/g')
	[ "$n" -ge 15 ]
}

@test "bash completes the vendors' names after --vendor, their spaces quoted" {
	complete_bash --vendor mic
	[ "${COMPREPLY[*]}" = 'Microsoft Microsoft\ Exchange Microsoft\ IIS' ]
	complete_bash --vendor = ngi
	[ "${COMPREPLY[*]}" = "nginx" ]
	# every vendor of the data, once
	run -0 httpstatus --complete vendors
	[ "$output" = "$(sed -n 's/^vendor: //p' "$DATA" | LC_ALL=C sort -fu)" ]
}
