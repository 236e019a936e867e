#!/bin/sh
# Fuzzes loading and checking documents with libFuzzer, then keeps the inputs that found new
# paths in Tests/ReliabilityTests/Corpus, where `swift test` loads them again.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default 120)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-120}
cd "$root/Fuzz"
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
binary=$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)/fuzz-documents

# Seeds: the example's documents, the bad documents the store tests use, and the kept corpus.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/seeds" "$work/found"
PILLARS_TODAY=2026-11-18 swift run --package-path "$root" pillars init --example "$work/example" >/dev/null
find "$work/example" -name '*.json' ! -path '*/.pillars/*' -exec cp {} "$work/seeds/" \; 2>/dev/null || true
cp "$root"/Tests/PillarsStoreTests/BadDocuments/*.json "$work/seeds/"
find "$root/Tests/ReliabilityTests/Corpus" -type f ! -name README.md -exec cp {} "$work/seeds/" \;

"$binary" "$work/found" "$work/seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -print_final_stats=1
# Keep a minimal set that covers what the run reached, and of it the inputs up to 2 KiB, so the
# regression corpus stays small enough to live in the repository.
mkdir -p "$work/merged"
"$binary" -merge=1 "$work/merged" "$work/found" "$work/seeds" >/dev/null 2>&1
find "$work/merged" -type f -size -2049c | while read -r file; do
  cp "$file" "$root/Tests/ReliabilityTests/Corpus/fuzz-$(basename "$file")"
done
echo "corpus: $(find "$root/Tests/ReliabilityTests/Corpus" -name 'fuzz-*' | wc -l) files in Tests/ReliabilityTests/Corpus"
