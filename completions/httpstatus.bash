# bash completion for httpstatus(1); codes and field names come from the
# binary itself (httpstatus --complete), so they never drift from the table.

# The first operand before the word being completed, skipping options and
# the values of -f, --vendor, --format, --by, --code and --top, and any
# value after an "=" (--color takes one only so); empty when there is none
# yet.
_httpstatus_command() {
	local i word skip=0

	for ((i = 1; i < COMP_CWORD; i++)); do
		word=${COMP_WORDS[i]}
		if [[ $word == = ]]; then
			skip=1
		elif ((skip)); then
			skip=0
		elif [[ $word == -f || $word == --field || $word == --vendor || $word == --format ||
			$word == --by || $word == --code || $word == --top ]]; then
			skip=1
		elif [[ $word != -* ]]; then
			printf '%s' "$word"
			return
		fi
	done
}

# Whether --stdin, - or --count came before the word being completed: then
# the operands are files.
_httpstatus_reads_files() {
	local i

	for ((i = 1; i < COMP_CWORD; i++)); do
		[[ ${COMP_WORDS[i]} == --stdin || ${COMP_WORDS[i]} == --count ]] && return 0
	done
	return 1
}

_httpstatus() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local words command eq=0

	# bash splits --color=WHEN at the "=": WHEN follows "--color" "=", and
	# right after the "=" the word being completed is "=" itself
	if [[ $cur == = ]]; then
		cur='' eq=1
	elif [[ $prev == = ]] && ((COMP_CWORD >= 2)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]} eq=1
	fi
	# --color takes its value only after "=": after a space comes an operand
	[[ $prev == --color ]] && ((!eq)) && prev=
	case $prev in
	-f | --field)
		# a list: the names after its last comma, the list before it kept
		if [[ $cur == *,* ]]; then
			mapfile -t COMPREPLY < <(compgen -P "${cur%,*}," \
				-W "$(httpstatus --complete fields 2>/dev/null)" -- "${cur##*,}")
			return
		fi
		words=$(httpstatus --complete fields 2>/dev/null)
		;;
	--color)
		words='auto always never'
		;;
	--format)
		words=$(httpstatus --complete formats 2>/dev/null)
		;;
	--by)
		words=$(httpstatus --complete keys 2>/dev/null)
		;;
	--code)
		words="1xx 2xx 3xx 4xx 5xx vendor $(httpstatus --complete codes 2>/dev/null | cut -f1)"
		;;
	--top)
		# a number: nothing to offer
		words=
		;;
	--vendor)
		# the vendors' whole names, their spaces quoted for the shell
		local name
		COMPREPLY=()
		while IFS= read -r name; do
			if [[ ${name,,} == "${cur,,}"* ]]; then
				COMPREPLY+=("$(printf '%q' "$name")")
			fi
		done < <(httpstatus --complete vendors 2>/dev/null)
		return 0
		;;
	*)
		command=$(_httpstatus_command)
		if [[ $cur =~ ^[1-5][0-9][0-9][.-] ]]; then
			# a code's IIS sub-statuses, which list CODE names
			words=$(httpstatus -f id list "${cur:0:3}" 2>/dev/null | sort -u)
			[[ $cur == ???-* ]] && words=${words//./-}
		elif [[ $cur == -* ]]; then
			words='-j --json -f --field -s --short --official --unofficial --vendor --stdin --format --count --by --code --top --color --no-pager -v --verbose -h --help -V --version'
		elif [[ $command == check ]] || _httpstatus_reads_files; then
			mapfile -t COMPREPLY < <(compgen -f -- "$cur")
			return
		elif [[ $command == choose ]]; then
			words=$(httpstatus --complete situations 2>/dev/null | cut -f1)
		elif [[ ${command,,} == list ]]; then
			words='1xx 2xx 3xx 4xx 5xx'
		elif [[ -z $command ]]; then
			words="list search compare choose check help version $(httpstatus --complete codes 2>/dev/null | cut -f1)"
		else
			words=$(httpstatus --complete codes 2>/dev/null | cut -f1)
		fi
		;;
	esac
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _httpstatus httpstatus
