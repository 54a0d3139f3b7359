#!/usr/bin/env bash
# Instruction counts of arna's reader against the SAX2 floor over the same generated feed, under
# callgrind: unlike seconds, they do not move with the load of a shared machine.
#   bash Benchmarks/reader-instructions.sh [items]     (default 2,000 items; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-2000}
log=$(swift build -c release --product ReaderBenchmark 2>&1) || { echo "$log" >&2; exit 1; }
bin=.build/release/ReaderBenchmark
out=$(mktemp -d)
count() {  # count FUNCTION-PATTERN REPEATS FORMAT
    valgrind --tool=callgrind --toggle-collect="$1" --callgrind-out-file="$out/cg" "$bin" profile "$3" "$items" "$2" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# The functions are named by their symbols (the floor's as the compiler specializes it); a count
# of 0 means a name no longer matches: look it up with `nm "$bin" | grep SAXBaseline`.
echo "feed   items   floor instructions   arna instructions   ratio"
for format in rss atom; do
    floor=$(count '$s15ReaderBenchmark11SAXBaselineO5parseySiSays5UInt8VGFZTf4nd_n' 0 "$format")
    arna=$(count '$s10FeedReaderAAV4read5bytesAA06ParsedA0VSays5UInt8VG_tAA9ReadErrorVYKF' 1 "$format")
    awk -v f="$format" -v n="$items" -v a="$arna" -v b="$floor" 'BEGIN { printf "%-6s %5d   %18d   %17d   %.2fx\n", f, n, b, a, a / b }'
done
rm -rf "$out"
