#!/usr/bin/env bats
# The zsh and fish completions, run in the real shells: fish's own completion
# engine, and zsh's completion system driven through a pseudo-terminal as if
# the keys were typed. Neither shell reads the user's start-up files.

load helper

# zsh's compinit scans every folder on $fpath when it has no dump, which takes
# most of a second; make the dump once and let every test load it.
setup_file() {
	command -v zsh >/dev/null || return 0
	zsh -f -c 'fpath=("$1/completions" $fpath); autoload -Uz compinit; compinit -u -d "$2"' \
		zsh "$TOP" "$BATS_FILE_TMPDIR/zcompdump"
}

need() {
	command -v "$1" >/dev/null || skip "$1 is not installed"
}

# Compares $output with standard input, showing the difference on failure.
output_is() {
	diff -u - <(printf '%s\n' "$output")
}

# fish's candidates for a command line, one "word<TAB>description" a line. The
# completion is loaded as fish loads it for a user: from a folder on
# $fish_complete_path, the first time httpstatus is completed.
complete_fish() {
	# fish, not bash, expands $argv in the script
	# shellcheck disable=SC2016
	XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" \
		timeout 10 fish --no-config 3>&- -c \
		'set -p fish_complete_path $argv[1]/completions; complete -C $argv[2]' "$TOP" "$1"
}

# The start-up typed into the interactive zsh: a plain prompt, a screen tall
# enough that zsh lists every match without asking, compsys loaded from the
# shared dump with the completions folder first on $fpath, and ^X^B to save
# the edited line to a file and run a command that prints an end mark.
zsh_rc() {
	cat <<'EOF'
stty rows 500 cols 120
PS1='%% '
unset zle_bracketed_paste
LISTMAX=0
fpath=("$ZTOP/completions" $fpath)
autoload -Uz compinit
compinit -u -d "$ZDUMP"
save-line() {
	print -r -- "$BUFFER" >"$ZLINE"
	BUFFER='print -r -- END''MARK'
	zle .accept-line
}
zle -N save-line
bindkey '^X^B' save-line
EOF
}

# Runs in zsh -f: starts an interactive zsh in a pseudo-terminal, types the
# keys, then prints the edited line in brackets and what zsh listed below it,
# each line as the terminal shows it (text after a carriage return overwrites
# the line, bells and trailing blanks dropped).
zsh_driver() {
	cat <<'EOF'
setopt extendedglob
zmodload zsh/zpty || exit 3
zpty shell env TERM=dumb zsh -f -i || exit 3
zpty -w shell ". ${(q)1}; print -r -- READ''Y"
zpty -r -m shell out '*READY*' || exit 4
zpty -w -n shell "$2"$'\C-x\C-b'
# read line by line: matching a pattern against all that was read would
# take time quadratic in the length of the listing
out=
while [[ $out != *ENDMARK* ]]; do
	zpty -r shell line || exit 4
	out+=$line
done
zpty -d shell
print -r -- "[$(<$ZLINE)]"
state=before
for raw in "${(@f)out}"; do
	line=
	for part in "${(@ps:\r:)raw}"; do
		line=$part${line:$#part}
	done
	line=${${line//$'\a'}%%[[:space:]]#}
	case $state:$line in
	(before:'% '*) state=listing ;;
	(listing:'% '* | listing:*ENDMARK*) break ;;
	(listing:*) print -r -- "$line" ;;
	esac
done
EOF
}

# Types KEYS (which end in a TAB) at an interactive zsh's prompt; see above.
complete_zsh() {
	zsh_rc >"$BATS_TEST_TMPDIR/zshrc"
	ZTOP=$TOP ZDUMP="$BATS_FILE_TMPDIR/zcompdump" ZLINE="$BATS_TEST_TMPDIR/line" \
		timeout 10 zsh -f -c "$(zsh_driver)" zsh "$BATS_TEST_TMPDIR/zshrc" "$1" 3>&-
}

@test "fish completes options, with their descriptions" {
	need fish
	run -0 complete_fish 'httpstatus --js'
	[ "$output" = $'--json\tPrint JSON instead of text' ]
	run -0 complete_fish 'httpstatus -'
	output_is <<'EOF'
-f	Print fields per result, tab-separated
-h	Print the usage and exit
-j	Print JSON instead of text
-s	One line per code: its name and what it means
-V	Print the version and exit
--color	Colour text
--field	Print fields per result, tab-separated
--help	Print the usage and exit
--json	Print JSON instead of text
--no-pager	Never page text taller than the terminal
--official	Keep only codes in the IANA registry
--short	One line per code: its name and what it means
--stdin	Read codes or status lines from standard input
--unofficial	Keep only the meanings vendors give codes
--vendor	With list: only that vendor's codes
--version	Print the version and exit
EOF
}

@test "fish completes codes with their names" {
	need fish
	run -0 complete_fish 'httpstatus 50'
	output_is <<'EOF'
500	Internal Server Error
501	Not Implemented
502	Bad Gateway
503	Service Unavailable
504	Gateway Timeout
505	HTTP Version Not Supported
506	Variant Also Negotiates
507	Insufficient Storage
508	Loop Detected
509	Bandwidth Limit Exceeded
EOF
	run -0 complete_fish 'httpstatus 418'
	[ "$output" = $'418\tI\'m a teapot' ]
}

@test "fish offers the commands as the first operand only" {
	need fish
	run -0 complete_fish 'httpstatus '
	httpstatus --complete codes >"$BATS_TEST_TMPDIR/expected"
	printf '%s\t%s\n' choose 'Which code to send in a situation' compare 'Codes side by side' \
		list 'Every code, class by class' \
		search 'The codes holding the most of the words' >>"$BATS_TEST_TMPDIR/expected"
	output_is <"$BATS_TEST_TMPDIR/expected"
	run -0 complete_fish 'httpstatus com'
	[ "$output" = $'compare\tCodes side by side' ]
	# the value of -f or --color is not an operand
	for line in 'httpstatus -j l' 'httpstatus -f name l' 'httpstatus -fname l' \
		'httpstatus --field=name l' 'httpstatus --color never l'; do
		run -0 complete_fish "$line"
		[ "$output" = $'list\tEvery code, class by class' ] || { echo "after: $line"; return 1; }
	done
	# after a code, codes again but no command
	run -0 complete_fish 'httpstatus 404 '
	httpstatus --complete codes | output_is
}

@test "fish offers classes, not codes, after list" {
	need fish
	run -0 complete_fish 'httpstatus list '
	[ "$output" = "$(printf '%s\n' 1xx 2xx 3xx 4xx 5xx)" ]
}

@test "fish completes field names after -f and --field" {
	need fish
	run -0 complete_fish 'httpstatus -f '
	httpstatus --complete fields | sort | sed 's/$/\tPrint fields per result, tab-separated/' | output_is
	[ "${#lines[@]}" -eq 27 ]
	run -0 complete_fish 'httpstatus --field '
	httpstatus --complete fields | sort | sed 's/$/\tPrint fields per result, tab-separated/' | output_is
	run -0 complete_fish 'httpstatus --field re'
	output_is <<'EOF'
recommended	Print fields per result, tab-separated
related	Print fields per result, tab-separated
retry	Print fields per result, tab-separated
EOF
	run -0 complete_fish 'httpstatus -f us'
	[ "$output" = $'use_case\tPrint fields per result, tab-separated' ]
	run -0 complete_fish 'httpstatus --field=us'
	[ "$output" = $'--field=use_case\tPrint fields per result, tab-separated' ]
}

@test "fish completes --color values, with or without =" {
	need fish
	run -0 complete_fish 'httpstatus --color='
	output_is <<'EOF'
--color=always	Colour text
--color=auto	Colour text
--color=never	Colour text
EOF
	run -0 complete_fish 'httpstatus --color n'
	[ "$output" = $'never\tColour text' ]
}

@test "zsh lists codes with their names" {
	need zsh
	run -0 complete_zsh $'httpstatus 50\t'
	output_is <<'EOF'
[httpstatus 50]
500  -- Internal Server Error
501  -- Not Implemented
502  -- Bad Gateway
503  -- Service Unavailable
504  -- Gateway Timeout
505  -- HTTP Version Not Supported
506  -- Variant Also Negotiates
507  -- Insufficient Storage
508  -- Loop Detected
509  -- Bandwidth Limit Exceeded
EOF
	run -0 complete_zsh $'httpstatus 41\t'
	[ "${lines[0]}" = "[httpstatus 41]" ]
	[ "${lines[9]}" = "418  -- I'm a teapot" ]
	[ "${#lines[@]}" -eq 11 ]
	run -0 complete_zsh $'httpstatus 418\t'
	[ "$output" = "[httpstatus 418 ]" ]
}

@test "zsh completes options, with their descriptions" {
	need zsh
	run -0 complete_zsh $'httpstatus --js\t'
	[ "$output" = "[httpstatus --json ]" ]
	run -0 complete_zsh $'httpstatus --\t'
	output_is <<'EOF'
[httpstatus --]
--color       -- colour text
--field       -- print fields per result, tab-separated
--help        -- print the usage and exit
--json        -- print JSON instead of text
--no-pager    -- never page text taller than the terminal
--official    -- keep only codes in the IANA registry
--short       -- one line per code: its name and what it means
--stdin       -- read codes or status lines from standard input
--unofficial  -- keep only the meanings vendors give codes
--vendor      -- with list: only that vendor's codes
--version     -- print the version and exit
EOF
	# -j and -f exclude each other
	run -0 complete_zsh $'httpstatus -j --f\t'
	[ "$output" = "[httpstatus -j --f]" ]
}

@test "zsh offers the commands as the first operand only" {
	need zsh
	run -0 complete_zsh $'httpstatus \t'
	[ "${lines[0]}" = "[httpstatus ]" ]
	# (as wide as the widest group of codes that share a name)
	[[ "$output" =~ $'\n'404\ +--\ Not\ Found$'\n' ]]
	# the commands come last, in a group of their own
	[ "${lines[-4]}" = "choose   -- which code to send in a situation" ]
	[ "${lines[-3]}" = "compare  -- codes side by side" ]
	[ "${lines[-2]}" = "list     -- every code, class by class" ]
	[ "${lines[-1]}" = "search   -- the codes holding the most of the words" ]
	# every code once (zsh puts codes with the same name on one line)
	[ "$(printf '%s\n' "${lines[@]:1}" | sed 's/ *--.*//' | tr -s ' ' '\n' | sort)" = \
		"$( (httpstatus --complete codes | cut -f1; printf '%s\n' choose compare list search) | sort)" ]
	run -0 complete_zsh $'httpstatus com\t'
	[ "$output" = "[httpstatus compare ]" ]
	# the value of -f or --color is not an operand
	run -0 complete_zsh $'httpstatus -j li\t'
	[ "$output" = "[httpstatus -j list ]" ]
	run -0 complete_zsh $'httpstatus -f name se\t'
	[ "$output" = "[httpstatus -f name search ]" ]
	run -0 complete_zsh $'httpstatus --color never li\t'
	[ "$output" = "[httpstatus --color never list ]" ]
	# after a code, codes again but no command
	run -0 complete_zsh $'httpstatus 404 co\t'
	[ "$output" = "[httpstatus 404 co]" ]
	run -0 complete_zsh $'httpstatus 404 50\t'
	[ "${lines[5]}" = "504  -- Gateway Timeout" ]
	[ "${#lines[@]}" -eq 11 ]
}

@test "zsh completes field names after -f and --field" {
	need zsh
	run -0 complete_zsh $'httpstatus -f \t'
	[ "${lines[0]}" = "[httpstatus -f ]" ]
	# the names are listed in columns: compare them as a set
	[ "$(printf '%s\n' "${lines[@]:1}" | tr -s ' ' '\n' | sort)" = "$(httpstatus --complete fields | sort)" ]
	run -0 complete_zsh $'httpstatus --field re\t'
	output_is <<'EOF'
[httpstatus --field re]
recommended  related      retry
EOF
	run -0 complete_zsh $'httpstatus -f us\t'
	[ "$output" = "[httpstatus -f use_case ]" ]
	run -0 complete_zsh $'httpstatus -fus\t'
	[ "$output" = "[httpstatus -fuse_case ]" ]
	run -0 complete_zsh $'httpstatus --field=us\t'
	[ "$output" = "[httpstatus --field=use_case ]" ]
}

@test "zsh completes --color values, with or without =" {
	need zsh
	run -0 complete_zsh $'httpstatus --color=\t'
	output_is <<'EOF'
[httpstatus --color=]
always  auto    never
EOF
	run -0 complete_zsh $'httpstatus --color=n\t'
	[ "$output" = "[httpstatus --color=never ]" ]
	run -0 complete_zsh $'httpstatus --color a\t'
	output_is <<'EOF'
[httpstatus --color a]
always  auto
EOF
}

@test "fish completes situations after choose, with what they mean" {
	need fish
	run -0 complete_fish 'httpstatus choose '
	# fish sorts in its own order
	diff -u <(httpstatus --complete situations | sort) <(printf '%s\n' "$output" | sort)
	run -0 complete_fish 'httpstatus -j choose rate'
	[ "$output" = $'rate-limited\tOne client went over its own request quota' ]
}

@test "zsh offers classes, not codes, after list, and fields after a comma" {
	need zsh
	run -0 complete_zsh $'httpstatus list \t'
	[ "${lines[0]}" = "[httpstatus list ]" ]
	[[ "$output" == *"4xx  -- Client Error"* ]]
	[[ "$output" != *"404"* ]]
	run -0 complete_zsh $'httpstatus -f code,us\t'
	[ "$output" = "[httpstatus -f code,use_case ]" ]
}

@test "zsh completes situations after choose" {
	need zsh
	run -0 complete_zsh $'httpstatus choose rate\t'
	[ "$output" = "[httpstatus choose rate-limited ]" ]
	run -0 complete_zsh $'httpstatus -f name choose server\t'
	[ "$output" = "[httpstatus -f name choose server-bug ]" ]
}
