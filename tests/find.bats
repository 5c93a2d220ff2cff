#!/usr/bin/env bats
# Finding codes: classes and ranges, list, search, names and aliases, did you mean.

load helper

# bats test_tags=grows
@test "4xx, 4XX and 4 list the same codes, in the data file's order" {
	codes_of 4xx
	want=$output
	# numeric order, each vendor meaning beside the official one of its number
	[ "$want" = "$(awk '/^code: 4[0-9][0-9]$/ { printf "%s%s", n++ ? " " : "", $2 }' "$DATA")" ]
	[ "$want" = "$(tr ' ' '\n' <<<"$want" | sort -n | tr '\n' ' ' | sed 's/ $//')" ]
	codes_of 4XX
	[ "$output" = "$want" ]
	codes_of 4
	[ "$output" = "$want" ]
}

# bats test_tags=grows
@test "41x lists a range of ten numbers" {
	codes_of 41x
	[ "$output" = "410 411 412 413 414 415 416 417 418 419" ]
}

# The first sentence of code $1's first description, as the data file has it.
first_sentence() {
	awk -v c="$1" '/^code: / { f = $2 == c && !done } f && /^description: / { d = substr($0, 14); getline
		while (/^  /) { d = d " " substr($0, 3); getline } print d; done = 1; f = 0 }' "$DATA" |
		head -n 1 | sed -E 's/([.!?]) [A-Z0-9"(].*/\1/'
}

@test "a class lists mark, code, name, vendor and the description's first sentence" {
	run_apart -0 httpstatus 44x
	[ -z "$stderr" ]
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[0]}" =~ ^\*\ \ \ 440\ Login\ Timeout\ \(Microsoft\ Exchange\)\ +[A-Z] ]]
	[[ "${lines[1]}" =~ ^\*\*\ \ 444\ No\ Response\ \(nginx\)\ +[A-Z] ]]
	# the text is the start of the first sentence, cut at a word
	for i in 0 1 2; do
		code=$(awk '{ print $2 }' <<<"${lines[i]}")
		text=$(sed -E 's/^.*\)  +//; s/^[*]+ +[0-9]{3} [^ ].*  +//; s/\.\.\.$//' <<<"${lines[i]}")
		[[ "$(first_sentence "$code")" == "$text"* ]] || { echo "$code: $text"; return 1; }
	done
}

@test "a listing's text starts in one column, and a wide label puts it on the next line" {
	run -0 httpstatus 4xx
	# where the text starts on the lines that hold it (a label, then two spaces)
	col=$(awk '{ if (match($0, /[a-z)]  +[A-Z"]/)) print RSTART + RLENGTH - 1 }' <<<"$output" | sort -u)
	[ "$(wc -l <<<"$col")" -eq 1 ]
	# lines without text are wider labels (4xx has some, AWS's); the next
	# line holds their text there
	[ "$(grep -cE '^ +[^ *]' <<<"$output")" -ge 2 ]
	while IFS= read -r line; do
		[[ "$line" =~ ^\ {$((col - 1))}[^\ ] ]] || { echo "$line"; return 1; }
	done < <(grep -E '^ +[^ *]' <<<"$output")
	[ -z "$(awk 'length($0) >= 80' <<<"$output")" ]
}

@test "on a terminal a listing ends with what the marks mean, elsewhere not" {
	NO_COLOR=1 run -0 script -qec "httpstatus 44x" /dev/null
	[ "$(tr -d '\r' <<<"$output" | tail -n 1)" = "*** common, ** uncommon, * rare" ]
	NO_COLOR=1 run -0 script -qec "httpstatus search teapot" /dev/null
	[ "$(tr -d '\r' <<<"$output" | tail -n 1)" = "*** common, ** uncommon, * rare" ]
	run -0 httpstatus 44x
	[[ "$output" != *"uncommon"* ]]
}

# bats test_tags=grows
@test "a class with no codes exits 1" {
	run_apart -1 httpstatus 6xx
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: no status codes in '6xx'" ]
	run_apart -1 httpstatus 47x
	[ "$stderr" = "httpstatus: no status codes in '47x'" ]
}

# bats test_tags=grows
@test "--official and --unofficial filter a class" {
	vendors=$(awk '/^code: / { c = $2 } /^vendor: / && c ~ /^5[0-9][0-9]$/ { printf "%s%s", n++ ? " " : "", c }' "$DATA")
	official=$(awk '/^code: 5/ { c = $2; o = 1 } /^vendor: / { o = 0 } /^related: / && o && c { printf "%s%s", n++ ? " " : "", c; c = "" }' "$DATA")
	[ "$(wc -w <<<"$vendors")" -ge 5 ] && [ "$(wc -w <<<"$official")" -ge 5 ]
	codes_of --unofficial 5xx
	[ "$output" = "$vendors" ]
	codes_of --official 5xx
	[ "$output" = "$official" ]
}

@test "--official and --unofficial together are a usage error" {
	run_apart -2 httpstatus --official --unofficial list
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: --official and --unofficial cannot be combined; try 'httpstatus --help'" ]
}

# bats test_tags=grows
@test "list shows every record under a heading per class" {
	run_apart -0 httpstatus list
	[ -z "$stderr" ]
	diff <(grep -E '^[1-5]xx ' <<<"$output") - <<'EOF2'
1xx Informational
2xx Success
3xx Redirection
4xx Client Error
5xx Server Error
EOF2
	[ "$(grep -cE '^\*' <<<"$output")" -eq "$(grep -c '^code: ' "$DATA")" ]
}

# bats test_tags=grows
@test "list --unofficial shows only vendor codes, each with its vendor" {
	run -0 httpstatus list --unofficial -f vendor
	[ "${#lines[@]}" -eq "$(grep -c '^vendor: ' "$DATA")" ]
	[[ "$output" != *$'\n\n'* ]]
	run -0 httpstatus list --official -f official
	[ "$(sort -u <<<"$output")" = true ]
}

# bats test_tags=grows
@test "list takes only classes, and list 4xx is 4xx" {
	run_apart -2 httpstatus list 404x
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: list takes classes, such as 4xx, or one code with sub-statuses, such as 500, not '404x'; try 'httpstatus --help'" ]
	for args in "4xx" "41x 5" ; do
		# shellcheck disable=SC2086 # the classes are meant to split
		run -0 httpstatus list $args
		want=$output
		# shellcheck disable=SC2086
		run -0 httpstatus $args
		[ "$output" = "$want" ] || { echo "$args"; return 1; }
	done
}

@test "--official and --unofficial filter a code's meanings" {
	run_apart -0 httpstatus -f code,vendor --unofficial 499 420
	[ "$output" = $'499\tnginx\n420\tTwitter' ]
	run -0 httpstatus --unofficial 499
	[ "$(grep -c '^499 ' <<<"$output")" -eq 2 ]
	run -0 httpstatus --official 451
	[ "$(grep -c '^451 ' <<<"$output")" -eq 1 ]
	run_apart -1 httpstatus --official 499
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: '499' has no official meaning" ]
	run_apart -1 httpstatus --unofficial 404
	[ "$stderr" = "httpstatus: '404' has no vendor meaning" ]
	run_apart -1 httpstatus --official client closed request
	[ "$stderr" = "httpstatus: 'client closed request' has no official meaning" ]
	run -0 httpstatus --json --unofficial 451
	[ "$(jq -r '.vendor' <<<"$output")" = "Microsoft Exchange" ]
}

# bats test_tags=grows
@test "list, classes and search print JSON arrays of entries" {
	run -0 httpstatus --json list
	[ "$(jq length <<<"$output")" -eq "$(grep -c '^code: ' "$DATA")" ]
	run -0 httpstatus -j 3xx
	[ "$(jq -c '[.[].code]' <<<"$output")" = "[300,301,302,303,304,305,306,307,308]" ]
	run -0 httpstatus -j search too large
	[ "$(jq -r '.[0].name' <<<"$output")" = "Content Too Large" ]
}

# bats test_tags=grows
@test "a vendor meaning in a list is its own object, the others beside it" {
	run -0 httpstatus -j --unofficial 45x
	[ "$(jq -c 'map(select(.code == 451))[0] | [.name, .other_meanings[].name]' <<<"$output")" = \
	    '["Redirect","Unavailable For Legal Reasons"]' ]
}

@test "search puts an exact name first" {
	codes_of search not found
	[ "${output%% *}" = 404 ]
	codes_of search payload too large
	[ "${output%% *}" = 413 ]
}

@test "search ranks official codes named by the word above those that only mention it" {
	named=$(awk '/^code: / { c = $2; v = 0 } /^vendor: / { v = 1 }
		/^description: / && !v && n ~ /(^|[^a-z])timeout([^a-z]|$)/ { print c }
		/^name: / { n = tolower($0) }' "$DATA" | sort)
	[ "$(wc -l <<<"$named")" -ge 2 ]
	codes_of search timeout
	[ "$(tr ' ' '\n' <<<"$output" | head -n "$(wc -l <<<"$named")" | sort)" = "$named" ]
	# the rest mention it too, further down
	[ "$(wc -w <<<"$output")" -gt "$(wc -l <<<"$named")" ]
}

@test "search is case-insensitive" {
	codes_of search TIMEOUT
	want=$output
	codes_of search timeout
	[ "$output" = "$want" ]
}

# bats test_tags=grows
@test "search with no match exits 1 with suggestions on stderr" {
	run_apart -1 httpstatus search xyzzy
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: nothing matches 'xyzzy'" ]
	# a word under five letters is not taken for a typo, but a name near it is offered
	run_apart -1 httpstatus search gonr
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: nothing matches 'gonr'; did you mean 410 Gone?" ]
}

@test "search without words is a usage error" {
	run_apart -2 httpstatus search
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: search needs words to look for; try 'httpstatus --help'" ]
}

@test "names, former names and constants reach their code" {
	while IFS='|' read -r query code; do
		run_apart -0 httpstatus -f code "$query"
		[ "$output" = "$code" ] || { echo "'$query' gave '$output', not $code"; return 1; }
	done <<'EOF2'
not found|404
NOT_FOUND|404
Not-Found|404
payload too large|413
Request Entity Too Large|413
im a teapot|418
I'm a teapot|418
teapot|418
unauthorized|401
Unprocessable Entity|422
UNPROCESSABLE_ENTITY|422
moved temporarily|302
Request-URI Too Long|414
requested range not satisfiable|416
Gateway Time-out|504
TOO_MANY_REQUESTS|429
page expired|419
EOF2
}

# (the names of vendors' error numbers and sub-statuses are for search:
# wild.bats)
@test "every official name and every alias in the data file reaches its code" {
	awk '/^code: /{c=$2} /^vendor: /{v=1} /^name: /{sub(/^name: /,""); n=$0; v=0}
		/^alias: / && c ~ /^[0-9][0-9][0-9]$/ {sub(/^alias: /,""); print c "|" $0}
		/^related: / && !v {print c "|" n}' "$DATA" |
		while IFS='|' read -r code query; do
			# one run per name, without run's subshell: diff shows any miss
			printf '%s|%s|%s\n' "$code" "$query" "$(httpstatus -f code "$query" 2>&1)"
		done | awk -F'|' '$1 != $3' | diff -u /dev/null -
}

@test "words on the command line form one query" {
	run_apart -0 httpstatus too many requests
	[ "${lines[0]}" = "429 Too Many Requests" ]
	run -0 httpstatus --json im a teapot
	[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object 418 " ]
}

@test "a name gives the whole entry, other meanings included" {
	run -0 httpstatus client closed request
	[ "${lines[0]}" = "499 Client Closed Request (nginx)" ]
	grep -qx '499 Token Required (Esri)' <<<"$output"
}

@test "a name with a typo or two opens that name's entry, official meaning first" {
	run_apart -0 httpstatus unathorized
	[ -z "$stderr" ]
	[ "${lines[0]}" = "401 Unauthorized" ]
	codes_of "not fuond"
	[ "$output" = 404 ]
	codes_of gatway timeout
	[ "$output" = 504 ]
	run -0 httpstatus --json forbiden
	[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object 403 " ]
}

@test "a short misspelt name is no typo but a miss, with the names it is close to" {
	run_apart -1 httpstatus gonr
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: nothing matches 'gonr'; did you mean 410 Gone?" ]
}

# bats test_tags=grows
@test "an unknown code suggests its nearest neighbours in the class" {
	run_apart -1 httpstatus 427
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: '427' is not a known status code$(suggestion 427)" ]
	run_apart -1 httpstatus 432
	[ "$stderr" = "httpstatus: '432' is not a known status code$(suggestion 432)" ]
	run_apart -1 httpstatus 600
	[ "$stderr" = "httpstatus: '600' is not a known status code" ]
}

@test "codes, classes and names mix in one call, in order" {
	run_apart -0 httpstatus -f code 200 20x teapot
	[ "$output" = "200
200
201
202
203
204
205
206
207
208
418" ]
}

@test "a two-digit number is its range, as 41x is" {
	codes_of 41x
	want=$output
	codes_of 41
	[ "$output" = "$want" ]
	run_apart -0 httpstatus -f code list 41
	[ "$(tr '\n' ' ' <<<"$output" | sed 's/ $//')" = "$want" ]
}
