#!/usr/bin/env bats
# The zsh and fish completions, run in the real shells: fish's own completion
# engine, and zsh's completion system driven through a pseudo-terminal as if
# the keys were typed. Neither shell reads the user's start-up files.

load ../helper

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
# the edited line to a file and run a command that prints an end mark, a
# numbered one, so that one round's mark is never taken for the next's.
zsh_rc() {
	cat <<'EOF'
stty rows 500 cols 120
PS1='%% '
unset zle_bracketed_paste
LISTMAX=0
fpath=("$ZTOP/completions" $fpath)
autoload -Uz compinit
compinit -u -d "$ZDUMP"
integer marks=0
save-line() {
	print -r -- "$BUFFER" >"$ZLINE"
	BUFFER="print -r -- END''MARK-$(( ++marks ))-"
	zle .accept-line
}
zle -N save-line
bindkey '^X^B' save-line
EOF
}

# Runs in zsh -f: starts an interactive zsh in a pseudo-terminal and, for
# each of the key sequences given after the rc file, types the keys, then
# prints the edited line in brackets and what zsh listed below it, each line
# as the terminal shows it (text after a carriage return overwrites the
# line, bells and trailing blanks dropped), and a line "--" after each.
# One zsh for all of them: starting it is most of the time a case takes.
zsh_driver() {
	cat <<'EOF'
setopt extendedglob
zmodload zsh/zpty || exit 3
zpty shell env TERM=dumb zsh -f -i || exit 3
zpty -w shell ". ${(q)1}; print -r -- READ''Y"
zpty -r -m shell out '*READY*' || exit 4
integer n=0
for keys in "${@[2,-1]}"; do
	mark=ENDMARK-$(( ++n ))-
	zpty -w -n shell "$keys"$'\C-x\C-b'
	# read line by line: matching a pattern against all that was read
	# would take time quadratic in the length of the listing
	out=
	while [[ $out != *$mark* ]]; do
		zpty -r shell line || exit 4
		out+=$line
	done
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
		# the prompt, or the end mark's command line as zle redraws it
		(listing:'% '* | listing:*MARK-[0-9]##-*) break ;;
		(listing:*) print -r -- "$line" ;;
		esac
	done
	print -r -- "--"
done
zpty -d shell
EOF
}

# Types each KEYS (which end in a TAB) at the prompt of one interactive zsh;
# see above.
zsh_session() {
	zsh_rc >"$BATS_TEST_TMPDIR/zshrc"
	ZTOP=$TOP ZDUMP="$BATS_FILE_TMPDIR/zcompdump" ZLINE="$BATS_TEST_TMPDIR/line" \
		timeout 10 zsh -f -c "$(zsh_driver)" zsh "$BATS_TEST_TMPDIR/zshrc" "$@" 3>&-
}

# Completes each KEYS in one zsh session, keeping what each gave; then
# zsh_result N sets output and lines to the Nth (from 0), as run would.
zsh_complete_all() {
	local block='' line
	zsh_results=()
	zsh_session "$@" >"$BATS_TEST_TMPDIR/zsh.out" || return
	while IFS= read -r line; do
		if [ "$line" = -- ]; then
			zsh_results+=("${block%$'\n'}")
			block=
		else
			block+=$line$'\n'
		fi
	done <"$BATS_TEST_TMPDIR/zsh.out"
	[ "${#zsh_results[@]}" -eq "$#" ] || { echo "zsh gave ${#zsh_results[@]} of $# results"; return 1; }
}

zsh_result() {
	output=${zsh_results[$1]}
	IFS=$'\n' read -d '' -r -a lines <<<"$output" || true
}

# One KEYS in a session of its own, for run.
complete_zsh() {
	zsh_complete_all "$1" && printf '%s\n' "${zsh_results[0]}"
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
-v	With check: each finding's link to its RFC section
--by	With --count: break each code's lines down by a key
--code	With --count: only lines of these codes, classes or vendor
--color	Colour text
--color=	Colour text
--count	A tally of the codes in files or standard input, most frequent first
--field	Print fields per result, tab-separated
--format	With --stdin or --count: read every line as this log format
--help	Print the usage and exit
--json	Print JSON instead of text
--no-pager	Never page text taller than the terminal
--official	Keep only codes in the IANA registry
--short	One line per code: its name and what it means
--stdin	Read codes, status lines or log lines from files or standard input
--top	With --by: how many values to show
--unofficial	Keep only the meanings vendors give codes
--vendor	With list: only that vendor's codes
--verbose	With check: each finding's link to its RFC section
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
	printf '%s\t%s\n' check 'What a response gets wrong for its code' \
		choose 'Which code to send in a situation' compare 'Codes side by side' \
		help 'Print the usage' list 'Every code, class by class' \
		search 'The codes holding the most of the words' \
		version 'Print the version' >>"$BATS_TEST_TMPDIR/expected"
	output_is <"$BATS_TEST_TMPDIR/expected"
	run -0 complete_fish 'httpstatus com'
	[ "$output" = $'compare\tCodes side by side' ]
	# the value of -f or --color is not an operand
	for line in 'httpstatus -j l' 'httpstatus -f name l' 'httpstatus -fname l' \
		'httpstatus --field=name l' 'httpstatus --color=never l' 'httpstatus --color l'; do
		run -0 complete_fish "$line"
		[ "$output" = $'list\tEvery code, class by class' ] || { echo "after: $line"; return 1; }
	done
	# after a code, codes again but no command
	run -0 complete_fish 'httpstatus 404 '
	httpstatus --complete codes | output_is
}

@test "fish and zsh complete a file name after check, not codes" {
	need fish
	need zsh
	touch "$BATS_TEST_TMPDIR/resp-a.http" "$BATS_TEST_TMPDIR/resp-b.http"
	cd "$BATS_TEST_TMPDIR"
	run -0 complete_fish 'httpstatus check resp-'
	output_is <<<$'resp-a.http\nresp-b.http'
	zsh_complete_all $'httpstatus check resp-b\t'
	zsh_result 0
	[ "$output" = "[httpstatus check resp-b.http ]" ]
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
	[ "${#lines[@]}" -eq "$(httpstatus --complete fields | wc -l)" ]
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

@test "fish completes --color values after =, --format values with or without =" {
	need fish
	run -0 complete_fish 'httpstatus --color='
	output_is <<'EOF'
--color=always	Colour text
--color=auto	Colour text
--color=never	Colour text
EOF
	run -0 complete_fish 'httpstatus --color=n'
	[ "$output" = $'--color=never\tColour text' ]
	# after a space, --color has no value: operands come
	run -0 complete_fish 'httpstatus --color nev'
	[[ $output != *never* ]]
	# the formats come from the binary
	run -0 complete_fish 'httpstatus --format=ha'
	[ "$output" = $'--format=haproxy\tWith --stdin or --count: read every line as this log format' ]
	run -0 complete_fish 'httpstatus --format j'
	[ "$output" = $'json\tWith --stdin or --count: read every line as this log format' ]
}

@test "fish and zsh complete --by's keys, --code's classes and files after --count" {
	need fish
	need zsh
	run -0 complete_fish 'httpstatus --count --by '
	[ "$(cut -f1 <<<"$output" | sort)" = "$(httpstatus --complete keys | sort)" ]
	run -0 complete_fish 'httpstatus --count --by=ho'
	[ "$(cut -f1 <<<"$output")" = $'--by=host\n--by=hour' ]
	run -0 complete_fish 'httpstatus --count --code 4x'
	[ "$(cut -f1 <<<"$output")" = 4xx ]
	run -0 complete_fish 'httpstatus --count --code ven'
	[ "$(cut -f1 <<<"$output")" = vendor ]
	touch "$BATS_TEST_TMPDIR/access-a.log"
	cd "$BATS_TEST_TMPDIR"
	run -0 complete_fish 'httpstatus --count access-'
	[ "$output" = access-a.log ]
	run -0 complete_fish 'httpstatus --stdin -f code acc'
	[ "$output" = access-a.log ]
	zsh_complete_all $'httpstatus --count --by=ag\t' $'httpstatus --count access-\t'
	zsh_result 0
	[ "$output" = "[httpstatus --count --by=agent ]" ]
	zsh_result 1
	[ "$output" = "[httpstatus --count access-a.log ]" ]
}

@test "zsh completes --format values from the binary" {
	need zsh
	zsh_complete_all $'httpstatus --stdin --format=ha\t' $'httpstatus --format el\t'
	zsh_result 0
	[ "$output" = "[httpstatus --stdin --format=haproxy ]" ]
	zsh_result 1
	[ "$output" = "[httpstatus --format elb ]" ]
}

@test "zsh lists codes with their names" {
	need zsh
	zsh_complete_all $'httpstatus 50\t' \
		$'httpstatus 41\t' \
		$'httpstatus 418\t'
	zsh_result 0
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
	zsh_result 1
	[ "${lines[0]}" = "[httpstatus 41]" ]
	[ "${lines[9]}" = "418  -- I'm a teapot" ]
	[ "${#lines[@]}" -eq 11 ]
	zsh_result 2
	[ "$output" = "[httpstatus 418 ]" ]
}

@test "zsh completes options, with their descriptions" {
	need zsh
	zsh_complete_all $'httpstatus --js\t' \
		$'httpstatus --\t' \
		$'httpstatus -j --fi\t'
	zsh_result 0
	[ "$output" = "[httpstatus --json ]" ]
	zsh_result 1
	output_is <<'EOF'
[httpstatus --]
--by          -- with --count: break each code's lines down by a key
--code        -- with --count: only lines of these codes, classes or vendor
--color       -- colour text
--count       -- a tally of the codes in files or standard input, most frequent first
--field       -- print fields per result, tab-separated
--format      -- with --stdin or --count: read every line as this log format
--help        -- print the usage and exit
--json        -- print JSON instead of text
--no-pager    -- never page text taller than the terminal
--official    -- keep only codes in the IANA registry
--short       -- one line per code: its name and what it means
--stdin       -- read codes, status lines or log lines from files or standard input
--top         -- with --by: how many values to show
--unofficial  -- keep only the meanings vendors give codes
--vendor      -- with list: only that vendor's codes
--verbose     -- with check: each finding's link to its RFC section
--version     -- print the version and exit
EOF
	# -j and -f exclude each other
	zsh_result 2
	[ "$output" = "[httpstatus -j --fi]" ]
}

@test "zsh offers the commands as the first operand only" {
	need zsh
	zsh_complete_all $'httpstatus \t' \
		$'httpstatus com\t' \
		$'httpstatus -j li\t' \
		$'httpstatus -f name se\t' \
		$'httpstatus --color=never li\t' \
		$'httpstatus 404 co\t' \
		$'httpstatus 404 50\t'
	zsh_result 0
	[ "${lines[0]}" = "[httpstatus ]" ]
	# (as wide as the widest group of codes that share a name)
	[[ "$output" =~ $'\n'404\ +--\ Not\ Found$'\n' ]]
	# the commands come last, in a group of their own
	[ "${lines[-7]}" = "check    -- what a response gets wrong for its code" ]
	[ "${lines[-6]}" = "choose   -- which code to send in a situation" ]
	[ "${lines[-5]}" = "compare  -- codes side by side" ]
	[ "${lines[-4]}" = "help     -- print the usage" ]
	[ "${lines[-3]}" = "list     -- every code, class by class" ]
	[ "${lines[-2]}" = "search   -- the codes holding the most of the words" ]
	[ "${lines[-1]}" = "version  -- print the version" ]
	# every code once (zsh puts codes with the same name on one line)
	[ "$(printf '%s\n' "${lines[@]:1}" | sed 's/ *--.*//' | tr -s ' ' '\n' | sort)" = \
		"$( (httpstatus --complete codes | cut -f1; printf '%s\n' check choose compare help list \
		search version) | sort)" ]
	zsh_result 1
	[ "$output" = "[httpstatus compare ]" ]
	# the value of -f or --color is not an operand
	zsh_result 2
	[ "$output" = "[httpstatus -j list ]" ]
	zsh_result 3
	[ "$output" = "[httpstatus -f name search ]" ]
	zsh_result 4
	[ "$output" = "[httpstatus --color=never list ]" ]
	# after a code, codes again but no command
	zsh_result 5
	[ "$output" = "[httpstatus 404 co]" ]
	zsh_result 6
	[ "${lines[5]}" = "504  -- Gateway Timeout" ]
	[ "${#lines[@]}" -eq 11 ]
}

@test "zsh completes field names after -f and --field" {
	need zsh
	zsh_complete_all $'httpstatus -f \t' \
		$'httpstatus --field re\t' \
		$'httpstatus -f us\t' \
		$'httpstatus -fus\t' \
		$'httpstatus --field=us\t'
	zsh_result 0
	[ "${lines[0]}" = "[httpstatus -f ]" ]
	# the names are listed in columns: compare them as a set
	[ "$(printf '%s\n' "${lines[@]:1}" | tr -s ' ' '\n' | sort)" = "$(httpstatus --complete fields | sort)" ]
	zsh_result 1
	output_is <<'EOF'
[httpstatus --field re]
recommended  related      retry
EOF
	zsh_result 2
	[ "$output" = "[httpstatus -f use_case ]" ]
	zsh_result 3
	[ "$output" = "[httpstatus -fuse_case ]" ]
	zsh_result 4
	[ "$output" = "[httpstatus --field=use_case ]" ]
}

@test "zsh completes --color values after =, and operands after a space" {
	need zsh
	zsh_complete_all $'httpstatus --color=\t' \
		$'httpstatus --color=n\t' \
		$'httpstatus --color com\t'
	zsh_result 0
	output_is <<'EOF'
[httpstatus --color=]
always  auto    never
EOF
	zsh_result 1
	[ "$output" = "[httpstatus --color=never ]" ]
	zsh_result 2
	[ "$output" = "[httpstatus --color compare ]" ]
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
	zsh_complete_all $'httpstatus list \t' \
		$'httpstatus -f code,us\t'
	zsh_result 0
	[ "${lines[0]}" = "[httpstatus list ]" ]
	[[ "$output" == *"4xx  -- Client Error"* ]]
	[[ "$output" != *"404"* ]]
	zsh_result 1
	[ "$output" = "[httpstatus -f code,use_case ]" ]
}

@test "zsh completes situations after choose" {
	need zsh
	zsh_complete_all $'httpstatus choose rate\t' \
		$'httpstatus -f name choose server\t'
	zsh_result 0
	[ "$output" = "[httpstatus choose rate-limited ]" ]
	zsh_result 1
	[ "$output" = "[httpstatus -f name choose server-bug ]" ]
}

@test "fish and zsh complete field lists after a comma, and a code's sub-statuses after its dot" {
	need fish
	run -0 complete_fish 'httpstatus -f code,na'
	[ "$output" = $'code,name\tPrint fields per result, tab-separated' ]
	run -0 complete_fish 'httpstatus -f na'
	[ "$output" = $'name\tPrint fields per result, tab-separated' ]
	run -0 complete_fish 'httpstatus 500.1'
	[[ $output == *$'500.19\tConfiguration Data Is Invalid'* ]]
	[[ $output != *$'404'* ]]
	need zsh
	zsh_complete_all $'httpstatus 502.\t'
	zsh_result 0
	[[ $output == *"502.5"* && $output == *"502.2"* ]]
	[[ $output != *"404"* ]]
}

@test "fish and zsh complete the vendors' names after --vendor" {
	need fish
	run -0 complete_fish 'httpstatus --vendor Cl'
	[ "$output" = $'Cloudflare\tWith list: only that vendor\'s codes' ]
	need zsh
	zsh_complete_all $'httpstatus --vendor ngi\t'
	zsh_result 0
	[ "$output" = "[httpstatus --vendor nginx ]" ]
}
