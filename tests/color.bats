#!/usr/bin/env bats
# --color, NO_COLOR and TERM: colour only where a person reads it.

load helper

ESC=$'\033'

# Runs httpstatus on a pseudo-terminal; carriage returns are dropped.
on_tty() {
	run -0 script -qec "$*" /dev/null
	output=${output//$'\r'/}
}

@test "--color=always colours the code by class and makes the name bold" {
	run_apart -0 httpstatus --color=always 404
	[ "${lines[0]}" = "${ESC}[1;33m404${ESC}[0m ${ESC}[1mNot Found${ESC}[0m" ]
	grep -qxF "  ${ESC}[2mClass:       ${ESC}[0m4xx Client Error" <<<"$output"
}

@test "each class has its colour" {
	for pair in 100:1 200:1\;32 301:1\;36 404:1\;33 500:1\;31; do
		run -0 httpstatus --color=always "${pair%%:*}"
		[[ "${lines[0]}" == "${ESC}[${pair#*:}m${pair%%:*}${ESC}[0m "* ]] || { echo "$pair"; return 1; }
	done
}

@test "lists colour the code and dim the mark and the vendor" {
	run -0 httpstatus --color=always 444
	run -0 httpstatus --color=always 44x
	[[ "${lines[1]}" == "${ESC}[2m** ${ESC}[0m ${ESC}[1;33m444${ESC}[0m ${ESC}[1mNo Response${ESC}[0m ${ESC}[2m(nginx)${ESC}[0m  "* ]]
}

@test "colours do not change the layout" {
	run -0 httpstatus --color=always 404 4xx
	coloured=$(sed "s/${ESC}\[[0-9;]*m//g" <<<"$output")
	run -0 httpstatus --color=never 404 4xx
	[ "$coloured" = "$output" ]
}

@test "auto colours a terminal" {
	on_tty httpstatus 404
	[[ "${lines[0]}" == "${ESC}[1;33m404"* ]]
}

@test "auto does not colour a pipe or a file" {
	run -0 httpstatus --color=auto 404
	[[ "$output" != *"$ESC"* ]]
}

@test "a non-empty NO_COLOR turns auto off; an empty one does not" {
	NO_COLOR=1 on_tty httpstatus 404
	[[ "$output" != *"$ESC"* ]]
	NO_COLOR= on_tty httpstatus 404
	[[ "$output" == *"$ESC"* ]]
}

@test "TERM=dumb turns auto off" {
	TERM=dumb on_tty httpstatus 404
	[[ "$output" != *"$ESC"* ]]
}

@test "--color=never on a terminal prints no colour" {
	on_tty httpstatus --color=never 404
	[[ "$output" != *"$ESC"* ]]
}

@test "--color=always wins over NO_COLOR" {
	NO_COLOR=1 run -0 httpstatus --color=always 404
	[[ "$output" == *"$ESC"* ]]
}

@test "JSON and -f are never coloured" {
	run -0 httpstatus --color=always --json 404
	[[ "$output" != *"$ESC"* ]]
	run -0 httpstatus --color=always -f name 404
	[ "$output" = "Not Found" ]
	on_tty httpstatus --json 404
	[[ "$output" != *"$ESC"* ]]
}

@test "a bad --color value is a usage error" {
	run_apart -2 httpstatus --color=sometimes 404
	[ -z "$output" ]
	[ "$stderr" = "httpstatus: option '--color' takes auto, always or never, not 'sometimes'; try 'httpstatus --help'" ]
}

@test "--color takes its value only after '=', and alone means always" {
	run_apart -0 httpstatus --color 404
	[ "${lines[0]}" = "${ESC}[1;33m404${ESC}[0m ${ESC}[1mNot Found${ESC}[0m" ]
	run_apart -0 httpstatus --color never 404
	# never is a word to look up here, not the colour
	[[ $output == *"${ESC}["* ]]
	run_apart -0 httpstatus --color=never 404
	[[ $output != *"${ESC}"* ]]
}
