#!/bin/sh
# Scores search against queries.tsv: each query is given to httpstatus as
# one operand, as "httpstatus -f code QUERY" (a name opens its entry, other
# words give the ranked list), and the codes printed are the answers in
# order.  Prints three figures, and with -v each query that missed.
#
#   tests/search/eval.sh [-v] BINARY
set -eu
verbose=0
if [ "${1:-}" = -v ]; then
	verbose=1
	shift
fi
bin=${1:?usage: eval.sh [-v] BINARY}
cases=$(dirname "$0")/queries.tsv

# One line per query: the query, its acceptable answers, and what came
# back (the first three codes, space-separated, or "-" for nothing).
# The codes are split by the shell, not by head and tr: forks are what
# this costs, and it runs for every query.
grep -v '^#' "$cases" | while IFS='	' read -r query first top3; do
	got=$("$bin" -f code -- "$query" 2>/dev/null) || :
	# shellcheck disable=SC2086 # split into the codes on purpose
	set -f && set -- $got && set +f
	got="${1:-} ${2:-} ${3:-}"
	got=${got%% }
	got=${got%% }
	printf '%s\t%s\t%s\t%s\n' "$query" "$first" "${top3:-$first}" "${got:--}"
done | awk -F'\t' -v verbose="$verbose" '
function any(want, got, n,    w, g, i, j, nw, ng) {
	nw = split(want, w, " ")
	ng = split(got, g, " ")
	for (j = 1; j <= ng && j <= n; j++)
		for (i = 1; i <= nw; i++)
			if (g[j] == w[i] || (w[i] ~ /^[1-5]xx$/ && substr(g[j], 1, 1) == substr(w[i], 1, 1)))
				return 1
	return 0
}
$2 == "-" {
	nonsense++
	if ($4 != "-") {
		found++
		if (verbose) printf "nonsense found: %s -> %s\n", $1, $4
	}
	next
}
{
	total++
	one = any($2, $4, 1); three = any($3, $4, 3)
	top1 += one; top3 += three
	if (verbose && !one) printf "miss%s: %s -> %s(want %s)\n", three ? "" : " top-3", $1, $4, $2
}
END {
	printf "top-1 %d/%d %.1f%%\n", top1, total, 100 * top1 / total
	printf "top-3 %d/%d %.1f%%\n", top3, total, 100 * top3 / total
	printf "nonsense found something: %d/%d\n", found, nonsense
}'
