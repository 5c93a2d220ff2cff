# fish completion for httpstatus(1); codes and field names come from the
# binary itself (httpstatus --complete), so they never drift from the table.

complete -c httpstatus -f
complete -c httpstatus -s j -l json -d 'Print JSON instead of text'
complete -c httpstatus -s f -l field -x -a '(httpstatus --complete fields)' -d 'Print one field per result'
complete -c httpstatus -l official -d 'List only codes in the IANA registry'
complete -c httpstatus -l unofficial -d 'List only codes that vendors use'
complete -c httpstatus -l stdin -d 'Read codes or status lines from standard input'
complete -c httpstatus -l color -x -a 'auto always never' -d 'Colour text'
complete -c httpstatus -s h -l help -d 'Print the usage and exit'
complete -c httpstatus -s V -l version -d 'Print the version and exit'
complete -c httpstatus -n __fish_use_subcommand -a list -d 'Every code, class by class'
complete -c httpstatus -n __fish_use_subcommand -a search -d 'Codes whose text holds all the words'
complete -c httpstatus -n __fish_use_subcommand -a compare -d 'Codes side by side'
complete -c httpstatus -a '(httpstatus --complete codes)'
