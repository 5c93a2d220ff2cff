#!/bin/sh
# make bench: times httpstatus against baselines measured in the same run,
# so that the figures are ratios that survive a noisy machine.  Needs
# python3, node and /usr/bin/time (valgrind for instruction counts).
# Prints Markdown tables and the search-quality figures.
#
#   tests/bench/bench.sh BINARY   (CC, BENCH_CFLAGS and BENCH_LDFLAGS say how
#                                  httpstatus was built, for the baseline)
set -eu
bin=$(realpath "${1:-./httpstatus}")
here=$(dirname "$0")
out=build/bench
mkdir -p "$out"
cc=${CC:-cc}
runs=${BENCH_RUNS:-300}

# The floor: a program that only exits, built and linked as httpstatus is,
# and the same program linked statically.
# shellcheck disable=SC2086 # the flags are lists on purpose
$cc ${BENCH_CFLAGS:-} -o "$out/exit" "$here/exit.c" ${BENCH_LDFLAGS:-}
$cc -O2 -static -o "$out/exit-static" "$here/exit.c"
$cc -O2 -o "$out/interleave" "$here/interleave.c"

# Runs the commands by turns (interleave.c says why) and writes each one's
# median in microseconds, a line each, in the order given.
timed() { # runs, file, command...
	n=$1 file=$2
	shift 2
	"$out/interleave" "$n" "$@" | cut -f 1 >"$file"
}

at() { # file, line -> the median on that line
	sed -n "${2}p" "$1"
}

row() { # name, median us, floor us, static floor us, peak RSS KiB
	awk -v n="$1" -v m="$2" -v f="$3" -v s="$4" -v r="$5" 'BEGIN {
		printf "| %s | %.2f | %.2fx | %.2fx | %d |\n", n, m / 1000, m / f, m / s, r }'
}

rss() { # peak resident set size of one run, in KiB
	/usr/bin/time -f %M sh -c "$1 >/dev/null 2>&1" 2>&1 | tail -n 1
}

name() { # a command as the table shows it
	echo "$1" | sed "s|$out/||; s|$bin|httpstatus|"
}

# Single lookups, each against the floors of the same run.
set -- "$out/exit" "$out/exit-static" "$bin 511" "$bin 404" "$bin --json 511" "$bin list" \
	"$bin -s list" "$bin --json list" "$bin search timeout" "$bin rate limited" "$bin unathorized" "$bin 4xx" \
	"$bin compare 401 403" "$bin choose logged in but not allowed" \
	"$bin iis handler not found" "$bin HTTP Error 500.19 - Internal Server Error" \
	"$bin upstream connect error or disconnect/reset before headers. reset reason: connection termination" \
	"$bin lorem ipsum dolor sit amet"
timed "$runs" "$out/lookups.txt" "$@"
# (interleave splits on spaces and runs no shell, so the scripts hold none)
python="python3 -c print(__import__('http').HTTPStatus(511).phrase)"
node="node -e console.log(require('http').STATUS_CODES[511])"
timed 20 "$out/others.txt" "$out/exit" "$out/exit-static" "$python" "$node"
# --json list against cat writing the same bytes: the floor for a list
# of everything
"$bin" --json list >"$out/list.json"
timed "$runs" "$out/cat.txt" "$bin --json list" "cat $out/list.json"

echo "| case | median ms | vs exit-only (same build) | vs static exit-only | peak RSS KiB |"
echo "|---|---|---|---|---|"
floor=$(at "$out/lookups.txt" 1)
static=$(at "$out/lookups.txt" 2)
i=1
for cmd in "$@"; do
	row "$(name "$cmd")" "$(at "$out/lookups.txt" $i)" "$floor" "$static" "$(rss "$cmd")"
	i=$((i + 1))
done
row "python3 http.HTTPStatus" "$(at "$out/others.txt" 3)" "$(at "$out/others.txt" 1)" \
	"$(at "$out/others.txt" 2)" "$(rss "python3 -c \"${python#python3 -c }\"")"
row "node http.STATUS_CODES" "$(at "$out/others.txt" 4)" "$(at "$out/others.txt" 1)" \
	"$(at "$out/others.txt" 2)" "$(rss "node -e \"${node#node -e }\"")"

awk -v a="$(at "$out/cat.txt" 1)" -v b="$(at "$out/cat.txt" 2)" -v n="$(wc -c <"$out/list.json")" \
	'BEGIN { printf "\n--json list: %.2f ms, %.2fx cat of its own %d-byte output (%.2f ms).\n",
		a / 1000, a / b, n, b / 1000 }'
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
		awk -v c="$(name "$cmd")" -v n="$n" -v b="$base" \
			'BEGIN { printf "| %s | %d | %.2fx |\n", c, n, n / b }'
	done
fi

# Batch: a million lines each of bare codes, of codes and status lines
# mixed, and of a combined access log, against the obvious alternatives:
# mawk mapping codes with an associative array, wc -l reading the same
# file, and awk | sort | uniq -c tallying the log.
bare="$out/bare.txt" mixed="$out/lines.txt" log="$out/combined.log"
[ -s "$bare" ] || awk -v n=1000000 -v bare=1 -f "$here/lines.awk" >"$bare"
[ -s "$mixed" ] || awk -v n=1000000 -f "$here/lines.awk" >"$mixed"
[ -s "$log" ] || awk -v n=1000000 -f "$here/combined.awk" >"$log"
"$bin" --complete codes >"$out/codes.tsv"
mawk=$(command -v mawk || command -v awk)
set -- "$bin --stdin -f name <$bare" "$mawk -f $here/names.awk $out/codes.tsv $bare" "wc -l <$bare" \
	"$bin --stdin -f name <$mixed" "$mawk -f $here/names.awk $out/codes.tsv $mixed" \
	"$bin --count $log" "$here/tally.sh <$log" "wc -l <$log" \
	"$bin --count --code 404 --by path $log" "$here/top404.sh $log" \
	"$bin --stdin -f name $log" "$mawk -v field=9 -f $here/names.awk $out/codes.tsv $log"
timed 10 "$out/batch.txt" "$@"
echo
echo "| batch, 1,000,000 lines | median ms | peak RSS KiB | ratio |"
echo "|---|---|---|---|"
batch_row() { # name, command, line of its median, line of the baseline, ratio's name
	awk -v n="$1" -v r="$(rss "$2")" -v t="$(at "$out/batch.txt" "$3")" \
		-v b="$(at "$out/batch.txt" "$4")" -v what="$5" \
		'BEGIN { printf "| %s | %.1f | %s | %s |\n", n, t / 1000, r,
			what == "" ? "" : sprintf("%.1fx %s", t / b, what) }'
}
batch_row "bare codes: httpstatus --stdin -f name" "$1" 1 3 "vs wc -l"
batch_row "bare codes: mawk associative array" "$2" 2 1 "slower"
batch_row "bare codes: wc -l" "$3" 3 3 ""
batch_row "codes and status lines: httpstatus --stdin -f name" "$4" 4 4 ""
batch_row "codes and status lines: mawk associative array" "$5" 5 4 "slower"
batch_row "combined log: httpstatus --count" "$6" 6 8 "vs wc -l"
batch_row "combined log: awk \\| sort \\| uniq -c" "$7" 7 6 "slower"
batch_row "combined log: wc -l" "$8" 8 8 ""
batch_row "combined log: httpstatus --count --code 404 --by path" "$9" 9 9 ""
batch_row "combined log: awk '\$9==404' \\| sort \\| uniq -c \\| sort -rn \\| head" "${10}" 10 9 "slower"
batch_row "combined log: httpstatus --stdin -f name" "${11}" 11 11 ""
batch_row "combined log: mawk associative array on \$9" "${12}" 12 11 "slower"

# Memory stays bounded however many distinct values --by meets: a million
# lines, each asking for a path of its own.
distinct="$out/distinct.log"
[ -s "$distinct" ] || awk -v n=1000000 -v distinct=1 -f "$here/combined.awk" >"$distinct"
echo
echo "Peak RSS of --count --by path over 1,000,000 distinct paths: $(rss "$bin --count --by path $distinct") KiB;" \
	"--count --code 404 --by path: $(rss "$bin --count --code 404 --by path $distinct") KiB."

# Memory stays flat however long the input: the peak RSS of a tally of
# ten gigabytes of log lines, against the tally of the million above.
huge=$((10 * 1024 * 1024 * 1024))
big=$( (while cat "$log"; do :; done) | head -c "$huge" |
	/usr/bin/time -f %M "$bin" --count 2>&1 >/dev/null | tail -n 1)
echo
echo "Peak RSS of --count over 10 GiB of combined lines: $big KiB (1,000,000 lines: $(rss "$bin --count $log") KiB)."
# Search quality: the share of the benchmark's queries answered well.
echo
echo "Search quality (tests/search/queries.tsv):"
"$here/../search/eval.sh" "$bin" | sed 's/^/    /'
