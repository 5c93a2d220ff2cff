#!/bin/sh
# Scores search against queries.tsv: each query is given to httpstatus as
# one operand, as "httpstatus -f code QUERY" (a name opens its
# entry, other words give the ranked list), and the records printed are
# the answers in order, each by the id a person types (500.19, 1020, 404).
# Then come RANDOM queries of random bytes from a fixed seed, which must
# find nothing, like the nonsense of the file.  Prints three figures, and
# with -v each query that missed.
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
RANDOM_QUERIES=12

# Random bytes, a query a line: every byte but NUL, tab and newline, from
# a linear congruential generator of our own, so that every awk gives the
# same bytes for the seed.  Lengths grow from 8 bytes to 3,000.
random_queries() {
	LC_ALL=C awk -v n="$RANDOM_QUERIES" 'BEGIN {
		seed = 20261207
		for (q = 0; q < n; q++) {
			len = q == n - 1 ? 3000 : 8 + q * q * 8
			s = ""
			for (i = 0; i < len; i++) {
				do {
					seed = (seed * 1103515245 + 12345) % 2147483648
					b = int(seed / 65536) % 256
				} while (b == 0 || b == 9 || b == 10)
				s = s sprintf("%c", b)
			}
			printf "%s\t-\n", s
		}
	}'
}

# One line per query: the query, its acceptable answers, and what came
# back (the first three ids, space-separated, or "-" for nothing).
{ grep -v '^#' "$cases"; random_queries; } | while IFS='	' read -r query first top3; do
	got=$("$bin" -f code -- "$query" 2>/dev/null |
		awk 'NR <= 3 { printf "%s%s", (NR > 1 ? " " : ""), $1 }') || :
	printf '%s\t%s\t%s\t%s\n' "$query" "$first" "${top3:-$first}" "${got:--}"
done | LC_ALL=C awk -F'\t' -v verbose="$verbose" '
function any(want, got, n,    w, g, i, j, nw, ng) {
	nw = split(want, w, " ")
	ng = split(got, g, " ")
	for (j = 1; j <= ng && j <= n; j++)
		for (i = 1; i <= nw; i++)
			if (g[j] == w[i] || (w[i] ~ /^[1-5]xx$/ && g[j] ~ /^[1-5][0-9][0-9](\.[0-9]+)?$/ &&
			    substr(g[j], 1, 1) == substr(w[i], 1, 1)))
				return 1
	return 0
}
function shown(q) {
	gsub(/[^ -~]/, "?", q)
	return length(q) > 60 ? substr(q, 1, 57) "..." : q
}
$2 == "-" {
	nonsense++
	if ($4 != "-") {
		found++
		if (verbose) printf "nonsense found: %s -> %s\n", shown($1), $4
	}
	next
}
{
	total++
	one = any($2, $4, 1); three = any($3, $4, 3)
	top1 += one; top3 += three
	if (verbose && !one) printf "miss%s: %s -> %s (want %s)\n", three ? "" : " top-3", shown($1), $4, $2
}
END {
	printf "top-1 %d/%d %.1f%%\n", top1, total, 100 * top1 / total
	printf "top-3 %d/%d %.1f%%\n", top3, total, 100 * top3 / total
	printf "nonsense found something: %d/%d\n", found, nonsense
}'
