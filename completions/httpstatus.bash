# bash completion for httpstatus(1); codes and field names come from the
# binary itself (httpstatus --complete), so they never drift from the table.

_httpstatus() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local words

	# bash splits --color=WHEN at the "=", so WHEN follows "--color" "="
	if [[ $prev == = ]] && ((COMP_CWORD >= 2)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	fi
	case $prev in
	-f | --field)
		words=$(httpstatus --complete fields 2>/dev/null)
		;;
	--color)
		words='auto always never'
		;;
	*)
		if [[ $cur == -* ]]; then
			words='-j --json -f --field --official --unofficial --stdin --color -h --help -V --version'
		else
			words="list search compare $(httpstatus --complete codes 2>/dev/null | cut -f1)"
		fi
		;;
	esac
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _httpstatus httpstatus
