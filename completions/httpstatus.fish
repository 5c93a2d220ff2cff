# fish completion for httpstatus(1); codes and field names come from the
# binary itself (httpstatus --complete), so they never drift from the table.

# True while no code or command is on the line, so that a command goes first;
# unlike __fish_use_subcommand, it knows the values of -f, --color,
# --format, --by, --code and --top.
function __httpstatus_no_operand
    set -l words (commandline -opc)
    set -e words[1]
    argparse -s j/json f/field= s/short official unofficial vendor= stdin format= count by= code= top= 'color=?' no-pager v/verbose h/help V/version -- $words 2>/dev/null
    and test (count $argv) -eq 0
end

# The field names, after the list typed so far up to its last comma.
function __httpstatus_fields
    set -l token (string replace -r '^(-f|--field=)' '' -- (commandline -ct))
    # an empty list would make "$before$field" nothing at all
    set -l before ''
    string match -qr ',' -- $token; and set before (string match -r '^.*,' -- $token)
    for field in (httpstatus --complete fields)
        echo $before$field
    end
end

# True when the word being typed is a code and a dot: 500.
function __httpstatus_substatus
    string match -qr '^[1-5][0-9][0-9]\.' -- (commandline -ct)
end

complete -c httpstatus -f
complete -c httpstatus -s j -l json -d 'Print JSON instead of text'
complete -c httpstatus -s f -l field -x -a '(__httpstatus_fields)' -d 'Print fields per result, tab-separated'
complete -c httpstatus -s s -l short -d 'One line per code: its name and what it means'
complete -c httpstatus -l official -d 'Keep only codes in the IANA registry'
complete -c httpstatus -l unofficial -d 'Keep only the meanings vendors give codes'
complete -c httpstatus -l vendor -x -a '(httpstatus --complete vendors)' -d "With list: only that vendor's codes"
complete -c httpstatus -l stdin -d 'Read codes, status lines or log lines from files or standard input'
complete -c httpstatus -l count -d 'A tally of the codes in files or standard input, most frequent first'
complete -c httpstatus -l format -x -a '(httpstatus --complete formats)' -d 'With --stdin or --count: read every line as this log format'
complete -c httpstatus -l by -x -a '(httpstatus --complete keys)' -d "With --count: break each code's lines down by a key"
complete -c httpstatus -l code -x -a '1xx 2xx 3xx 4xx 5xx vendor (httpstatus --complete codes)' -d 'With --count: only lines of these codes, classes or vendor'
complete -c httpstatus -l top -x -d 'With --by: how many values to show'
complete -c httpstatus -l color -f -a 'auto always never' -d 'Colour text'
complete -c httpstatus -l no-pager -d 'Never page text taller than the terminal'
complete -c httpstatus -s v -l verbose -d "With check: each finding's link to its RFC section"
complete -c httpstatus -s h -l help -d 'Print the usage and exit'
complete -c httpstatus -s V -l version -d 'Print the version and exit'
complete -c httpstatus -n __httpstatus_no_operand -a list -d 'Every code, class by class'
complete -c httpstatus -n __httpstatus_no_operand -a search -d 'The codes holding the most of the words'
complete -c httpstatus -n __httpstatus_no_operand -a compare -d 'Codes side by side'
complete -c httpstatus -n __httpstatus_no_operand -a choose -d 'Which code to send in a situation'
complete -c httpstatus -n __httpstatus_no_operand -a check -d 'What a response gets wrong for its code'
complete -c httpstatus -n __httpstatus_no_operand -a help -d 'Print the usage'
complete -c httpstatus -n __httpstatus_no_operand -a version -d 'Print the version'
complete -c httpstatus -n '__fish_seen_subcommand_from check' -F
complete -c httpstatus -n '__fish_seen_subcommand_from choose' -a '(httpstatus --complete situations)'
complete -c httpstatus -n '__fish_seen_subcommand_from list' -a '1xx 2xx 3xx 4xx 5xx'
complete -c httpstatus -n '__fish_seen_argument -l stdin -l count' -F
complete -c httpstatus -n 'not __fish_seen_subcommand_from choose list check; and not __fish_seen_argument -l stdin -l count' -a '(httpstatus --complete codes)'
complete -c httpstatus -n __httpstatus_substatus -a '(httpstatus -f id,name list (string sub -l 3 -- (commandline -ct)))'
