# bash completion for httpstatus(1)

_httpstatus() {
	local cur=${COMP_WORDS[COMP_CWORD]}

	if [[ $cur == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W '-j --json -h --help -V --version' -- "$cur")
	fi
}
complete -F _httpstatus httpstatus
