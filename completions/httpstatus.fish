# fish completion for httpstatus(1)

complete -c httpstatus -s j -l json -d 'Print JSON instead of text'
complete -c httpstatus -s h -l help -d 'Print the usage and exit'
complete -c httpstatus -s V -l version -d 'Print the version and exit'
