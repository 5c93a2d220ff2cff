#!/bin/sh
# make bench: times httpstatus against baselines measured in the same run,
# so that the figures are ratios that survive a noisy machine.  Needs
# hyperfine, jq, python3, node and /usr/bin/time (valgrind for instruction
# counts).  Prints Markdown tables and the search-quality figures.
#
#   tests/bench/bench.sh BINARY   (CC, BENCH_CFLAGS and BENCH_LDFLAGS say how
#                                  httpstatus was built, for the baseline)
set -eu
bin=$(realpath "${1:-./httpstatus}")
here=$(dirname "$0")
out=build/bench
mkdir -p "$out"
cc=${CC:-cc}
runs=${BENCH_RUNS:-100}    # per round
rounds=${BENCH_ROUNDS:-5}

# The floor: a program that only exits, built and linked as httpstatus is,
# and the same program linked statically.
# shellcheck disable=SC2086 # the flags are lists on purpose
$cc ${BENCH_CFLAGS:-} -o "$out/exit" "$here/exit.c" ${BENCH_LDFLAGS:-}
$cc -O2 -static -o "$out/exit-static" "$here/exit.c"

median() { # hyperfine JSON, command index -> median in ms
	jq -r ".results[$2].median * 1000" "$1"
}

# The middle of the numbers on standard input.
middle() {
	sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# Each command's figure over the rounds: with a command index, the middle
# of its medians in ms; with "ratio" and the index of a floor as well, the
# middle of its ratios to that floor, each taken within its own round.
over_rounds() {
	for json in "$out"/lookups-*.json; do
		if [ "$1" = ratio ]; then
			awk -v a="$(median "$json" "$2")" -v b="$(median "$json" "$3")" 'BEGIN { print a / b }'
		else
			median "$json" "$1"
		fi
	done | middle
}

row() { # name, median ms, ratio to floor, ratio to static floor, peak RSS KiB
	awk -v n="$1" -v m="$2" -v f="$3" -v s="$4" -v r="$5" 'BEGIN {
		printf "| %s | %.2f | %.2fx | %.2fx | %d |\n", n, m, f, s, r }'
}

rss() { # peak resident set size of one run, in KiB
	/usr/bin/time -f %M sh -c "$1 >/dev/null 2>&1" 2>&1 | tail -n 1
}

# Single lookups.  A noisy machine drifts over a long run, so the commands
# are timed in several rounds, each ratio is taken within its round, and
# the middle round's figure is reported.
set -- "$out/exit" "$out/exit-static" "$bin 511" "$bin --json 511" "$bin --json list" \
	"$bin search timeout" "$bin rate limited" "$bin unathorized" "$bin 4xx" \
	"$bin compare 401 403" "$bin choose logged in but not allowed"
rm -f "$out"/lookups-*.json
for round in $(seq "$rounds"); do
	hyperfine -N --warmup 20 --runs "$runs" --export-json "$out/lookups-$round.json" "$@" \
		>/dev/null 2>>"$out/hyperfine.log"
done
hyperfine -N --warmup 3 --runs 20 --export-json "$out/others.json" \
	"python3 -c 'import http; print(http.HTTPStatus(511).phrase)'" \
	"node -e 'console.log(require(\"http\").STATUS_CODES[511])'" >/dev/null 2>>"$out/hyperfine.log"

echo "| case | median ms | vs exit-only (same build) | vs static exit-only | peak RSS KiB |"
echo "|---|---|---|---|---|"
i=0
for cmd in "$@"; do
	row "$(echo "$cmd" | sed "s|$out/||; s|$bin|httpstatus|")" "$(over_rounds $i)" \
		"$(over_rounds ratio $i 0)" "$(over_rounds ratio $i 1)" "$(rss "$cmd")"
	i=$((i + 1))
done
floor=$(over_rounds 0)
static=$(over_rounds 1)
row "python3 http.HTTPStatus" "$(median "$out/others.json" 0)" \
	"$(awk -v a="$(median "$out/others.json" 0)" -v b="$floor" 'BEGIN { print a / b }')" \
	"$(awk -v a="$(median "$out/others.json" 0)" -v b="$static" 'BEGIN { print a / b }')" \
	"$(rss "python3 -c 'import http; print(http.HTTPStatus(511).phrase)'")"
row "node http.STATUS_CODES" "$(median "$out/others.json" 1)" \
	"$(awk -v a="$(median "$out/others.json" 1)" -v b="$floor" 'BEGIN { print a / b }')" \
	"$(awk -v a="$(median "$out/others.json" 1)" -v b="$static" 'BEGIN { print a / b }')" \
	"$(rss "node -e 'console.log(require(\"http\").STATUS_CODES[511])'")"

# Batch: a million lines through --stdin -f name, against awk doing the same.
lines="$out/lines.txt"
[ -s "$lines" ] || awk -v n=1000000 -f "$here/lines.awk" >"$lines"
"$bin" --complete codes >"$out/codes.tsv"
# (the input holds unknown codes on purpose, so httpstatus exits 1)
hyperfine --warmup 1 --runs 10 -i --export-json "$out/batch.json" \
	"$bin --stdin -f name <$lines >/dev/null" \
	"awk -f $here/names.awk $out/codes.tsv $lines >/dev/null" >/dev/null 2>>"$out/hyperfine.log"
b=$(median "$out/batch.json" 0)
a=$(median "$out/batch.json" 1)
echo
echo "| batch, 1,000,000 lines | median ms | peak RSS KiB |"
echo "|---|---|---|"
printf '| httpstatus --stdin -f name | %.1f | %s |\n' "$b" \
	"$(rss "$bin --stdin -f name <$lines")"
printf '| awk associative array | %.1f | %s |\n' "$a" \
	"$(rss "awk -f $here/names.awk $out/codes.tsv $lines")"
awk -v a="$a" -v b="$b" 'BEGIN { printf "\nhttpstatus is %.1fx faster than awk.\n", a / b }'

cp "$bin" "$out/stripped" && strip "$out/stripped"
echo "Stripped binary: $(wc -c <"$out/stripped") bytes."

# Instructions, which the machine's load does not change: a check on the
# timings above when they drift.  Needs valgrind; skipped without it.
if command -v valgrind >/dev/null; then
	echo
	echo "| case | instructions (callgrind) | vs exit-only |"
	echo "|---|---|---|"
	base=
	for cmd in "$@"; do
		# shellcheck disable=SC2086 # the command's words are meant to split
		n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd 2>&1 >/dev/null |
			sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
		base=${base:-$n}
		awk -v c="$(echo "$cmd" | sed "s|$out/||; s|$bin|httpstatus|")" -v n="$n" -v b="$base" \
			'BEGIN { printf "| %s | %d | %.2fx |\n", c, n, n / b }'
	done
fi

# Search quality: the share of the benchmark's queries answered well.
echo
echo "Search quality (tests/search/queries.tsv):"
"$here/../search/eval.sh" "$bin" | sed 's/^/    /'
