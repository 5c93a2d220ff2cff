#!/usr/bin/env bats
# The man page, the completions and --help agree with each other.

load helper

help_options() {
	httpstatus --help | grep -oE -- '--[a-z][a-z-]+' | sort -u
}

@test "every option in --help is in the man page" {
	while read -r opt; do
		grep -qE -- "Fl \\\\-${opt#--}( |$)" "$TOP/man/httpstatus.1" || { echo "missing $opt"; return 1; }
	done < <(help_options)
}

@test "every option in --help is in all three completions" {
	for f in httpstatus.bash _httpstatus httpstatus.fish; do
		while read -r opt; do
			grep -qE -- "(${opt}|-l ${opt#--})([^a-z-]|$)" "$TOP/completions/$f" ||
				{ echo "$opt missing from $f"; return 1; }
		done < <(help_options)
	done
}

@test "the man page is lint-clean" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tlint -W warning "$TOP/man/httpstatus.1"
	[ -z "$output" ]
}

@test "bash completes long options" {
	# shellcheck source=/dev/null
	source "$TOP/completions/httpstatus.bash"
	COMP_WORDS=(httpstatus --j)
	COMP_CWORD=1
	_httpstatus
	[ "${COMPREPLY[*]}" = "--json" ]
	COMP_WORDS=(httpstatus -)
	_httpstatus
	[ "${COMPREPLY[*]}" = "-j --json -h --help -V --version" ]
}
